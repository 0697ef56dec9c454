// Fair seating for a class: spread students evenly over the tables (fewest people first) and fill each
// table's roles in the teacher's order of importance; and reading a roster pasted or uploaded as CSV.
// Pure functions: the controller gives them the tables as they are and applies the plan.

export type RoleKind = 'faction' | 'guarantor' | 'spoiler';

/** Default order of importance: the factions, then the guarantors, then the spoiler. */
export const KIND_ORDER: readonly RoleKind[] = ['faction', 'guarantor', 'spoiler'];

export function defaultRoleOrder(roles: readonly { id: string; kind: string }[]): string[] {
  const rank = (k: string) => {
    const i = KIND_ORDER.indexOf(k as RoleKind);
    return i < 0 ? KIND_ORDER.length : i;
  };
  return roles
    .map((r, i) => ({ r, i }))
    .sort((a, b) => rank(a.r.kind) - rank(b.r.kind) || a.i - b.i)
    .map((x) => x.r.id);
}

/** Why a role order is not a permutation of the scenario's roles, or null. */
export function checkRoleOrder(order: unknown, roles: readonly string[]): string | null {
  if (!Array.isArray(order) || order.some((x) => typeof x !== 'string'))
    return 'roleOrder is a list of role ids.';
  const set = new Set(order as string[]);
  if (set.size !== order.length || order.length !== roles.length || roles.some((r) => !set.has(r)))
    return `roleOrder names each role exactly once: ${roles.join(', ')}.`;
  return null;
}

export interface TableSeats {
  readonly index: number;
  /** People (students, or players who joined by the table code) already at the table. */
  readonly humans: number;
  /** Seats a student may take (empty or bot-played), with their role. */
  readonly free: readonly { readonly playerID: string; readonly role: string | null }[];
}

export interface Placement {
  readonly studentId: string;
  readonly table: number;
  readonly playerID: string;
}

/**
 * Where each student sits: one at a time, at the table with the fewest people (lowest number on a tie),
 * on its free seat whose role comes first in `order`. 8 students on 3 empty tables: 3/3/2.
 */
export function planSeats(
  tables: readonly TableSeats[],
  studentIds: readonly string[],
  order: readonly string[],
): Placement[] {
  const rank = (role: string | null) => {
    const i = role === null ? -1 : order.indexOf(role);
    return i < 0 ? order.length : i;
  };
  const state = tables.map((t) => ({
    index: t.index,
    humans: t.humans,
    free: [...t.free].sort((a, b) => rank(a.role) - rank(b.role) || Number(a.playerID) - Number(b.playerID)),
  }));
  const out: Placement[] = [];
  for (const studentId of studentIds) {
    const open = state.filter((t) => t.free.length > 0);
    if (open.length === 0) break;
    const t = open.reduce((best, x) => (x.humans < best.humans ? x : best));
    const seat = t.free.shift()!;
    t.humans += 1;
    out.push({ studentId, table: t.index, playerID: seat.playerID });
  }
  return out;
}

export const MAX_ROSTER = 200;
export const MAX_NAME = 40;

/**
 * Names from a pasted list or a CSV file: one name a line; with a header row naming a "name" column (or
 * "first name" and "last name" columns) those columns are read; otherwise the first cell of each line.
 */
export function parseRoster(text: string): string[] {
  const lines = text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l.length > 0);
  if (lines.length === 0) return [];
  const sep = /\t/.test(lines[0]!) ? '\t' : /;/.test(lines[0]!) && !/,/.test(lines[0]!) ? ';' : ',';
  const cells = (l: string) => splitCsv(l, sep);
  const head = cells(lines[0]!).map((c) => c.toLowerCase());
  const nameCol = head.findIndex((c) => c === 'name' || c === 'full name' || c === 'student');
  const first = head.findIndex((c) => /^first[ _]?name$|^given/.test(c));
  const last = head.findIndex((c) => /^(last|sur|family)[ _]?name$/.test(c));
  const hasHeader = nameCol >= 0 || first >= 0;
  const rows = hasHeader ? lines.slice(1) : lines;
  const names: string[] = [];
  for (const line of rows) {
    const c = cells(line);
    let name: string;
    if (nameCol >= 0) name = c[nameCol] ?? '';
    else if (first >= 0) name = [c[first] ?? '', last >= 0 ? (c[last] ?? '') : ''].join(' ');
    else name = c[0] ?? '';
    name = name.replace(/\s+/g, ' ').trim().slice(0, MAX_NAME);
    if (name) names.push(name);
  }
  return names;
}

function splitCsv(line: string, sep: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cur += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === sep) {
      out.push(cur.trim());
      cur = '';
    } else cur += ch;
  }
  out.push(cur.trim());
  return out;
}

// A match state stored in parts (SQLite), so that a move rewrites only what it changed: the row in
// `matches` keeps the state without G (ctx, plugins, stateID: small, rewritten every move, and the
// compare-and-set anchor), each top-level key of G is a row of `state_parts`, and an array at the
// top level of G keeps its items in rows of `state_items`, one row per run of items written
// together (seq: the index of its first item; value: the items' JSON joined by commas). A move that
// appends to an array (a history, a ledger) inserts one row with the new items; a part whose value
// is the same object as in the stored state is not written at all. Generic over any G that is a
// plain object: nothing here knows the game's fields.
//
// The rules' states are immutable (immer), so "unchanged" is object identity against the state this
// process last stored or read for the match. That base is trusted only when its stateID is the one
// the compare-and-set expects; otherwise every part is written again.
import type Database from 'better-sqlite3';
import type { State } from 'boardgame.io';

export const STATE_PARTS_SCHEMA = `
CREATE TABLE IF NOT EXISTS state_parts (
  match_id TEXT NOT NULL,
  part TEXT NOT NULL,
  ord INTEGER NOT NULL,
  is_array INTEGER NOT NULL,
  value TEXT,
  PRIMARY KEY (match_id, part)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS state_items (
  match_id TEXT NOT NULL,
  part TEXT NOT NULL,
  seq INTEGER NOT NULL,
  value TEXT NOT NULL,
  PRIMARY KEY (match_id, part, seq)
) WITHOUT ROWID;
`;

type Json = Record<string, unknown>;

const isPlainObject = (v: unknown): v is Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && Object.getPrototypeOf(v) === Object.prototype;

/** Whether a state can be stored in parts (its G is a plain object); otherwise it is stored whole. */
export const partable = (state: State): boolean => isPlainObject(state.G);

/** The JSON of the state without G, for the `matches.state` column of a parted row. */
export const headJson = (state: State): string => JSON.stringify({ ...state, G: null });

const itemJson = (v: unknown): string => (v === undefined ? 'null' : JSON.stringify(v));

/** The JSON of items[from..], joined by commas (a row of `state_items`; never empty). */
function itemsJson(items: readonly unknown[], from: number): string {
  let out = itemJson(items[from]);
  for (let i = from + 1; i < items.length; i++) out += `,${itemJson(items[i])}`;
  return out;
}

/** Keys of G that JSON would keep (undefined values are dropped), in order. */
function keysOf(G: Json): string[] {
  const keys: string[] = [];
  for (const key in G) if (G[key] !== undefined && typeof G[key] !== 'function') keys.push(key);
  return keys;
}

export class StateParts {
  private readonly q;

  constructor(db: Database.Database) {
    this.q = {
      clearParts: db.prepare('DELETE FROM state_parts WHERE match_id = ?'),
      clearItems: db.prepare('DELETE FROM state_items WHERE match_id = ?'),
      clearPartItems: db.prepare('DELETE FROM state_items WHERE match_id = ? AND part = ?'),
      putPart: db.prepare(
        `INSERT INTO state_parts (match_id, part, ord, is_array, value) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (match_id, part) DO UPDATE SET ord = excluded.ord, is_array = excluded.is_array, value = excluded.value`,
      ),
      putItem: db.prepare('INSERT INTO state_items (match_id, part, seq, value) VALUES (?, ?, ?, ?)'),
      parts: db.prepare(
        'SELECT part, is_array AS isArray, value FROM state_parts WHERE match_id = ? ORDER BY ord',
      ),
      items: db
        .prepare(
          `SELECT part, '[' || group_concat(value, ',' ORDER BY seq) || ']' AS value
           FROM state_items WHERE match_id = ? GROUP BY part`,
        )
        .raw(),
    };
  }

  /**
   * Writes G's parts for `state` (inside the caller's transaction, after its compare-and-set on the
   * head row succeeded). `base` is the state stored until now, if this process knows it exactly: then
   * only the parts that are not the same objects are written, and arrays that only grew get their
   * new items appended.
   */
  write(matchID: string, state: State, base: State | undefined): void {
    const G = state.G as Json;
    const keys = keysOf(G);
    const baseG = base && isPlainObject(base.G) ? (base.G as Json) : undefined;
    if (!baseG || !sameKeys(keys, keysOf(baseG))) {
      this.q.clearParts.run(matchID);
      this.q.clearItems.run(matchID);
      keys.forEach((key, ord) => {
        this.putWhole(matchID, key, ord, G[key], false);
      });
      return;
    }
    keys.forEach((key, ord) => {
      const value = G[key];
      const old = baseG[key];
      if (value === old) return;
      if (Array.isArray(value) && Array.isArray(old) && grewFrom(old, value)) {
        this.q.putItem.run(matchID, key, old.length, itemsJson(value, old.length));
        return;
      }
      this.putWhole(matchID, key, ord, value, Array.isArray(old));
    });
  }

  private putWhole(matchID: string, key: string, ord: number, value: unknown, hadItems: boolean): void {
    if (hadItems) this.q.clearPartItems.run(matchID, key);
    if (Array.isArray(value)) {
      this.q.putPart.run(matchID, key, ord, 1, null);
      if (value.length > 0) this.q.putItem.run(matchID, key, 0, itemsJson(value, 0));
    } else {
      this.q.putPart.run(matchID, key, ord, 0, JSON.stringify(value));
    }
  }

  /** G read back from its parts, keys in their stored order. */
  read(matchID: string): Json {
    const arrays = new Map<string, string>();
    for (const [part, value] of this.q.items.all(matchID) as [string, string][]) arrays.set(part, value);
    const G: Json = {};
    for (const row of this.q.parts.all(matchID) as {
      part: string;
      isArray: number;
      value: string | null;
    }[]) {
      G[row.part] = row.isArray ? JSON.parse(arrays.get(row.part) ?? '[]') : JSON.parse(row.value as string);
    }
    return G;
  }

  /** Removes a match's parts (when the match is wiped, or stored whole again). */
  clear(matchID: string): void {
    this.q.clearParts.run(matchID);
    this.q.clearItems.run(matchID);
  }
}

function sameKeys(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** `next` is `prev` with items added at the end (the same objects in the same places before them). */
function grewFrom(prev: readonly unknown[], next: readonly unknown[]): boolean {
  if (next.length <= prev.length) return false;
  for (let i = 0; i < prev.length; i++) if (prev[i] !== next[i]) return false;
  return true;
}

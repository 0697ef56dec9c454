// Writes the scenario format's reference (docs/scenarios.md) and its JSON Schema from the zod schema, so
// the documentation is generated, never edited: every field with its type, constraints and description.
import { z } from 'zod';
import { ScenarioSchema } from './schema.ts';
import { MAX_SCENARIO_BYTES } from './validate.ts';

/** The JSON Schema subset zod writes for the scenario schema. */
interface Node {
  type?: string | string[];
  description?: string;
  properties?: Record<string, Node>;
  required?: string[];
  additionalProperties?: Node | boolean;
  items?: Node;
  anyOf?: Node[];
  oneOf?: Node[];
  enum?: unknown[];
  const?: unknown;
  default?: unknown;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  pattern?: string;
}

/** The scenario format as JSON Schema (draft 2020-12), input side: defaults make fields optional. */
export function scenarioJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(ScenarioSchema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
}

const code = (v: unknown) => `\`${JSON.stringify(v)}\``;
const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function variants(n: Node): Node[] | undefined {
  return n.oneOf ?? n.anyOf;
}

/** The `kind` constant of a discriminated union's variant. */
function kindOf(n: Node): unknown {
  return n.properties?.kind?.const;
}

/** zod writes the safe-integer range for a whole number without bounds: that is no bound. */
const bound = (x: number | undefined) =>
  x !== undefined && Math.abs(x) < Number.MAX_SAFE_INTEGER ? x : undefined;

function constraints(raw: Node): string[] {
  const n = { ...raw, minimum: bound(raw.minimum), maximum: bound(raw.maximum) };
  const out: string[] = [];
  if (n.minimum !== undefined && n.maximum !== undefined) out.push(`${n.minimum} to ${n.maximum}`);
  else if (n.minimum !== undefined) out.push(`at least ${n.minimum}`);
  else if (n.maximum !== undefined) out.push(`at most ${n.maximum}`);
  if (n.minLength !== undefined) out.push(`at least ${n.minLength} characters`);
  if (n.maxLength !== undefined) out.push(`at most ${n.maxLength} characters`);
  if (n.minItems !== undefined && n.minItems === n.maxItems) out.push(`exactly ${n.minItems} items`);
  else {
    if (n.minItems !== undefined) out.push(`at least ${n.minItems} item${n.minItems === 1 ? '' : 's'}`);
    if (n.maxItems !== undefined) out.push(`at most ${n.maxItems} items`);
  }
  if (n.pattern) out.push(`matches \`${n.pattern}\``);
  return out;
}

/** Where each distinct object or union is documented (the first path it appears at). */
let seen = new Map<string, string>();
const sig = (n: Node) => JSON.stringify(n);
const link = (n: Node, path: string) => {
  const at = seen.get(sig(n)) ?? path;
  return `[${at}](#${anchor(at)})`;
};

/** A short type for a table cell; objects and unions point to their own section. */
function typeOf(n: Node, path: string): string {
  const vs = variants(n);
  if (n.const !== undefined) return code(n.const);
  if (n.enum) return `one of ${n.enum.map(code).join(', ')}`;
  if (vs) {
    if (vs.every((v) => kindOf(v) !== undefined)) return `object by \`kind\` (see ${link(n, path)})`;
    if (vs.some((v) => v.properties)) return `one of the forms in ${link(n, path)}`;
    return vs.map((v) => typeOf(v, path)).join(' or ');
  }
  const t = Array.isArray(n.type) ? n.type.join(' or ') : n.type;
  if (t === 'array') return `list of ${n.items ? typeOf(n.items, `${path}[]`) : 'anything'}`;
  if (t === 'object') {
    if (n.properties) return `object (see ${link(n, path)})`;
    if (n.additionalProperties && typeof n.additionalProperties === 'object')
      return `map of ${typeOf(n.additionalProperties, `${path}.*`)}`;
    return 'object';
  }
  if (t === 'integer') return 'whole number';
  if (t === 'number') return 'number';
  if (t === 'string') return 'text';
  if (t === 'boolean') return 'true or false';
  return t ?? 'anything';
}

function anchor(path: string): string {
  return path
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** Every constraint of a field, including those of its items and map values. */
function allConstraints(n: Node): string[] {
  const own = constraints(n);
  if (n.items) own.push(...constraints(n.items).map((c) => `each ${c}`));
  if (n.additionalProperties && typeof n.additionalProperties === 'object')
    own.push(...constraints(n.additionalProperties).map((c) => `each ${c}`));
  return own;
}

/** Sections in document order: one table per object, one list per discriminated union. */
function sections(n: Node, path: string, out: string[], emitted: Set<string>, form?: string): void {
  const vs = variants(n);
  if ((vs?.some((v) => v.properties || kindOf(v)) || n.properties) && !form) {
    if (emitted.has(sig(n))) return;
    emitted.add(sig(n));
    if (!seen.has(sig(n))) seen.set(sig(n), path);
  }
  if (vs?.every((v) => kindOf(v) !== undefined)) {
    out.push(`### ${path}`, '', n.description ?? '', '', `Chosen by \`kind\`:`, '');
    for (const v of vs) {
      const fields = Object.entries(v.properties ?? {})
        .filter(([k]) => k !== 'kind')
        .map(
          ([k, f]) =>
            `\`${k}\` (${typeOf(f, `${path}`)}${constraints(f).length ? `, ${constraints(f).join(', ')}` : ''})`,
        );
      out.push(
        `- \`${String(kindOf(v))}\` — ${v.description ?? ''}${fields.length ? ` Fields: ${fields.join('; ')}.` : ''}`,
      );
    }
    out.push('');
    return;
  }
  if (vs) {
    if (!vs.some((v) => v.properties)) return;
    out.push(`### ${path}`, '', n.description ?? '', '', 'One of these forms:', '');
    vs.forEach((v, i) => {
      sections(v, path, out, emitted, `Form ${i + 1}`);
    });
    return;
  }
  if (n.type === 'array' && n.items) {
    sections(n.items, `${path}[]`, out, emitted);
    return;
  }
  if (n.type !== 'object') return;
  if (!n.properties) {
    if (n.additionalProperties && typeof n.additionalProperties === 'object')
      sections(n.additionalProperties, `${path}.*`, out, emitted);
    return;
  }
  if (form) out.push(`**${form}**`, '');
  else {
    out.push(`### ${path}`, '');
    if (n.description) out.push(n.description, '');
  }
  out.push('| Field | Type | Required | Constraints | Description |', '| --- | --- | --- | --- | --- |');
  const required = new Set(n.required ?? []);
  const children: [string, Node][] = [];
  for (const [k, f] of Object.entries(n.properties)) {
    const child = `${path}.${k}`;
    const req = required.has(k) ? 'yes' : f.default !== undefined ? `no (default ${code(f.default)})` : 'no';
    out.push(
      `| \`${k}\` | ${cell(typeOf(f, child))} | ${cell(req)} | ${cell(allConstraints(f).join('; ') || '—')} | ${cell(f.description ?? '')} |`,
    );
    children.push([child, f]);
  }
  if (n.additionalProperties === false) out.push('', 'No other fields are allowed.');
  out.push('');
  for (const [child, f] of children) sections(f, child, out, emitted);
}

/** docs/scenarios.md, generated: how to upload and check a scenario, then every field. */
export function scenarioDoc(): string {
  const schema = scenarioJsonSchema() as Node;
  const out: string[] = [
    '<!-- Generated from game/content/schema.ts by `npm run scenario -- schema`. Do not edit by hand:',
    '     tests/scenarios/upload.test.ts fails when this file and the schema differ. -->',
    '',
    '# The scenario format',
    '',
    'A scenario is one file, JSON or YAML: the map, the roles with their secret agendas, the orders, the',
    'three hidden spoiler types, the crisis deck and the numbers of the rules. The built-in scenarios',
    '(`game/content/default.ts`, `game/content/teaching.ts`) are written in this format; a good start for',
    'your own is to copy one (`/api/scenarios/fragileAccord` on a running server returns it as JSON) and',
    'change it. A file whose name ends in `.yaml` or `.yml` is read as YAML, which is easier to write by',
    'hand (comments, long texts without quotes); it must give the same data as the JSON would. Only plain',
    'YAML is read: no custom tags, at most 100 aliases, and no key twice in one map.',
    '',
    '## Checking and uploading',
    '',
    '- `npm run scenario -- validate FILE` prints every problem with its path and reason and exits with 1,',
    '  or prints a summary of a valid scenario and exits with 0.',
    '- `npm run scenario -- balance FILE [--games N] [--seed S] [--workers W]` validates it, then plays the',
    "  model check's claims (`npm run simulate -- --check`, see `docs/balance.md`) on it and prints every",
    '  claim with its figure and PASS or FAIL; it exits with 1 if the file is invalid or a claim fails.',
    '- In the browser, **Run a class** on the start page takes a scenario file ("Or upload your own',
    '  scenario"), and so does the console\'s _Scenario_ card until a table starts (every table is dealt',
    "  again on it, seats empty; only the class's facilitator may do it). The server checks the file the",
    "  same way and lists every problem; a valid one is stored (it survives a restart) and the class's",
    '  tables are dealt on it. A new class can then be created on it by its id. Its texts are shown to',
    '  students as written (plain text, never HTML) and are not translated.',
    '- Over HTTP: `POST /api/sessions {tables, scenarioData}`, `POST /api/sessions/:code/scenario {scenario}`',
    '  with the facilitator token, `GET /api/scenarios/:id` (see `server/README.md`).',
    '',
    'What is checked, in order:',
    '',
    '1. The file is JSON or YAML (a syntax error is given with its line and column) and at most',
    `   ${MAX_SCENARIO_BYTES / 1024} kB.`,
    '2. Every field below: its type, its range, and the references between parts (a region, role or event',
    '   id used anywhere must exist; ids are unique; exactly two factions and at least one guarantor; 2 to 7',
    '   seats; the `hold` order is present; the three spoiler types each once; every agenda reachable).',
    '3. No unknown fields (a misspelt field would otherwise be ignored).',
    "4. The id is not a built-in scenario's, nor that of a different scenario uploaded before.",
    '5. A test game with bots plays through on it.',
    '',
    'A path names the field: `roles.2.agendas.0.condition.value` is the `value` of the condition of the',
    'first agenda of the third role (lists count from 0). Every problem found is listed at once, except that',
    'the references between parts are checked once every field has the right shape, and the test game is',
    'played once everything else passes: fix, check again.',
    '',
    '## Fields',
    '',
    'Every rule, role, region, agenda, order, spoiler type and crisis card has a `source`: either',
    '`{ "seed": "000", "quote": "...", "idea": "..." }` (a passage copied verbatim from a seed text in',
    '`../shared/seeds/`) or `{ "design": "..." }` (a game-design choice, saying why). An uploaded',
    "scenario's quotes are not checked against the seed texts (the server does not hold them).",
    '',
  ];
  // Twice: the first pass finds where each repeated part is documented, the second links to it.
  seen = new Map();
  sections(schema, 'scenario', [], new Set());
  sections(schema, 'scenario', out, new Set());
  return `${out
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd()}\n`;
}

// Checks an uploaded scenario (JSON text or parsed data) and lists every problem with its path and reason:
// the schema (shapes, ranges, references between parts), fields the schema does not know (a typo would
// otherwise be dropped silently), the registry's rules (an id no built-in scenario uses) and a dry run
// (the game sets up and one bot game plays through). Pure: the CLI and the server both call it.
import { z } from 'zod';
import { decide } from '../bots/index.ts';
import { isBuiltIn, withScenario } from '../scenario.ts';
import { type Agent, playMatch } from '../sim/runner.ts';
import { type Scenario, ScenarioSchema } from './schema.ts';

/** One problem: where (`roles.2.agendas.0.condition.value`, `(root)` for the whole file) and why. */
export interface ScenarioIssue {
  readonly path: string;
  readonly message: string;
}

export type ScenarioCheck =
  | { readonly ok: true; readonly scenario: Scenario; readonly data: unknown }
  | { readonly ok: false; readonly issues: readonly ScenarioIssue[] };

export { MAX_SCENARIO_BYTES } from './size.ts';

export const ROOT = '(root)';

export function formatPath(path: readonly PropertyKey[]): string {
  return path.length === 0 ? ROOT : path.map(String).join('.');
}

/** The part of JSON Schema the walk for unknown fields reads. */
interface SchemaNode {
  properties?: Record<string, SchemaNode>;
  additionalProperties?: SchemaNode | boolean;
  items?: SchemaNode;
  anyOf?: SchemaNode[];
  oneOf?: SchemaNode[];
  const?: unknown;
}

let jsonSchema: SchemaNode | undefined;

/** Fields of `raw` the schema does not know (a misspelt field would otherwise be dropped silently). */
function unknownFields(raw: unknown, node: SchemaNode, path: PropertyKey[], out: ScenarioIssue[]): void {
  const vs = node.oneOf ?? node.anyOf;
  if (vs) {
    const objects = vs.filter((v) => v.properties);
    if (objects.length === 0 || raw === null || typeof raw !== 'object' || Array.isArray(raw)) return;
    // A variant chosen by its `kind`; otherwise every field any form allows.
    const kind = (raw as Record<string, unknown>).kind;
    const chosen = objects.find(
      (v) => v.properties?.kind?.const !== undefined && v.properties.kind.const === kind,
    );
    const merged: SchemaNode = chosen ?? {
      properties: Object.assign({}, ...objects.map((v) => v.properties)),
    };
    if (chosen || objects.every((v) => v.properties?.kind === undefined))
      unknownFields(raw, merged, path, out);
    return;
  }
  if (Array.isArray(raw)) {
    if (node.items)
      raw.forEach((x, i) => {
        unknownFields(x, node.items!, [...path, i], out);
      });
    return;
  }
  if (raw === null || typeof raw !== 'object') return;
  for (const [k, v] of Object.entries(raw as Record<string, unknown>)) {
    const known = node.properties?.[k];
    if (known) unknownFields(v, known, [...path, k], out);
    else if (node.additionalProperties && typeof node.additionalProperties === 'object')
      unknownFields(v, node.additionalProperties, [...path, k], out);
    else if (node.properties && node.additionalProperties !== false)
      out.push({ path: formatPath([...path, k]), message: `unknown field "${k}"` });
  }
}

/**
 * Longest a dry run may take before the scenario is refused (a game that never ends, say). It runs on the
 * server's event loop: a built-in scenario's game takes about 0.15 s.
 */
const DRY_RUN_MS = 4_000;

/** Sets the game up on the scenario and plays one bot game: what the schema cannot see breaks here. */
function dryRun(s: Scenario): ScenarioIssue[] {
  try {
    withScenario(s, (key) => {
      const agent: Agent = (view, ctx, pid) => decide(view, ctx, pid, { policy: 'normal', seed: 'dry-run' });
      const agents = Object.fromEntries(s.roles.map((_, seat) => [String(seat), agent]));
      playMatch('dry-run', agents, {
        setupData: { scenario: key },
        deadline: performance.now() + DRY_RUN_MS,
      });
    });
    return [];
  } catch (e) {
    return [
      { path: ROOT, message: `a test game with bots on this scenario failed: ${(e as Error).message}` },
    ];
  }
}

export interface CheckOptions {
  /** Also play one bot game on it (default true): what the schema cannot see breaks there. */
  readonly dryRun?: boolean;
}

/** Validates scenario data: every schema problem, unknown fields, the registry's rules, a dry run. */
export function checkScenario(raw: unknown, opts: CheckOptions = {}): ScenarioCheck {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw))
    return { ok: false, issues: [{ path: ROOT, message: 'a scenario is a JSON object' }] };
  const parsed = ScenarioSchema.safeParse(raw);
  const issues: ScenarioIssue[] = parsed.success
    ? []
    : parsed.error.issues.map((i) => ({ path: formatPath(i.path), message: i.message }));
  jsonSchema ??= z.toJSONSchema(ScenarioSchema, { io: 'input', unrepresentable: 'any' }) as SchemaNode;
  unknownFields(raw, jsonSchema, [], issues);
  const id = (raw as { id?: unknown }).id;
  if (typeof id === 'string' && isBuiltIn(id))
    issues.push({ path: 'id', message: `the id "${id}" is taken by a built-in scenario` });
  if (!parsed.success) return { ok: false, issues };
  if (issues.length === 0 && opts.dryRun !== false) issues.push(...dryRun(parsed.data));
  return issues.length > 0 ? { ok: false, issues } : { ok: true, scenario: parsed.data, data: raw };
}

/** Parses JSON text, then checks it; a syntax error is reported with its line and column. */
export function checkScenarioText(text: string, opts: CheckOptions = {}): ScenarioCheck {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return { ok: false, issues: [{ path: ROOT, message: jsonError(text, e as Error) }] };
  }
  return checkScenario(raw, opts);
}

function jsonError(text: string, e: Error): string {
  const m = /position (\d+)/.exec(e.message);
  if (!m) return `not valid JSON: ${e.message}`;
  const pos = Number(m[1]);
  const before = text.slice(0, pos).split('\n');
  return `not valid JSON: ${e.message.replace(/ in JSON at position \d+.*$/, '')} (line ${before.length}, column ${before[before.length - 1]!.length + 1})`;
}

/** A few lines about a valid scenario: seats, rounds, map, deck. */
export function summarizeScenario(s: Scenario): string[] {
  const kinds = (k: string) => s.roles.filter((r) => r.kind === k).map((r) => r.name);
  return [
    `${s.name} (${s.id}): ${s.summary}`,
    `${s.roles.length} seats — factions: ${kinds('faction').join(', ')}; guarantors: ${kinds('guarantor').join(', ')}; spoilers: ${kinds('spoiler').join(', ') || 'none'}`,
    `${s.tuning.rounds} rounds, collapse at Tension ${s.tuning.tensionMax}, ${s.tuning.actionsPerRound} orders a round${s.minutes ? `, about ${s.minutes} minutes` : ''}`,
    `${s.regions.length} regions, ${s.actions.length} orders, ${s.events.length} crisis cards, ${s.roles.reduce((n, r) => n + r.agendas.length, 0)} agendas`,
    s.realCase ? `real case: ${s.realCase.name} (${s.realCase.outcome})` : 'no real case',
  ];
}

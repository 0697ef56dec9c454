// Scenario variables a facilitator sets when a table or class is created (rounds, Tension ceiling,
// spoiler type, enforcement, monitors, fog, timers): their schema, their checks against a scenario, and
// how the rule variables become part of the scenario key that G.scenario holds.
import { z } from 'zod';
import type { Scenario } from './content/schema.ts';

export const TIMED_PHASES = ['crisis', 'negotiation', 'orders', 'review'] as const;
export type TimedPhase = (typeof TIMED_PHASES)[number];

/** Monitor teams per guarantor when a scenario's data does not say (the schema's default). */
export const DEFAULT_MONITOR_TEAMS = 3;

/** What a facilitator may fix about a spoiler's hidden type: drawn at random (the default) or one type. */
export const SPOILER_CHOICES = ['random', 'limited', 'greedy', 'total'] as const;

const seconds = z
  .number()
  .int('a timer is a whole number of seconds')
  .refine((n) => n === 0 || (n >= 15 && n <= 3600), 'a timer is 0 (off) or 15 to 3600 seconds');

export const VariablesSchema = z.strictObject({
  /** Rounds before the elections (the scenario's own number by default). */
  rounds: z
    .number()
    .int('rounds is a whole number')
    .min(2, 'rounds is at least 2')
    .max(12, 'rounds is at most 12')
    .optional(),
  /** Tension at which the ceasefire collapses. */
  tensionMax: z
    .number()
    .int('tensionMax is a whole number')
    .min(6, 'tensionMax is at least 6 (Tension starts at 4)')
    .max(20, 'tensionMax is at most 20')
    .optional(),
  /** Per spoiler role: its hidden type drawn at random, or fixed by the facilitator (still hidden from players). */
  spoilerTypes: z.record(z.string(), z.enum(SPOILER_CHOICES)).optional(),
  /** Whether Chapter VII enforcement is on the table at all. */
  enforcement: z.boolean().optional(),
  /** Monitor teams each guarantor can field at once. */
  monitorTeams: z
    .number()
    .int('monitorTeams is a whole number')
    .min(1, 'monitorTeams is at least 1')
    .max(10, 'monitorTeams is at most 10')
    .optional(),
  /** Fog: the chance (percent) that a rumour from an unwatched region blames the wrong side. */
  falseRumourPercent: z
    .number()
    .int('falseRumourPercent is a whole number')
    .min(0, 'falseRumourPercent is at least 0')
    .max(90, 'falseRumourPercent is at most 90')
    .optional(),
  /** Default phase timers in seconds (0 = untimed); a class's console arms them each phase. */
  timers: z
    .strictObject(
      Object.fromEntries(TIMED_PHASES.map((p) => [p, seconds.optional()])) as Record<
        TimedPhase,
        z.ZodOptional<typeof seconds>
      >,
    )
    .optional(),
});
export type Variables = z.infer<typeof VariablesSchema>;

/** The variables that change the rules (the rest are applied by setup or by the server). */
const RULE_KEYS = ['rounds', 'tensionMax', 'enforcement', 'monitorTeams', 'falseRumourPercent'] as const;
type RuleKey = (typeof RULE_KEYS)[number];
export type RuleVariables = Pick<Variables, RuleKey>;

export interface VariableIssue {
  readonly path: readonly (string | number)[];
  readonly message: string;
}

/** The scenario's own value of each rule variable. */
export function ruleDefaults(s: Scenario): Required<RuleVariables> {
  return {
    rounds: s.tuning.rounds,
    tensionMax: s.tuning.tensionMax,
    enforcement: s.actions.some((a) => a.type === 'enforce'),
    // Raw scenario content (the client's home page reads it unparsed) may leave the default out.
    monitorTeams: s.tuning.monitorTeams ?? DEFAULT_MONITOR_TEAMS,
    falseRumourPercent: s.tuning.falseRumourPercent,
  };
}

/** Everything wrong with these variables for this scenario, each with its path (empty = fine). */
export function checkVariables(s: Scenario, raw: unknown): VariableIssue[] {
  const parsed = VariablesSchema.safeParse(raw ?? {});
  if (!parsed.success)
    return parsed.error.issues.map((i) => ({ path: i.path as (string | number)[], message: i.message }));
  const v = parsed.data;
  const out: VariableIssue[] = [];
  if (v.tensionMax !== undefined) {
    const d = s.tuning.durable.tensionAtMost;
    if (v.tensionMax <= d)
      out.push({
        path: ['tensionMax'],
        message: `tensionMax must be above ${d}, the Tension a durable peace may end at in this scenario`,
      });
    for (const r of s.roles)
      for (const a of r.agendas)
        if (
          a.condition.kind === 'trackAtLeast' &&
          a.condition.track === 'tension' &&
          a.condition.value > v.tensionMax
        )
          out.push({
            path: ['tensionMax'],
            message: `tensionMax must be at least ${a.condition.value}: the agenda "${a.id}" of the ${r.name} needs that much Tension`,
          });
  }
  if (v.enforcement === true && !s.actions.some((a) => a.type === 'enforce'))
    out.push({ path: ['enforcement'], message: 'this scenario has no enforcement order to make available' });
  for (const [role, t] of Object.entries(v.spoilerTypes ?? {})) {
    const r = s.roles.find((x) => x.id === role);
    if (!r || r.kind !== 'spoiler') {
      out.push({ path: ['spoilerTypes', role], message: `${role} is not a spoiler in ${s.name}` });
      continue;
    }
    if (t !== 'random' && r.types && !r.types.includes(t))
      out.push({
        path: ['spoilerTypes', role],
        message: `the ${r.name} can only be ${r.types.join(' or ')} in this scenario`,
      });
  }
  return out;
}

/** Parse variables for a scenario, throwing one error that lists every problem with its path. */
export function parseVariables(s: Scenario, raw: unknown): Variables {
  const issues = checkVariables(s, raw);
  if (issues.length > 0)
    throw new Error(
      `Invalid scenario variables:\n${issues.map((i) => `  ${i.path.join('.') || '(root)'}: ${i.message}`).join('\n')}`,
    );
  return VariablesSchema.parse(raw ?? {});
}

/** The rule variables that differ from the scenario's own values, in a fixed order. */
export function changedRules(s: Scenario, v: Variables): RuleVariables {
  const d = ruleDefaults(s);
  const out: Record<string, number | boolean> = {};
  for (const k of RULE_KEYS) if (v[k] !== undefined && v[k] !== d[k]) out[k] = v[k] as number | boolean;
  return out as RuleVariables;
}

/** `base` alone, or `base~k=v,...` with the changed rule variables (what G.scenario holds). */
export function scenarioKey(s: Scenario, v: Variables): string {
  const changed = changedRules(s, v);
  const parts = RULE_KEYS.filter((k) => changed[k] !== undefined).map((k) => {
    const x = changed[k]!;
    return `${k}=${typeof x === 'boolean' ? (x ? 1 : 0) : x}`;
  });
  return parts.length ? `${s.id}~${parts.join(',')}` : s.id;
}

/** Split a scenario key into its base id and rule variables (throws on a malformed key). */
export function splitKey(key: string): { base: string; rules: RuleVariables } {
  const [base, rest, extra] = key.split('~');
  if (extra !== undefined || !base) throw new Error(`Malformed scenario key "${key}"`);
  const rules: Record<string, number | boolean> = {};
  for (const part of rest ? rest.split(',') : []) {
    const [k, val] = part.split('=');
    if (!RULE_KEYS.includes(k as RuleKey) || val === undefined || !/^\d{1,3}$/.test(val))
      throw new Error(`Malformed scenario key "${key}"`);
    rules[k!] = k === 'enforcement' ? val === '1' : Number(val);
  }
  return { base, rules: rules as RuleVariables };
}

/** The scenario with these rule variables applied (its id stays the base id). */
export function applyRules(s: Scenario, rules: RuleVariables): Scenario {
  if (Object.keys(rules).length === 0) return s;
  const tuning = {
    ...s.tuning,
    ...(rules.rounds !== undefined ? { rounds: rules.rounds } : {}),
    ...(rules.tensionMax !== undefined ? { tensionMax: rules.tensionMax } : {}),
    ...(rules.monitorTeams !== undefined ? { monitorTeams: rules.monitorTeams } : {}),
    ...(rules.falseRumourPercent !== undefined ? { falseRumourPercent: rules.falseRumourPercent } : {}),
  };
  const actions = rules.enforcement === false ? s.actions.filter((a) => a.type !== 'enforce') : s.actions;
  return { ...s, tuning, actions };
}

/** Variables as a player may see them: a fixed spoiler type may be masked as `'fixed'` (server/lobby.ts). */
export type ShownVariables = Omit<Variables, 'spoilerTypes'> & {
  readonly spoilerTypes?: Readonly<Record<string, string>> | undefined;
};

/** One described variable: English label and value, plus what a client needs to word it itself. */
export type VariableLine = { readonly label: string; readonly value: string; readonly changed: boolean } & (
  | { readonly id: 'rounds' | 'tensionMax' | 'monitorTeams' | 'falseRumourPercent'; readonly n: number }
  | { readonly id: 'enforcement'; readonly on: boolean }
  | {
      readonly id: 'spoiler';
      readonly role: string;
      readonly roleName: string;
      /** 'secret' when fixed but not to be revealed to this reader. */
      readonly spoiler: 'random' | 'secret' | Exclude<(typeof SPOILER_CHOICES)[number], 'random'>;
    }
  | { readonly id: 'timers'; readonly timers: readonly (readonly [TimedPhase, number])[] }
);

/** One line per variable in plain words, for the lobby, the table and the debrief. */
export function describeVariables(
  s: Scenario,
  v: ShownVariables,
  opts: { readonly revealSpoilers?: boolean } = {},
): VariableLine[] {
  const d = ruleDefaults(s);
  const r: {
    rounds: number;
    tensionMax: number;
    enforcement: boolean;
    monitorTeams: number;
    falseRumourPercent: number;
  } = {
    rounds: v.rounds ?? d.rounds,
    tensionMax: v.tensionMax ?? d.tensionMax,
    enforcement: v.enforcement ?? d.enforcement,
    monitorTeams: v.monitorTeams ?? d.monitorTeams,
    falseRumourPercent: v.falseRumourPercent ?? d.falseRumourPercent,
  } as typeof r;
  const out: VariableLine[] = [
    { id: 'rounds', n: r.rounds, label: 'Rounds', value: String(r.rounds), changed: r.rounds !== d.rounds },
    {
      id: 'tensionMax',
      n: r.tensionMax,
      label: 'Tension ceiling',
      value: String(r.tensionMax),
      changed: r.tensionMax !== d.tensionMax,
    },
    {
      id: 'enforcement',
      on: r.enforcement,
      label: 'Enforcement (Chapter VII)',
      value: r.enforcement ? 'available' : 'not available',
      changed: r.enforcement !== d.enforcement,
    },
    {
      id: 'monitorTeams',
      n: r.monitorTeams,
      label: 'Monitor teams per guarantor',
      value: String(r.monitorTeams),
      changed: r.monitorTeams !== d.monitorTeams,
    },
    {
      id: 'falseRumourPercent',
      n: r.falseRumourPercent,
      label: 'False rumours (fog)',
      value: `${r.falseRumourPercent}%`,
      changed: r.falseRumourPercent !== d.falseRumourPercent,
    },
  ];
  for (const role of s.roles.filter((x) => x.kind === 'spoiler')) {
    const t = v.spoilerTypes?.[role.id] ?? 'random';
    const known = (SPOILER_CHOICES as readonly string[]).includes(t) && t !== 'random';
    const spoiler =
      t === 'random'
        ? 'random'
        : opts.revealSpoilers && known
          ? (t as 'limited' | 'greedy' | 'total')
          : 'secret';
    out.push({
      id: 'spoiler',
      role: role.id,
      roleName: role.name,
      spoiler,
      label: `${role.name}'s hidden type`,
      value:
        spoiler === 'random'
          ? 'drawn at random'
          : spoiler === 'secret'
            ? 'fixed by the facilitator (secret)'
            : `fixed: ${spoiler}`,
      changed: t !== 'random',
    });
  }
  const timers = v.timers ?? {};
  const timed = TIMED_PHASES.filter((p) => (timers[p] ?? 0) > 0);
  out.push({
    id: 'timers',
    timers: timed.map((p) => [p, timers[p]!] as const),
    label: 'Phase timers',
    value: timed.length ? timed.map((p) => `${p} ${timers[p]} s`).join(', ') : 'untimed',
    changed: timed.length > 0,
  });
  return out;
}

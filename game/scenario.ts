// The scenario registry: the built-in scenarios, scenarios registered at run time (uploads), and
// scenario keys (`base~rounds=6,...`: a base scenario with rule variables applied), plus small lookups.
import { defaultScenario } from './content/default.ts';
import type { ActionDef } from './content/schema.ts';
import { parseScenario, type RoleDef, type Scenario } from './content/schema.ts';
import { firstSteps } from './content/teaching.ts';
import type { OrderType, RoleId, RoleKind } from './types.ts';
import { applyRules, splitKey } from './variables.ts';

const builtIn: Record<string, unknown> = {
  fragileAccord: defaultScenario,
  firstSteps,
};
/** Scenarios added at run time (a facilitator's upload), already validated. */
const added = new Map<string, Scenario>();
const cache = new Map<string, Scenario>();

export const DEFAULT_SCENARIO = 'fragileAccord';

/** The built-in scenarios' ids, the default first. */
export function scenarioIds(): string[] {
  return Object.keys(builtIn);
}

export function isBuiltIn(id: string): boolean {
  return Object.hasOwn(builtIn, id);
}

/** Whether a base scenario of this id can be looked up now (built in or registered). */
export function hasScenario(id: string): boolean {
  return isBuiltIn(id) || added.has(id);
}

/** Why a scenario cannot be registered under its id (a built-in one, or other content already known). */
export class ScenarioIdTaken extends Error {
  readonly code = 'scenario_id_taken';
}

/**
 * Add a scenario at run time (an upload, or one the client fetched): validated, then known by its id
 * everywhere getScenario is asked. The same content again is a no-op; other content under a known id is
 * refused (a match already played on that id must keep its rules).
 */
export function registerScenario(raw: unknown): Scenario {
  const s = parseScenario(raw);
  if (isBuiltIn(s.id))
    throw new ScenarioIdTaken(`The scenario id "${s.id}" is taken by a built-in scenario.`);
  const known = added.get(s.id);
  if (known) {
    if (JSON.stringify(known) !== JSON.stringify(s))
      throw new ScenarioIdTaken(
        `A different scenario with the id "${s.id}" is already known; give yours another id.`,
      );
    return known;
  }
  added.set(s.id, s);
  return s;
}

/** Runs `fn` with a validated scenario known under its id (a dry run), then forgets it if it was new. */
export function withScenario<T>(s: Scenario, fn: (key: string) => T): T {
  if (isBuiltIn(s.id))
    throw new ScenarioIdTaken(`The scenario id "${s.id}" is taken by a built-in scenario.`);
  if (added.has(s.id)) return fn(s.id);
  added.set(s.id, s);
  try {
    return fn(s.id);
  } finally {
    added.delete(s.id);
    for (const k of cache.keys()) if (k === s.id || k.startsWith(`${s.id}~`)) cache.delete(k);
  }
}

function base(id: string): Scenario {
  const hit = cache.get(id);
  if (hit) return hit;
  const known = added.get(id);
  if (known) return known;
  const data = builtIn[id];
  if (!data)
    throw new Error(`Unknown scenario "${id}". Known: ${[...scenarioIds(), ...added.keys()].join(', ')}`);
  const parsed = parseScenario(data);
  cache.set(id, parsed);
  return parsed;
}

/** The validated scenario for an id or a key with rule variables; throws a clear error for an unknown one. */
export function getScenario(key: string = DEFAULT_SCENARIO): Scenario {
  const hit = cache.get(key);
  if (hit) return hit;
  if (!key.includes('~')) return base(key);
  const { base: id, rules } = splitKey(key);
  const s = applyRules(base(id), rules);
  cache.set(key, s);
  return s;
}

export function roleDef(s: Scenario, role: RoleId): RoleDef {
  const r = s.roles.find((x) => x.id === role);
  if (!r) throw new Error(`Unknown role ${role}`);
  return r;
}

export function actionDef(s: Scenario, type: OrderType): ActionDef {
  const a = s.actions.find((x) => x.type === type);
  if (!a) throw new Error(`Scenario ${s.id} has no action ${type}`);
  return a;
}

export function rolesOfKind(s: Scenario, kind: RoleKind): RoleId[] {
  return s.roles.filter((r) => r.kind === kind).map((r) => r.id);
}

/** The other faction (factions come in a pair). */
export function otherFaction(s: Scenario, role: RoleId): RoleId {
  const f = rolesOfKind(s, 'faction');
  return f[0] === role ? f[1]! : f[0]!;
}

/** Faction fighters at the start: the base of the DDR track. */
export function initialFactionUnits(s: Scenario): number {
  const factions = new Set(rolesOfKind(s, 'faction'));
  let n = 0;
  for (const r of s.regions)
    for (const [role, u] of Object.entries(r.units))
      if (factions.has(role)) n += u.active + u.cantoned + u.disarmed;
  return n;
}

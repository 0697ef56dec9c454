// The scenario registry: validated content plus small lookups the rules use everywhere.
import { defaultScenario } from './content/default.ts';
import type { ActionDef } from './content/schema.ts';
import { parseScenario, type RoleDef, type Scenario } from './content/schema.ts';
import type { OrderType, RoleId, RoleKind } from './types.ts';

const raw: Record<string, unknown> = { fragileAccord: defaultScenario };
const cache = new Map<string, Scenario>();

export const DEFAULT_SCENARIO = 'fragileAccord';

export function scenarioIds(): string[] {
  return Object.keys(raw);
}

/** The validated scenario; throws a clear error for an unknown id or bad data. */
export function getScenario(id: string = DEFAULT_SCENARIO): Scenario {
  const hit = cache.get(id);
  if (hit) return hit;
  const data = raw[id];
  if (!data) throw new Error(`Unknown scenario "${id}". Known: ${scenarioIds().join(', ')}`);
  const parsed = parseScenario(data);
  cache.set(id, parsed);
  return parsed;
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

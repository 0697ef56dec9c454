// The opening state of a match from a scenario: seats, regions, tracks, hidden agendas and spoiler type.
import type { Scenario } from './content/schema.ts';
import { getScenario } from './scenario.ts';
import { snapshotOf } from './snapshot.ts';
import { type Draft, type Rng, rollInt } from './state.ts';
import type {
  GameState,
  Options,
  PrivateRoleState,
  PublicRoleState,
  RegionState,
  SpoilerType,
} from './types.ts';
import { parseVariables, scenarioKey, type Variables } from './variables.ts';

export interface SetupData {
  readonly scenario?: string;
  readonly options?: Partial<Options>;
  /** Fix the spoiler's type (tests, teaching scenarios); otherwise drawn with the seeded random. */
  readonly spoilerType?: SpoilerType;
  /** The facilitator's scenario variables (game/variables.ts), checked against the scenario. */
  readonly variables?: Variables;
}

/** The incumbent's political strength at the start: the state's machinery (its party is already one). */
export const INCUMBENT_START = 1;

const SPOILER_TYPES: readonly SpoilerType[] = ['limited', 'greedy', 'total'];

export function shuffle<T>(rng: Rng, items: readonly T[]): T[] {
  const a = [...items];
  for (let i = a.length - 1; i > 0; i--) {
    const j = rollInt(rng, i + 1);
    [a[i], a[j]] = [a[j]!, a[i]!];
  }
  return a;
}

/**
 * The opening state. `base` is the scenario without variables; the state's scenario key carries the rule
 * variables (getScenario(G.scenario) is the scenario as played).
 */
export function initialState(base: Scenario, rng: Rng, data: SetupData = {}): GameState {
  const variables = parseVariables(base, data.variables);
  const key = scenarioKey(base, variables);
  const s = key === base.id ? base : getScenario(key);
  const options: Options = {
    securityEnvy: data.options?.securityEnvy ?? true,
    rounds: data.options?.rounds ?? s.tuning.rounds,
  };
  const factions = s.roles.filter((r) => r.kind === 'faction').map((r) => r.id);
  const guarantors = s.roles.filter((r) => r.kind === 'guarantor').map((r) => r.id);
  const armed = s.roles.filter((r) => r.kind !== 'guarantor').map((r) => r.id);
  const regions: RegionState[] = s.regions.map((r) => ({
    id: r.id,
    units: Object.fromEntries(
      armed.map((role) => {
        const u = r.units[role];
        return [role, { active: u?.active ?? 0, cantoned: u?.cantoned ?? 0, disarmed: u?.disarmed ?? 0 }];
      }),
    ),
    spoils: r.spoils,
    stability: r.stability,
    refugees: r.refugees,
    monitors: Object.fromEntries(guarantors.map((g) => [g, 0])),
    peacekeepers: Object.fromEntries(guarantors.map((g) => [g, 0])),
    consent: Object.fromEntries(factions.map((f) => [f, true])),
    revealedCaches: Object.fromEntries(factions.map((f) => [f, 0])),
    patrolled: false,
  }));
  // Each spoiler's hidden type: fixed by the facilitator, or drawn from those its role allows, different
  // from the types already dealt to other spoilers while that is possible.
  const dealt: SpoilerType[] = [];
  const dealType = (role: string, allowed: readonly SpoilerType[] | undefined, r: Rng): SpoilerType => {
    const fixed = variables.spoilerTypes?.[role];
    let t: SpoilerType;
    if (fixed && fixed !== 'random') t = fixed;
    else if (data.spoilerType) t = data.spoilerType;
    else {
      const pool = allowed ?? SPOILER_TYPES;
      const fresh = pool.filter((x) => !dealt.includes(x));
      const from = fresh.length > 0 ? fresh : pool;
      t = from[rollInt(r, from.length)]!;
    }
    dealt.push(t);
    return t;
  };
  const roles: Record<string, PublicRoleState> = {};
  const secret: Record<string, Draft<PrivateRoleState>> = {};
  for (const r of s.roles) {
    roles[r.id] = {
      role: r.id,
      kind: r.kind,
      funds: r.funds,
      fear: r.kind === 'faction' ? r.fear : 0,
      reintegrated: 0,
      political: r.id === factions[0] ? INCUMBENT_START : 0,
      campaigned: 0,
      capability: r.capability,
      will: r.will,
      approval: r.approval,
      honoured: 0,
      broken: 0,
      exitRound: null,
      militancy: r.militancy,
      recruits: 0,
      ordersIn: false,
      ready: false,
    };
    const agenda = r.agendas[rollInt(rng, r.agendas.length)]!;
    secret[r.id] = {
      agenda: agenda.id,
      caches: {},
      spoilerType: r.kind === 'spoiler' ? dealType(r.id, r.types, rng) : null,
      orders: [],
      lastOrders: [],
      induced: 0,
      smuggled: 0,
    };
  }
  const G: GameState = {
    scenario: key,
    options,
    seats: s.roles.map((r) => r.id),
    round: 0,
    tracks: { tension: 4, ddr: 0, reform: 0, election: 2, reconstruction: 1, expectations: 2 },
    regions,
    roles,
    secret,
    deck: shuffle(
      rng,
      s.events.map((e) => e.id),
    ),
    discard: [],
    crisis: null,
    pledges: [],
    offers: [],
    nextId: 1,
    history: [{ round: 0, phase: 'crisis', text: `${s.name}: ${s.summary}` }],
    ledger: [],
    ddrAdjust: 0,
    snapshots: [],
    modifiers: [],
    neighbourSanctioned: 0,
    result: null,
  };
  return { ...G, snapshots: [snapshotOf(G)] };
}

// What a bot knows: its seat's view of the game, read into the few quantities its flowchart uses.
// Everything here is computed from viewFor(G, playerID): public state, the seat's own secrets and the
// history lines the seat may read. Nothing reads another seat's hidden state.
import type { Ctx } from 'boardgame.io';
import type { Scenario } from '../content/schema.ts';
import { credibility } from '../credibility.ts';
import { type Attack, attacksOf, hardlineOf } from '../evidence.ts';
import { bothConsent, monitored, roleOf, total } from '../legal.ts';
import { getScenario } from '../scenario.ts';
import type { GameState, PrivateRoleState, PublicRoleState, RegionState, RoleId } from '../types.ts';
import { hashSeed, mulberry32 } from './rng.ts';
import { PERSONALITIES, type Personality, type PolicyName } from './types.ts';

export type { Attack } from '../evidence.ts';

export interface Knowledge {
  readonly G: GameState;
  readonly ctx: Ctx;
  readonly playerID: string;
  readonly role: RoleId;
  readonly s: Scenario;
  readonly me: PublicRoleState;
  readonly secret: PrivateRoleState;
  readonly level: PolicyName;
  readonly persona: Personality;
  /** A stable key for this game and seat: the bot's choices within a round do not flip-flop. */
  readonly key: string;
  readonly factions: readonly RoleId[];
  readonly spoilers: readonly RoleId[];
  readonly guarantors: readonly RoleId[];
  readonly roundsLeft: number;
  readonly attacks: readonly Attack[];
  /** A seeded stream for one purpose in this round (stable across the round's decisions). */
  stream(purpose: string): () => number;
}

const ROLE_CACHE = new WeakMap<Scenario, { factions: RoleId[]; spoilers: RoleId[]; guarantors: RoleId[] }>();
function kinds(s: Scenario) {
  let c = ROLE_CACHE.get(s);
  if (!c) {
    c = {
      factions: s.roles.filter((r) => r.kind === 'faction').map((r) => r.id),
      spoilers: s.roles.filter((r) => r.kind === 'spoiler').map((r) => r.id),
      guarantors: s.roles.filter((r) => r.kind === 'guarantor').map((r) => r.id),
    };
    ROLE_CACHE.set(s, c);
  }
  return c;
}

/** A key for the game from what every seat can see from the first decision on. */
function publicKey(G: GameState): string {
  return `${G.scenario}|${G.discard[0] ?? ''}|${G.discard[1] ?? ''}`;
}

/** A bot's temperament for this game, drawn from the scenario's (default: all three). */
export function personalityFor(key: string, role: RoleId, s?: Scenario): Personality {
  const from = s?.botTemperaments ?? PERSONALITIES;
  return from[hashSeed(`${key}|persona|${role}`) % from.length]!;
}

export function know(
  G: GameState,
  ctx: Ctx,
  playerID: string,
  level: PolicyName,
  seed: string | number | undefined,
  persona: Personality | undefined,
): Knowledge | null {
  const role = roleOf(G, playerID);
  if (!role) return null;
  const me = G.roles[role];
  const secret = G.secret[role];
  if (!me || !secret) return null;
  const s = getScenario(G.scenario);
  const { factions, spoilers, guarantors } = kinds(s);
  const key = seed === undefined ? publicKey(G) : String(seed);
  return {
    G,
    ctx,
    playerID,
    role,
    s,
    me,
    secret,
    level,
    persona: persona ?? (me.kind === 'guarantor' ? 'cautious' : personalityFor(key, role, s)),
    key,
    factions,
    spoilers,
    guarantors,
    roundsLeft: G.options.rounds - G.round,
    attacks: attacksOf(G, s),
    stream: (purpose: string) => mulberry32(hashSeed(`${key}|${role}|${G.round}|${purpose}`)),
  };
}

// ── History: who attacked whom, as the table was told (game/evidence.ts) ─────────────────────────

/** How many attacks on `victim` (or anyone, if omitted) `by` was blamed for in the last `rounds` rounds. */
export function attacksBy(k: Knowledge, by: RoleId, rounds: number, victim?: RoleId): number {
  let n = 0;
  for (const a of k.attacks)
    if (a.by === by && a.round >= k.G.round - rounds && (!victim || a.victim === victim)) n++;
  return n;
}

// ── The map ───────────────────────────────────────────────────────────────────────────────────

export function unitsOf(r: RegionState, role: RoleId) {
  return r.units[role] ?? { active: 0, cantoned: 0, disarmed: 0 };
}

/** Active fighters in `r` that could shoot at `role`: the other armed sides. */
export function hostileActive(_k: Knowledge, r: RegionState, role: RoleId): number {
  let n = 0;
  for (const [who, u] of Object.entries(r.units)) if (who !== role) n += u.active;
  return n;
}

export function shield(r: RegionState): number {
  return total(r.peacekeepers);
}

export { bothConsent, monitored };

/** Weight of the active pledges that protect `role` in region `r` (Dowty: what a promise is worth). */
export function cover(k: Knowledge, role: RoleId, region: string): number {
  let w = 0;
  for (const p of k.G.pledges)
    if (
      p.status === 'active' &&
      (p.protects === role || p.protects === 'all') &&
      (p.region === 'any' || p.region === region)
    )
      w += Math.max(1, credibility(k.G.roles[p.guarantor]!) >= 5 ? p.weight : p.weight - 1);
  return w;
}

/**
 * Whether an untested promise covers `role` in `region`: a pledge in force that no trigger has yet put
 * to the test, from a guarantor that has never honoured one. Whoever wants to know what it is worth
 * (Dowty: the probability that something will be done) has to try it (seed 000: doubt that a guarantee
 * will materialize lets each side justify a breach).
 */
export function untested(k: Knowledge, role: RoleId, region: string): boolean {
  return k.G.pledges.some(
    (p) =>
      p.status === 'active' &&
      p.honouredTimes === 0 &&
      p.round < k.G.round &&
      (k.G.roles[p.guarantor]?.honoured ?? 0) === 0 &&
      (p.protects === role || p.protects === 'all') &&
      (p.region === 'any' || p.region === region),
  );
}

/** Whether any guarantor has honoured a pledge: a guarantee shown to have teeth. */
export function guaranteeHasTeeth(k: Knowledge): boolean {
  return k.guarantors.some((g) => (k.G.roles[g]?.honoured ?? 0) > 0);
}

/**
 * How dangerous it is for `role` to leave fighters unable to defend in `r`, 0 = safe.
 * Hostile guns, minus peacekeepers (each cancels a hit) and pledges (a credible deterrent), and a
 * little less where monitors would expose the attacker.
 */
export function danger(k: Knowledge, r: RegionState, role: RoleId): number {
  const guns = hostileActive(k, r, role);
  if (guns === 0) return 0;
  const deterred = shield(r) * 1.5 + cover(k, role, r.id) * 0.75 + (monitored(r) ? 0.5 : 0);
  return Math.max(0, guns - deterred);
}

export function gap(G: GameState): number {
  return G.tracks.expectations - G.tracks.reconstruction;
}

/** Reintegration fails when expectations lead reconstruction by this much (resolve.ts ddr step). */
export const JOBS_GAP = 4;

export function credOf(k: Knowledge, role: RoleId): number {
  const r = k.G.roles[role];
  return r ? credibility(r) : 0;
}

/**
 * How hardline the spoiler looks from outside, 0..10. Its militancy and type are hidden: the others
 * judge it by the public evidence (game/evidence.ts). Its own seat knows.
 */
export function spoilerHardline(k: Knowledge, sp: RoleId): number {
  const st = k.G.roles[sp];
  if (!st) return 0;
  if (sp === k.role) return st.militancy;
  return hardlineOf(k.G, sp, k.attacks as Attack[]);
}

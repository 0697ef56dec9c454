// Helpers for changing a draft of the state inside moves and resolution (boardgame.io hands us an Immer draft).
import type { Scenario } from './content/schema.ts';
import { credibility } from './credibility.ts';
import type { GameState, HistoryEntry, LedgerEntry, PhaseName, RoleId, TrackId } from './types.ts';

/** A deep writable view of the readonly state types, for code that mutates a draft. */
export type Draft<T> = T extends readonly (infer U)[]
  ? Draft<U>[]
  : T extends object
    ? { -readonly [K in keyof T]: Draft<T[K]> }
    : T;
export type DraftState = Draft<GameState>;

/** The seeded random source: boardgame.io's `random` in play, anything seeded in tests. */
export interface Rng {
  /** A float in [0, 1). */
  next(): number;
}

export function rollInt(rng: Rng, n: number): number {
  return Math.floor(rng.next() * n);
}

export function clamp(v: number, lo: number, hi: number): number {
  return Math.max(lo, Math.min(hi, v));
}

export function trackMax(s: Scenario, t: TrackId): number {
  return t === 'tension' ? s.tuning.tensionMax : s.tuning.trackMax;
}

/** Where a change is recorded: the phase it happened in and who may read its cause (absent = all). */
export interface Cause {
  readonly text: string;
  readonly visibleTo?: readonly RoleId[];
}
type CauseArg = string | Cause;

function causeOf(c: CauseArg): Cause {
  return typeof c === 'string' ? { text: c } : c;
}

/**
 * The phase changes are recorded under. Every entry point that changes the state (a move, a phase
 * hook, resolution) sets it first with `ledgerPhase`; moves run one at a time, so this is exact.
 */
let currentPhase: LedgerEntry['phase'] = 'crisis';
export function ledgerPhase(phase: LedgerEntry['phase']): void {
  currentPhase = phase;
}

/** Record a change of a visible number with its cause (skipped when nothing changed). */
export function record(G: DraftState, key: string, delta: number, cause: CauseArg): void {
  if (delta === 0) return;
  const c = causeOf(cause);
  const e: Draft<LedgerEntry> = { round: G.round, phase: currentPhase, key, delta, cause: c.text };
  if (c.visibleTo) e.visibleTo = [...c.visibleTo];
  G.ledger.push(e);
}

export function addTrack(G: DraftState, s: Scenario, t: TrackId, delta: number, cause: CauseArg): number {
  const before = G.tracks[t];
  G.tracks[t] = clamp(before + delta, 0, trackMax(s, t));
  const d = G.tracks[t] - before;
  record(G, t, d, cause);
  return d;
}

/** Set a computed track (DDR) to its new value, recording the difference. */
export function setTrack(G: DraftState, s: Scenario, t: TrackId, value: number, cause: CauseArg): void {
  addTrack(G, s, t, value - G.tracks[t], cause);
}

export function addFear(G: DraftState, role: RoleId, delta: number, cause: CauseArg): number {
  const r = G.roles[role];
  if (!r || r.kind !== 'faction') return 0;
  const before = r.fear;
  r.fear = clamp(before + delta, 0, 10);
  record(G, `fear:${role}`, r.fear - before, cause);
  return r.fear - before;
}

export function addFunds(G: DraftState, role: RoleId, delta: number, cause: CauseArg): number {
  const r = G.roles[role];
  if (!r) return 0;
  const before = r.funds;
  r.funds = Math.max(0, before + delta);
  record(G, `funds:${role}`, r.funds - before, cause);
  return r.funds - before;
}

/** A guarantor's capability, will or approval (0..10); its credibility change is recorded too. */
export function addStat(
  G: DraftState,
  role: RoleId,
  stat: 'capability' | 'will' | 'approval',
  delta: number,
  cause: CauseArg,
): number {
  const r = G.roles[role];
  if (!r || r.kind !== 'guarantor') return 0;
  const cred = credibility(r);
  const before = r[stat];
  r[stat] = clamp(before + delta, 0, 10);
  record(G, `${stat}:${role}`, r[stat] - before, cause);
  record(G, `credibility:${role}`, credibility(r) - cred, cause);
  return r[stat] - before;
}

/** A guarantor's record: pledges honoured or broken (credibility follows). */
export function addRecord(G: DraftState, role: RoleId, kind: 'honoured' | 'broken', cause: CauseArg): void {
  const r = G.roles[role]!;
  const cred = credibility(r);
  r[kind] += 1;
  record(G, `credibility:${role}`, credibility(r) - cred, cause);
}

/** The spoiler's militancy: its own seat alone reads the changes (others see only its behaviour). */
export function addMilitancy(G: DraftState, role: RoleId, delta: number, cause: string): number {
  const r = G.roles[role];
  if (!r) return 0;
  const before = r.militancy;
  r.militancy = clamp(before + delta, 0, 10);
  record(G, `militancy:${role}`, r.militancy - before, { text: cause, visibleTo: [role] });
  return r.militancy - before;
}

/** Fighters gained or lost (not moved or demobilized): `units:ROLE` in the ledger keeps every side's count. */
export function addUnits(
  G: DraftState,
  region: Draft<GameState['regions'][number]>,
  role: RoleId,
  stage: 'active' | 'cantoned' | 'disarmed',
  delta: number,
  cause: CauseArg,
): number {
  const u = region.units[role];
  if (!u) return 0;
  const before = u[stage];
  u[stage] = Math.max(0, before + delta);
  record(G, `units:${role}`, u[stage] - before, cause);
  return u[stage] - before;
}

export function addStability(
  G: DraftState,
  region: Draft<GameState['regions'][number]>,
  delta: number,
  cause: CauseArg,
): number {
  const before = region.stability;
  region.stability = clamp(before + delta, 0, 5);
  record(G, `stability:${region.id}`, region.stability - before, cause);
  return region.stability - before;
}

export function log(
  G: DraftState,
  phase: HistoryEntry['phase'],
  text: string,
  extra: { step?: string; visibleTo?: RoleId[] } = {},
): void {
  const e: Draft<HistoryEntry> = { round: G.round, phase, text };
  if (extra.step) e.step = extra.step;
  if (extra.visibleTo) e.visibleTo = extra.visibleTo;
  G.history.push(e);
}

export function phaseLog(G: DraftState, phase: PhaseName, text: string): void {
  log(G, phase, text);
}

export function roleName(s: Scenario, role: RoleId): string {
  return s.roles.find((r) => r.id === role)?.name ?? role;
}

export function regionName(s: Scenario, id: string): string {
  return s.regions.find((r) => r.id === id)?.name ?? id;
}

export function seatOf(G: GameState, role: RoleId): string {
  return String(G.seats.indexOf(role));
}

// Helpers for changing a draft of the state inside moves and resolution (boardgame.io hands us an Immer draft).
import type { Scenario } from './content/schema.ts';
import type { GameState, HistoryEntry, PhaseName, RoleId, TrackId } from './types.ts';

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

export function addTrack(G: DraftState, s: Scenario, t: TrackId, delta: number): void {
  G.tracks[t] = clamp(G.tracks[t] + delta, 0, trackMax(s, t));
}

export function addFear(G: DraftState, role: RoleId, delta: number): void {
  const r = G.roles[role];
  if (r && r.kind === 'faction') r.fear = clamp(r.fear + delta, 0, 10);
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

// Headless play of whole games through boardgame.io's own client (flow, phases, random), driven by policies.

import type { Ctx } from 'boardgame.io';
import { Client } from 'boardgame.io/client';
import { Ceasefire } from '../index.ts';
import { type LegalMove, legalMoves } from '../legal.ts';
import type { SetupData } from '../setup.ts';
import type { GameState, Result } from '../types.ts';

/** A policy picks one of the seat's legal moves; it sees only that seat's view. */
export type Policy = (
  view: GameState,
  ctx: Ctx,
  playerID: string,
  legal: readonly LegalMove[],
  rand: () => number,
) => LegalMove;

export interface GameRecord {
  readonly seed: string;
  readonly result: Result;
  readonly rounds: number;
  readonly moves: number;
  readonly state: GameState;
}

/** A small seeded generator for the policies' own choices (separate from the game's seeded random). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function hashSeed(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}

export const MAX_MOVES = 5000;

/** Play one full game; `policies[playerID]` decides for each seat. Throws if the game stalls. */
export function playGame(
  seed: string,
  policies: Readonly<Record<string, Policy>>,
  setupData: SetupData = {},
  onStep?: (state: { G: GameState; ctx: Ctx }) => void,
): GameRecord {
  const numPlayers = 5;
  // A local Client ignores a setupData option (boardgame.io 0.50 passes it to setup only on a server): bind it.
  const game = { ...Ceasefire, seed, setup: (ctx: never) => Ceasefire.setup!(ctx, setupData) };
  const client = Client({ game, numPlayers } as never) as unknown as {
    start(): void;
    stop(): void;
    getState(): { G: GameState; ctx: Ctx } | null;
    updatePlayerID(id: string): void;
    moves: Record<string, (...args: unknown[]) => void>;
  };
  client.start();
  const rand = mulberry32(hashSeed(seed));
  let moves = 0;
  for (;;) {
    const st = client.getState()!;
    onStep?.(st);
    if (st.ctx.gameover) break;
    if (moves > MAX_MOVES) throw new Error(`Game ${seed} did not end within ${MAX_MOVES} moves`);
    const active = Object.keys(st.ctx.activePlayers ?? { [st.ctx.currentPlayer]: null });
    let acted = false;
    for (const pid of active) {
      client.updatePlayerID(pid);
      const now = client.getState()!; // the seat's own view: policies never see others' secrets
      if (now.ctx.gameover) break;
      const legal = legalMoves(now.G, now.ctx, pid);
      if (legal.length === 0) continue;
      const policy = policies[pid];
      if (!policy) throw new Error(`No policy for seat ${pid}`);
      const choice = policy(now.G, now.ctx, pid, legal, rand);
      client.moves[choice.move]!(...choice.args);
      moves++;
      acted = true;
    }
    if (!acted)
      throw new Error(`Dead end in game ${seed}: no active seat has a legal move (phase ${st.ctx.phase})`);
  }
  const final = client.getState()!;
  client.stop();
  return { seed, result: final.G.result!, rounds: final.G.round, moves, state: final.G };
}

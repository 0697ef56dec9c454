// Headless play of whole games, driven by policies that see only their seat's view.
// `playMatch` uses the direct driver (fast; the benchmark's engine); `playMatchReference` drives the same
// Game through boardgame.io's own reducer (InitializeGame + CreateGameReducer): tests check both agree.

import type { Ctx } from 'boardgame.io';
import { CreateGameReducer, InitializeGame } from 'boardgame.io/internal';
import { hashSeed, mulberry32 } from '../bots/rng.ts';
import { Ceasefire } from '../index.ts';
import { type LegalMove, legalMoves } from '../legal.ts';
import { getScenario } from '../scenario.ts';
import type { SetupData } from '../setup.ts';
import type { GameState, Result } from '../types.ts';
import { viewFor } from '../view.ts';
import { Driver } from './driver.ts';

export { hashSeed, mulberry32 };

/** A policy picks one of the seat's legal moves; it sees only that seat's view. */
export type Policy = (
  view: GameState,
  ctx: Ctx,
  playerID: string,
  legal: readonly LegalMove[],
  rand: () => number,
) => LegalMove;

/** What an agent decided: a move, its arguments and (for bots) why. */
export interface AgentChoice {
  readonly move: string;
  readonly args: readonly unknown[];
  readonly reason?: string;
}

/** An agent decides for one seat from that seat's view; null means it has nothing to do now. */
export type Agent = (view: GameState, ctx: Ctx, playerID: string) => AgentChoice | null;

export interface GameRecord {
  readonly seed: string;
  readonly result: Result;
  readonly rounds: number;
  readonly moves: number;
  readonly state: GameState;
}

export interface MatchOptions {
  readonly setupData?: SetupData;
  /** Append each choice's reason as a trailing `{ reason }` argument (written to the history). */
  readonly reasons?: boolean;
  /** Called before every decision with the full state (tests, traces). */
  readonly onStep?: (state: { G: GameState; ctx: Ctx }) => void;
  /** Called after every accepted move. */
  readonly onMove?: (playerID: string, choice: AgentChoice, elapsedMs: number) => void;
  /** Measure each decision's time (performance.now) and report it through onMove. */
  readonly timing?: boolean;
  /** Stop with a TimeoutError once performance.now() passes this (the hard bot's sampled games). */
  readonly deadline?: number;
}

export class TimeoutError extends Error {}

export const MAX_MOVES = 5000;

function seats(setupData: SetupData | undefined): number {
  return getScenario(setupData?.scenario).roles.length;
}

function argsOf(choice: AgentChoice, reasons: boolean | undefined): unknown[] {
  return reasons && choice.reason ? [...choice.args, { reason: choice.reason }] : [...choice.args];
}

function finish(seed: string, G: GameState, moves: number): GameRecord {
  if (!G.result) throw new Error(`Game ${seed} ended without a result`);
  return { seed, result: G.result, rounds: G.round, moves, state: G };
}

/** Play one full game with the direct driver. Throws on an illegal move or a stalled game. */
export function playMatch(
  seed: string,
  agents: Readonly<Record<string, Agent>>,
  opts: MatchOptions = {},
): GameRecord {
  const d = Driver.create(Ceasefire as never, seats(opts.setupData), seed, opts.setupData ?? {});
  const moves = runDriver(d, agents, opts, seed);
  return finish(seed, d.G, moves);
}

/** Drive a match (new, or one set up from any state) to its end; returns the number of moves made. */
export function runDriver(
  d: Driver,
  agents: Readonly<Record<string, Agent>>,
  opts: Omit<MatchOptions, 'setupData'> = {},
  label = 'match',
): number {
  let moves = 0;
  const now = opts.timing ? () => performance.now() : () => 0;
  for (;;) {
    opts.onStep?.({ G: d.G, ctx: d.ctx });
    const active = d.activeSeats();
    if (active.length === 0) break;
    if (moves > MAX_MOVES) throw new Error(`Game ${label} did not end within ${MAX_MOVES} moves`);
    if (opts.deadline !== undefined && performance.now() > opts.deadline) throw new TimeoutError(label);
    let acted = false;
    for (const pid of active) {
      if (d.state.ctx.gameover !== undefined) break;
      if (!d.isActive(pid)) continue;
      const agent = agents[pid];
      if (!agent) throw new Error(`No agent for seat ${pid}`);
      const t0 = now();
      const choice = agent(viewFor(d.G, pid), d.ctx, pid);
      const dt = now() - t0;
      if (!choice) continue;
      if (!d.move(pid, choice.move, argsOf(choice, opts.reasons)))
        throw new Error(
          `Illegal move in game ${label} by seat ${pid} (${d.state.ctx.phase}): ${choice.move} ${JSON.stringify(choice.args)}`,
        );
      moves++;
      acted = true;
      opts.onMove?.(pid, choice, dt);
    }
    if (!acted && d.state.ctx.gameover === undefined)
      throw new Error(`Dead end in game ${label}: no active seat has a move (phase ${d.state.ctx.phase})`);
  }
  return moves;
}

interface BgioState {
  G: GameState;
  ctx: Ctx;
  _stateID: number;
}

/** The same loop through boardgame.io's own reducer: slower, the reference the driver is checked against. */
export function playMatchReference(
  seed: string,
  agents: Readonly<Record<string, Agent>>,
  opts: MatchOptions = {},
): GameRecord {
  const game = { ...Ceasefire, seed };
  const numPlayers = seats(opts.setupData);
  let state = InitializeGame({ game, numPlayers, setupData: opts.setupData ?? {} }) as unknown as BgioState;
  const reducer = CreateGameReducer({ game, isClient: false } as never) as unknown as (
    s: BgioState,
    a: unknown,
  ) => BgioState;
  let moves = 0;
  for (;;) {
    opts.onStep?.({ G: state.G, ctx: state.ctx });
    if (state.ctx.gameover !== undefined) break;
    if (moves > MAX_MOVES) throw new Error(`Game ${seed} did not end within ${MAX_MOVES} moves`);
    const active = Object.keys(state.ctx.activePlayers ?? { [state.ctx.currentPlayer]: null });
    let acted = false;
    for (const pid of active) {
      if (state.ctx.gameover !== undefined) break;
      if (state.ctx.activePlayers ? !(pid in state.ctx.activePlayers) : state.ctx.currentPlayer !== pid)
        continue;
      const agent = agents[pid];
      if (!agent) throw new Error(`No agent for seat ${pid}`);
      const choice = agent(viewFor(state.G, pid), state.ctx, pid);
      if (!choice) continue;
      const next = reducer(state, {
        type: 'MAKE_MOVE',
        payload: { type: choice.move, args: argsOf(choice, opts.reasons), playerID: pid },
      });
      if (next._stateID === state._stateID)
        throw new Error(
          `Illegal move in game ${seed} by seat ${pid}: ${choice.move} ${JSON.stringify(choice.args)}`,
        );
      state = next;
      moves++;
      acted = true;
      opts.onMove?.(pid, choice, 0);
    }
    if (!acted)
      throw new Error(`Dead end in game ${seed}: no active seat has a move (phase ${state.ctx.phase})`);
  }
  return finish(seed, state.G, moves);
}

/** Adapt legal-move policies (the older interface) to agents sharing one seeded stream per game. */
export function agentsOf(seed: string, policies: Readonly<Record<string, Policy>>): Record<string, Agent> {
  const rand = mulberry32(hashSeed(seed));
  const out: Record<string, Agent> = {};
  for (const [pid, policy] of Object.entries(policies))
    out[pid] = (view, ctx, playerID) => {
      const legal = legalMoves(view, ctx, playerID);
      return legal.length === 0 ? null : policy(view, ctx, playerID, legal, rand);
    };
  return out;
}

/** Play one full game; `policies[playerID]` decides for each seat. Throws if the game stalls. */
export function playGame(
  seed: string,
  policies: Readonly<Record<string, Policy>>,
  setupData: SetupData = {},
  onStep?: (state: { G: GameState; ctx: Ctx }) => void,
): GameRecord {
  return playMatch(seed, agentsOf(seed, policies), onStep ? { setupData, onStep } : { setupData });
}

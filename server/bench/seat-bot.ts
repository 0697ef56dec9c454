// A seat played from outside the server, as a person's browser would: the game's own bot decides on
// the seat's player view (what the client received), and after a refusal on a state it falls back
// to a random legal move, then waits for the state to change. Used by the benchmark and the tests.
import type { Ctx } from 'boardgame.io';
import { serverPolicy } from '../../game/bots/index.ts';
import { type GameState, legalMoves } from '../../game/index.ts';
import { seededRandom } from '../bots.ts';

export interface SeatChoice {
  readonly move: string;
  readonly args: unknown[];
}

/** The seat's next move on this view, or null (nothing to do, or too many refusals on this state). */
export function chooseMove(
  view: GameState,
  ctx: Ctx,
  playerID: string,
  opts: { seed: string; stateID: number; failures: number; difficulty?: string },
): SeatChoice | null {
  if (ctx.gameover !== undefined || opts.failures >= 3) return null;
  const random = seededRandom(`${opts.seed}:${opts.stateID}:${opts.failures}`);
  if (opts.failures === 0) {
    return serverPolicy({
      G: view,
      ctx,
      playerID,
      difficulty: opts.difficulty ?? 'normal',
      random,
      seed: opts.seed,
    });
  }
  const legal = legalMoves(view, ctx, playerID);
  const pick = legal[Math.floor(random() * legal.length)];
  return pick ? { move: pick.move, args: [...(pick.args ?? [])] } : null;
}

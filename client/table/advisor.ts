// The advisor: asks the hard bot (game/bots) what it would do in this seat, from the seat's own view
// only (the state this browser already holds), and turns its decisions into a plan with reasons.
import type { Ctx } from 'boardgame.io';
import type { GameState, Order } from '../../game/index.ts';

export interface AdviceStep {
  readonly move: string;
  readonly args: readonly unknown[];
  readonly reason: string;
}

export interface Advice {
  /** The phase and round the advice is for: stale advice is not offered once the table moves on. */
  readonly phase: string;
  readonly round: number;
  /** The moves to make, in order: every order of the round's plan, or the one next move elsewhere. */
  readonly steps: readonly AdviceStep[];
  /** Why the plan ends here (e.g. "then send the orders"), when the bot says so. */
  readonly closing: string | null;
}

/**
 * Queued advised orders carry this note into the history: like the orders it is visible to the seat
 * alone during the game and to everyone in the debrief.
 */
export const ADVICE_NOTE = "Followed the advisor's advice";

export function adviceNote(reason: string): { reason: string } {
  return { reason: `${ADVICE_NOTE}: ${reason}`.slice(0, 300) };
}

/** The seat's view with one more order queued, as the rules would hold it after addOrder. */
function withOrder(view: GameState, role: string, order: Order): GameState {
  const mine = view.secret[role]!;
  return { ...view, secret: { ...view.secret, [role]: { ...mine, orders: [...mine.orders, order] } } };
}

/**
 * The hard bot's advice for this seat. In the orders phase it is the round's whole plan (the bot is
 * asked again after each order it would queue); in other phases the next move. Loaded on demand, so
 * the bots never weigh on the first page.
 */
export async function askAdvisor(view: GameState, ctx: Ctx, playerID: string): Promise<Advice> {
  const { decide } = await import('../../game/bots/index.ts');
  const role = view.seats[Number(playerID)]!;
  const opts = { policy: 'hard' as const, seed: `advisor:${role}` };
  const steps: AdviceStep[] = [];
  let closing: string | null = null;
  let v = view;
  const limit = ctx.phase === 'orders' ? 8 : 1;
  for (let i = 0; i < limit; i++) {
    const d = decide(v, ctx, playerID, opts);
    if (!d) break;
    if (ctx.phase === 'orders' && d.move !== 'addOrder') {
      if (d.move === 'submitOrders') closing = 'then send your orders.';
      break;
    }
    steps.push({ move: d.move, args: d.args, reason: d.reason });
    if (d.move !== 'addOrder') break;
    v = withOrder(v, role, d.args[0] as Order);
  }
  return { phase: String(ctx.phase), round: view.round, steps, closing };
}

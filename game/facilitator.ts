// What the facilitator's "skip phase" and an expired phase timer do, as moves made for the seats that are
// not done yet: a missing order becomes "hold", a missing Ready becomes Ready, an unanswered crisis takes
// its first option, and an unanswered triggered pledge counts as broken (slow implementation, seed 000).
import type { Ctx } from 'boardgame.io';
import { checkMove, choicePending } from './legal.ts';
import { getScenario } from './scenario.ts';
import type { GameState } from './types.ts';

export interface SeatMove {
  readonly playerID: string;
  readonly move: string;
  readonly args: readonly unknown[];
}

/** The moves that finish the current phase, in order; each is legal when its turn comes. */
export function movesToFinishPhase(G: GameState, ctx: Ctx): SeatMove[] {
  if (G.result || ctx.gameover !== undefined) return [];
  const out: SeatMove[] = [];
  const seat = (role: string) => String(G.seats.indexOf(role));
  // A decision card injected mid-round waits on its role in any phase: it is answered first.
  const pending = choicePending(G);
  if (pending && ctx.phase !== 'crisis') {
    const card = getScenario(G.scenario).events.find((e) => e.id === G.crisis?.card);
    const first = card?.choice?.options[0];
    if (first) out.push({ playerID: seat(pending), move: 'chooseCrisis', args: [first.id] });
  }
  switch (ctx.phase) {
    case 'crisis': {
      const card = getScenario(G.scenario).events.find((e) => e.id === G.crisis?.card);
      const first = card?.choice?.options[0];
      if (G.crisis?.chooser && G.crisis.choice === null && first)
        out.push({ playerID: seat(G.crisis.chooser), move: 'chooseCrisis', args: [first.id] });
      break;
    }
    case 'negotiation':
      for (const r of G.seats)
        if (!G.roles[r]!.ready) out.push({ playerID: seat(r), move: 'ready', args: [] });
      break;
    case 'orders':
      for (const r of G.seats)
        if (!G.roles[r]!.ordersIn) out.push({ playerID: seat(r), move: 'submitOrders', args: [] });
      break;
    case 'review':
      for (const p of G.pledges)
        if (p.status === 'triggered')
          out.push({ playerID: seat(p.guarantor), move: 'answerPledge', args: [p.id, false] });
      for (const r of G.seats)
        if (!G.roles[r]!.ready) out.push({ playerID: seat(r), move: 'ready', args: [] });
      break;
  }
  return out;
}

/** Whether a seat move is still legal on the current state (the state moves on between them). */
export function stillLegal(G: GameState, ctx: Ctx, m: SeatMove): boolean {
  return checkMove(G, ctx, m.playerID, m.move, m.args) === null;
}

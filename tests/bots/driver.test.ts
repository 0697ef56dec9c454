// The direct driver (the benchmark's engine) must play exactly like boardgame.io's own reducer.
import { describe, expect, it } from 'vitest';
import type { LegalMove } from '../../game/legal.ts';
import { agentsOf, type Policy, playMatch, playMatchReference } from '../../game/sim/runner.ts';

/** Random but game-advancing: the driver must agree with boardgame.io whatever the moves. */
const chaotic: Policy = (view, ctx, playerID, legal, rand) => {
  const pick = (m: string) => legal.find((l) => l.move === m);
  const any = (xs: readonly LegalMove[]) => xs[Math.floor(rand() * xs.length)]!;
  if (ctx.phase === 'orders') {
    const orders = legal.filter((l) => l.move === 'addOrder' || l.move === 'removeOrder');
    const mine = view.secret[view.seats[Number(playerID)]!]!.orders.length;
    if (mine < 3 && orders.length > 0 && rand() < 0.85) return any(orders);
    return pick('submitOrders') ?? any(legal);
  }
  if (ctx.phase === 'negotiation' && rand() < 0.35) {
    const talk = legal.filter((l) => l.move !== 'resumeWar' || rand() < 0.01);
    return any(talk);
  }
  const answers = legal.filter((l) => l.move === 'answerPledge');
  if (answers.length > 0) return any(answers);
  return pick('ready') ?? any(legal);
};
const chaos = { '0': chaotic, '1': chaotic, '2': chaotic, '3': chaotic, '4': chaotic };

describe('direct driver', () => {
  it('produces the same game as boardgame.io’s reducer, seed by seed', () => {
    for (let i = 0; i < 40; i++) {
      const seed = `driver-${i}`;
      const fast = playMatch(seed, agentsOf(seed, chaos));
      const ref = playMatchReference(seed, agentsOf(seed, chaos));
      expect(fast.moves).toBe(ref.moves);
      expect(JSON.parse(JSON.stringify(fast.state))).toEqual(JSON.parse(JSON.stringify(ref.state)));
    }
  });
});

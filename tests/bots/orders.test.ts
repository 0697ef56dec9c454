// The bots check a planned order with checkMove instead of listing every legal order (game/bots/common.ts,
// Legal.order). That is sound only if checkMove accepts an order exactly when legalMoves lists it, and
// refuses malformed orders cleanly: checked here on the states of seeded bot games.
import { describe, expect, it } from 'vitest';
import { decide } from '../../game/bots/index.ts';
import { orderTypes } from '../../game/content/schema.ts';
import { checkMove, legalMoves } from '../../game/legal.ts';
import { getScenario } from '../../game/scenario.ts';
import { type Agent, playMatch } from '../../game/sim/runner.ts';
import type { Order } from '../../game/types.ts';
import { viewFor } from '../../game/view.ts';

const TYPES = orderTypes;
const REGIONS = getScenario().regions.map((r) => r.id);
const TARGETS = getScenario()
  .roles.filter((r) => r.kind !== 'guarantor')
  .map((r) => r.id);

/** Every order of the canonical shapes legalOrders builds, for a small range of counts. */
function canonical(): Order[] {
  const out: Order[] = [];
  for (const type of TYPES)
    for (const region of REGIONS) {
      if (type === 'canton' || type === 'disarm' || type === 'reintegrate' || type === 'rearm')
        for (let count = 1; count <= 5; count++) out.push({ type, region, count });
      else if (type === 'attack') for (const target of TARGETS) out.push({ type, region, target });
      else if (type === 'consent') for (const grant of [true, false]) out.push({ type, region, grant });
      else if (
        !['campaign', 'reform', 'mandate', 'induce', 'socialize', 'coerce', 'sanction', 'hold'].includes(type)
      )
        out.push({ type, region } as Order);
    }
  for (const type of [
    'campaign',
    'reform',
    'mandate',
    'induce',
    'socialize',
    'coerce',
    'sanction',
    'hold',
  ] as const)
    out.push({ type });
  return out;
}

describe('order legality as the bots use it', () => {
  it('checkMove accepts an addOrder exactly when legalMoves lists it; malformed orders are refused, not thrown', () => {
    const orders = canonical();
    const malformed = [
      ...['canton', 'disarm', 'reintegrate', 'rearm'].map((type) => ({ type, region: 'south' })),
      ...['smuggle', 'monitors', 'attack', 'consent', 'recruit', 'withdraw', 'aid'].map((type) => ({ type })),
      { type: 'canton', region: 'south', count: 1.5 },
      { type: 'canton', region: 'atlantis', count: 1 },
    ];
    let checked = 0;
    for (let g = 0; g < 12; g++) {
      const seed = `orders-${g}`;
      const agents: Record<string, Agent> = {};
      for (let seat = 0; seat < 5; seat++)
        agents[String(seat)] = (view, ctx, pid) => decide(view, ctx, pid, { policy: 'normal', seed });
      playMatch(seed, agents, {
        onStep: ({ G, ctx }) => {
          if (ctx.phase !== 'orders' || G.result) return;
          for (let seat = 0; seat < 5; seat++) {
            const pid = String(seat);
            const view = viewFor(G, pid);
            const listed = new Set(
              legalMoves(view, ctx, pid)
                .filter((m) => m.move === 'addOrder')
                .map((m) => JSON.stringify(m.args[0])),
            );
            for (const o of orders) {
              const ok = checkMove(view, ctx, pid, 'addOrder', [o]) === null;
              expect(ok, JSON.stringify(o)).toBe(listed.has(JSON.stringify(o)));
              checked++;
            }
            for (const o of malformed) expect(checkMove(view, ctx, pid, 'addOrder', [o])).not.toBeNull();
          }
        },
      });
    }
    expect(checked).toBeGreaterThan(50_000);
  }, 120_000);
});

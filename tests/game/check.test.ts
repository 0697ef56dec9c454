// The model check's bookkeeping: stable claim ids, a scenario's documented exemptions (shown as N/A,
// never a FAIL), and the sensible-newcomer policy behind `simulate --newcomer`.
import { describe, expect, it } from 'vitest';
import { decide } from '../../game/bots/index.ts';
import { evaluate, exemptionFor, failing, formatClaims } from '../../game/sim/check.ts';
import { type Agent, playMatch } from '../../game/sim/runner.ts';
import type { GameSummary } from '../../game/sim/simulate.ts';
import { withVariant } from '../../game/sim/variants.ts';

function game(i: number, peace: boolean): GameSummary {
  return {
    index: i,
    grade: peace ? 'durable' : 'collapsed',
    rounds: 8,
    winners: [],
    moves: 100,
    spoilerType: null,
    agendas: {},
    pledgesMade: 1,
    pledgesTriggered: 0,
    pledgesBroken: 0,
    war: null,
    fear: {},
    tension: 3,
  };
}

describe('claims and exemptions', () => {
  it('an exemption names a claim id exactly or by a prefix ending in *', () => {
    const s = {
      claims: [
        { claim: 'peace', reason: 'a tutorial reaches the elections' },
        { claim: 'pledges:*', reason: 'nobody tests a pledge here' },
      ],
    };
    expect(exemptionFor(s, 'peace')).toMatch(/tutorial/);
    expect(exemptionFor(s, 'pledges:break')).toMatch(/nobody/);
    expect(exemptionFor(s, 'fragile')).toBeUndefined();
    expect(exemptionFor(s, 'peacekeeping')).toBeUndefined();
  });

  it('a failing claim the scenario exempts is shown as N/A with its reason, and fails nothing', () => {
    // Every game durable: "peace holds in 35–70%" fails on the default scenario, not on First Steps.
    const normal = Array.from({ length: 20 }, (_, i) => game(i, true));
    const fa = evaluate({ normal }).find((c) => c.id === 'peace')!;
    expect(fa.pass).toBe(false);
    expect(failing(fa)).toBe(true);
    const fs = evaluate({ normal }, { scenario: 'firstSteps' }).find((c) => c.id === 'peace')!;
    expect(fs.exempt).toMatch(/elections/);
    expect(failing(fs)).toBe(false);
    expect(formatClaims([fs])).toMatch(/^N\/A +peace holds/);
    expect(formatClaims([fa])).toMatch(/^FAIL {2}peace holds/);
  });
});

describe('the sensible newcomer', () => {
  it('never restarts the war, and queues fewer orders than the normal plan, the same way for the same seed', () => {
    const play = (seed: string, newcomer: boolean) => {
      const sent: number[] = [];
      const agents: Record<string, Agent> = {};
      for (let seat = 0; seat < 5; seat++) {
        const bot: Agent = (v, c, p) => decide(v, c, p, { policy: 'normal', seed });
        const me = newcomer && seat === 0 ? withVariant(bot, 'newcomer') : bot;
        agents[String(seat)] = (v, c, p) => {
          const d = me(v, c, p);
          if (seat === 0) {
            if (newcomer) expect(d?.move).not.toBe('resumeWar');
            if (d?.move === 'submitOrders') sent.push(v.secret[v.seats[0]!]!.orders.length);
          }
          return d;
        };
      }
      playMatch(seed, agents);
      return sent;
    };
    const seeds = ['nc-1', 'nc-2', 'nc-3', 'nc-4', 'nc-5', 'nc-6'];
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    const newcomer = seeds.flatMap((s) => play(s, true));
    const normal = seeds.flatMap((s) => play(s, false));
    expect(play('nc-1', true)).toEqual(play('nc-1', true));
    expect(newcomer.length).toBeGreaterThan(12);
    expect(mean(newcomer)).toBeLessThan(mean(normal));
  });
});

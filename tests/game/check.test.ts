// The model check's bookkeeping: stable claim ids, a scenario's documented exemptions (shown as N/A,
// never a FAIL), and the sensible-newcomer policy behind `simulate --newcomer`.
import { describe, expect, it } from 'vitest';
import { decide } from '../../game/bots/index.ts';
import { claimMatches, evaluate, failures, formatClaims } from '../../game/sim/check.ts';
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
    spoilerTypes: {},
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
    expect(claimMatches('peace', 'peace')).toBe(true);
    expect(claimMatches('pledges:*', 'pledges:break')).toBe(true);
    expect(claimMatches('peace', 'peacekeeping')).toBe(false);
    expect(claimMatches('pledges:*', 'fragile')).toBe(false);
  });

  it('a failing claim the scenario says does not apply is N/A with its reason, and fails nothing', () => {
    // Every game durable: "peace holds in 35–70%" fails on the default scenario, not on First Steps.
    const normal = Array.from({ length: 20 }, (_, i) => game(i, true));
    const fa = evaluate({ normal }).find((c) => c.id === 'peace')!;
    expect(fa.pass).toBe(false);
    expect(failures([fa])).toEqual([fa]);
    const fs = evaluate({ normal }, { scenario: 'firstSteps' }).find((c) => c.id === 'peace')!;
    expect(fs.exempt).toMatch(/elections/);
    expect(failures([fs])).toEqual([]);
    expect(formatClaims([fs])).toMatch(/^N\/A +peace holds/);
    expect(formatClaims([fa])).toMatch(/^FAIL +peace holds/);
  });

  it('a known failure the scenario documents (holds: false) is still a FAIL, printed with its reason', () => {
    // Mozambique documents that resumed wars are mostly won by the government: one won war of one.
    const normal = [{ ...game(0, false), war: { resumer: 'government', won: true } }];
    const c = evaluate({ normal }, { scenario: 'mozambique' }).find((x) => x.id === 'war:won')!;
    expect(c.pass).toBe(false);
    expect(c.known).toMatch(/government/);
    expect(failures([c])).toEqual([c]);
    expect(formatClaims([c])).toMatch(/^FAIL[\s\S]*known, documented in the scenario/);
  });
});

describe('where "always break" against "never pledge" comes from', () => {
  it('the figure splits the paired difference into deals with a broken pledge and deals never tested', () => {
    // Deals 0-1: a pledge broken (peace without pledges in one, in neither when broken).
    // Deals 2-3: pledges made, never tested (no peace without pledges, peace in both with them).
    // Deal 4: no pledge made at all (counted in the whole only).
    const none = [game(0, true), game(1, false), game(2, false), game(3, false), game(4, true)];
    const broken = [
      { ...game(0, false), pledgesTriggered: 1, pledgesBroken: 1 },
      { ...game(1, false), pledgesTriggered: 1, pledgesBroken: 1 },
      game(2, true),
      game(3, true),
      { ...game(4, true), pledgesMade: 0 },
    ];
    const c = evaluate({ normal: none, 'pledges:none': none, 'pledges:break': broken }).find(
      (x) => x.id === 'pledges:break',
    )!;
    expect(c.pass).toBe(false);
    expect(c.figure).toMatch(/^-20\.0 pts /);
    expect(c.figure).toContain(
      'broken (2 deals): peace 50.0% without pledges against 0.0%, +50.0 pts, +20.0 of the whole',
    );
    expect(c.figure).toContain(
      'never tested (2 deals): peace 0.0% without pledges against 100.0%, -100.0 pts, -40.0 of the whole',
    );
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

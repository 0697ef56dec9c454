// The bots and the guarantees (issue 9): spoilers put untested promises to the test, a greedy one
// stops once a guarantee is shown to have teeth, the UN answers a spoiler's public truce with an
// inducement first, and a faction resumes the war only when the odds and its prospects say so.
import type { Ctx } from 'boardgame.io';
import { describe, expect, it } from 'vitest';
import { Plan } from '../../game/bots/common.ts';
import { warChoice } from '../../game/bots/faction.ts';
import { planGuarantor } from '../../game/bots/guarantor.ts';
import { know } from '../../game/bots/knowledge.ts';
import { planSpoiler } from '../../game/bots/spoiler.ts';
import type { Personality } from '../../game/bots/types.ts';
import type { DraftState } from '../../game/state.ts';
import type { GameState, Order, Pledge } from '../../game/types.ts';
import { addPledge, freshState, regionOf, rich } from '../game/helpers.ts';

const SEAT = { government: '0', movement: '1', spoiler: '2', un: '3', regional: '4' } as const;

function ctxOf(phase: string): Ctx {
  return { phase, numPlayers: 5, turn: 1, currentPlayer: '0', playOrder: ['0', '1', '2', '3', '4'] } as Ctx;
}

function plan(G: GameState, role: keyof typeof SEAT, persona: Personality): Order[] {
  const k = know(G, ctxOf('orders'), SEAT[role], 'normal', 'guarantees', persona)!;
  const P = new Plan(k);
  if (role === 'spoiler') planSpoiler(k, P);
  else planGuarantor(k, P);
  return P.items.map((i) => i.order);
}

/** An impartial force pledge by the UN, in force since round 1. */
const pledge = (G: DraftState, p: Partial<Pledge> = {}) =>
  addPledge(G, { protects: 'all', expires: 4, ...p });

/** Round 2: the spoiler's gunmen in the Mines next to cantoned Government fighters, no monitors. */
function standoff(type: 'limited' | 'greedy' | 'total'): DraftState {
  const G = freshState('guarantees', { spoilerType: type });
  rich(G, 10);
  G.round = 2;
  G.roles.spoiler!.militancy = 6;
  for (const r of G.regions)
    for (const role of Object.keys(r.units)) r.units[role] = { active: 0, cantoned: 0, disarmed: 0 };
  regionOf(G, 'mines').units.spoiler = { active: 3, cantoned: 0, disarmed: 0 };
  regionOf(G, 'mines').units.government = { active: 0, cantoned: 3, disarmed: 0 };
  return G;
}

const attacks = (os: Order[]) => os.filter((o) => o.type === 'attack');

describe('spoilers and untested guarantees', () => {
  it('a cautious total spoiler, which avoids defended camps, still puts an untested promise to the test', () => {
    const G = standoff('total');
    pledge(G);
    expect(attacks(plan(G, 'spoiler', 'cautious'))).toHaveLength(1);
    // Once the guarantor has honoured a pledge, the same camps count as defended: it looks elsewhere.
    G.roles.un!.honoured = 1;
    G.pledges[0]!.honouredTimes = 1;
    expect(attacks(plan(G, 'spoiler', 'cautious'))).toHaveLength(0);
  });

  it('a greedy spoiler tests a guarantee once, and stops when a guarantee has been shown to have teeth', () => {
    const G = standoff('greedy');
    pledge(G);
    expect(attacks(plan(G, 'spoiler', 'cautious'))).toHaveLength(1);
    G.roles.un!.honoured = 1;
    expect(attacks(plan(G, 'spoiler', 'cautious'))).toHaveLength(0);
    expect(attacks(plan(G, 'spoiler', 'hawkish'))).toHaveLength(0);
  });

  it('an ignored limited spoiler uses violence to be heard, and stops while it is being brought in', () => {
    const G = standoff('limited');
    pledge(G);
    expect(attacks(plan(G, 'spoiler', 'cautious'))).toHaveLength(1);
    G.secret.spoiler!.induced = 1;
    G.history.push({
      round: 2,
      step: 'spoiler',
      text: 'Round 2: the UN Mission offered the spoiler money and a place in the process.',
    } as DraftState['history'][number]);
    expect(attacks(plan(G, 'spoiler', 'cautious'))).toHaveLength(0);
  });
});

describe('the custodian answers a truce', () => {
  it('the UN answers a public truce offer with an inducement before its other orders fill the round', () => {
    const G = standoff('limited');
    // Fighters everywhere for monitors and peacekeepers to want, and a recent attack on the record.
    for (const r of G.regions) r.units.movement = { active: 2, cantoned: 1, disarmed: 0 };
    const before = plan(G, 'un', 'cautious');
    expect(before.some((o) => o.type === 'induce')).toBe(false);
    G.offers.push({
      id: G.nextId++,
      round: 2,
      from: 'spoiler',
      to: 'un',
      private: false,
      give: [{ kind: 'noAttack' }],
      ask: [{ kind: 'noAttack' }],
      status: 'open',
    } as unknown as DraftState['offers'][number]);
    const after = plan(G, 'un', 'cautious');
    expect(after[0]?.type).toBe('induce');
  });
});

describe('war as a choice', () => {
  function afraid(G: DraftState): void {
    G.round = 4;
    G.roles.movement!.fear = 9;
  }
  const choice = (G: GameState, persona: Personality) =>
    warChoice(know(G, ctxOf('negotiation'), SEAT.movement, 'normal', 'war', persona)!);

  it('an afraid faction strikes first only with the odds in its favour; the cautious never do', () => {
    const G = freshState('war');
    afraid(G);
    for (const r of G.regions) {
      r.units.movement = { active: 0, cantoned: 0, disarmed: 0 };
      r.units.government = { active: 0, cantoned: 1, disarmed: 1 };
    }
    regionOf(G, 'south').units.movement = { active: 6, cantoned: 0, disarmed: 0 };
    expect(choice(G, 'hawkish')).toMatch(/Resume the war/);
    expect(choice(G, 'cautious')).toBeNull();
    // Evenly matched: fear alone does not start a war.
    regionOf(G, 'capital').units.government = { active: 5, cantoned: 0, disarmed: 0 };
    expect(choice(G, 'hawkish')).toBeNull();
  });

  it('force pledged to the other side turns the odds against it', () => {
    const G = freshState('war');
    afraid(G);
    for (const r of G.regions) {
      r.units.movement = { active: 0, cantoned: 0, disarmed: 0 };
      r.units.government = { active: 0, cantoned: 1, disarmed: 1 };
    }
    regionOf(G, 'south').units.movement = { active: 6, cantoned: 0, disarmed: 0 };
    pledge(G, { protects: 'government', weight: 3 });
    pledge(G, { guarantor: 'regional', protects: 'government', weight: 3 });
    expect(choice(G, 'hawkish')).toBeNull();
  });
});

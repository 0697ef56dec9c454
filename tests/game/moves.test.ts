// Every move through a real boardgame.io Client: the legal case changes the state as the rules say,
// illegal cases are refused with checkMove's reason code and leave the state unchanged.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { credibility, freeCapability, pledgeWeight } from '../../game/credibility.ts';
import { Ceasefire } from '../../game/index.ts';
import { checkMove, honourCost, MAX_ACTIVE_PLEDGES, violentLimit } from '../../game/legal.ts';
import { BREAK_TENSION } from '../../game/resolve.ts';
import { getScenario } from '../../game/scenario.ts';
import type { DraftState } from '../../game/state.ts';
import type { Order } from '../../game/types.ts';
import { interventionFor, warOdds } from '../../game/war.ts';
import {
  cost,
  GOV,
  MOV,
  QUIET_CARD,
  REG,
  rich,
  roleData,
  SCENARIO,
  SEATS,
  SPO,
  Table,
  UN,
} from './helpers.ts';

// boardgame.io prints "ERROR: invalid move" for every refused move; the tests check refusals themselves.
beforeEach(() => {
  vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(() => {
  vi.restoreAllMocks();
});

const PLEDGE_MOV = {
  protects: 'movement',
  region: 'any',
  trigger: 'attack',
  response: 'force',
  unEndorsed: false,
};
const PLEDGE_GOV = { ...PLEDGE_MOV, protects: 'government' };

/**
 * Both factions at Fear 5 (the scenario's start Fears are tuned): far from the clamp at 0..10, so that every
 * rise and fall shows, and below the thresholds where hardliners act or DDR stops.
 */
const CALM = {
  tweak: (G: DraftState) => {
    G.roles.government!.fear = 5;
    G.roles.movement!.fear = 5;
  },
};

/** Everyone has plenty of money: for order checks that have nothing to do with funds. */
const RICH = { tweak: (G: DraftState) => rich(G) };

/** A match in the negotiation phase of round 1, after a quiet crisis card. */
function negotiation(opts: ConstructorParameters<typeof Table>[0] = {}): Table {
  const t = new Table({ deck: [QUIET_CARD, QUIET_CARD], ...opts });
  expect(t.phase).toBe('negotiation');
  expect(t.G.round).toBe(1);
  return t;
}

/** A match in the orders phase of round 1. */
function ordersPhase(opts: ConstructorParameters<typeof Table>[0] = {}): Table {
  const t = negotiation(opts);
  t.readyAll();
  expect(t.phase).toBe('orders');
  return t;
}

describe('moves are long-form, server-side moves that still run on a local Client', () => {
  it('every move is { client: false, move }', () => {
    const names = Object.keys(Ceasefire.moves!);
    expect(names.sort()).toEqual(
      [
        'addOrder',
        'announceExit',
        'answerOffer',
        'answerPledge',
        'chooseCrisis',
        'makeOffer',
        'makePledge',
        'ready',
        'removeOrder',
        'renewPledge',
        'resumeWar',
        'submitOrders',
        'withdrawOffer',
        'withdrawPledge',
      ].sort(),
    );
    for (const n of names) {
      const m = Ceasefire.moves![n] as { client?: boolean; move?: unknown };
      expect(m.client, n).toBe(false);
      expect(typeof m.move, n).toBe('function');
    }
  });

  it('a local Client without multiplayer runs them (the state changes)', () => {
    const t = negotiation();
    expect(t.move(GOV, 'ready')).toBe(true);
    expect(t.role(GOV).ready).toBe(true);
  });

  it('an unknown move name is refused by checkMove', () => {
    const t = negotiation();
    expect(checkMove(t.G, t.ctx, GOV, 'teleport', [])?.code).toBe('UNKNOWN_MOVE');
  });
});

describe('chooseCrisis', () => {
  const start = () => {
    const t = new Table({ deck: ['burdenSharingRow', QUIET_CARD] });
    expect(t.phase).toBe('crisis');
    expect(t.G.crisis).toEqual({ card: 'burdenSharingRow', chooser: 'regional', choice: null });
    expect(t.ctx.activePlayers).toEqual({ [REG]: null });
    return t;
  };

  it('the chooser picks an option: its effects apply, it is logged and negotiation begins', () => {
    const t = start();
    const before = t.G;
    t.ok(REG, 'chooseCrisis', 'payShare');
    expect(t.G.crisis!.choice).toBe('payShare');
    expect(t.G.roles.regional!.funds).toBe(before.roles.regional!.funds - 2);
    expect(t.G.roles.un!.will).toBe(before.roles.un!.will + 1);
    expect(t.G.history.at(-1)!.text).toContain('the Regional Power chose "Pay your share"');
    expect(t.phase).toBe('negotiation');
    expect(Object.keys(t.ctx.activePlayers!).sort()).toEqual([...SEATS]);
  });

  it('another seat may not choose: NOT_YOUR_TURN', () => {
    const t = start();
    t.refused(GOV, 'chooseCrisis', ['payShare'], 'NOT_YOUR_TURN');
  });

  it('an option that is not on the card: BAD_ARGUMENT', () => {
    const t = start();
    t.refused(REG, 'chooseCrisis', ['bribeEveryone'], 'BAD_ARGUMENT');
  });

  it('outside the crisis phase: WRONG_PHASE, and a card without a choice asks nothing', () => {
    const t = negotiation();
    t.refused(REG, 'chooseCrisis', ['payShare'], 'WRONG_PHASE');
    const s = start();
    s.refused(REG, 'ready', [], 'WRONG_PHASE');
  });

  it('a spectator cannot choose: NOT_YOUR_TURN', () => {
    const t = start();
    t.refused(null, 'chooseCrisis', ['payShare'], 'NOT_YOUR_TURN');
  });
});

describe('ready', () => {
  it('marks the seat ready; when all are ready negotiation ends and the flags reset', () => {
    const t = negotiation();
    t.ok(GOV, 'ready');
    expect(t.role(GOV).ready).toBe(true);
    expect(t.phase).toBe('negotiation');
    for (const pid of [MOV, SPO, UN]) t.ok(pid, 'ready');
    expect(t.phase).toBe('negotiation');
    t.ok(REG, 'ready');
    expect(t.phase).toBe('orders');
    for (const pid of SEATS) expect(t.role(pid).ready).toBe(false);
  });

  it('twice: ALREADY_READY', () => {
    const t = negotiation();
    t.ok(GOV, 'ready');
    t.refused(GOV, 'ready', [], 'ALREADY_READY');
  });

  it('in the orders phase: WRONG_PHASE', () => {
    const t = ordersPhase();
    t.refused(MOV, 'ready', [], 'WRONG_PHASE');
  });

  it('by a spectator: NOT_YOUR_TURN', () => {
    const t = negotiation();
    t.refused(null, 'ready', [], 'NOT_YOUR_TURN');
  });

  it('in review, all ready starts the next round with a new crisis', () => {
    const t = ordersPhase();
    t.submitAll();
    expect(t.phase).toBe('review');
    t.readyAll();
    expect(t.G.round).toBe(2);
    expect(t.G.crisis!.card).toBe(QUIET_CARD);
    expect(t.phase).toBe('negotiation');
  });
});

describe('resumeWar', () => {
  it('a faction resumes the war: the game ends in collapse', () => {
    const t = negotiation();
    t.ok(MOV, 'resumeWar');
    expect(t.G.result!.grade).toBe('collapsed');
    expect(t.G.result!.cause).toContain('the Movement resumed the war');
    expect(t.ctx.gameover).toMatchObject({ grade: 'collapsed' });
    expect(t.G.history.at(-1)!.phase).toBe('end');
    // Nothing more can be done.
    t.refused(GOV, 'ready', [], 'GAME_OVER');
  });

  it('a total spoiler meets its objective in the collapse; the faction that did not restart it loses', () => {
    const t = negotiation({ setupData: { spoilerType: 'total' } });
    t.ok(GOV, 'resumeWar');
    const score = (role: string) => t.G.result!.scores.find((x) => x.role === role)!;
    expect(score('spoiler').objective).toBe(true);
    // A win needs the secret agenda as well.
    expect(score('spoiler').won).toBe(score('spoiler').agenda);
    expect(score('movement').objective).toBe(false);
    const war = t.G.result!.war!;
    expect(war.resumer).toBe('government');
    expect(score('government').objective).toBe(war.resumerWon);
    expect(t.G.result!.cause).toMatch(war.resumerWon ? /defeated the Movement/ : /beaten back/);
  });

  it('the forces decide a resumed war: an edge over a demobilized rival wins, force pledged to it turns the odds', () => {
    const t = negotiation({
      tweak: (G) => {
        for (const r of G.regions) {
          r.units.government = { active: 3, cantoned: 0, disarmed: 0 };
          r.units.movement = { active: 0, cantoned: 1, disarmed: 1 };
        }
      },
    });
    const edge = warOdds(t.G, SCENARIO, 'government');
    expect(edge).toBeGreaterThan(0.8);
    // The rival with a credible enforcement pledge behind it is a losing bet.
    t.ok(UN, 'makePledge', PLEDGE_MOV);
    t.ok(REG, 'makePledge', PLEDGE_MOV);
    expect(interventionFor(t.G, 'movement')).toBeGreaterThan(0);
    expect(warOdds(t.G, SCENARIO, 'government')).toBeLessThan(edge);
    expect(warOdds(t.G, SCENARIO, 'movement')).toBeLessThan(0.2);
  });

  it('is possible during orders too', () => {
    const t = ordersPhase();
    t.ok(GOV, 'resumeWar');
    expect(t.G.result!.grade).toBe('collapsed');
  });

  it('by a guarantor or the spoiler: NOT_ALLOWED_FOR_ROLE', () => {
    const t = negotiation();
    t.refused(UN, 'resumeWar', [], 'NOT_ALLOWED_FOR_ROLE');
    t.refused(SPO, 'resumeWar', [], 'NOT_ALLOWED_FOR_ROLE');
  });

  it('during review: WRONG_PHASE', () => {
    const t = ordersPhase();
    t.submitAll();
    t.refused(GOV, 'resumeWar', [], 'WRONG_PHASE');
  });
});

describe('makeOffer', () => {
  const give2 = {
    to: 'movement',
    private: false,
    give: [{ kind: 'funds', amount: 2 }],
    ask: [{ kind: 'noAttack', region: 'any' }],
  };

  it('a public offer is recorded open and logged for everyone', () => {
    const t = negotiation(RICH);
    const id = t.G.nextId;
    const funds = t.role(GOV).funds;
    t.ok(GOV, 'makeOffer', give2);
    expect(t.G.offers).toEqual([
      {
        id,
        round: 1,
        from: 'government',
        to: 'movement',
        private: false,
        give: [{ kind: 'funds', amount: 2 }],
        ask: [{ kind: 'noAttack', region: 'any' }],
        status: 'open',
      },
    ]);
    const h = t.G.history.at(-1)!;
    expect(h.visibleTo).toBeUndefined();
    expect(h.text).toContain(`offered the Movement 2 funds for no attacks (offer #${id})`);
    // Offering does not move money yet.
    expect(t.role(GOV).funds).toBe(funds);
  });

  it('a private offer is seen only by the two seats', () => {
    const t = negotiation(RICH);
    t.ok(GOV, 'makeOffer', { ...give2, to: 'spoiler', private: true });
    expect(t.G.history.at(-1)!.visibleTo).toEqual(['government', 'spoiler']);
    expect(t.viewAs(SPO).offers).toHaveLength(1);
    expect(t.viewAs(GOV).offers).toHaveLength(1);
    for (const pid of [MOV, UN, REG, null]) {
      const v = t.viewAs(pid);
      expect(v.offers).toHaveLength(0);
      expect(v.history.some((h) => h.text.includes('offer #'))).toBe(false);
    }
  });

  it('offering more money than you have: NOT_ENOUGH_FUNDS', () => {
    const t = negotiation();
    const funds = t.role(GOV).funds;
    t.refused(
      GOV,
      'makeOffer',
      [{ ...give2, give: [{ kind: 'funds', amount: funds + 1 }] }],
      'NOT_ENOUGH_FUNDS',
    );
    if (funds > 0) t.ok(GOV, 'makeOffer', { ...give2, give: [{ kind: 'funds', amount: funds }] });
  });

  it('to yourself, to nobody, with nothing, or with a bad amount: BAD_ARGUMENT', () => {
    const t = negotiation();
    t.refused(GOV, 'makeOffer', [{ ...give2, to: 'government' }], 'BAD_ARGUMENT');
    t.refused(GOV, 'makeOffer', [{ ...give2, to: 'atlantis' }], 'BAD_ARGUMENT');
    t.refused(GOV, 'makeOffer', [{ ...give2, give: [], ask: [] }], 'BAD_ARGUMENT');
    t.refused(GOV, 'makeOffer', [{ ...give2, give: [{ kind: 'funds', amount: 0 }] }], 'BAD_ARGUMENT');
    t.refused(GOV, 'makeOffer', [{ ...give2, give: [{ kind: 'bribe', amount: 1 }] }], 'BAD_ARGUMENT');
    t.refused(GOV, 'makeOffer', [undefined], 'BAD_ARGUMENT');
  });

  it('a term in an unknown region: UNKNOWN_REGION', () => {
    const t = negotiation();
    t.refused(
      GOV,
      'makeOffer',
      [{ ...give2, ask: [{ kind: 'noAttack', region: 'atlantis' }] }],
      'UNKNOWN_REGION',
    );
  });

  it('a sixth open offer: BAD_ARGUMENT', () => {
    const t = negotiation();
    const talk = { ...give2, give: [{ kind: 'text', text: 'let us talk' }] };
    for (let i = 0; i < 5; i++) t.ok(GOV, 'makeOffer', talk);
    t.refused(GOV, 'makeOffer', [talk], 'BAD_ARGUMENT');
  });

  it('in the orders phase: WRONG_PHASE', () => {
    const t = ordersPhase();
    t.refused(GOV, 'makeOffer', [give2], 'WRONG_PHASE');
  });

  it('open offers expire when negotiation ends', () => {
    const t = negotiation(RICH);
    t.ok(GOV, 'makeOffer', give2);
    t.readyAll();
    expect(t.G.offers[0]!.status).toBe('expired');
  });
});

describe('answerOffer', () => {
  const offer = {
    to: 'movement',
    private: false,
    give: [{ kind: 'funds', amount: 2 }],
    ask: [{ kind: 'canton', amount: 1, region: 'south' }],
  };

  /** Known funds for the offer tests (the scenario's start funds are tuned): Government 4, Movement 3. */
  const funds = (G: DraftState) => {
    G.roles.government!.funds = 4;
    G.roles.movement!.funds = 3;
  };

  it('accepting moves the money both ways', () => {
    const t = negotiation({ tweak: funds });
    t.ok(GOV, 'makeOffer', offer);
    const id = t.G.offers[0]!.id;
    t.ok(MOV, 'answerOffer', id, true);
    expect(t.G.offers[0]!.status).toBe('accepted');
    expect(t.role(GOV).funds).toBe(4 - 2);
    expect(t.role(MOV).funds).toBe(3 + 2);
    expect(t.G.history.at(-1)!.text).toContain(`the Movement accepted offer #${id}: a side deal`);
  });

  it('accepting an offer that asks for money pays it to the offerer', () => {
    const t = negotiation({ tweak: funds });
    t.ok(GOV, 'makeOffer', {
      to: 'movement',
      private: false,
      give: [{ kind: 'text', text: 'amnesty' }],
      ask: [{ kind: 'funds', amount: 3 }],
    });
    t.ok(MOV, 'answerOffer', t.G.offers[0]!.id, true);
    expect(t.role(GOV).funds).toBe(4 + 3);
    expect(t.role(MOV).funds).toBe(3 - 3);
  });

  it('refusing moves nothing', () => {
    const t = negotiation({ tweak: funds });
    t.ok(GOV, 'makeOffer', offer);
    t.ok(MOV, 'answerOffer', t.G.offers[0]!.id, false);
    expect(t.G.offers[0]!.status).toBe('refused');
    expect(t.role(GOV).funds).toBe(4);
    expect(t.role(MOV).funds).toBe(3);
  });

  it('an inducement accepted by the spoiler works according to its hidden type', () => {
    for (const type of ['limited', 'greedy', 'total'] as const) {
      const delta = SCENARIO.spoilerTypes.find((x) => x.name === type)!.induce.militancy;
      // Militancy in the middle of its 0..10 scale, so that every type's effect shows; known funds.
      const t = negotiation({
        setupData: { spoilerType: type },
        tweak: (G) => {
          G.roles.spoiler!.militancy = 5;
          G.roles.spoiler!.funds = 1;
          G.roles.un!.funds = 4;
        },
      });
      const m0 = t.role(SPO).militancy;
      const price = cost('induce');
      const cash = SCENARIO.spoilerTypes.find((x) => x.name === type)!.induce.cash;
      t.ok(UN, 'makeOffer', {
        to: 'spoiler',
        private: true,
        give: [{ kind: 'inducement', amount: price }],
        ask: [{ kind: 'noAttack', region: 'any' }],
      });
      t.ok(SPO, 'answerOffer', t.G.offers[0]!.id, true);
      expect(t.role(SPO).militancy, type).toBe(m0 + delta);
      expect(t.role(SPO).funds).toBe(Math.max(0, 1 + price + cash));
      expect(t.role(UN).funds).toBe(4 - price);
      expect(t.G.secret.spoiler!.induced).toBe(1);
      expect(t.viewAs(SPO).secret.spoiler!.induced).toBe(1);
      expect(t.viewAs(UN).secret.spoiler!.induced).toBe(0);
    }
  });

  it('a token "inducement" (less than the inducement order costs) is only money: no effect on the spoiler', () => {
    const t = negotiation({
      setupData: { spoilerType: 'limited' },
      tweak: (G) => {
        G.roles.spoiler!.militancy = 5;
        G.roles.un!.funds = 10;
      },
    });
    t.ok(UN, 'makeOffer', {
      to: 'spoiler',
      private: true,
      give: [{ kind: 'inducement', amount: cost('induce') - 1 }],
      ask: [],
    });
    t.ok(SPO, 'answerOffer', t.G.offers[0]!.id, true);
    expect(t.role(SPO).militancy).toBe(5);
    expect(t.G.secret.spoiler!.induced).toBe(0);
  });

  it('an offer that is not to you, unknown, or already answered: UNKNOWN_OFFER', () => {
    const t = negotiation();
    t.ok(GOV, 'makeOffer', offer);
    const id = t.G.offers[0]!.id;
    t.refused(GOV, 'answerOffer', [id, true], 'UNKNOWN_OFFER');
    t.refused(SPO, 'answerOffer', [id, true], 'UNKNOWN_OFFER');
    t.refused(MOV, 'answerOffer', [999, true], 'UNKNOWN_OFFER');
    t.ok(MOV, 'answerOffer', id, false);
    t.refused(MOV, 'answerOffer', [id, true], 'UNKNOWN_OFFER');
  });

  it('accepting what you cannot pay, or what the offerer can no longer pay: NOT_ENOUGH_FUNDS', () => {
    const t = negotiation({ tweak: funds });
    t.ok(GOV, 'makeOffer', {
      to: 'movement',
      private: false,
      give: [{ kind: 'text', text: 'amnesty' }],
      ask: [{ kind: 'funds', amount: 4 }],
    });
    t.refused(MOV, 'answerOffer', [t.G.offers[0]!.id, true], 'NOT_ENOUGH_FUNDS');
    // Refusing is always possible.
    expect(checkMove(t.G, t.ctx, MOV, 'answerOffer', [t.G.offers[0]!.id, false])).toBeNull();

    t.ok(GOV, 'makeOffer', { ...offer, give: [{ kind: 'funds', amount: 3 }] });
    t.ok(GOV, 'makeOffer', { ...offer, to: 'spoiler', give: [{ kind: 'funds', amount: 3 }] });
    t.ok(SPO, 'answerOffer', t.G.offers[2]!.id, true);
    expect(t.role(GOV).funds).toBe(4 - 3);
    t.refused(MOV, 'answerOffer', [t.G.offers[1]!.id, true], 'NOT_ENOUGH_FUNDS');
  });

  it('in the orders phase: WRONG_PHASE (and the offer has expired)', () => {
    const t = negotiation();
    t.ok(GOV, 'makeOffer', offer);
    t.readyAll();
    expect(t.G.offers[0]!.status).toBe('expired');
    t.refused(MOV, 'answerOffer', [t.G.offers[0]!.id, true], 'WRONG_PHASE');
  });
});

describe('withdrawOffer', () => {
  const offer = {
    to: 'movement',
    private: false,
    give: [{ kind: 'noAttack', region: 'any' }],
    ask: [{ kind: 'noAttack', region: 'any' }],
  };

  it('withdraws an open offer of your own', () => {
    const t = negotiation();
    t.ok(GOV, 'makeOffer', offer);
    t.ok(GOV, 'withdrawOffer', t.G.offers[0]!.id);
    expect(t.G.offers[0]!.status).toBe('withdrawn');
    t.refused(MOV, 'answerOffer', [t.G.offers[0]!.id, true], 'UNKNOWN_OFFER');
  });

  it('somebody else’s, unknown or no longer open: UNKNOWN_OFFER', () => {
    const t = negotiation();
    t.ok(GOV, 'makeOffer', offer);
    const id = t.G.offers[0]!.id;
    t.refused(MOV, 'withdrawOffer', [id], 'UNKNOWN_OFFER');
    t.refused(GOV, 'withdrawOffer', [12345], 'UNKNOWN_OFFER');
    t.ok(GOV, 'withdrawOffer', id);
    t.refused(GOV, 'withdrawOffer', [id], 'UNKNOWN_OFFER');
  });
});

describe('makePledge', () => {
  const reserve = (response: 'force' | 'sanctions') => SCENARIO.tuning.pledges[response];

  it('sets aside forces and funds for its term and lowers no Fear when it is made', () => {
    const t = negotiation();
    const w = pledgeWeight(t.role(UN), 'force');
    expect(w).toBeGreaterThan(0);
    const fear = { gov: t.role(GOV).fear, mov: t.role(MOV).fear };
    const funds = t.role(UN).funds;
    t.ok(UN, 'makePledge', PLEDGE_MOV);
    expect(t.G.pledges).toHaveLength(1);
    expect(t.G.pledges[0]).toMatchObject({
      guarantor: 'un',
      protects: 'movement',
      region: 'any',
      trigger: 'attack',
      response: 'force',
      unEndorsed: true,
      weight: w,
      reserved: reserve('force'),
      expires: 1 + SCENARIO.tuning.pledges.term - 1,
      relief: 0,
      status: 'active',
      violator: null,
    });
    // Cheap talk no more: nobody is reassured until the promise has stood for a round.
    expect({ gov: t.role(GOV).fear, mov: t.role(MOV).fear }).toEqual(fear);
    expect(t.role(UN).funds).toBe(funds - reserve('force').funds);
    expect(freeCapability(t.G, 'un')).toBe(t.role(UN).capability - reserve('force').capability);
    expect(t.G.ledger.at(-1)).toMatchObject({ key: 'funds:un', delta: -reserve('force').funds });
    expect(t.G.history.at(-1)!.text).toContain('pledged publicly');
  });

  it('a one-sided pledge by the Regional Power raises the other faction’s Fear (security envy)', () => {
    const t = negotiation(CALM);
    t.ok(REG, 'makePledge', PLEDGE_GOV);
    expect(t.role(GOV).fear).toBe(5);
    expect(t.role(MOV).fear).toBe(5 + 1);
    expect(t.G.ledger.at(-1)!.cause).toContain('security envy');
    expect(t.G.history.at(-1)!.text).toContain('security envy');
  });

  it('without the security-envy option, or UN-endorsed (cost 1), nobody envies', () => {
    const t = negotiation({ ...CALM, setupData: { options: { securityEnvy: false } } });
    t.ok(REG, 'makePledge', PLEDGE_GOV);
    expect(t.role(MOV).fear).toBe(5);
    const u = negotiation(CALM);
    const funds = u.role(REG).funds;
    u.ok(REG, 'makePledge', { ...PLEDGE_GOV, unEndorsed: true });
    expect(u.role(MOV).fear).toBe(5);
    expect(u.role(REG).funds).toBe(funds - 1 - reserve('force').funds);
  });

  it('force pledges need free capability (NO_CAPABILITY); a fourth standing pledge: TOO_MANY_PLEDGES', () => {
    const t = negotiation(RICH);
    const cap = t.role(UN).capability;
    const force = reserve('force').capability;
    expect(force).toBeGreaterThan(0);
    const fits = Math.floor(cap / force);
    expect(fits, 'the UN can stand behind at least one force pledge').toBeGreaterThan(0);
    const regions = ['north', 'south', 'delta', 'mines'];
    for (let i = 0; i < Math.min(fits, MAX_ACTIVE_PLEDGES); i++)
      t.ok(UN, 'makePledge', { ...PLEDGE_GOV, region: regions[i] });
    if (fits < MAX_ACTIVE_PLEDGES) {
      t.refused(UN, 'makePledge', [{ ...PLEDGE_GOV, region: 'capital' }], 'NO_CAPABILITY');
      // Sanctions set aside no forces.
      expect(reserve('sanctions').capability).toBe(0);
      while (t.G.pledges.length < MAX_ACTIVE_PLEDGES)
        t.ok(UN, 'makePledge', { ...PLEDGE_GOV, region: 'capital', response: 'sanctions' });
    }
    t.refused(UN, 'makePledge', [{ ...PLEDGE_GOV, response: 'sanctions' }], 'TOO_MANY_PLEDGES');
  });

  it('without the funds to set aside: NOT_ENOUGH_FUNDS', () => {
    const t = negotiation({
      tweak: (G) => {
        G.roles.regional!.funds = reserve('force').funds;
      },
    });
    t.refused(REG, 'makePledge', [{ ...PLEDGE_GOV, unEndorsed: true }], 'NOT_ENOUGH_FUNDS');
    t.ok(REG, 'makePledge', PLEDGE_GOV);
    expect(t.role(REG).funds).toBe(0);
    t.refused(REG, 'makePledge', [{ ...PLEDGE_MOV, response: 'sanctions' }], 'NOT_ENOUGH_FUNDS');
  });

  it('by a faction or the spoiler: NOT_ALLOWED_FOR_ROLE', () => {
    const t = negotiation();
    t.refused(GOV, 'makePledge', [PLEDGE_MOV], 'NOT_ALLOWED_FOR_ROLE');
    t.refused(SPO, 'makePledge', [PLEDGE_MOV], 'NOT_ALLOWED_FOR_ROLE');
  });

  it('an unknown region: UNKNOWN_REGION; bad fields: BAD_ARGUMENT', () => {
    const t = negotiation();
    t.refused(UN, 'makePledge', [{ ...PLEDGE_MOV, region: 'atlantis' }], 'UNKNOWN_REGION');
    t.refused(UN, 'makePledge', [{ ...PLEDGE_MOV, protects: 'spoiler' }], 'BAD_ARGUMENT');
    t.refused(UN, 'makePledge', [{ ...PLEDGE_MOV, trigger: 'insult' }], 'BAD_ARGUMENT');
    t.refused(UN, 'makePledge', [{ ...PLEDGE_MOV, response: 'prayers' }], 'BAD_ARGUMENT');
    t.refused(UN, 'makePledge', [{ ...PLEDGE_MOV, unEndorsed: 'yes' }], 'BAD_ARGUMENT');
  });

  it('in the orders phase: WRONG_PHASE', () => {
    const t = ordersPhase();
    t.refused(UN, 'makePledge', [PLEDGE_MOV], 'WRONG_PHASE');
  });
});

describe('renewPledge', () => {
  it('only in its last round (BAD_ARGUMENT before); it then runs another term', () => {
    const t = negotiation();
    t.ok(UN, 'makePledge', PLEDGE_MOV);
    const p = t.G.pledges[0]!;
    if (p.expires > t.G.round) t.refused(UN, 'renewPledge', [p.id], 'BAD_ARGUMENT');
    t.refused(REG, 'renewPledge', [p.id], 'UNKNOWN_PLEDGE');
  });
});

describe('withdrawPledge', () => {
  it('withdrawing costs will, gives back the funds set aside and the reassurance it gave', () => {
    const t = negotiation();
    const funds = t.role(UN).funds;
    t.ok(UN, 'makePledge', PLEDGE_MOV);
    const p = t.G.pledges[0]!;
    const will = t.role(UN).will;
    const fear = t.role(MOV).fear;
    t.ok(UN, 'withdrawPledge', p.id);
    expect(t.G.pledges[0]!.status).toBe('withdrawn');
    expect(t.role(UN).will).toBe(will - 1);
    expect(t.role(UN).funds).toBe(funds);
    // It had reassured nobody yet (relief 0): Fear is where it was.
    expect(t.role(MOV).fear).toBe(fear + p.relief);
    expect(freeCapability(t.G, 'un')).toBe(t.role(UN).capability);
  });

  it('another guarantor’s, an unknown or a withdrawn pledge: UNKNOWN_PLEDGE', () => {
    const t = negotiation();
    t.ok(UN, 'makePledge', PLEDGE_MOV);
    const id = t.G.pledges[0]!.id;
    t.refused(REG, 'withdrawPledge', [id], 'UNKNOWN_PLEDGE');
    t.refused(UN, 'withdrawPledge', [id + 100], 'UNKNOWN_PLEDGE');
    t.ok(UN, 'withdrawPledge', id);
    t.refused(UN, 'withdrawPledge', [id], 'UNKNOWN_PLEDGE');
  });

  it('in the orders phase: WRONG_PHASE', () => {
    const t = negotiation();
    t.ok(UN, 'makePledge', PLEDGE_MOV);
    t.readyAll();
    t.refused(UN, 'withdrawPledge', [t.G.pledges[0]!.id], 'WRONG_PHASE');
  });
});

describe('announceExit', () => {
  it('sets the exit round: approval at home rises, both factions fear more', () => {
    const t = negotiation({
      tweak: (G) => {
        CALM.tweak(G);
        G.roles.regional!.approval = 5;
      },
    });
    t.ok(REG, 'announceExit', 3);
    expect(t.role(REG).exitRound).toBe(3);
    expect(t.role(REG).approval).toBe(5 + 2);
    expect(t.role(GOV).fear).toBe(5 + 1);
    expect(t.role(MOV).fear).toBe(5 + 1);
  });

  it('a round that is not in the future or after the elections, or a second time: BAD_ARGUMENT', () => {
    const t = negotiation();
    const rounds = SCENARIO.tuning.rounds;
    t.refused(REG, 'announceExit', [1], 'BAD_ARGUMENT');
    t.refused(REG, 'announceExit', [rounds + 1], 'BAD_ARGUMENT');
    t.refused(REG, 'announceExit', [2.5], 'BAD_ARGUMENT');
    t.ok(REG, 'announceExit', rounds);
    t.refused(REG, 'announceExit', [2], 'BAD_ARGUMENT');
  });

  it('by a faction: NOT_ALLOWED_FOR_ROLE; during orders: WRONG_PHASE', () => {
    const t = negotiation();
    t.refused(GOV, 'announceExit', [3], 'NOT_ALLOWED_FOR_ROLE');
    t.readyAll();
    t.refused(REG, 'announceExit', [3], 'WRONG_PHASE');
  });

  it('after the exit round the guarantor can no longer deploy or pledge', () => {
    const t = negotiation();
    t.ok(UN, 'announceExit', 2);
    t.readyAll();
    t.submitAll();
    t.readyAll();
    expect(t.G.round).toBe(2);
    t.refused(UN, 'makePledge', [PLEDGE_MOV], 'NOT_ALLOWED_FOR_ROLE');
    t.readyAll();
    t.refused(UN, 'addOrder', [{ type: 'monitors', region: 'north' }], 'NOT_ALLOWED_FOR_ROLE');
  });
});

describe('addOrder', () => {
  it('queues the order secretly: only the seat itself sees it', () => {
    const t = ordersPhase(RICH);
    const regions = t.G.regions;
    const o: Order = { type: 'canton', region: 'capital', count: 2 };
    t.ok(GOV, 'addOrder', o);
    expect(t.G.secret.government!.orders).toEqual([o]);
    expect(t.role(GOV).ordersIn).toBe(false);
    expect(t.viewAs(GOV).secret.government!.orders).toEqual([o]);
    for (const pid of [MOV, SPO, UN, REG, null]) expect(t.viewAs(pid).secret.government!.orders).toEqual([]);
    // Nothing has happened to the units yet.
    expect(t.G.regions).toEqual(regions);
  });

  it('an unknown region: UNKNOWN_REGION', () => {
    const t = ordersPhase();
    t.refused(GOV, 'addOrder', [{ type: 'canton', region: 'atlantis', count: 1 }], 'UNKNOWN_REGION');
    t.refused(UN, 'addOrder', [{ type: 'monitors', region: 'atlantis' }], 'UNKNOWN_REGION');
  });

  it('more fighters than are free (counting queued orders): NOT_ENOUGH_UNITS', () => {
    const t = ordersPhase({
      tweak: (G) => {
        rich(G);
        const at = (id: string) => G.regions.find((r) => r.id === id)!.units;
        at('capital').government = { active: 4, cantoned: 0, disarmed: 0 };
        at('border').movement = { active: 0, cantoned: 0, disarmed: 0 };
        at('delta').spoiler = { active: 0, cantoned: 0, disarmed: 0 };
        G.regions.find((r) => r.id === 'delta')!.spoils = 1;
      },
    });
    t.refused(GOV, 'addOrder', [{ type: 'canton', region: 'capital', count: 5 }], 'NOT_ENOUGH_UNITS');
    t.ok(GOV, 'addOrder', { type: 'canton', region: 'capital', count: 4 });
    t.refused(GOV, 'addOrder', [{ type: 'canton', region: 'capital', count: 1 }], 'NOT_ENOUGH_UNITS');
    t.refused(GOV, 'addOrder', [{ type: 'disarm', region: 'capital', count: 1 }], 'NOT_ENOUGH_UNITS');
    t.refused(MOV, 'addOrder', [{ type: 'attack', region: 'border', target: 'spoiler' }], 'NOT_ENOUGH_UNITS');
    t.refused(SPO, 'addOrder', [{ type: 'smuggle', region: 'delta' }], 'NOT_ENOUGH_UNITS');
  });

  it('a region’s spoils are smuggled once a round: a second smuggle there is BAD_ARGUMENT', () => {
    const t = ordersPhase({ tweak: (G) => rich(G) });
    t.ok(SPO, 'addOrder', { type: 'smuggle', region: 'mines' });
    t.refused(SPO, 'addOrder', [{ type: 'smuggle', region: 'mines' }], 'BAD_ARGUMENT');
    t.ok(SPO, 'addOrder', { type: 'smuggle', region: 'border' });
  });

  it('a bad count, a bad type, attacking yourself: BAD_ARGUMENT', () => {
    const t = ordersPhase({
      tweak: (G) => {
        rich(G);
        G.regions.find((r) => r.id === 'capital')!.spoils = 0;
      },
    });
    t.refused(GOV, 'addOrder', [{ type: 'canton', region: 'capital', count: 0 }], 'BAD_ARGUMENT');
    t.refused(GOV, 'addOrder', [{ type: 'canton', region: 'capital', count: 1.5 }], 'BAD_ARGUMENT');
    t.refused(GOV, 'addOrder', [{ type: 'nuke' }], 'BAD_ARGUMENT');
    t.refused(GOV, 'addOrder', [null], 'BAD_ARGUMENT');
    t.refused(GOV, 'addOrder', [{ type: 'attack', region: 'capital', target: 'government' }], 'BAD_ARGUMENT');
    t.refused(SPO, 'addOrder', [{ type: 'smuggle', region: 'capital' }], 'BAD_ARGUMENT');
  });

  it('an order of another kind of role: NOT_ALLOWED_FOR_ROLE', () => {
    const t = ordersPhase(RICH);
    t.refused(SPO, 'addOrder', [{ type: 'reform' }], 'NOT_ALLOWED_FOR_ROLE');
    t.refused(MOV, 'addOrder', [{ type: 'reform' }], 'NOT_ALLOWED_FOR_ROLE');
    t.refused(REG, 'addOrder', [{ type: 'mandate' }], 'NOT_ALLOWED_FOR_ROLE');
    t.refused(GOV, 'addOrder', [{ type: 'monitors', region: 'north' }], 'NOT_ALLOWED_FOR_ROLE');
    t.refused(
      UN,
      'addOrder',
      [{ type: 'attack', region: 'mines', target: 'spoiler' }],
      'NOT_ALLOWED_FOR_ROLE',
    );
  });

  it('costs beyond the funds (counting queued orders): NOT_ENOUGH_FUNDS', () => {
    // Enough for two rebuilds and a cantonment, one short of a campaign on top.
    expect(cost('campaign')).toBeGreaterThan(0);
    const funds = 2 * cost('reconstruct') + cost('campaign') - 1 + cost('canton');
    const t = ordersPhase({
      tweak: (G) => {
        G.roles.government!.funds = funds;
        G.roles.government!.fear = 5;
      },
    });
    t.ok(GOV, 'addOrder', { type: 'reconstruct', region: 'south' });
    t.ok(GOV, 'addOrder', { type: 'reconstruct', region: 'north' });
    t.refused(GOV, 'addOrder', [{ type: 'campaign' }], 'NOT_ENOUGH_FUNDS');
    // A cheaper order still fits.
    t.ok(GOV, 'addOrder', { type: 'canton', region: 'capital', count: 1 });
  });

  it('canton or disarm with Fear at the threshold: FEAR_TOO_HIGH (Walter)', () => {
    const threshold = SCENARIO.tuning.fearBlocksDdr;
    const t = ordersPhase({
      tweak: (G) => {
        rich(G);
        G.roles.movement!.fear = threshold;
        G.roles.government!.fear = threshold - 1;
      },
    });
    t.refused(MOV, 'addOrder', [{ type: 'canton', region: 'south', count: 1 }], 'FEAR_TOO_HIGH');
    // Other orders are still possible.
    t.ok(MOV, 'addOrder', { type: 'campaign' });
    // Just below the threshold, cantonment is possible.
    t.ok(GOV, 'addOrder', { type: 'canton', region: 'capital', count: 1 });
  });

  it('violent orders beyond what militancy allows: TOO_MILITANT_LIMIT', () => {
    expect(violentLimit(3)).toBe(1);
    const t = ordersPhase({
      tweak: (G) => {
        rich(G);
        G.roles.spoiler!.militancy = 3;
      },
    });
    t.ok(SPO, 'addOrder', { type: 'attack', region: 'mines', target: 'government' });
    t.refused(SPO, 'addOrder', [{ type: 'intimidate', region: 'border' }], 'TOO_MILITANT_LIMIT');
    t.refused(
      SPO,
      'addOrder',
      [{ type: 'attack', region: 'border', target: 'government' }],
      'TOO_MILITANT_LIMIT',
    );
    const calm = ordersPhase({
      tweak: (G) => {
        rich(G);
        G.roles.spoiler!.militancy = 0;
      },
    });
    calm.refused(
      SPO,
      'addOrder',
      [{ type: 'attack', region: 'mines', target: 'government' }],
      'TOO_MILITANT_LIMIT',
    );
    calm.ok(SPO, 'addOrder', { type: 'smuggle', region: 'mines' });
  });

  it('a mission without both factions’ consent: NO_CONSENT (Chapter VI); enforcement needs none', () => {
    const t = ordersPhase({
      tweak: (G) => {
        rich(G);
        G.regions.find((r) => r.id === 'north')!.consent.movement = false;
      },
    });
    t.refused(UN, 'addOrder', [{ type: 'monitors', region: 'north' }], 'NO_CONSENT');
    t.refused(REG, 'addOrder', [{ type: 'peacekeepers', region: 'north' }], 'NO_CONSENT');
    t.ok(REG, 'addOrder', { type: 'enforce', region: 'north' });
    t.ok(UN, 'addOrder', { type: 'monitors', region: 'south' });
  });

  it('UN enforcement while the Security Council is deadlocked: COUNCIL_DEADLOCK (the Regional Power may)', () => {
    const t = ordersPhase({ ...RICH, deck: ['securityCouncilDeadlock', QUIET_CARD] });
    expect(t.G.modifiers).toContain('councilDeadlock');
    t.refused(UN, 'addOrder', [{ type: 'enforce', region: 'mines' }], 'COUNCIL_DEADLOCK');
    t.ok(REG, 'addOrder', { type: 'enforce', region: 'mines' });
    // The deadlock lasts only the round.
    t.submitAll();
    t.readyAll();
    t.readyAll();
    expect(t.G.modifiers).not.toContain('councilDeadlock');
    t.ok(UN, 'addOrder', { type: 'enforce', region: 'mines' });
  });

  it('withdrawing or a mandate without any mission: NO_MISSION', () => {
    const t = ordersPhase(RICH);
    t.refused(UN, 'addOrder', [{ type: 'withdraw', region: 'north' }], 'NO_MISSION');
    t.refused(UN, 'addOrder', [{ type: 'mandate' }], 'NO_MISSION');
  });

  it('consent you already give: BAD_ARGUMENT; withdrawing it is fine', () => {
    const t = ordersPhase(RICH);
    t.refused(GOV, 'addOrder', [{ type: 'consent', region: 'north', grant: true }], 'BAD_ARGUMENT');
    t.ok(GOV, 'addOrder', { type: 'consent', region: 'north', grant: false });
  });

  it('an order beyond the orders per round: NO_ORDERS_LEFT', () => {
    const t = ordersPhase();
    for (let i = 0; i < SCENARIO.tuning.actionsPerRound; i++) t.ok(MOV, 'addOrder', { type: 'hold' });
    t.refused(MOV, 'addOrder', [{ type: 'hold' }], 'NO_ORDERS_LEFT');
  });

  it('after sending: ORDERS_ALREADY_SENT; during negotiation: WRONG_PHASE', () => {
    const n = negotiation();
    n.refused(GOV, 'addOrder', [{ type: 'hold' }], 'WRONG_PHASE');
    const t = ordersPhase();
    t.ok(GOV, 'submitOrders');
    t.refused(GOV, 'addOrder', [{ type: 'hold' }], 'ORDERS_ALREADY_SENT');
  });
});

describe('removeOrder', () => {
  it('removes the queued order at that index', () => {
    const t = ordersPhase(RICH);
    t.ok(GOV, 'addOrder', { type: 'campaign' });
    t.ok(GOV, 'addOrder', { type: 'canton', region: 'north', count: 2 });
    t.ok(GOV, 'removeOrder', 0);
    expect(t.G.secret.government!.orders).toEqual([{ type: 'canton', region: 'north', count: 2 }]);
  });

  it('an index with no order: BAD_ARGUMENT', () => {
    const t = ordersPhase(RICH);
    t.ok(GOV, 'addOrder', { type: 'campaign' });
    t.refused(GOV, 'removeOrder', [1], 'BAD_ARGUMENT');
    t.refused(GOV, 'removeOrder', ['0'], 'BAD_ARGUMENT');
  });

  it('after sending: ORDERS_ALREADY_SENT; during negotiation: WRONG_PHASE', () => {
    const n = negotiation();
    n.refused(GOV, 'removeOrder', [0], 'WRONG_PHASE');
    const t = ordersPhase(RICH);
    t.ok(GOV, 'addOrder', { type: 'campaign' });
    t.ok(GOV, 'submitOrders');
    t.refused(GOV, 'removeOrder', [0], 'ORDERS_ALREADY_SENT');
  });
});

describe('submitOrders', () => {
  it('an empty queue becomes "hold"; others see that orders are in, not what they are', () => {
    const t = ordersPhase();
    t.ok(SPO, 'submitOrders');
    expect(t.G.secret.spoiler!.orders).toEqual([{ type: 'hold' }]);
    expect(t.role(SPO).ordersIn).toBe(true);
    expect(t.viewAs(GOV).roles.spoiler!.ordersIn).toBe(true);
    expect(t.viewAs(GOV).secret.spoiler!.orders).toEqual([]);
  });

  it('when every seat has sent, the round resolves and review begins', () => {
    const funds = cost('campaign') + 1;
    const t = ordersPhase({
      tweak: (G) => {
        G.roles.government!.funds = funds;
      },
    });
    t.ok(GOV, 'addOrder', { type: 'campaign' });
    const pol = t.role(GOV).political;
    const election = t.G.tracks.election;
    t.submitAll();
    expect(t.phase).toBe('review');
    // A party needs members: with no reintegrated fighters the campaign wins no votes.
    expect(t.role(GOV).reintegrated).toBe(0);
    expect(t.role(GOV).political).toBe(pol);
    expect(t.G.ledger.some((e) => e.key === 'election' && e.cause.includes('campaigned'))).toBe(true);
    expect(t.G.tracks.election).toBeGreaterThanOrEqual(election);
    expect(t.G.secret.government!.orders).toEqual([]);
    expect(t.G.secret.government!.lastOrders).toEqual([{ type: 'campaign' }]);
    expect(t.G.secret.movement!.lastOrders).toEqual([{ type: 'hold' }]);
    for (const pid of SEATS) expect(t.role(pid).ordersIn).toBe(false);
    // The opening position (round 0) and round 1.
    expect(t.G.snapshots.map((x) => x.round)).toEqual([0, 1]);
    expect(t.G.history.some((h) => h.phase === 'resolution' && h.step === 'tracks')).toBe(true);
    // Income arrived after the campaign was paid for.
    expect(t.role(GOV).funds).toBe(funds - cost('campaign') + roleData('government').income);
  });

  it('twice: ORDERS_ALREADY_SENT; in negotiation: WRONG_PHASE', () => {
    const n = negotiation();
    n.refused(GOV, 'submitOrders', [], 'WRONG_PHASE');
    const t = ordersPhase();
    t.ok(GOV, 'submitOrders');
    t.refused(GOV, 'submitOrders', [], 'ORDERS_ALREADY_SENT');
  });
});

describe('answerPledge', () => {
  const FORCE = SCENARIO.tuning.pledges.force;
  const SANCTIONS = SCENARIO.tuning.pledges.sanctions;

  /**
   * Round 1: the UN stands behind three pledges (force for the Movement and the Government, sanctions for
   * both) and the spoiler attacks the Movement in the Highlands and the Government at the Border: all three
   * trigger. The UN is rich enough to set everything aside; its capability carries the two force pledges.
   */
  function triggered(): Table {
    const t = negotiation({
      setupData: { spoilerType: 'total' },
      tweak: (G) => {
        CALM.tweak(G);
        G.tracks.tension = 0;
        G.roles.un!.funds = 2 * FORCE.funds + SANCTIONS.funds;
        G.roles.un!.capability = 2 * FORCE.capability;
        G.roles.spoiler!.militancy = 6;
        expect(violentLimit(6)).toBeGreaterThanOrEqual(2);
        for (const [id, role] of [
          ['highlands', 'movement'],
          ['border', 'government'],
        ] as const) {
          const u = G.regions.find((r) => r.id === id)!.units;
          u.spoiler = { active: 2, cantoned: 0, disarmed: 0 };
          u[role] = { active: 2, cantoned: 0, disarmed: 0 };
        }
      },
    });
    t.ok(UN, 'makePledge', PLEDGE_MOV);
    t.ok(UN, 'makePledge', PLEDGE_GOV);
    t.ok(UN, 'makePledge', { ...PLEDGE_GOV, protects: 'all', response: 'sanctions' });
    expect(t.role(UN).funds).toBe(0);
    t.readyAll();
    t.ok(SPO, 'addOrder', { type: 'attack', region: 'highlands', target: 'movement' });
    t.ok(SPO, 'addOrder', { type: 'attack', region: 'border', target: 'government' });
    t.submitAll();
    expect(t.phase).toBe('review');
    expect(t.G.pledges.map((p) => p.status)).toEqual(['triggered', 'triggered', 'triggered']);
    return t;
  }

  it('a guarantor with a triggered pledge must answer before it is ready: PLEDGE_PENDING', () => {
    const t = triggered();
    t.refused(UN, 'ready', [], 'PLEDGE_PENDING');
    t.ok(REG, 'ready');
  });

  it('honouring spends the funds set aside, costs approval (force), strikes the violator; the pledge stays in force', () => {
    const t = triggered();
    const p = t.G.pledges[0]!;
    const before = t.G;
    const region = before.regions.find((r) => r.id === p.triggerRegion)!;
    const violatorActive = region.units[p.violator!]!.active;
    t.ok(UN, 'answerPledge', p.id, true);
    const g = t.role(UN);
    expect(t.G.pledges[0]).toMatchObject({ status: 'active', honouredTimes: 1, reserved: { funds: 0 } });
    expect(g.funds).toBe(before.roles.un!.funds);
    expect(g.approval).toBe(before.roles.un!.approval - 1);
    expect(g.honoured).toBe(1);
    expect(credibility(g)).toBeGreaterThanOrEqual(credibility(before.roles.un!) - 1);
    expect(t.role(MOV).fear).toBe(Math.max(0, before.roles.movement!.fear - 1));
    const after = t.G.regions.find((r) => r.id === p.triggerRegion)!.units[p.violator!]!.active;
    expect(after).toBe(violatorActive - Math.min(2, violatorActive));
    expect(t.G.history.at(-1)!.text).toContain(`honoured pledge #${p.id}`);
    // Honouring it a second time is paid from the guarantor's funds again.
    expect(honourCost(SCENARIO, t.G.pledges[0]!).funds).toBe(FORCE.funds);
  });

  it('breaking gives back the funds, collapses credibility (−3) and leaves the protected side worse off than before the pledge', () => {
    const t = triggered();
    const p = t.G.pledges[0]!;
    const before = t.G;
    t.ok(UN, 'answerPledge', p.id, false);
    const g = t.role(UN);
    expect(t.G.pledges[0]!.status).toBe('broken');
    expect(g.broken).toBe(1);
    expect(g.will).toBe(before.roles.un!.will - 1);
    expect(g.funds).toBe(before.roles.un!.funds + FORCE.funds);
    expect(credibility(g)).toBeLessThanOrEqual(credibility(before.roles.un!) - 3);
    const fear = before.roles.movement!.fear;
    expect(t.role(MOV).fear).toBe(Math.min(10, Math.max(fear + p.relief + 2, SCENARIO.tuning.fearBlocksDdr)));
    expect(t.G.tracks.tension).toBe(
      Math.min(SCENARIO.tuning.tensionMax, before.tracks.tension + BREAK_TENSION),
    );
  });

  it('another guarantor’s, an unknown or an answered pledge: UNKNOWN_PLEDGE', () => {
    const t = triggered();
    const id = t.G.pledges[0]!.id;
    t.refused(REG, 'answerPledge', [id, true], 'UNKNOWN_PLEDGE');
    t.refused(UN, 'answerPledge', [999, true], 'UNKNOWN_PLEDGE');
    t.ok(UN, 'answerPledge', id, false);
    t.refused(UN, 'answerPledge', [id, true], 'UNKNOWN_PLEDGE');
  });

  it('outside review: WRONG_PHASE', () => {
    const t = negotiation();
    t.ok(UN, 'makePledge', PLEDGE_MOV);
    t.refused(UN, 'answerPledge', [t.G.pledges[0]!.id, true], 'WRONG_PHASE');
  });
});

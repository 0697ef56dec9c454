// The commitment economy and the other rules of the model (issue 9), each on a plain state:
// pledges reassure only once they have stood and only where they cover exposed camps, exposure frightens,
// pledges run out, fighters move, guarantor forces are finite, campaigns need members, spoils and patrons.
import { describe, expect, it } from 'vitest';
import { credibility, freeCapability } from '../../game/credibility.ts';
import { applyEffects } from '../../game/effects.ts';
import { explainRound, ledgerValue } from '../../game/ledger.ts';
import { checkOrder } from '../../game/legal.ts';
import { exposure, resolveRound } from '../../game/resolve.ts';
import { finalResult, REGIONAL_CREDIBILITY, UN_CREDIBILITY } from '../../game/scoring.ts';
import type { DraftState, Rng } from '../../game/state.ts';
import { warOdds } from '../../game/war.ts';
import { addPledge, freshState, order, regionOf, SCENARIO, units } from './helpers.ts';

const QUIET: Rng = { next: () => 0.99 }; // rumours tell the truth, no stray rumour

/** Round 2 of a fresh game with both factions at Fear 5 and nobody's fighters in the camps. */
function fresh(): DraftState {
  const G = freshState('model', { spoilerType: 'greedy' });
  G.round = 2;
  G.roles.government!.fear = 5;
  G.roles.movement!.fear = 5;
  return G;
}

const pledge = addPledge;

/** The Movement's fighters in the South cantoned, government gunmen next door in the Capital. */
function exposedSouth(G: DraftState): void {
  regionOf(G, 'south').units.movement = { active: 0, cantoned: 3, disarmed: 0 };
  regionOf(G, 'south').units.government = { active: 0, cantoned: 0, disarmed: 0 };
  regionOf(G, 'capital').units.government = { active: 3, cantoned: 0, disarmed: 0 };
}

describe('exposure and reassurance (Walter: the commitment problem)', () => {
  it('camps within reach of armed rivals, unwatched and unprotected, raise Fear', () => {
    const G = fresh();
    exposedSouth(G);
    expect(exposure(G, SCENARIO, 'movement').regions).toContain('south');
    resolveRound(G, QUIET);
    const why = explainRound(G, 'fear:movement', 2).causes.map((c) => c.cause);
    expect(why.some((c) => c.includes('within reach of armed rivals'))).toBe(true);
  });

  it('monitors take the exposure away', () => {
    const G = fresh();
    exposedSouth(G);
    regionOf(G, 'south').monitors.un = 1;
    expect(exposure(G, SCENARIO, 'movement').units).toBe(0);
  });

  it('a pledge that has stood a round covers the camps: Fear falls by 1, and the pledge keeps count', () => {
    const G = fresh();
    exposedSouth(G);
    const p = pledge(G, {});
    resolveRound(G, QUIET);
    // What it is worth: the point of Fear it took off, and the point the exposed camps would have added.
    expect(p.relief).toBe(2);
    const causes = explainRound(G, 'fear:movement', 2).causes;
    expect(causes.some((c) => c.cause.includes(`pledge #${p.id} covers its camps`) && c.delta === -1)).toBe(
      true,
    );
    expect(causes.some((c) => c.cause.includes('within reach'))).toBe(false);
  });

  it('a pledge made this round reassures nobody yet; one already honoured reassures twice as much', () => {
    const G = fresh();
    exposedSouth(G);
    const fresh1 = pledge(G, { round: 2 });
    resolveRound(G, QUIET);
    expect(fresh1.relief).toBe(0);
    const H = fresh();
    exposedSouth(H);
    const tested = pledge(H, { honouredTimes: 1 });
    resolveRound(H, QUIET);
    expect(tested.relief).toBe(2 + 1);
  });

  it('a pledge runs out after its term and gives back what it set aside', () => {
    const G = fresh();
    G.round = 3;
    const p = pledge(G, { expires: 3 });
    const funds = G.roles.un!.funds;
    resolveRound(G, QUIET);
    expect(p.status).toBe('expired');
    const back = G.ledger.find((e) => e.key === 'funds:un' && e.cause.includes(`pledge #${p.id}`));
    expect(back?.delta).toBe(2);
    expect(G.roles.un!.funds).toBeGreaterThanOrEqual(funds);
  });
});

describe('finite forces (seed 003: capability)', () => {
  it('forces reserved by pledges and peacekeepers are not free for enforcement', () => {
    const G = fresh();
    G.roles.un!.funds = 20;
    const enforce = SCENARIO.actions.find((a) => a.type === 'enforce')!.capability;
    expect(enforce).toBeGreaterThan(0);
    expect(checkOrder(G, 'un', { type: 'enforce', region: 'mines' })).toBeNull();
    pledge(G, { reserved: { capability: G.roles.un!.capability - enforce + 1, funds: 0 } });
    expect(freeCapability(G, 'un')).toBe(enforce - 1);
    expect(checkOrder(G, 'un', { type: 'enforce', region: 'mines' })?.code).toBe('NO_CAPABILITY');
  });
});

describe('finite verification', () => {
  it('a guarantor fields only so many monitor teams at once (NO_CAPABILITY beyond)', () => {
    const G = fresh();
    G.roles.un!.funds = 50;
    const teams = SCENARIO.tuning.monitorTeams;
    const regions = G.regions.map((r) => r.id);
    expect(regions.length).toBeGreaterThan(teams);
    for (const id of regions.slice(0, teams)) regionOf(G, id).monitors.un = 1;
    expect(checkOrder(G, 'un', { type: 'monitors', region: regions[teams]! })?.code).toBe('NO_CAPABILITY');
    regionOf(G, regions[0]!).monitors.un = 0;
    expect(checkOrder(G, 'un', { type: 'monitors', region: regions[teams]! })).toBeNull();
  });
});

describe('moving fighters', () => {
  it('active fighters move to a neighbouring region before attacks', () => {
    const G = fresh();
    const from = units(G, 'south', 'movement').active;
    expect(from).toBeGreaterThan(1);
    expect(SCENARIO.regions.find((r) => r.id === 'south')!.neighbours).toContain('capital');
    const cap = units(G, 'capital', 'movement').active;
    order(G, 'movement', { type: 'move', region: 'south', to: 'capital', count: 2 });
    resolveRound(G, QUIET);
    expect(units(G, 'south', 'movement').active).toBe(from - 2);
    expect(units(G, 'capital', 'movement').active).toBe(cap + 2);
  });

  it('only to a neighbour, and only fighters you have', () => {
    const G = fresh();
    expect(SCENARIO.regions.find((r) => r.id === 'south')!.neighbours).not.toContain('border');
    expect(checkOrder(G, 'movement', { type: 'move', region: 'south', to: 'border', count: 1 })?.code).toBe(
      'BAD_ARGUMENT',
    );
    expect(checkOrder(G, 'movement', { type: 'move', region: 'south', to: 'capital', count: 99 })?.code).toBe(
      'NOT_ENOUGH_UNITS',
    );
    expect(checkOrder(G, 'movement', { type: 'move', region: 'south', to: 'atlantis', count: 1 })?.code).toBe(
      'UNKNOWN_REGION',
    );
  });
});

describe('politics and spoils', () => {
  it('a campaign wins votes only through reintegrated fighters (armies become parties)', () => {
    const G = fresh();
    G.roles.movement!.funds = 10;
    order(G, 'movement', { type: 'campaign' });
    resolveRound(G, QUIET);
    expect(G.roles.movement!.political).toBe(0);
    const H = fresh();
    H.roles.movement!.funds = 10;
    H.roles.movement!.reintegrated = 2;
    H.roles.movement!.political = 2;
    order(H, 'movement', { type: 'campaign' });
    resolveRound(H, QUIET);
    expect(H.roles.movement!.political).toBe(3);
    expect(H.roles.movement!.campaigned).toBe(1);
  });

  it('smuggling counts the spoils taken; the neighbour pays only a spoiler that holds the border', () => {
    const G = fresh();
    G.roles.spoiler!.funds = 5;
    order(G, 'spoiler', { type: 'smuggle', region: 'mines' });
    resolveRound(G, QUIET);
    const mines = SCENARIO.regions.find((r) => r.id === 'mines')!.spoils;
    expect(G.secret.spoiler!.smuggled).toBe(mines);
    expect(G.ledger.some((e) => e.key === 'funds:spoiler' && e.cause.includes('hostile neighbour'))).toBe(
      true,
    );
    const H = fresh();
    for (const r of H.regions)
      if (SCENARIO.regions.find((x) => x.id === r.id)!.border) r.units.spoiler!.active = 0;
    resolveRound(H, QUIET);
    expect(H.ledger.some((e) => e.key === 'funds:spoiler' && e.cause.includes('hostile neighbour'))).toBe(
      false,
    );
  });

  it("a crisis card's DDR effect persists when the track is recomputed from the fighters", () => {
    const G = fresh();
    const before = G.tracks.ddr;
    applyEffects(G, SCENARIO, [{ kind: 'track', track: 'ddr', delta: 1 }], QUIET, 'a test card');
    expect(G.tracks.ddr).toBe(before + 1);
    resolveRound(G, QUIET);
    expect(G.tracks.ddr).toBeGreaterThanOrEqual(before + 1);
    expect(ledgerValue(G, 'ddr')).toBe(G.tracks.ddr);
  });
});

describe('war decided by the forces (Doyle & Sambanis: expected utility)', () => {
  function armies(G: DraftState, gov: number, mov: number): void {
    for (const r of G.regions) {
      r.units.government = { active: 0, cantoned: 0, disarmed: 0 };
      r.units.movement = { active: 0, cantoned: 0, disarmed: 0 };
    }
    regionOf(G, 'capital').units.government = { active: gov, cantoned: 0, disarmed: 0 };
    regionOf(G, 'south').units.movement = { active: mov, cantoned: 0, disarmed: 0 };
  }

  it('an even war is a coin toss, the stronger side usually wins, and nobody wins with no forces', () => {
    const G = fresh();
    armies(G, 4, 4);
    expect(warOdds(G, SCENARIO, 'government')).toBeCloseTo(0.5);
    armies(G, 8, 4);
    expect(warOdds(G, SCENARIO, 'government')).toBeGreaterThan(0.85);
    expect(warOdds(G, SCENARIO, 'movement')).toBeLessThan(0.15);
    armies(G, 0, 4);
    expect(warOdds(G, SCENARIO, 'government')).toBe(0);
  });

  it('credible force pledged to the other side makes resuming the war a losing bet', () => {
    const G = fresh();
    armies(G, 8, 4);
    const edge = warOdds(G, SCENARIO, 'government');
    pledge(G, { protects: 'movement', weight: 3 });
    expect(warOdds(G, SCENARIO, 'government')).toBeLessThan(0.5);
    expect(warOdds(G, SCENARIO, 'government')).toBeLessThan(edge);
  });
});

describe("the Regional Power's objective counts its own costs", () => {
  function ending(G: DraftState) {
    G.tracks.tension = 3;
    for (const r of G.regions) if (r.units.spoiler) r.units.spoiler.active = 0;
    G.roles.regional!.approval = 6;
    return finalResult(G, 'elections held', false).scores.find((s) => s.role === 'regional')!;
  }

  it('peace, approval and a contained spoiler are not enough if its word no longer counts', () => {
    const G = fresh();
    G.roles.regional!.will = 6;
    G.roles.regional!.capability = 6;
    expect(credibility(G.roles.regional!)).toBeGreaterThanOrEqual(REGIONAL_CREDIBILITY);
    expect(ending(structuredClone(G)).objective).toBe(true);
    G.roles.regional!.will = 0; // a free rider: it stood behind nothing
    expect(credibility(G.roles.regional!)).toBeLessThan(REGIONAL_CREDIBILITY);
    const s = ending(G);
    expect(s.objective).toBe(false);
    expect(s.reasons[0]).toMatch(/credibility \d+ \(needs 4\)/);
  });
});

describe("the UN's objective: a fragile peace counts only if its word was given", () => {
  const un = (G: DraftState) => finalResult(G, 'elections held', false).scores.find((s) => s.role === 'un')!;

  it('a UN that stood behind nothing does not win a fragile peace with its credibility intact; a pledge or peacekeepers do', () => {
    const G = fresh();
    expect(finalResult(G, 'elections held', false).grade).toBe('fragile');
    expect(credibility(G.roles.un!)).toBeGreaterThanOrEqual(UN_CREDIBILITY);
    const idle = un(structuredClone(G));
    expect(idle.objective).toBe(false);
    expect(idle.reasons[0]).toContain('it made no pledge and keeps no peacekeepers');

    const pledged = structuredClone(G);
    pledge(pledged, { guarantor: 'un', status: 'active' });
    expect(un(pledged).objective).toBe(true);

    const deployed = structuredClone(G);
    regionOf(deployed, 'north').peacekeepers.un = 1;
    expect(un(deployed).objective).toBe(true);
  });

  it("another guarantor's pledge is not the UN's word", () => {
    const G = fresh();
    pledge(G, { guarantor: 'regional', status: 'active' });
    expect(un(G).objective).toBe(false);
  });
});

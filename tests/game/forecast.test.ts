// Forecasts before committing (issue 10): each line is checked against what resolution then does.
import { describe, expect, it } from 'vitest';
import { forecastOrder } from '../../game/forecast.ts';
import { exposure, resolveRound } from '../../game/resolve.ts';
import { getScenario } from '../../game/scenario.ts';
import type { DraftState, Rng } from '../../game/state.ts';
import type { Order } from '../../game/types.ts';
import { addPledge, freshState, order, regionOf } from './helpers.ts';

const QUIET: Rng = { next: () => 0.99 };

function fresh(): DraftState {
  const G = freshState('forecast', { spoilerType: 'greedy' });
  G.round = 2;
  G.roles.government!.fear = 5;
  G.roles.movement!.fear = 5;
  return G;
}

const codes = (G: DraftState, role: string, o: Order) => forecastOrder(G, role, o).map((l) => l.code);

describe('order forecasts', () => {
  it('cantoning where nobody watches: unverified, and exposure rises as resolution then finds', () => {
    const G = fresh();
    const north = regionOf(G, 'north');
    north.units.movement = { active: 2, cantoned: 0, disarmed: 0 };
    const o: Order = { type: 'canton', region: 'north', count: 2 };
    const lines = forecastOrder(G, 'movement', o);
    expect(lines.map((l) => l.code)).toEqual(expect.arrayContaining(['unverified', 'exposure']));
    expect(lines.find((l) => l.code === 'unverified')!.text).toMatch(/cannot verify/);
    const s = getScenario(G.scenario);
    expect(exposure(G, s, 'movement').units).toBe(0);
    const ddr = G.tracks.ddr;
    order(G, 'movement', o);
    resolveRound(G, QUIET);
    expect(exposure(G, s, 'movement').units).toBe(2);
    const ddrLine = lines.find((l) => l.code === 'ddr');
    expect(ddrLine ? ddrLine.text : 'DDR progress +0.').toContain(`+${G.tracks.ddr - ddr}`);
  });

  it('with monitors there the canton is verified instead', () => {
    const G = fresh();
    const north = regionOf(G, 'north');
    north.monitors.un = 1;
    north.units.movement = { active: 2, cantoned: 0, disarmed: 0 };
    const c = codes(G, 'movement', { type: 'canton', region: 'north', count: 1 });
    expect(c).toContain('verified');
    expect(c).not.toContain('unverified');
    expect(c).not.toContain('exposure');
  });

  it('an attack names the pledge it would trigger, and the pledge is then triggered', () => {
    const G = fresh();
    addPledge(G, { expires: 4 });
    const o: Order = { type: 'attack', region: 'north', target: 'movement' };
    const lines = forecastOrder(G, 'government', o);
    expect(lines.find((l) => l.code === 'trigger')?.text).toMatch(/pledge #\d+/);
    order(G, 'government', o);
    resolveRound(G, QUIET);
    expect(G.pledges[0]!.status).toBe('triggered');
  });

  it('a campaign without reintegrated members says it wins no votes, and it does not', () => {
    const G = fresh();
    const o: Order = { type: 'campaign' };
    expect(codes(G, 'government', o)).toContain('noMembers');
    const before = G.roles.government!.political;
    order(G, 'government', o);
    resolveRound(G, QUIET);
    expect(G.roles.government!.political).toBe(before);
    G.roles.government!.reintegrated = 1;
    expect(codes(G, 'government', o)).toContain('political');
  });

  it('reintegration without jobs is forecast to fail', () => {
    const G = fresh();
    G.tracks.expectations = 6;
    G.tracks.reconstruction = 1;
    regionOf(G, 'north').units.government = { active: 0, cantoned: 0, disarmed: 2 };
    const o: Order = { type: 'reintegrate', region: 'north', count: 1 };
    expect(codes(G, 'government', o)).toContain('noJobs');
    order(G, 'government', o);
    resolveRound(G, QUIET);
    expect(G.roles.government!.reintegrated).toBe(0);
  });

  it('a hidden cache under monitors is forecast to be caught, and it is', () => {
    const G = fresh();
    regionOf(G, 'north').monitors.un = 1;
    const o: Order = { type: 'cache', region: 'north' };
    expect(codes(G, 'movement', o)).toContain('caught');
    order(G, 'movement', o);
    resolveRound(G, QUIET);
    expect(regionOf(G, 'north').revealedCaches.movement).toBe(1);
  });
});

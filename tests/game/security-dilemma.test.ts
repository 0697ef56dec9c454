// Hidden caches and the security dilemma, the exit rule, and what an unmonitored region hides.
import { describe, expect, it } from 'vitest';
import { checkOrder } from '../../game/legal.ts';
import { resolveRound } from '../../game/resolve.ts';
import type { Rng } from '../../game/state.ts';
import { viewFor } from '../../game/view.ts';
import { cost, freshState, order, regionOf, roleData } from './helpers.ts';

const always = (v: number): Rng => ({ next: () => v });

describe('hidden caches', () => {
  it('let cantoned fighters fight back when attacked; without a cache they cannot', () => {
    const withCache = freshState('cache-a');
    const without = freshState('cache-a');
    for (const G of [withCache, without]) {
      G.round = 1;
      const south = regionOf(G, 'south');
      south.units.movement = { active: 0, cantoned: 3, disarmed: 0 };
      south.units.government = { active: 3, cantoned: 0, disarmed: 0 };
      order(G, 'government', { type: 'attack', region: 'south', target: 'movement' });
    }
    withCache.secret.movement!.caches.south = 1;
    resolveRound(withCache, always(0.99));
    resolveRound(without, always(0.99));
    expect(regionOf(withCache, 'south').units.government!.active).toBeLessThan(3);
    expect(regionOf(without, 'south').units.government!.active).toBe(3);
  });

  it('arm disarmed fighters for free when rearming, and raise Tension when three or more are hidden', () => {
    const G = freshState('cache-b');
    G.round = 1;
    regionOf(G, 'south').units.movement = { active: 0, cantoned: 0, disarmed: 2 };
    G.secret.movement!.caches = { south: 1, delta: 1, highlands: 1, north: 1 };
    expect(cost('rearm')).toBeGreaterThan(0);
    G.roles.movement!.funds = cost('rearm');
    const funds = G.roles.movement!.funds;
    const tension = G.tracks.tension;
    order(G, 'movement', { type: 'rearm', region: 'south', count: 2 });
    resolveRound(G, always(0.99));
    expect(G.secret.movement!.caches.south).toBe(0);
    // The cache paid for the weapons: only income moved the funds.
    expect(G.roles.movement!.funds).toBe(funds + roleData('movement').income);
    expect(G.history.some((h) => /hidden weapons caches keeps both sides on edge/.test(h.text))).toBe(true);
    expect(G.tracks.tension).toBeGreaterThan(tension);
  });
});

describe('a guarantor that has left', () => {
  it('can give no order but hold after its exit round', () => {
    const G = freshState('exit');
    G.round = 4;
    G.roles.regional!.exitRound = 3;
    G.roles.regional!.funds = cost('aid');
    expect(checkOrder(G, 'regional', { type: 'aid', region: 'north' })?.code).toBe('NOT_ALLOWED_FOR_ROLE');
    expect(checkOrder(G, 'regional', { type: 'hold' })).toBeNull();
    G.roles.regional!.exitRound = 4;
    expect(checkOrder(G, 'regional', { type: 'aid', region: 'north' })).toBeNull();
  });
});

describe('unverified regions', () => {
  it('show another side only its fighters in total, and the full breakdown where monitors are', () => {
    const G = freshState('mask');
    regionOf(G, 'south').units.movement = { active: 1, cantoned: 2, disarmed: 1 };
    regionOf(G, 'north').units.movement = { active: 1, cantoned: 2, disarmed: 0 };
    regionOf(G, 'north').monitors.un = 1;
    const gov = viewFor(G, '0');
    expect(gov.regions.find((r) => r.id === 'south')!.units.movement).toEqual({
      active: 4,
      cantoned: 0,
      disarmed: 0,
    });
    expect(gov.regions.find((r) => r.id === 'south')!.unverified).toContain('movement');
    expect(gov.regions.find((r) => r.id === 'north')!.units.movement).toEqual({
      active: 1,
      cantoned: 2,
      disarmed: 0,
    });
    const mov = viewFor(G, '1');
    expect(mov.regions.find((r) => r.id === 'south')!.units.movement).toEqual({
      active: 1,
      cantoned: 2,
      disarmed: 1,
    });
    expect(gov.roles.spoiler!.militancy).toBe(-1);
    expect(viewFor(G, '2').roles.spoiler!.militancy).toBe(G.roles.spoiler!.militancy);
  });
});

describe('orders that cannot be repeated', () => {
  it('refuse a second smuggle of the same region in one round, but allow another region', () => {
    const G = freshState('once');
    G.round = 1;
    G.roles.spoiler!.funds = 20;
    regionOf(G, 'border').units.spoiler = { active: 2, cantoned: 0, disarmed: 0 };
    regionOf(G, 'mines').units.spoiler = { active: 2, cantoned: 0, disarmed: 0 };
    order(G, 'spoiler', { type: 'smuggle', region: 'mines' });
    expect(checkOrder(G, 'spoiler', { type: 'smuggle', region: 'mines' })?.code).toBe('BAD_ARGUMENT');
    expect(checkOrder(G, 'spoiler', { type: 'smuggle', region: 'border' })).toBeNull();
  });
});

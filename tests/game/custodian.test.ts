// Custodian strategies (induce, socialize, coerce: Stedman) work on one spoiler. With several spoilers an
// order names the one it is for, the legal orders offer one per spoiler, and the resolution touches only
// that spoiler (its history line says which); with one spoiler nothing changes.
import { describe, expect, it } from 'vitest';
import { checkOrder, legalOrders } from '../../game/legal.ts';
import { resolveRound } from '../../game/resolve.ts';
import { getScenario } from '../../game/scenario.ts';
import { initialState } from '../../game/setup.ts';
import type { DraftState, Rng } from '../../game/state.ts';
import type { SpoilerType } from '../../game/types.ts';
import { freshState, order, rngOf } from './helpers.ts';

const CROWDED = getScenario('crowdedPeace');
const SURE: Rng = { next: () => 0.99 };

/** Round 1 of Crowded Peace: the Border Militia ('spoiler') and the Movement Hardliners, typed as asked. */
function crowded(militia: SpoilerType, hardliners: SpoilerType): DraftState {
  const G = initialState(CROWDED, rngOf('custodian'), { scenario: 'crowdedPeace' }) as DraftState;
  G.round = 1;
  G.secret.spoiler!.spoilerType = militia;
  G.secret.hardliners!.spoilerType = hardliners;
  for (const sp of ['spoiler', 'hardliners']) {
    G.roles[sp]!.militancy = 5;
    G.roles[sp]!.funds = 3;
  }
  G.roles.un!.funds = 10;
  return G;
}

const effect = (type: SpoilerType, strategy: 'induce' | 'socialize' | 'coerce') =>
  CROWDED.spoilerTypes.find((t) => t.name === type)![strategy].militancy;

describe('custodian orders with several spoilers', () => {
  it('must name a spoiler; the legal orders offer one per spoiler', () => {
    const G = crowded('limited', 'total');
    const refused = checkOrder(G, 'un', { type: 'induce' });
    expect(refused?.code).toBe('BAD_ARGUMENT');
    expect(refused?.message).toMatch(
      /Border Militia.*Movement Hardliners|Movement Hardliners.*Border Militia/,
    );
    expect(checkOrder(G, 'un', { type: 'coerce', target: 'government' })?.code).toBe('BAD_ARGUMENT');
    expect(checkOrder(G, 'un', { type: 'socialize', target: 'hardliners' })).toBeNull();
    const custodian = legalOrders(G, 'un').filter((o) => ['induce', 'socialize', 'coerce'].includes(o.type));
    expect(custodian.map((o) => JSON.stringify(o)).sort()).toEqual(
      ['induce', 'socialize', 'coerce']
        .flatMap((type) => ['spoiler', 'hardliners'].map((target) => JSON.stringify({ type, target })))
        .sort(),
    );
  });

  it('an inducement works on the spoiler it names only, and the history says which', () => {
    const G = crowded('limited', 'total');
    order(G, 'un', { type: 'induce', target: 'hardliners' });
    resolveRound(G, SURE);
    expect(G.roles.hardliners!.militancy).toBe(5 + effect('total', 'induce'));
    expect(G.secret.hardliners!.induced).toBe(1);
    // The militia was not touched by it (its militancy moves only by its own doings, not by this order).
    expect(G.secret.spoiler!.induced).toBe(0);
    const lines = G.history.filter((h) => h.step === 'spoiler').map((h) => h.text);
    expect(lines).toContain(
      'Round 1: the UN Mission offered the spoiler money and a place in the process (the Movement Hardliners).',
    );
    expect(lines.some((l) => l.includes('(the Border Militia)'))).toBe(false);
  });

  it('coercion of one spoiler leaves the other untouched', () => {
    const a = crowded('total', 'limited');
    const b = crowded('total', 'limited');
    order(a, 'un', { type: 'coerce', target: 'spoiler' });
    resolveRound(a, SURE);
    resolveRound(b, SURE);
    expect(a.roles.spoiler!.militancy).toBe(b.roles.spoiler!.militancy + effect('total', 'coerce'));
    expect(a.roles.hardliners!.militancy).toBe(b.roles.hardliners!.militancy);
  });

  it('an order queued before orders named a spoiler (a saved game) still works on each, as it did', () => {
    const G = crowded('limited', 'greedy');
    order(G, 'un', { type: 'induce' });
    resolveRound(G, SURE);
    expect(G.secret.spoiler!.induced).toBe(1);
    expect(G.secret.hardliners!.induced).toBe(1);
  });
});

describe('custodian orders with one spoiler', () => {
  it('need no name (and may name the spoiler); the legal orders are as before', () => {
    const G = freshState('custodian', { spoilerType: 'limited' });
    G.round = 1;
    expect(checkOrder(G, 'un', { type: 'induce' })).toBeNull();
    expect(checkOrder(G, 'un', { type: 'induce', target: 'spoiler' })).toBeNull();
    expect(checkOrder(G, 'un', { type: 'induce', target: 'movement' })?.code).toBe('BAD_ARGUMENT');
    const custodian = legalOrders(G, 'un').filter((o) => ['induce', 'socialize', 'coerce'].includes(o.type));
    expect(custodian).toEqual([{ type: 'induce' }, { type: 'socialize' }, { type: 'coerce' }]);
  });
});

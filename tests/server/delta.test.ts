// The wire delta itself: for any two JSON values, applying diff(a, b) to a gives b (as JSON would
// carry it) and leaves a untouched; grown arrays travel as appends; bad deltas are refused.
import { describe, expect, it } from 'vitest';
import { APPEND, applyDelta, DeltaError, diff } from '../../server/delta.ts';

/** A small deterministic PRNG, so a failure can be replayed. */
function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function randomJson(r: () => number, depth: number): unknown {
  const k = Math.floor(r() * (depth > 0 ? 8 : 5));
  switch (k) {
    case 0:
      return null;
    case 1:
      return Math.floor(r() * 5);
    case 2:
      return ['a', 'b', 'c'][Math.floor(r() * 3)];
    case 3:
      return r() < 0.5;
    case 4:
      return undefined;
    case 5:
    case 6: {
      const o: Record<string, unknown> = {};
      for (let i = Math.floor(r() * 4); i > 0; i--) o[`k${Math.floor(r() * 5)}`] = randomJson(r, depth - 1);
      return o;
    }
    default:
      return Array.from({ length: Math.floor(r() * 5) }, () => randomJson(r, depth - 1));
  }
}

/** b derived from a by a few random edits, sharing untouched branches (as immer states do). */
function edit(r: () => number, a: unknown, depth: number): unknown {
  if (r() < 0.3) return randomJson(r, depth);
  if (Array.isArray(a)) {
    const b = a.map((x) => (r() < 0.3 ? edit(r, x, depth - 1) : x));
    if (r() < 0.3) b.push(randomJson(r, depth - 1));
    if (r() < 0.2) b.splice(Math.floor(r() * b.length), 1);
    return b;
  }
  if (typeof a === 'object' && a !== null) {
    const b: Record<string, unknown> = { ...(a as Record<string, unknown>) };
    for (const key of Object.keys(b)) {
      if (r() < 0.3) b[key] = edit(r, b[key], depth - 1);
      else if (r() < 0.1) delete b[key];
    }
    if (r() < 0.3) b[`k${Math.floor(r() * 7)}`] = randomJson(r, depth - 1);
    return b;
  }
  return randomJson(r, depth);
}

const asJson = (v: unknown) => (v === undefined ? undefined : JSON.parse(JSON.stringify(v)));

describe('diff / applyDelta', () => {
  it('rebuilds b from a for thousands of random JSON pairs, through a JSON round trip, leaving a alone', () => {
    const r = rng(12);
    for (let i = 0; i < 3000; i++) {
      const a = { root: randomJson(r, 4) };
      const b = edit(r, a, 4) as Record<string, unknown>;
      if (typeof b !== 'object' || b === null || Array.isArray(b)) continue;
      const before = JSON.stringify(a);
      const ops = asJson(diff(a, b));
      const got = applyDelta(asJson(a), ops);
      expect(got, `case ${i}: ${before} -> ${JSON.stringify(b)}`).toEqual(asJson(b));
      expect(JSON.stringify(a)).toBe(before);
      // Applying to the very object diffed from does not change it either.
      applyDelta(a, ops);
      expect(JSON.stringify(a)).toBe(before);
    }
  });

  it('sends only the new entries of a grown array, and nothing for equal values', () => {
    const entry = (n: number) => ({ round: n, text: `entry ${n}`.repeat(20) });
    const history = Array.from({ length: 50 }, (_, i) => entry(i));
    const a = { G: { history, round: 3 } };
    const b = { G: { history: [...history, entry(50), entry(51)], round: 4 } };
    const ops = diff(a, b);
    expect(ops).toEqual([
      [APPEND, ['G', 'history'], [entry(50), entry(51)]],
      [0, ['G', 'round'], 4],
    ]);
    expect(diff(a, JSON.parse(JSON.stringify(a)))).toEqual([]);
  });

  it('refuses a delta that does not fit the value', () => {
    expect(() => applyDelta({ a: 1 }, [[2, ['a'], [1]]])).toThrow(DeltaError);
    expect(() => applyDelta({ a: 1 }, [[0, ['x', 'y'], 1]])).toThrow(DeltaError);
    expect(() => applyDelta({ a: [1] }, [[1, ['a', 0]]])).toThrow(DeltaError);
    expect(() => applyDelta({ a: 1 }, [[9, ['a']]] as never)).toThrow(DeltaError);
  });
});

// The lesson clock's rules (game/clock.ts): the pace of a table, the rounds that fit before the finish
// time, when the elections are called, and the history line the early elections leave.
import { describe, expect, it } from 'vitest';
import {
  clockCallsElections,
  EMPTY_PACE,
  estimatePace,
  forecast,
  reviewBegan,
  roundBegan,
} from '../../game/clock.ts';
import { holdElectionsNow } from '../../game/end.ts';
import { getScenario } from '../../game/scenario.ts';
import { initialState } from '../../game/setup.ts';
import type { DraftState } from '../../game/state.ts';

const MIN = 60_000;

describe('the pace of a table', () => {
  it('is unknown without a round played or a timer on every phase', () => {
    expect(estimatePace(EMPTY_PACE, {})).toBeNull();
    expect(estimatePace(EMPTY_PACE, { negotiation: 300, orders: 120 })).toBeNull();
  });

  it('is the sum of the phase timers before a round is played', () => {
    const p = estimatePace(EMPTY_PACE, { crisis: 60, negotiation: 240, orders: 120, review: 60 });
    expect(p).toEqual({ roundMs: 8 * MIN, reviewMs: MIN, from: 'timers' });
  });

  it('is measured from round to round, the recent rounds counting', () => {
    let rec = roundBegan(EMPTY_PACE, 1, 0);
    rec = reviewBegan(rec, 1, 9 * MIN);
    rec = roundBegan(rec, 2, 10 * MIN); // round 1: 10 min, its review 1 min
    rec = reviewBegan(rec, 2, 15 * MIN);
    rec = roundBegan(rec, 3, 16 * MIN); // round 2: 6 min
    rec = roundBegan(rec, 3, 17 * MIN); // the same round again: nothing changes
    expect(rec.roundMs).toEqual([10 * MIN, 6 * MIN]);
    expect(rec.reviewMs).toEqual([MIN, MIN]);
    const p = estimatePace(rec, { crisis: 5, negotiation: 5, orders: 5, review: 5 });
    expect(p).toEqual({ roundMs: 8 * MIN, reviewMs: MIN, from: 'measured' });
    rec = roundBegan(reviewBegan(rec, 3, 20 * MIN), 4, 22 * MIN); // round 3: 6 min
    rec = roundBegan(reviewBegan(rec, 4, 26 * MIN), 5, 28 * MIN); // round 4: 6 min
    expect(estimatePace(rec, {})!.roundMs).toBe(6 * MIN); // the last three rounds
  });

  it('skips a round it did not see begin', () => {
    const rec = roundBegan(roundBegan(EMPTY_PACE, 1, 0), 3, 20 * MIN);
    expect(rec.roundMs).toEqual([]);
    expect(rec.roundStart).toEqual({ round: 3, at: 20 * MIN });
  });
});

describe('the rounds that fit', () => {
  const pace = { roundMs: 6 * MIN, reviewMs: MIN, from: 'measured' as const };
  it('counts whole rounds after the current one, never past the last', () => {
    // Round 2 began 2 minutes ago (ends in 4); 20 minutes left: 4 + 6 + 6 + 6 = 22 > 20, so two more.
    const at = 100 * MIN;
    expect(
      forecast({ now: at, finishAt: at + 20 * MIN, round: 2, rounds: 8, roundStartedAt: at - 2 * MIN, pace }),
    ).toEqual({ lastRound: 4, moreRounds: 2 });
    expect(
      forecast({ now: at, finishAt: at + 300 * MIN, round: 2, rounds: 8, roundStartedAt: at, pace }),
    ).toEqual({ lastRound: 8, moreRounds: 6 });
    expect(
      forecast({ now: at, finishAt: at + 3 * MIN, round: 2, rounds: 8, roundStartedAt: at, pace }),
    ).toEqual({ lastRound: 2, moreRounds: 0 });
    expect(
      forecast({ now: at, finishAt: at + 3 * MIN, round: 2, rounds: 8, roundStartedAt: at, pace: null }),
    ).toEqual({ lastRound: null, moreRounds: null });
  });

  it('calls the elections when the review and one more round do not fit', () => {
    const base = { now: 0, round: 3, rounds: 8, pace };
    expect(clockCallsElections({ ...base, finishAt: 7 * MIN })).toBe(false); // 1 + 6 fit exactly
    expect(clockCallsElections({ ...base, finishAt: 7 * MIN - 1 })).toBe(true);
    expect(clockCallsElections({ ...base, finishAt: MIN, round: 8 })).toBe(false); // the last round
    expect(clockCallsElections({ ...base, finishAt: MIN, pace: null })).toBe(false); // pace unknown
  });
});

describe('elections called by the lesson clock', () => {
  it('are held on the spot, and the history and the result say the clock called them', () => {
    for (const by of ['clock', 'deadline'] as const) {
      const G = structuredClone(initialState(getScenario(), { next: () => 0.5 })) as DraftState;
      G.round = 3;
      holdElectionsNow(G, by);
      expect(G.result?.calledEarly).toBe(by);
      expect(G.result?.grade).toMatch(/durable|fragile|collapsed/);
      const last = G.history.at(-1)!.text;
      expect(last).toMatch(
        by === 'clock'
          ? /^Round 3: the lesson clock called the elections early: there was not time for another full round/
          : /^Round 3: the lesson time ran out, so the lesson clock called the elections/,
      );
      expect(last).toMatch(/Outcome: (durable|fragile|collapsed)\. Winners: /);
    }
  });
});

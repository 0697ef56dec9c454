// The lesson clock ("finish by 11:40"): from the time left and a table's measured pace, how many rounds
// still fit and whether the elections must be called now (holdElectionsNow(G, 'clock') in end.ts).
// Pure: the caller passes the time and the measurements in.

/** What the server has measured at one table (milliseconds, wall clock: a pause is lesson time too). */
export interface PaceRecord {
  /** The round in play and when its crisis began. */
  readonly roundStart: { readonly round: number; readonly at: number } | null;
  /** The round whose review is in play and when that review began. */
  readonly reviewStart: { readonly round: number; readonly at: number } | null;
  /** Whole rounds played, crisis to next crisis. */
  readonly roundMs: readonly number[];
  /** Reviews read, review start to next crisis. */
  readonly reviewMs: readonly number[];
}

export const EMPTY_PACE: PaceRecord = { roundStart: null, reviewStart: null, roundMs: [], reviewMs: [] };

/** Phase timers in seconds, as the console sets them. */
export type PhaseTimers = Readonly<Record<string, number>>;

export interface PaceEstimate {
  /** A whole round. */
  readonly roundMs: number;
  /** Its review phase. */
  readonly reviewMs: number;
  /** Measured at this table, or the sum of its phase timers before a round was played. */
  readonly from: 'measured' | 'timers';
}

const PHASES = ['crisis', 'negotiation', 'orders', 'review'] as const;
/** The recent rounds say more about the pace than the first (which includes the reading of the roles). */
const RECENT = 3;

const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

/**
 * The pace of a table: the mean of its last three whole rounds; before one is played, the sum of its
 * phase timers when every phase is timed (a round cannot take longer); otherwise unknown (null).
 */
export function estimatePace(rec: PaceRecord, timers: PhaseTimers): PaceEstimate | null {
  if (rec.roundMs.length > 0) {
    const roundMs = mean(rec.roundMs.slice(-RECENT));
    const reviewMs = rec.reviewMs.length > 0 ? mean(rec.reviewMs.slice(-RECENT)) : 0;
    return { roundMs, reviewMs: Math.min(reviewMs, roundMs), from: 'measured' };
  }
  if (PHASES.every((p) => (timers[p] ?? 0) > 0)) {
    const roundMs = PHASES.reduce((a, p) => a + (timers[p] ?? 0) * 1000, 0);
    return { roundMs, reviewMs: (timers.review ?? 0) * 1000, from: 'timers' };
  }
  return null;
}

/** A round's crisis began: the round before it, and its review, are measured. */
export function roundBegan(rec: PaceRecord, round: number, now: number): PaceRecord {
  if (rec.roundStart?.round === round) return rec;
  const prev = round - 1;
  return {
    roundStart: { round, at: now },
    reviewStart: rec.reviewStart,
    roundMs:
      rec.roundStart?.round === prev ? [...rec.roundMs, now - rec.roundStart.at].slice(-10) : rec.roundMs,
    reviewMs:
      rec.reviewStart?.round === prev ? [...rec.reviewMs, now - rec.reviewStart.at].slice(-10) : rec.reviewMs,
  };
}

/** A round's review began. */
export function reviewBegan(rec: PaceRecord, round: number, now: number): PaceRecord {
  return rec.reviewStart?.round === round ? rec : { ...rec, reviewStart: { round, at: now } };
}

export interface ClockForecast {
  /** The last round that will be played in full before the finish time (null: pace unknown). */
  readonly lastRound: number | null;
  /** Rounds still to start after the current one that fit (null: pace unknown). */
  readonly moreRounds: number | null;
}

/**
 * How far a table gets before the finish time: the current round runs to its end (its crisis began at
 * `roundStartedAt`, or now), then as many whole rounds as fit at the table's pace, never past the last.
 */
export function forecast(opts: {
  readonly now: number;
  readonly finishAt: number;
  readonly round: number;
  readonly rounds: number;
  readonly roundStartedAt: number | null;
  readonly pace: PaceEstimate | null;
}): ClockForecast {
  const { now, finishAt, round, rounds, pace } = opts;
  if (!pace || pace.roundMs <= 0) return { lastRound: null, moreRounds: null };
  const currentEnds = Math.max(now, (opts.roundStartedAt ?? now) + pace.roundMs);
  const more = Math.max(0, Math.floor((finishAt - currentEnds) / pace.roundMs));
  const moreRounds = Math.min(more, Math.max(0, rounds - round));
  return { lastRound: round + moreRounds, moreRounds };
}

/**
 * Checked when a round's review begins: the elections are called now when the rest of this review and
 * one more whole round do not fit before the finish time. Never in the last round (the elections follow
 * it anyway), and not while the pace is unknown (the finish time itself still ends the game).
 */
export function clockCallsElections(opts: {
  readonly now: number;
  readonly finishAt: number;
  readonly round: number;
  readonly rounds: number;
  readonly pace: PaceEstimate | null;
}): boolean {
  const { now, finishAt, round, rounds, pace } = opts;
  if (!pace || round >= rounds) return false;
  return finishAt - now < pace.reviewMs + pace.roundMs;
}

// The balance benchmark: many seeded games with chosen bot policies, and what came of them.
// Pure (no I/O): server/simulate.ts is the command line around it.
import { decide } from '../bots/index.ts';
import { streamOf } from '../bots/rng.ts';
import type { Personality, PolicyName } from '../bots/types.ts';
import { getScenario } from '../scenario.ts';
import type { SetupData } from '../setup.ts';
import type { Grade } from '../types.ts';
import { type Agent, playMatch } from './runner.ts';
import { type Variant, withVariant } from './variants.ts';

export interface SimOptions {
  readonly games: number;
  readonly seed: string;
  /** Policy per role id (missing roles play normal). */
  readonly bots?: Readonly<Record<string, PolicyName>>;
  /** Temperament per role id (missing: drawn per game). */
  readonly personalities?: Readonly<Record<string, Personality>>;
  readonly setupData?: SetupData;
  /** Play games [first, first + games) of the series (workers split a run this way). */
  readonly first?: number;
  /** A fixed habit per role id on top of its policy (the balance checks). */
  readonly variants?: Readonly<Record<string, Variant>>;
}

export interface GameSummary {
  readonly index: number;
  readonly grade: Grade;
  readonly rounds: number;
  readonly winners: readonly string[];
  readonly moves: number;
  /** The first spoiler's hidden type (null without a spoiler). */
  readonly spoilerType: string | null;
  /** Every spoiler's hidden type, by role id. */
  readonly spoilerTypes: Readonly<Record<string, string>>;
  /** Each role's secret agenda and whether it was met. */
  readonly agendas: Readonly<Record<string, { readonly id: string; readonly met: boolean }>>;
  /** Pledges made and how many of them were ever triggered. */
  readonly pledgesMade: number;
  readonly pledgesTriggered: number;
  readonly pledgesBroken: number;
  /** A resumed war: who restarted it and whether it won. */
  readonly war: { readonly resumer: string; readonly won: boolean } | null;
  /** Final Fear per faction and final Tension. */
  readonly fear: Readonly<Record<string, number>>;
  readonly tension: number;
}

export interface Timing {
  /** Decision times (ms) per policy name. */
  readonly byPolicy: Record<string, number[]>;
  readonly elapsedMs: number;
}

export interface SimStats {
  readonly games: number;
  readonly seed: string;
  readonly bots: Record<string, PolicyName>;
  readonly outcomes: Record<Grade, number>;
  readonly outcomeRates: Record<Grade, number>;
  /** Durable or fragile. */
  readonly peaceRate: number;
  readonly winRates: Record<string, number>;
  /** Win rate of the spoiler per hidden type. */
  readonly spoilerWinByType: Record<string, number>;
  readonly meanRounds: number;
  readonly meanMoves: number;
  /** Timing fields (vary run to run). */
  readonly decisionMs: Record<string, { n: number; p50: number; p99: number; max: number; mean: number }>;
  readonly gamesPerSecond: number;
  readonly elapsedMs: number;
}

export function seatPolicies(
  setupData: SetupData | undefined,
  bots: Readonly<Record<string, PolicyName>> = {},
) {
  const s = getScenario(setupData?.scenario);
  const out: Record<string, PolicyName> = {};
  for (const r of s.roles) out[r.id] = bots[r.id] ?? 'normal';
  return out;
}

/** Play the games; returns one summary per game and the decision timings. */
export function runGames(opts: SimOptions): { games: GameSummary[]; timing: Timing } {
  const s = getScenario(opts.setupData?.scenario);
  const policies = seatPolicies(opts.setupData, opts.bots);
  const byPolicy: Record<string, number[]> = {};
  const first = opts.first ?? 0;
  const out: GameSummary[] = [];
  const t0 = performance.now();
  for (let i = first; i < first + opts.games; i++) {
    const seed = `${opts.seed}-${i}`;
    const agents: Record<string, Agent> = {};
    s.roles.forEach((r, seat) => {
      const policy = policies[r.id]!;
      const persona = opts.personalities?.[r.id];
      const rand = policy === 'random' ? streamOf(seed, seat, 'random') : undefined;
      const agent: Agent = (view, ctx, pid) =>
        decide(view, ctx, pid, {
          policy,
          seed,
          ...(rand ? { rand } : {}),
          ...(persona ? { personality: persona } : {}),
        });
      const variant = opts.variants?.[r.id];
      agents[String(seat)] = variant ? withVariant(agent, variant) : agent;
    });
    const rec = playMatch(seed, agents, {
      ...(opts.setupData ? { setupData: opts.setupData } : {}),
      timing: true,
      onMove: (pid, _c, ms) => {
        const p = policies[s.roles[Number(pid)]!.id]!;
        const xs = byPolicy[p] ?? [];
        xs.push(ms);
        byPolicy[p] = xs;
      },
    });
    const sp = s.roles.find((r) => r.kind === 'spoiler');
    out.push({
      index: i,
      grade: rec.result.grade,
      rounds: rec.rounds,
      winners: rec.result.scores.filter((x) => x.won).map((x) => x.role),
      moves: rec.moves,
      spoilerType: sp ? (rec.state.secret[sp.id]?.spoilerType ?? null) : null,
      spoilerTypes: Object.fromEntries(
        s.roles.flatMap((r) => {
          const t = r.kind === 'spoiler' ? rec.state.secret[r.id]?.spoilerType : null;
          return t ? [[r.id, t]] : [];
        }),
      ),
      agendas: Object.fromEntries(
        rec.result.scores.map((x) => [x.role, { id: rec.state.secret[x.role]!.agenda, met: x.agenda }]),
      ),
      pledgesMade: rec.state.pledges.length,
      pledgesTriggered: rec.state.pledges.filter((p) => p.violator !== null).length,
      pledgesBroken: rec.state.pledges.filter((p) => p.status === 'broken').length,
      war: rec.result.war ? { resumer: rec.result.war.resumer, won: rec.result.war.resumerWon } : null,
      fear: Object.fromEntries(
        s.roles.filter((r) => r.kind === 'faction').map((r) => [r.id, rec.state.roles[r.id]!.fear]),
      ),
      tension: rec.state.tracks.tension,
    });
  }
  return { games: out, timing: { byPolicy, elapsedMs: performance.now() - t0 } };
}

function quantile(sorted: Float64Array, q: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

const round3 = (x: number) => Math.round(x * 1000) / 1000;

/** Aggregate game summaries (in game order) and timings into the benchmark's report. */
export function summarize(
  opts: SimOptions,
  games: readonly GameSummary[],
  timings: readonly Timing[],
  wallMs: number,
): SimStats {
  const s = getScenario(opts.setupData?.scenario);
  const n = games.length;
  const outcomes: Record<Grade, number> = { durable: 0, fragile: 0, collapsed: 0 };
  const wins: Record<string, number> = Object.fromEntries(s.roles.map((r) => [r.id, 0]));
  const byType: Record<string, { n: number; w: number }> = {};
  let rounds = 0;
  let moves = 0;
  for (const g of games) {
    outcomes[g.grade]++;
    for (const w of g.winners) wins[w] = (wins[w] ?? 0) + 1;
    rounds += g.rounds;
    moves += g.moves;
    // Each spoiler seat counts for its own type (a 7-seat scenario deals two).
    for (const [sp, type] of Object.entries(g.spoilerTypes)) {
      const t = byType[type] ?? { n: 0, w: 0 };
      byType[type] = t;
      t.n++;
      if (g.winners.includes(sp)) t.w++;
    }
  }
  const merged: Record<string, number[]> = {};
  for (const t of timings)
    for (const [p, xs] of Object.entries(t.byPolicy)) {
      const all = merged[p] ?? [];
      for (const x of xs) all.push(x);
      merged[p] = all;
    }
  const decisionMs: SimStats['decisionMs'] = {};
  for (const [p, xs] of Object.entries(merged)) {
    const a = Float64Array.from(xs).sort();
    let sum = 0;
    for (const x of a) sum += x;
    decisionMs[p] = {
      n: a.length,
      p50: round3(quantile(a, 0.5)),
      p99: round3(quantile(a, 0.99)),
      max: round3(a[a.length - 1] ?? 0),
      mean: round3(a.length ? sum / a.length : 0),
    };
  }
  const rate = (x: number) => round3(n ? x / n : 0);
  const busyMs = timings.reduce((t, x) => t + x.elapsedMs, 0);
  return {
    games: n,
    seed: opts.seed,
    bots: seatPolicies(opts.setupData, opts.bots),
    outcomes,
    outcomeRates: {
      durable: rate(outcomes.durable),
      fragile: rate(outcomes.fragile),
      collapsed: rate(outcomes.collapsed),
    },
    peaceRate: rate(outcomes.durable + outcomes.fragile),
    winRates: Object.fromEntries(Object.entries(wins).map(([r, w]) => [r, rate(w)])),
    spoilerWinByType: Object.fromEntries(Object.entries(byType).map(([t, v]) => [t, round3(v.w / v.n)])),
    meanRounds: round3(n ? rounds / n : 0),
    meanMoves: round3(n ? moves / n : 0),
    decisionMs,
    // Per core: games over the summed busy time of the workers (equals wall time with one worker).
    gamesPerSecond: Math.round((n / Math.max(busyMs, 1e-9)) * 1000 * 10) / 10,
    elapsedMs: Math.round(wallMs),
  };
}

/** Run and summarize in this thread. */
export function simulate(opts: SimOptions): SimStats {
  const t0 = performance.now();
  const { games, timing } = runGames(opts);
  return summarize(opts, games, [timing], performance.now() - t0);
}

// Issue 10's figures for a first game: a newcomer who follows the advisor (the hard bot, as "What would
// you do?" gives it) should reach the elections in most tutorial games, and a sensible newcomer at
// Normal (the `newcomer` variant) should win sometimes as every role. Pure: server/simulate.ts plays it.
import { getScenario } from '../scenario.ts';
import type { SetupData } from '../setup.ts';
import { type Claim, rate, type Series } from './check.ts';
import type { GameSummary } from './simulate.ts';

/** Share of tutorial games a newcomer following the advisor must bring to the elections. */
export const ADVISOR_ELECTIONS = 0.8;
/** Share of games a sensible newcomer must win as each role at Normal. */
export const NEWCOMER_WINS = 0.25;

export function newcomerSeries(games: number, seed: string, setupData?: SetupData): Series[] {
  const s = getScenario(setupData?.scenario);
  const base = { games, seed, ...(setupData ? { setupData } : {}) };
  const out: Series[] = [{ name: 'normal', opts: base }];
  for (const r of s.roles) {
    out.push({ name: `advisor:${r.id}`, opts: { ...base, bots: { [r.id]: 'hard' } } });
    out.push({
      name: `newcomer:${r.id}`,
      opts: { ...base, variants: { [r.id]: 'newcomer' }, personalities: { [r.id]: 'cautious' } },
    });
  }
  return out;
}

/** The figures, per role: elections reached following the advisor, wins as a sensible newcomer. */
export function evaluateNewcomer(
  results: Readonly<Record<string, readonly GameSummary[]>>,
  setupData?: SetupData,
): Claim[] {
  const s = getScenario(setupData?.scenario);
  const out: Claim[] = [];
  const elections = (g: GameSummary) => g.grade !== 'collapsed';
  for (const r of s.roles) {
    const A = results[`advisor:${r.id}`] ?? [];
    const e = rate(A, elections);
    out.push({
      id: `advisor:${r.id}`,
      claim: `following the advisor as ${r.name}, a newcomer reaches the elections in >= ${100 * ADVISOR_ELECTIONS}% (${s.name})`,
      figure: `${e.text}; wins ${rate(A, (g) => g.winners.includes(r.id)).text}`,
      pass: e.p >= ADVISOR_ELECTIONS,
    });
  }
  for (const r of s.roles) {
    const w = rate(results[`newcomer:${r.id}`] ?? [], (g) => g.winners.includes(r.id));
    const n = rate(results.normal ?? [], (g) => g.winners.includes(r.id));
    out.push({
      id: `newcomer:${r.id}`,
      claim: `a sensible newcomer wins >= ${100 * NEWCOMER_WINS}% as ${r.name} against Normal bots (${s.name})`,
      figure: `${w.text}; the normal bot in that seat ${n.text}`,
      pass: w.p >= NEWCOMER_WINS,
    });
  }
  return out;
}

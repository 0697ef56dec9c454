// npm run simulate -- --games N --seed S [--bot ROLE=POLICY ...] [--persona ROLE=TEMPER ...]
//                     [--scenario ID] [--workers W] [--json [--per-game]]
// npm run simulate -- --check [--games N] [--seed S] [--workers W]: every model claim with its figure,
//                     PASS/FAIL, exit code 1 if any claim fails.
// npm run simulate -- --newcomer [--scenario ID] [--games N]: a first game's figures (issue 10): elections
//                     reached following the advisor, wins of a sensible newcomer per role; exit 1 on a FAIL.
// Plays seeded bot games headless (game/sim) and reports outcome rates, per-role win rates, mean
// rounds, decision times per policy and games per second. Same seed -> same results except timing.
// ROLE is a role id, or factions / guarantors / spoilers / all. POLICY: random passive easy normal hard.

import { fork } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { PERSONALITIES, type Personality, POLICIES, type PolicyName } from '../game/bots/index.ts';
import { getScenario } from '../game/scenario.ts';
import { checkSeries, evaluate, failing, formatClaims, type Series } from '../game/sim/check.ts';
import { evaluateNewcomer, newcomerSeries } from '../game/sim/newcomer.ts';
import {
  type GameSummary,
  runGames,
  type SimOptions,
  type SimStats,
  summarize,
  type Timing,
} from '../game/sim/simulate.ts';
import { runPool } from './simPool.ts';

interface Args {
  readonly opts: SimOptions;
  readonly json: boolean;
  /** Also list every game (index, grade, winners, spoiler type) in the JSON, for paired comparisons. */
  readonly perGame: boolean;
  readonly workers: number;
  readonly check: boolean;
  readonly newcomer: boolean;
}

function usage(msg: string): never {
  console.error(`${msg}
usage: npm run simulate -- [--games N] [--seed S] [--bot ROLE=POLICY]... [--persona ROLE=TEMPER]...
                           [--scenario ID] [--workers W] [--json [--per-game]]
  ROLE: a role id or factions | guarantors | spoilers | all
  POLICY: ${POLICIES.join(' | ')}    TEMPER: ${PERSONALITIES.join(' | ')}`);
  process.exit(2);
}

function rolesFor(scenario: string | undefined, sel: string): string[] {
  const s = getScenario(scenario);
  if (sel === 'all') return s.roles.map((r) => r.id);
  const kind = { factions: 'faction', guarantors: 'guarantor', spoilers: 'spoiler' }[sel];
  if (kind) return s.roles.filter((r) => r.kind === kind).map((r) => r.id);
  if (!s.roles.some((r) => r.id === sel))
    usage(`Unknown role "${sel}" (roles: ${s.roles.map((r) => r.id).join(', ')})`);
  return [sel];
}

function parse(argv: readonly string[]): Args {
  let games = 1000;
  let seed = '1';
  let json = false;
  let perGame = false;
  let workers = 1;
  let check = false;
  let newcomer = false;
  let scenario: string | undefined;
  const bots: Array<[string, string]> = [];
  const personas: Array<[string, string]> = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const val = () => argv[++i] ?? usage(`${a} needs a value`);
    if (a === '--games') games = Number(val());
    else if (a === '--seed') seed = val();
    else if (a === '--json') json = true;
    else if (a === '--per-game') perGame = true;
    else if (a === '--check') check = true;
    else if (a === '--newcomer') newcomer = true;
    else if (a === '--workers') workers = Number(val());
    else if (a === '--scenario') scenario = val();
    else if (a === '--bot') bots.push(val().split('=') as [string, string]);
    else if (a === '--persona') personas.push(val().split('=') as [string, string]);
    else usage(`Unknown argument "${a}"`);
  }
  if (!Number.isInteger(games) || games < 1) usage('--games must be a positive whole number');
  if (!Number.isInteger(workers) || workers < 1) usage('--workers must be a positive whole number');
  const policyOf: Record<string, PolicyName> = {};
  for (const [role, policy] of bots) {
    if (!POLICIES.includes(policy as PolicyName)) usage(`Unknown policy "${policy}"`);
    for (const r of rolesFor(scenario, role)) policyOf[r] = policy as PolicyName;
  }
  const personalities: Record<string, Personality> = {};
  for (const [role, p] of personas) {
    if (!PERSONALITIES.includes(p as Personality)) usage(`Unknown temperament "${p}"`);
    for (const r of rolesFor(scenario, role)) personalities[r] = p as Personality;
  }
  const opts: SimOptions = {
    games,
    seed,
    bots: policyOf,
    personalities,
    ...(scenario ? { setupData: { scenario } } : {}),
  };
  return {
    opts,
    json,
    perGame,
    check,
    newcomer,
    workers: Math.min(workers, games, Math.max(1, availableParallelism())),
  };
}

/** Split the series over child processes (one per core): each plays a slice and sends back its games. */
function runInWorkers(
  opts: SimOptions,
  workers: number,
): Promise<Array<{ games: GameSummary[]; timing: Timing }>> {
  const per = Math.ceil(opts.games / workers);
  const jobs: Array<Promise<{ games: GameSummary[]; timing: Timing }>> = [];
  for (let w = 0; w < workers; w++) {
    const first = w * per;
    const n = Math.min(per, opts.games - first);
    if (n <= 0) break;
    jobs.push(
      new Promise((resolve, reject) => {
        const child = fork(fileURLToPath(import.meta.url), ['--child'], {
          execArgv: ['--import', 'tsx'],
          stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
        });
        child.once('message', (m) => {
          resolve(m as { games: GameSummary[]; timing: Timing });
          child.send('done');
        });
        child.once('error', reject);
        child.once('exit', (code) => {
          if (code !== 0) reject(new Error(`simulation worker exited with code ${code}`));
        });
        child.send({ ...opts, first, games: n });
      }),
    );
  }
  return Promise.all(jobs);
}

function report(st: SimStats): string {
  const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
  const lines = [
    `${st.games} games, seed ${st.seed}; bots: ${Object.entries(st.bots)
      .map(([r, p]) => `${r}=${p}`)
      .join(' ')}`,
    `outcomes: durable ${pct(st.outcomeRates.durable)}, fragile ${pct(st.outcomeRates.fragile)}, collapsed ${pct(st.outcomeRates.collapsed)} (peace holds ${pct(st.peaceRate)})`,
    `wins: ${Object.entries(st.winRates)
      .map(([r, w]) => `${r} ${pct(w)}`)
      .join(', ')}`,
    `spoiler wins by hidden type: ${Object.entries(st.spoilerWinByType)
      .map(([t, w]) => `${t} ${pct(w)}`)
      .join(', ')}`,
    `mean rounds ${st.meanRounds}, mean moves ${st.meanMoves}`,
    ...Object.entries(st.decisionMs).map(
      ([p, d]) => `decision time ${p}: p50 ${d.p50} ms, p99 ${d.p99} ms, max ${d.max} ms (${d.n} decisions)`,
    ),
    `${st.gamesPerSecond} games/s per core; ${(st.elapsedMs / 1000).toFixed(1)} s wall`,
  ];
  return lines.join('\n');
}

/** Play fixed-seed series of claims on the worker pool and print each claim; exit 1 on a FAIL. */
async function runClaims(
  title: string,
  series: readonly Series[],
  evaluateAll: (results: Record<string, GameSummary[]>) => ReturnType<typeof evaluate>,
  workers: number,
  json: boolean,
): Promise<void> {
  const t0 = performance.now();
  const played = await runPool(
    series.map((x) => x.opts),
    workers,
  );
  const results = Object.fromEntries(series.map((x, i) => [x.name, played[i]!]));
  const claims = evaluateAll(results);
  const secs = ((performance.now() - t0) / 1000).toFixed(1);
  const games = series[0]!.opts.games;
  if (json) console.log(JSON.stringify({ games, series: series.length, claims }, null, 2));
  else
    console.log(
      `${title}: ${series.length} series x ${games} games (seed ${series[0]!.opts.seed}), ${secs} s\n\n${formatClaims(claims)}`,
    );
  if (claims.some(failing)) process.exitCode = 1;
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const { opts, json, perGame, workers, check, newcomer } = parse(argv);
  const claimGames = argv.includes('--games') ? opts.games : check ? 400 : 200;
  const seed = opts.seed === '1' ? 'check' : opts.seed;
  if (check)
    return runClaims(
      'Model check',
      checkSeries(claimGames, seed, opts.setupData),
      (r) => evaluate(r, opts.setupData),
      workers,
      json,
    );
  if (newcomer)
    return runClaims(
      'A first game',
      newcomerSeries(claimGames, seed, opts.setupData),
      (r) => evaluateNewcomer(r, opts.setupData),
      workers,
      json,
    );
  const t0 = performance.now();
  const parts = workers > 1 ? await runInWorkers(opts, workers) : [runGames(opts)];
  const games = parts.flatMap((p) => p.games).sort((a, b) => a.index - b.index);
  const stats = summarize(
    opts,
    games,
    parts.map((p) => p.timing),
    performance.now() - t0,
  );
  const out = perGame ? { ...stats, perGame: games } : stats;
  console.log(json ? JSON.stringify(out, null, 2) : report(stats));
}

if (process.argv.includes('--child')) {
  process.on('message', (opts) => {
    if (opts === 'done') process.exit(0);
    else process.send!(runGames(opts as SimOptions));
  });
} else {
  main().catch((err: unknown) => {
    console.error(err);
    process.exit(1);
  });
}

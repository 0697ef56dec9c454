// Plays series of seeded bot games on a pool of child processes (one series at a time each) and runs the
// model check (game/sim/check.ts) on them. Scenarios registered at run time (an uploaded file) are sent
// to every child before its first series, so the children know them too.
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { registerScenario } from '../game/scenario.ts';
import { type Claim, checkSeries, evaluate } from '../game/sim/check.ts';
import { type GameSummary, runGames, type SimOptions } from '../game/sim/simulate.ts';

const self = fileURLToPath(import.meta.url);

type ToChild = { register: readonly unknown[] } | SimOptions | 'done';

/** Run many series on a pool of W child processes; `scenarios` are registered in each child first. */
export async function runPool(
  jobs: readonly SimOptions[],
  workers: number,
  scenarios: readonly unknown[] = [],
): Promise<GameSummary[][]> {
  const out: GameSummary[][] = new Array(jobs.length);
  let next = 0;
  const worker = () =>
    new Promise<void>((resolve, reject) => {
      const child = fork(self, ['--child'], {
        execArgv: ['--import', 'tsx'],
        stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      });
      const send = (m: ToChild) => child.send(m);
      let current = -1;
      const feed = () => {
        if (next >= jobs.length) {
          send('done');
          return;
        }
        current = next++;
        send(jobs[current]!);
      };
      child.on('message', (m) => {
        out[current] = (m as { games: GameSummary[] }).games;
        feed();
      });
      child.once('error', reject);
      child.once('exit', (code) =>
        code === 0 ? resolve() : reject(new Error(`simulation worker exited with ${code}`)),
      );
      if (scenarios.length > 0) send({ register: scenarios });
      feed();
    });
  await Promise.all(Array.from({ length: Math.min(workers, jobs.length) }, worker));
  return out;
}

export interface CheckRun {
  readonly games: number;
  readonly series: number;
  readonly seed: string;
  readonly claims: readonly Claim[];
  readonly seconds: number;
}

/** Every claim of the model check on one scenario (built in, or registered here and sent to the workers). */
export async function runModelCheck(opts: {
  readonly games: number;
  readonly seed: string;
  readonly workers: number;
  readonly scenario?: string;
  readonly scenarios?: readonly unknown[];
}): Promise<CheckRun> {
  const setupData = opts.scenario ? { scenario: opts.scenario } : undefined;
  const series = checkSeries(opts.games, opts.seed, setupData);
  const t0 = performance.now();
  const played = await runPool(
    series.map((x) => x.opts),
    opts.workers,
    opts.scenarios,
  );
  const results = Object.fromEntries(series.map((x, i) => [x.name, played[i]!]));
  return {
    games: opts.games,
    series: series.length,
    seed: opts.seed,
    claims: evaluate(results, setupData),
    seconds: (performance.now() - t0) / 1000,
  };
}

if (process.argv[1] === self && process.argv.includes('--child')) {
  process.on('message', (m: ToChild) => {
    if (m === 'done') process.exit(0);
    else if ('register' in m) for (const raw of m.register) registerScenario(raw);
    else process.send!(runGames(m));
  });
}

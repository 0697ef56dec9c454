// The what-if worker thread: replays a table to the start of a round, applies the change and plays the
// re-runs (game/sim/whatif.ts), posting each finished re-run; it stops by itself at its time limit.
import { parentPort, workerData } from 'node:worker_threads';
import { driverStateOf, movesOfLog, rerun, stateAtRound, WhatIfError } from '../../game/sim/whatif.ts';
import type { WorkerInput, WorkerMessage } from './protocol.ts';

const input = workerData as WorkerInput;
const post = (m: WorkerMessage) => parentPort!.postMessage(m);
const deadline = performance.now() + input.timeLimitMs;

try {
  const start = stateAtRound(driverStateOf(input.initial), movesOfLog(input.log), input.round, input.final);
  post({ type: 'replayed' });
  const done = rerun(start, input.change, {
    runs: input.runs,
    seed: input.seed,
    deadline,
    onRun: (run) => post({ type: 'run', run }),
  });
  post({ type: 'finished', complete: done.length === input.runs });
} catch (e) {
  post(
    e instanceof WhatIfError
      ? { type: 'failed', code: e.code, message: e.message }
      : { type: 'failed', code: 'rerun_failed', message: (e as Error).message },
  );
}

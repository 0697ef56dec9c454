// What-if jobs: each runs in its own worker thread (worker.ts, TypeScript through tsx's loader), one at a
// time per class and a few at once on the server, bounded in re-runs and wall-clock time. The console
// polls a job's progress; a job past its time limit is stopped and reports the re-runs it finished.
import { randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import {
  MAX_RUNS,
  type RunRecord,
  summariseRuns,
  type WhatIfActual,
  type WhatIfChange,
  type WhatIfJobStatus,
  type WhatIfJobView,
} from '../../game/sim/whatif.ts';
import type { GameState, RoleId } from '../../game/types.ts';
import { HttpFail } from '../facilitator/controller.ts';
import type { WorkerInput, WorkerMessage } from './protocol.ts';

export interface WhatIfLimits {
  /** Most re-runs per job. */
  readonly maxRuns: number;
  /** Wall-clock limit per job (ms), replay included. */
  readonly timeLimitMs: number;
  /** Jobs running at once on this server (one per class besides). */
  readonly maxRunning: number;
}

export const DEFAULT_WHATIF_LIMITS: WhatIfLimits = { maxRuns: MAX_RUNS, timeLimitMs: 30_000, maxRunning: 2 };

/** How long past its limit a worker that has not stopped by itself is given before it is terminated. */
const GRACE_MS = 2_000;
/** Finished jobs kept per class (the console shows them again after a reload). */
const KEEP_PER_CLASS = 10;

export interface JobRequest {
  readonly code: string;
  readonly table: number;
  readonly round: number;
  readonly change: WhatIfChange;
  readonly seed: string;
  readonly runs: number;
  /** Shorter than the server's limit, if asked. */
  readonly timeLimitMs?: number;
  readonly initial: WorkerInput['initial'];
  readonly log: readonly unknown[];
  readonly final: GameState;
}

interface Job {
  readonly req: Omit<JobRequest, 'initial' | 'log' | 'final'>;
  readonly id: string;
  readonly roles: readonly RoleId[];
  readonly actual: WhatIfActual;
  readonly startedAt: number;
  readonly timeLimitMs: number;
  records: RunRecord[];
  status: WhatIfJobStatus;
  replayed: boolean;
  endedAt: number | null;
  error: { code: string; message: string } | null;
  worker: Worker | null;
  killTimer: NodeJS.Timeout | null;
}

/** An ES module the worker evaluates first: it registers tsx's loader, then imports worker.ts. */
function bootstrap(): string {
  const tsxDir = path.dirname(createRequire(import.meta.url).resolve('tsx/package.json'));
  const api = pathToFileURL(path.join(tsxDir, 'dist/esm/api/index.mjs')).href;
  const entry = pathToFileURL(path.join(path.dirname(fileURLToPath(import.meta.url)), 'worker.ts')).href;
  return `import(${JSON.stringify(api)}).then((m) => { m.register(); return import(${JSON.stringify(entry)}); });`;
}

export function actualOf(G: GameState): WhatIfActual {
  const roles = Object.values(G.roles);
  return {
    grade: G.result?.grade ?? null,
    winners: G.result ? G.result.scores.filter((s) => s.won).map((s) => s.role) : [],
    tension: G.tracks.tension,
    rounds: G.round,
    pledges: Object.fromEntries(
      roles
        .filter((r) => r.kind === 'guarantor')
        .map((r) => [r.role, { honoured: r.honoured, broken: r.broken }]),
    ),
    spoilerTypes: Object.fromEntries(
      roles.filter((r) => r.kind === 'spoiler').map((r) => [r.role, G.secret[r.role]?.spoilerType ?? null]),
    ),
  };
}

export class WhatIfJobs {
  private readonly jobs = new Map<string, Job[]>();
  private stopped = false;
  readonly limits: WhatIfLimits;

  constructor(limits: Partial<WhatIfLimits> = {}) {
    this.limits = { ...DEFAULT_WHATIF_LIMITS, ...limits };
  }

  private running(): Job[] {
    return [...this.jobs.values()].flat().filter((j) => j.status === 'running');
  }

  /** Starts a job; 409 if the class already runs one or the server runs as many as it may. */
  start(req: JobRequest): WhatIfJobView {
    if (this.stopped) throw new HttpFail(503, 'shutting_down', 'The server is shutting down.');
    const mine = this.jobs.get(req.code) ?? [];
    if (mine.some((j) => j.status === 'running'))
      throw new HttpFail(409, 'whatif_running', 'A what-if re-run is already running for this class.');
    if (this.running().length >= this.limits.maxRunning)
      throw new HttpFail(
        409,
        'whatif_busy',
        'The server is running as many what-if re-runs as it may; try again in a minute.',
      );
    const { initial, log, final, timeLimitMs: asked, ...rest } = req;
    const timeLimitMs = Math.min(asked ?? this.limits.timeLimitMs, this.limits.timeLimitMs);
    const job: Job = {
      req: rest,
      id: randomBytes(6).toString('hex'),
      roles: final.seats,
      actual: actualOf(final),
      startedAt: Date.now(),
      timeLimitMs,
      records: [],
      status: 'running',
      replayed: false,
      endedAt: null,
      error: null,
      worker: null,
      killTimer: null,
    };
    const input: WorkerInput = {
      initial,
      log,
      final,
      round: req.round,
      change: req.change,
      runs: req.runs,
      seed: req.seed,
      timeLimitMs,
    };
    const worker = new Worker(bootstrap(), { eval: true, workerData: input });
    job.worker = worker;
    worker.on('message', (m: WorkerMessage) => this.onMessage(job, m));
    worker.on('error', (e) => this.end(job, 'failed', { code: 'rerun_failed', message: e.message }));
    worker.on('exit', () => {
      if (job.status === 'running')
        this.end(job, 'failed', { code: 'rerun_failed', message: 'The re-run stopped unexpectedly.' });
    });
    job.killTimer = setTimeout(() => this.end(job, 'stopped', null), timeLimitMs + GRACE_MS);
    mine.unshift(job);
    this.jobs.set(req.code, mine.slice(0, KEEP_PER_CLASS));
    return this.view(job);
  }

  private onMessage(job: Job, m: WorkerMessage): void {
    if (job.status !== 'running') return;
    switch (m.type) {
      case 'replayed':
        job.replayed = true;
        return;
      case 'run':
        job.records.push(m.run);
        return;
      case 'finished':
        this.end(job, m.complete ? 'done' : 'stopped', null);
        return;
      case 'failed':
        this.end(job, 'failed', { code: m.code, message: m.message });
        return;
    }
  }

  private end(job: Job, status: WhatIfJobStatus, error: Job['error']): void {
    if (job.status !== 'running') return;
    job.status = status;
    job.error =
      error ??
      (status === 'stopped'
        ? {
            code: 'time_limit',
            message: `Stopped at the time limit (${job.timeLimitMs / 1000} s) after ${job.records.length} of ${job.req.runs} re-runs.`,
          }
        : null);
    job.endedAt = Date.now();
    if (job.killTimer) clearTimeout(job.killTimer);
    job.killTimer = null;
    const w = job.worker;
    job.worker = null;
    if (w) void w.terminate();
  }

  view(job: Job): WhatIfJobView {
    return {
      id: job.id,
      table: job.req.table,
      round: job.req.round,
      change: job.req.change,
      seed: job.req.seed,
      runs: job.req.runs,
      done: job.records.length,
      status: job.status,
      replayed: job.replayed,
      startedAt: job.startedAt,
      elapsedMs: (job.endedAt ?? Date.now()) - job.startedAt,
      timeLimitMs: job.timeLimitMs,
      error: job.error,
      summary: summariseRuns(job.roles, job.records),
      actual: job.actual,
      roles: job.roles,
    };
  }

  get(code: string, id: string): WhatIfJobView | undefined {
    const job = this.jobs.get(code)?.find((j) => j.id === id);
    return job ? this.view(job) : undefined;
  }

  /** The class's jobs, newest first. */
  list(code: string): WhatIfJobView[] {
    return (this.jobs.get(code) ?? []).map((j) => this.view(j));
  }

  /** Forgets a class's jobs (its data was deleted), stopping a running one. */
  forget(code: string): void {
    for (const j of this.jobs.get(code) ?? [])
      this.end(j, 'failed', { code: 'deleted', message: 'The class was deleted.' });
    this.jobs.delete(code);
  }

  /** Stops every worker (server shutdown). */
  async stop(): Promise<void> {
    this.stopped = true;
    const workers = this.running().map((j) => j.worker);
    for (const j of this.running())
      this.end(j, 'failed', { code: 'shutting_down', message: 'The server stopped.' });
    await Promise.all(workers.map((w) => w?.terminate()));
  }
}

// Real Postgres and Redis for tests, started by the tests themselves on loopback in temp directories
// (Debian's postgresql and redis-server packages; .ci/run installs them) and stopped afterwards. No
// system service is used. A test file that needs them calls postgresAvailable() / redisAvailable() and
// skips with the reason when the binaries are missing.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Redis } from 'ioredis';
import pg from 'pg';
import { freePort } from './processes.ts';

const PG_BIN = [
  '/usr/lib/postgresql/17/bin',
  '/usr/lib/postgresql/16/bin',
  '/usr/lib/postgresql/15/bin',
].find((dir) => fs.existsSync(path.join(dir, 'postgres')));
const REDIS_BIN = ['/usr/bin/redis-server', '/usr/local/bin/redis-server'].find((f) => fs.existsSync(f));

export const postgresMissing = PG_BIN
  ? null
  : 'Postgres tests skipped: no /usr/lib/postgresql/*/bin/postgres (apt-get install -y postgresql; .ci/run does).';
export const redisMissing = REDIS_BIN
  ? null
  : 'Redis tests skipped: no redis-server (apt-get install -y redis-server; .ci/run does).';

export interface Service {
  readonly url: string;
  /** The server's process id (Postgres: the postmaster, parent of every backend). */
  readonly pid?: number | undefined;
  stop(): Promise<void>;
}

async function until(what: string, ok: () => Promise<boolean>, proc: ChildProcess, log: () => string) {
  const start = Date.now();
  for (;;) {
    if (await ok().catch(() => false)) return;
    if (proc.exitCode !== null) throw new Error(`${what} exited ${proc.exitCode}: ${log()}`);
    if (Date.now() - start > 30_000) throw new Error(`${what} did not start: ${log()}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

function stopper(proc: ChildProcess, signal: NodeJS.Signals, dir: string) {
  return async () => {
    if (proc.exitCode === null && proc.signalCode === null) {
      const gone = new Promise((r) => proc.once('exit', r));
      proc.kill(signal);
      await Promise.race([gone, new Promise((r) => setTimeout(r, 10_000))]);
      if (proc.exitCode === null && proc.signalCode === null) proc.kill('SIGKILL');
    }
    fs.rmSync(dir, { recursive: true, force: true });
  };
}

/**
 * A fresh Postgres cluster (initdb) on a free loopback port, with the server's default durability
 * (fsync, synchronous_commit on). Run as the `postgres` user when the tests run as root (Postgres
 * refuses root). Resolves with a URL of its `postgres` database.
 */
export async function startPostgres(): Promise<Service> {
  if (!PG_BIN) throw new Error(postgresMissing!);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ceasefire-pg-'));
  const data = path.join(dir, 'data');
  const asRoot = process.getuid?.() === 0;
  const ids = asRoot ? userIds('postgres') : undefined;
  if (ids) fs.chownSync(dir, ids.uid, ids.gid);
  const opts = ids ? { uid: ids.uid, gid: ids.gid } : {};
  execFileSync(
    path.join(PG_BIN, 'initdb'),
    ['-D', data, '-U', 'postgres', '--auth=trust', '--no-sync', '-E', 'UTF8', '--locale=C'],
    { ...opts, stdio: 'pipe' },
  );
  const port = await freePort();
  const proc = spawn(
    path.join(PG_BIN, 'postgres'),
    [
      '-D',
      data,
      '-p',
      String(port),
      '-k',
      dir,
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'max_connections=200',
    ],
    { ...opts, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let out = '';
  proc.stdout?.on('data', (d: Buffer) => {
    out += d.toString();
  });
  proc.stderr?.on('data', (d: Buffer) => {
    out += d.toString();
  });
  const url = `postgres://postgres@127.0.0.1:${port}/postgres`;
  await until(
    'postgres',
    async () => {
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      await c.end();
      return true;
    },
    proc,
    () => out,
  );
  // Fast shutdown (SIGINT): the tests are done with it.
  return { url, pid: proc.pid, stop: stopper(proc, 'SIGINT', dir) };
}

let databases = 0;

/** A new empty database on that cluster, for one test's servers. */
export async function newDatabase(service: Service): Promise<string> {
  const name = `ceasefire_${process.pid}_${++databases}`;
  const c = new pg.Client({ connectionString: service.url });
  await c.connect();
  await c.query(`CREATE DATABASE ${name}`);
  await c.end();
  return service.url.replace(/\/postgres$/, `/${name}`);
}

/** A redis-server on a free loopback port, nothing persisted. */
export async function startRedis(): Promise<Service> {
  if (!REDIS_BIN) throw new Error(redisMissing!);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ceasefire-redis-'));
  const port = await freePort();
  const proc = spawn(
    REDIS_BIN,
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let out = '';
  proc.stdout?.on('data', (d: Buffer) => {
    out += d.toString();
  });
  const url = `redis://127.0.0.1:${port}`;
  await until(
    'redis-server',
    async () => {
      const r = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
      r.on('error', () => undefined);
      try {
        await r.connect();
        return (await r.ping()) === 'PONG';
      } finally {
        r.disconnect();
      }
    },
    proc,
    () => out,
  );
  return { url, stop: stopper(proc, 'SIGTERM', dir) };
}

function userIds(name: string): { uid: number; gid: number } {
  const uid = Number(execFileSync('id', ['-u', name]).toString().trim());
  const gid = Number(execFileSync('id', ['-g', name]).toString().trim());
  return { uid, gid };
}

let sharedPostgres: Promise<Service> | undefined;
let sharedRedis: Promise<Service> | undefined;

/** One Postgres for this test file (started on first use; stopServices() stops it). */
export function postgres(): Promise<Service> {
  sharedPostgres ??= startPostgres();
  return sharedPostgres;
}

/** One Redis for this test file. */
export function redis(): Promise<Service> {
  sharedRedis ??= startRedis();
  return sharedRedis;
}

/** Stops what this file started (call in afterAll). */
export async function stopServices(): Promise<void> {
  const started = [sharedPostgres, sharedRedis];
  sharedPostgres = undefined;
  sharedRedis = undefined;
  for (const s of started) if (s) await (await s.catch(() => undefined))?.stop();
}

export type StoreKind = 'sqlite' | 'postgres';
/** Both stores; the Postgres runs report the reason and skip when its binaries are missing. */
export const STORE_KINDS: readonly StoreKind[] = ['sqlite', 'postgres'];

/** Why a run on this store cannot happen here (null: it can). */
export const storeMissing = (kind: StoreKind): string | null =>
  kind === 'postgres' ? postgresMissing : null;

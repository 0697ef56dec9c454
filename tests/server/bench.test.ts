// npm run bench's command line and a tiny run of it on Postgres (--store postgres, issue 11's check):
// the bench starts its own Postgres, plays real Ceasefire matches through a real server child on it,
// reports the same figures as on SQLite, and every acknowledged move is in the database.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { BenchArgsError, parseArgs } from '../../server/bench/args.ts';
import { type ClientMove, type ServerMove, splitRoundTrips } from '../../server/bench/split.ts';
import { postgresMissing } from '../helpers/services.ts';

const run = promisify(execFile);

describe('bench arguments', () => {
  it('defaults to SQLite with full sync at 100 and 500 matches', () => {
    const o = parseArgs([]);
    expect(o.store).toBe('sqlite');
    expect(o.sync).toBe('full');
    expect(o.scales).toEqual([100, 500]);
  });

  it('takes --store postgres and small sizes', () => {
    const o = parseArgs(['--store', 'postgres', '--matches', '20', '--seconds', '3', '--json']);
    expect(o).toMatchObject({ store: 'postgres', scales: [20], seconds: 3, json: true });
  });

  it('refuses an unknown store, sync mode or size with a reason instead of guessing', () => {
    expect(() => parseArgs(['--store', 'mysql'])).toThrow(/--store must be one of sqlite, postgres/);
    expect(() => parseArgs(['--sync', 'off'])).toThrow(/--sync must be one of normal, full/);
    expect(() => parseArgs(['--matches', '0'])).toThrow(BenchArgsError);
    expect(() => parseArgs(['--matches', 'ten'])).toThrow(/--matches/);
    expect(() => parseArgs(['--store'])).toThrow(/--store needs a value/);
    expect(() => parseArgs(['--seconds', '-1'])).toThrow(/--seconds must be a number/);
  });

  it('exits with status 2 and the reason on a bad argument', async () => {
    const err = await run(process.execPath, ['--import', 'tsx', 'server/bench/cli.ts', '--store', 'mysql'], {
      timeout: 30_000,
    }).catch((e: { code: number; stderr: string }) => e);
    expect(err).toMatchObject({ code: 2 });
    expect((err as { stderr: string }).stderr).toMatch(/--store must be one of sqlite, postgres/);
  });
});

describe('where a round trip goes (split.ts)', () => {
  // 100 moves of match m, seat 0, on states 0..99: sent at 1000*i, handler at +0.5, commit at +1.0,
  // committed at +1.5 (+8.5 for the slowest, state 99), heard 0.5 ms after the commit.
  const client: ClientMove[] = [];
  const server: ServerMove[] = [];
  for (let i = 0; i < 100; i++) {
    const t = 1000 * i;
    const commit = i === 99 ? 8.5 : 1.5;
    client.push(['m', '0', i, t, t + commit + 0.5]);
    server.push(['m', '0', i, t + 0.5, t + 1.0, t + commit]);
  }

  it('joins each client move to the server marks of the same match, seat and state, and splits it', () => {
    // A move of another seat on the same state, and a refused move the server never marked.
    const s = splitRoundTrips(
      [...client, ['m', '1', 5, 5000, 5003], ['m', '0', 500, 0, 9]],
      [...server, ['m', '1', 5, 5000.2, 5000.4, 5002]],
      [],
    );
    expect(s.joined).toBe(101);
    expect(s.parts.up).toEqual({ p50: 0.5, p99: 0.5 });
    expect(s.parts.rules).toEqual({ p50: 0.5, p99: 0.5 });
    expect(s.parts.commit.p50).toBe(0.5);
    expect(s.parts.down.p50).toBe(0.5);
  });

  it('says the slowest 1% waited on its commit, and whether a GC pause was inside its round trip', () => {
    const s = splitRoundTrips(client, server, [
      [99_000 + 2, 3], // inside the slowest move's round trip (99,000 .. 99,009)
      [50_000 + 100, 2], // between moves
      [-10_000, 1], // before the paced window: not counted
    ]);
    expect(s.slowest).toMatchObject({ n: 1, total: 9, up: 0.5, rules: 0.5, commit: 7.5, down: 0.5 });
    expect(s.slowestDuringGc).toBe(1);
    expect(s.gc).toEqual({ n: 2, p50: 2, max: 3, totalMs: 5 });
  });
});

describe.skipIf(postgresMissing !== null)('npm run bench -- --store postgres', () => {
  it('plays real matches on a Postgres it starts and stops, with the same figures as on SQLite', async () => {
    const { stdout } = await run(
      process.execPath,
      [
        '--import',
        'tsx',
        'server/bench/cli.ts',
        '--json',
        '--store',
        'postgres',
        '--matches',
        '2',
        '--seconds',
        '2',
        '--burst-seconds',
        '1',
        '--warmup-round',
        '1',
      ],
      { timeout: 90_000, maxBuffer: 10 * 2 ** 20 },
    );
    const report = JSON.parse(stdout) as {
      runs: { result: Record<string, unknown> & { moves: { acknowledged: number; stored: number } } }[];
    };
    const r = report.runs[0]!.result;
    expect(r).toMatchObject({ store: 'postgres', sqliteSynchronous: null, matches: 2, sockets: 10 });
    for (const key of ['echoFloorMs', 'pacedMovesMs', 'burst', 'serverCpuMsPerMove', 'bytesPerUpdate'])
      expect(r).toHaveProperty(key);
    expect(r.moves.acknowledged).toBeGreaterThan(0);
    // The database's own CPU is counted too (its processes, read from /proc; 10 ms ticks, so it may be 0).
    expect(r.databaseCpuMsPerMove).toBeTypeOf('number');
    // Counted in the Postgres log after the server child stopped: nothing acknowledged is missing.
    expect(r.moves.stored).toBe(r.moves.acknowledged);
  }, 120_000);
});

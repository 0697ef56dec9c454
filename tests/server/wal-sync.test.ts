// A move's commit with synchronous=FULL waits for the WAL's fsync off the event loop (server/walSync.ts):
// it resolves only after a sync that started after its write; commits waiting together share a sync;
// a failed sync fails the commits that waited on it; the real store uses it and stays readable.
import fs from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { SqliteStore } from '../../server/store.ts';
import { WalSync } from '../../server/walSync.ts';
import { engineMatch } from '../helpers/engine.ts';
import { tempDir } from '../helpers/server.ts';

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
});

/** A stand-in for fdatasync that the test ends by hand. */
function manualSync() {
  const pending: (() => void)[] = [];
  const fails: ((e: Error) => void)[] = [];
  const sync = () =>
    new Promise<void>((resolve, reject) => {
      pending.push(resolve);
      fails.push(reject);
    });
  return {
    sync,
    started: () => pending.length,
    finish: (i: number) => pending[i]!(),
    fail: (i: number, e: Error) => fails[i]!(e),
  };
}

const settled = async <T>(p: Promise<T>) => {
  let done = false;
  void p.then(
    () => {
      done = true;
    },
    () => {
      done = true;
    },
  );
  for (let i = 0; i < 5; i++) await Promise.resolve();
  return done;
};

describe('the WAL sync of move commits', () => {
  it('resolves a commit only after a sync that started after it; commits waiting together share one', async () => {
    const m = manualSync();
    const w = new WalSync(m.sync, 1);
    const a = w.durable();
    expect(m.started()).toBe(1);
    // Written while the only sync runs: not covered by it.
    const b = w.durable();
    const c = w.durable();
    expect(m.started()).toBe(1);
    m.finish(0);
    await a;
    expect(await settled(b)).toBe(false);
    expect(m.started()).toBe(2); // the next sync starts at once, for both
    m.finish(1);
    await Promise.all([b, c]);
    expect(w.counts).toEqual({ syncs: 2, waits: 3 });
    await w.idle();
  });

  it('with two at once, a commit does not wait for a sync that started before it to end', async () => {
    const m = manualSync();
    const w = new WalSync(m.sync, 2);
    const a = w.durable();
    const b = w.durable();
    expect(m.started()).toBe(2);
    // The second sync ends first: the second commit is durable, the first still waits for its own.
    m.finish(1);
    await b;
    expect(await settled(a)).toBe(false);
    // Two running, a third commit waits for the next free one, and only a sync started after it counts.
    const c = w.durable();
    const d = w.durable();
    expect(m.started()).toBe(3);
    const e = w.durable();
    expect(m.started()).toBe(3);
    m.finish(0);
    await a;
    expect(m.started()).toBe(4);
    expect(await settled(c)).toBe(false);
    m.finish(2);
    await c;
    expect(await settled(d)).toBe(false);
    expect(await settled(e)).toBe(false);
    m.finish(3);
    await Promise.all([d, e]);
    const idle = w.idle();
    expect(await settled(idle)).toBe(true);
  });

  it('fails the commits that waited on a failed sync, and syncs again for the next', async () => {
    const m = manualSync();
    const w = new WalSync(m.sync);
    const a = w.durable();
    m.fail(0, new Error('EIO'));
    await expect(a).rejects.toThrow('EIO');
    const b = w.durable();
    await Promise.resolve();
    m.finish(1);
    await b;
  });

  it('the store syncs the WAL after move commits (FULL), and what it committed is read back by another connection', async () => {
    const dir = tempDir();
    dirs.push(dir);
    const store = new SqliteStore(dir, { lock: false });
    expect(store.walSync).toBeDefined();
    const match = await engineMatch(store, 'wal1', 'wal-seed');
    await match.connect(['0', '1', '2', '3', '4']);
    let moves = 0;
    for (; moves < 40; moves++) if ((await match.step()) === null) break;
    expect(moves).toBeGreaterThan(20);
    // Every move waited for a sync; with nothing else running each had one of its own.
    expect(store.walSync!.counts.waits).toBe(moves);
    expect(store.walSync!.counts.syncs).toBe(moves);
    // Other writes (metadata, a new match) still sync inside SQLite: the connection is back to FULL.
    expect(store.db.pragma('synchronous', { simple: true })).toBe(2);
    const committed = await match.state();
    await store.close();
    const reader = new SqliteStore(dir, { lock: false, checkpointInWorker: false });
    expect(JSON.stringify(reader.fetchSync('wal1', { state: true }).state)).toBe(JSON.stringify(committed));
    await reader.close();
    // synchronous=normal: nothing to wait for.
    const normal = new SqliteStore(tempDir(), { lock: false, synchronous: 'normal' });
    expect(normal.walSync).toBeUndefined();
    await normal.close();
  });
});

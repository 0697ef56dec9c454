// The WAL under writes that never pause (server/walCheckpoint.ts): SQLite starts the WAL over only when
// a write begins after a checkpoint copied every frame, so under steady writes the worker's checkpoints
// alone let it grow with every write. Past `restartFrames` the store's own thread finishes the
// checkpoint and the WAL starts over; after a burst, the file is cut back to its size limit.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SqliteStore } from '../../server/store.ts';
import { tempDir } from '../helpers/server.ts';

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
});

const MB = 1024 * 1024;

/** 4,000 writes of 8 KB (two pages each), one per turn of the event loop, as a busy server's moves. */
async function steadyWrites(restartFrames: number) {
  const dir = tempDir();
  dirs.push(dir);
  const store = new SqliteStore(dir, {
    lock: false,
    checkpoints: { intervalMs: 20, restartFrames, sizeLimitBytes: MB },
  });
  store.db.exec('CREATE TABLE junk (id INTEGER PRIMARY KEY, b BLOB)');
  const put = store.db.prepare('INSERT OR REPLACE INTO junk (id, b) VALUES (?, ?)');
  const wal = path.join(dir, 'ceasefire.sqlite-wal');
  let largest = 0;
  for (let i = 0; i < 4000; i++) {
    put.run(i % 50, Buffer.alloc(8000, i % 251));
    await new Promise((r) => setImmediate(r));
    largest = Math.max(largest, fs.statSync(wal).size);
  }
  return { store, dir, wal, largest };
}

describe('the WAL under steady writes', () => {
  it('grows with every write when only the worker checkpoints (the control)', async () => {
    const { store, largest } = await steadyWrites(1e9);
    expect(store.checkpointer!.finishes).toBe(0);
    expect(largest).toBeGreaterThan(24 * MB);
    await store.close();
  });

  it('starts over once past restartFrames, so it stays small; the data is all there', async () => {
    const { store, dir, largest } = await steadyWrites(300);
    expect(store.checkpointer!.finishes).toBeGreaterThan(0);
    expect(largest).toBeLessThan(8 * MB);
    const rows = store.db.prepare('SELECT id, b FROM junk ORDER BY id').all() as { id: number; b: Buffer }[];
    expect(rows).toHaveLength(50);
    // Row i % 50 was last written by write 3950 + i.
    for (const r of rows) expect(r.b[0]).toBe((3950 + r.id) % 251);
    await store.close();
    const again = new SqliteStore(dir, { lock: false, checkpointInWorker: false });
    expect(again.db.prepare('SELECT count(*) FROM junk').pluck().get()).toBe(50);
    await again.close();
  });

  it('after a burst, the WAL file is cut back to its size limit when it starts over', async () => {
    const { store, wal, largest } = await steadyWrites(1e9);
    expect(largest).toBeGreaterThan(24 * MB);
    // A pause: the worker's next checkpoint copies every frame, and the next write starts the WAL over.
    await new Promise((r) => setTimeout(r, 200));
    store.db.prepare('INSERT OR REPLACE INTO junk (id, b) VALUES (?, ?)').run(1, Buffer.alloc(10));
    expect(fs.statSync(wal).size).toBeLessThanOrEqual(MB);
    await store.close();
  });
});

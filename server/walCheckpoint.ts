// WAL checkpoints off the event loop, and a WAL that does not grow without bound under steady writes.
//
// A checkpoint copies the WAL's pages into the database file and fsyncs it; done on the event loop it
// would stall every match now and then, so a worker thread with its own connection does them (PASSIVE,
// every 500 ms). But SQLite starts writing the WAL from its beginning again only when a write begins
// after a checkpoint has copied every frame, and under steady writes new frames always arrive while a
// checkpoint runs: the WAL then only grows (326 MB after the bench's 500-match warm-up, measured), and
// every read and checkpoint walks more of it. So when the WAL holds more than `restartFrames` frames,
// the worker makes a second pass (the frames written during the first, a few) and tells the store's
// thread, which copies the last few itself, between two of its own transactions: its next write then
// starts the WAL over. `journal_size_limit` (set by the store) then cuts a file that grew back to size.
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

const WORKER = `
const { workerData, parentPort } = require('node:worker_threads');
const Database = require(workerData.module);
const db = new Database(workerData.file);
db.pragma('busy_timeout = 5000');
setInterval(() => {
  try {
    let r = db.pragma('wal_checkpoint(PASSIVE)')[0];
    if (r.log >= workerData.restartFrames) {
      r = db.pragma('wal_checkpoint(PASSIVE)')[0];
      parentPort.postMessage(r);
    }
  } catch (err) { /* busy: try again next time */ }
}, workerData.intervalMs);
`;

export interface CheckpointerOptions {
  /** How often the worker checkpoints (default 500 ms). */
  readonly intervalMs?: number;
  /**
   * WAL frames past which the writer finishes a checkpoint so that the WAL starts over (default 32768,
   * 134 MB). Only steady writes without a pause reach it (a burst of hundreds of matches playing
   * flat out); the writer's part costs its thread an fsync of the database file, so it is kept rare.
   */
  readonly restartFrames?: number;
  /** The WAL file's size once it starts over after a burst (SQLite's journal_size_limit; 64 MB). */
  readonly sizeLimitBytes?: number;
}

/** One frame of the WAL at the default page size: a 24-byte header and a 4 KB page. */
export const WAL_FRAME_BYTES = 24 + 4096;

export class WalCheckpointer {
  /** Times the writer finished a checkpoint so that the WAL would start over (for tests, the bench). */
  finishes = 0;
  private worker: Worker | undefined;

  /**
   * `finish` runs a PASSIVE checkpoint on the writer's own connection (the store's thread, between
   * its transactions); the writer's next transaction then starts the WAL from its beginning.
   */
  constructor(dbFile: string, finish: () => void, opts: CheckpointerOptions = {}) {
    const module = createRequire(import.meta.url).resolve('better-sqlite3');
    const worker = new Worker(WORKER, {
      eval: true,
      workerData: {
        file: dbFile,
        module,
        intervalMs: opts.intervalMs ?? 500,
        restartFrames: opts.restartFrames ?? 32768,
      },
    });
    worker.unref();
    worker.on('error', (err) => console.error('checkpoint worker:', err));
    worker.on('message', () => {
      if (!this.worker) return;
      this.finishes++;
      try {
        finish();
      } catch {
        // Busy or closing: the worker asks again after its next pass.
      }
    });
    this.worker = worker;
  }

  async terminate(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    await worker?.terminate();
  }
}

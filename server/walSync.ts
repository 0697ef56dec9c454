// Durable move commits without holding the event loop (SQLite, synchronous=FULL). With FULL, SQLite
// fsyncs the WAL inside every commit, on the one thread that also runs every other match: a slow
// fsync (3-4 ms at p99 on the machine measured, docs/performance.md) held them all. Instead a move's
// transaction runs with synchronous=NORMAL (its frames are written to the WAL, not synced), and the
// store then waits for an fdatasync of the WAL file on libuv's thread pool before the commit
// resolves; the engine tells no client of the move before that. The frames of every transaction
// written before the sync started are on disk when it returns, so what is acknowledged is as
// durable as with FULL. A commit starts a sync of its own while fewer than two run; past that,
// commits wait together for the next one (group commit), which starts as soon as one ends.
import fs from 'node:fs';

interface Waiter {
  resolve(): void;
  reject(err: unknown): void;
}

export class WalSync {
  /** Syncs run and commits that waited for one (for the bench and the tests). */
  readonly counts = { syncs: 0, waits: 0 };
  private running = 0;
  private waiting: Waiter[] = [];
  private drained: (() => void)[] = [];

  /**
   * `sync` makes everything written so far durable (fdatasync of the WAL file; a test's stand-in).
   * Up to `parallel` syncs run at once (libuv's pool has four threads): a commit starts its own when
   * one is free, so it does not wait for a sync that started before it to end first; otherwise it
   * waits with the others for the next one.
   */
  constructor(
    private readonly sync: () => Promise<void>,
    private readonly parallel = 2,
  ) {}

  /** Opens the WAL file next to `dbFile` (it exists once the database is open in WAL mode). */
  static forDatabase(dbFile: string): WalSync & { close(): Promise<void> } {
    const fd = fs.openSync(`${dbFile}-wal`, 'r');
    let closed = false;
    const walSync = new WalSync(
      () =>
        new Promise<void>((resolve, reject) => fs.fdatasync(fd, (err) => (err ? reject(err) : resolve()))),
    );
    return Object.assign(walSync, {
      async close() {
        if (closed) return;
        closed = true;
        await walSync.idle();
        fs.closeSync(fd);
      },
    });
  }

  /** Resolves once everything written before this call is on disk. */
  durable(): Promise<void> {
    this.counts.waits++;
    return new Promise<void>((resolve, reject) => {
      this.waiting.push({ resolve, reject });
      if (this.running < this.parallel) this.start();
    });
  }

  /** Resolves when no sync runs or waits. */
  idle(): Promise<void> {
    if (this.running === 0 && this.waiting.length === 0) return Promise.resolve();
    return new Promise((resolve) => this.drained.push(resolve));
  }

  /** A sync for every commit waiting now (each was written before it starts). */
  private start(): void {
    const batch = this.waiting;
    this.waiting = [];
    this.counts.syncs++;
    this.running++;
    this.sync().then(
      () => this.done(batch, null),
      (err: unknown) => this.done(batch, err ?? new Error('sync failed')),
    );
  }

  private done(batch: readonly Waiter[], err: unknown): void {
    this.running--;
    for (const w of batch) {
      if (err === null) w.resolve();
      else w.reject(err);
    }
    if (this.waiting.length > 0) this.start();
    else if (this.running === 0) for (const d of this.drained.splice(0)) d();
  }
}

// One server per SQLite DATA_DIR: an exclusive lock held for the life of the process. The lock is
// SQLite's own (an open EXCLUSIVE transaction on DATA_DIR/ceasefire.lock, an OS file lock), so the
// operating system drops it when the process dies, even by SIGKILL: no stale lock files to clean up.
// A second server on the same directory refuses to start with DataDirLockedError.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';

export class DataDirLockedError extends Error {
  readonly code = 'data_dir_locked';
}

export interface DataDirLock {
  release(): void;
}

interface Holder {
  readonly pid: number;
  readonly startedAt: string;
}

export function lockDataDir(dataDir: string): DataDirLock {
  fs.mkdirSync(dataDir, { recursive: true });
  const lockFile = path.join(dataDir, 'ceasefire.lock');
  const infoFile = path.join(dataDir, 'ceasefire.lock.json');
  const db = new Database(lockFile);
  try {
    db.pragma('busy_timeout = 0');
    db.pragma('journal_mode = DELETE');
    db.pragma('locking_mode = EXCLUSIVE');
    db.exec('CREATE TABLE IF NOT EXISTS holder (pid INTEGER)');
    db.exec('BEGIN EXCLUSIVE');
    // Taking the lock needs a write inside the transaction in some SQLite builds: make one.
    db.prepare('INSERT INTO holder (pid) VALUES (?)').run(process.pid);
  } catch (err) {
    db.close();
    const code = (err as { code?: string }).code ?? '';
    if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
      let holder = '';
      try {
        const h = JSON.parse(fs.readFileSync(infoFile, 'utf8')) as Holder;
        holder = ` (pid ${h.pid}, started ${h.startedAt})`;
      } catch {}
      throw new DataDirLockedError(
        `Another Ceasefire server${holder} is using ${dataDir}. Stop it first, or give this server ` +
          'its own DATA_DIR. (Several servers on one store are not supported yet; see docs/deploy.md.)',
      );
    }
    throw err;
  }
  const holder: Holder = { pid: process.pid, startedAt: new Date().toISOString() };
  fs.writeFileSync(infoFile, JSON.stringify(holder));
  let released = false;
  return {
    release() {
      if (released) return;
      released = true;
      try {
        db.exec('ROLLBACK');
      } catch {}
      db.close();
      try {
        const h = JSON.parse(fs.readFileSync(infoFile, 'utf8')) as Holder;
        if (h.pid === process.pid) fs.rmSync(infoFile, { force: true });
      } catch {}
    },
  };
}

// SQLite storage (the embedded default, one file under DATA_DIR, WAL mode) behind the Store
// interface (storage.ts): matches, log, metadata, join codes and host tokens, chat, class sessions.
//
// Durability: every commit is one transaction; the engine only tells clients about a move after its
// commit has returned. synchronous=FULL by default: other writes sync inside SQLite, a move's commit
// returns once an fdatasync of the WAL that started after its write has ended (walSync.ts, on the
// thread pool, so the event loop goes on with other matches meanwhile). In that millisecond or so a
// read outside the match's queue (an HTTP status or debrief) may see the move before it is on disk;
// nobody is told of it as done before then.
//
// Compare-and-set: a state write names the stateID it replaces and a metadata write the version it
// read; if the row holds anything else (another writer got there first) the write is refused with
// StaleWriteError and nothing of it is stored. One server per DATA_DIR (dataLock.ts) on top of that.
// The log is append-only in its own table, and the state is stored in parts (stateParts.ts, sqliteParts.ts): a move
// rewrites the small head row (ctx, stateID) and only the parts of G it changed, appending to arrays
// that grew, so its cost does not grow with the length of the game.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { LogEntry, Server, State } from 'boardgame.io';
import { type DataDirLock, lockDataDir } from './dataLock.ts';
import { SqliteSessionStore } from './facilitator/sessionStore.ts';
import { SqliteStateParts, STATE_PARTS_SCHEMA } from './sqliteParts.ts';
import { assembleState, headJson, partable, planPartsWrite } from './stateParts.ts';
import {
  type Commit,
  type FetchOpts,
  type FetchResult,
  isGameover,
  type ListOpts,
  type MatchAccess,
  METADATA_VERSION,
  type NewAccess,
  StaleWriteError,
  type Store,
  type StoredChat,
  type Versioned,
} from './storage.ts';
import { type CheckpointerOptions, WalCheckpointer } from './walCheckpoint.ts';
import { WalSync } from './walSync.ts';

export type { MatchAccess, StoredChat, TableKind } from './storage.ts';
export { METADATA_VERSION, StaleWriteError } from './storage.ts';

export interface StoreOptions {
  /** 'full' (default) also survives an OS crash or power loss; 'normal' survives a killed process only. */
  readonly synchronous?: 'normal' | 'full';
  /** How many parsed match states to keep in memory (default 500; a Ceasefire state is ~100 KB). */
  readonly cacheSize?: number;
  /** Run WAL checkpoints in a worker thread (default true); false leaves SQLite's automatic ones. */
  readonly checkpointInWorker?: boolean;
  /** The worker's checkpoints: how often, and past what size the WAL starts over (walCheckpoint.ts). */
  readonly checkpoints?: CheckpointerOptions;
  /**
   * With synchronous=full, a move's commit waits for the WAL's fsync on the thread pool instead of
   * inside SQLite on the event loop (default true; walSync.ts). False syncs inside every commit.
   */
  readonly walSyncOffLoop?: boolean;
  /** Hold DATA_DIR's exclusive lock (default true): a second server on it refuses to start. */
  readonly lock?: boolean;
}

const SCHEMA = `
CREATE TABLE IF NOT EXISTS matches (
  match_id TEXT PRIMARY KEY,
  game_name TEXT NOT NULL,
  state TEXT NOT NULL,
  initial_state TEXT NOT NULL,
  metadata TEXT NOT NULL,
  state_id INTEGER NOT NULL DEFAULT 0,
  parted INTEGER NOT NULL DEFAULT 0,
  meta_version INTEGER NOT NULL DEFAULT 0,
  gameover INTEGER NOT NULL DEFAULT 0,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS matches_game ON matches (game_name, updated_at);
-- A match's initial state, apart from its row: SQLite rewrites a whole row on every UPDATE, and
-- the matches row changes with every move (stateID, metadata).
CREATE TABLE IF NOT EXISTS initial_states (
  match_id TEXT PRIMARY KEY,
  state TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS log (
  match_id TEXT NOT NULL,
  seq INTEGER NOT NULL,
  entry TEXT NOT NULL,
  PRIMARY KEY (match_id, seq)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS access (
  match_id TEXT PRIMARY KEY,
  code TEXT NOT NULL UNIQUE,
  facilitator_token TEXT NOT NULL,
  kind TEXT NOT NULL DEFAULT 'table',
  creator TEXT
);
CREATE TABLE IF NOT EXISTS chat (
  match_id TEXT NOT NULL,
  seq INTEGER NOT NULL,
  id TEXT NOT NULL,
  sender TEXT NOT NULL,
  recipient TEXT,
  text TEXT NOT NULL,
  at INTEGER NOT NULL,
  PRIMARY KEY (match_id, seq),
  UNIQUE (match_id, id)
) WITHOUT ROWID;
`;

export class SqliteStore implements Store {
  readonly kind = 'sqlite' as const;
  readonly db: Database.Database;
  readonly sessions: SqliteSessionStore;
  private readonly q;

  constructor(dataDir: string, opts: StoreOptions = {}) {
    fs.mkdirSync(dataDir, { recursive: true });
    if (opts.lock !== false) this.lock = lockDataDir(dataDir);
    this.db = new Database(path.join(dataDir, 'ceasefire.sqlite'));
    this.db.pragma('journal_mode = WAL');
    this.db.pragma(`synchronous = ${opts.synchronous === 'normal' ? 'NORMAL' : 'FULL'}`);
    this.db.pragma('foreign_keys = ON');
    this.db.pragma('busy_timeout = 5000');
    this.db.exec(SCHEMA);
    migrate(this.db);
    this.db.exec(STATE_PARTS_SCHEMA);
    this.parts = new SqliteStateParts(this.db);
    this.sessions = new SqliteSessionStore(this.db);
    // synchronous=FULL: a move's commit waits for the WAL's fsync off the event loop (walSync.ts).
    if (opts.synchronous !== 'normal' && opts.walSyncOffLoop !== false) {
      try {
        this.walSync = WalSync.forDatabase(path.join(dataDir, 'ceasefire.sqlite'));
      } catch {
        // No WAL file to sync on its own: commits keep syncing inside SQLite.
      }
    }
    if (opts.checkpointInWorker !== false) {
      // Checkpoints copy the WAL into the database file and fsync it: done here they would stall
      // the event loop now and then. A worker thread with its own connection does them instead.
      this.db.pragma('wal_autocheckpoint = 0');
      // A WAL that grew in a burst is cut back to this when it starts over (walCheckpoint.ts).
      this.db.pragma(
        `journal_size_limit = ${Math.floor(opts.checkpoints?.sizeLimitBytes ?? 64 * 1024 * 1024)}`,
      );
      this.checkpointer = new WalCheckpointer(
        path.join(dataDir, 'ceasefire.sqlite'),
        () => {
          if (this.db.open) this.db.pragma('wal_checkpoint(PASSIVE)');
        },
        opts.checkpoints,
      );
    }
    const db = this.db;
    this.q = {
      insertMatch: db.prepare(
        `INSERT INTO matches (match_id, game_name, state, initial_state, metadata, state_id, parted, gameover, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
      setState: db.prepare(
        'UPDATE matches SET state = ?, state_id = ?, parted = ? WHERE match_id = ? AND state_id = ?',
      ),
      setMetadata: db.prepare(
        `UPDATE matches SET metadata = ?, gameover = ?, updated_at = ?, meta_version = meta_version + 1
         WHERE match_id = ? AND meta_version = ?`,
      ),
      metaVersion: db.prepare('SELECT meta_version FROM matches WHERE match_id = ?').pluck(),
      getState: db.prepare('SELECT state, parted FROM matches WHERE match_id = ?'),
      // Matches created before initial_states kept it in their row.
      getInitial: db
        .prepare(
          `SELECT coalesce(i.state, m.initial_state) FROM matches m
           LEFT JOIN initial_states i ON i.match_id = m.match_id WHERE m.match_id = ?`,
        )
        .pluck(),
      insertInitial: db.prepare('INSERT INTO initial_states (match_id, state) VALUES (?, ?)'),
      wipeInitial: db.prepare('DELETE FROM initial_states WHERE match_id = ?'),
      getMetadata: db.prepare('SELECT metadata, meta_version AS version FROM matches WHERE match_id = ?'),
      lastSeq: db.prepare('SELECT MAX(seq) FROM log WHERE match_id = ?').pluck(),
      appendLog: db.prepare('INSERT INTO log (match_id, seq, entry) VALUES (?, ?, ?)'),
      getLog: db.prepare('SELECT entry FROM log WHERE match_id = ? ORDER BY seq').pluck(),
      exists: db.prepare('SELECT 1 FROM matches WHERE match_id = ?').pluck(),
      wipeMatch: db.prepare('DELETE FROM matches WHERE match_id = ?'),
      wipeLog: db.prepare('DELETE FROM log WHERE match_id = ?'),
      wipeChat: db.prepare('DELETE FROM chat WHERE match_id = ?'),
      wipeAccess: db.prepare('DELETE FROM access WHERE match_id = ?'),
      insertAccess: db.prepare(
        'INSERT INTO access (match_id, code, facilitator_token, kind, creator) VALUES (?, ?, ?, ?, ?)',
      ),
      accessByCode: db.prepare(
        'SELECT match_id AS matchID, code, facilitator_token AS hostToken, kind FROM access WHERE code = ?',
      ),
      accessByMatch: db.prepare(
        'SELECT match_id AS matchID, code, facilitator_token AS hostToken, kind FROM access WHERE match_id = ?',
      ),
      codeTaken: db.prepare('SELECT 1 FROM access WHERE code = ?').pluck(),
      liveBy: db
        .prepare(
          `SELECT COUNT(*) FROM access a JOIN matches m ON m.match_id = a.match_id
           WHERE a.creator = ? AND m.gameover = 0 AND m.updated_at > ?`,
        )
        .pluck(),
      chatLastSeq: db.prepare('SELECT MAX(seq) FROM chat WHERE match_id = ?').pluck(),
      chatHasId: db.prepare('SELECT 1 FROM chat WHERE match_id = ? AND id = ?').pluck(),
      chatInsert: db.prepare(
        'INSERT INTO chat (match_id, seq, id, sender, recipient, text, at) VALUES (?, ?, ?, ?, ?, ?, ?)',
      ),
      chatList: db.prepare(
        'SELECT seq, id, sender, recipient AS "to", text, at FROM chat WHERE match_id = ? ORDER BY seq',
      ),
      activeMatches: db.prepare('SELECT match_id FROM matches WHERE gameover = 0').pluck(),
      count: db.prepare('SELECT COUNT(*) FROM matches').pluck(),
    };
    this.commitTx = db.transaction((matchID: string, writes: Commit, base: State | undefined): boolean => {
      if (writes.state) {
        const state = writes.state;
        const expected = writes.expected ?? state._stateID - 1;
        const inParts = partable(state);
        const head = inParts ? headJson(state) : JSON.stringify(state);
        const changed = this.q.setState.run(head, state._stateID, inParts ? 1 : 0, matchID, expected).changes;
        if (changed === 0) {
          // An unknown match is dropped (never created); a known one was changed by another writer.
          if (this.q.exists.get(matchID) === undefined) return false;
          throw new StaleWriteError(matchID, `expected state ${expected}`);
        }
        // The stored state is the one this process knows only if it has the stateID just replaced.
        const known = base !== undefined && base._stateID === expected && this.partedStates.has(base);
        this.parts.write(matchID, planPartsWrite(state, known ? base : undefined));
        if (writes.log && writes.log.length > 0) {
          let seq = (this.q.lastSeq.get(matchID) as number | null) ?? -1;
          for (const entry of writes.log) this.q.appendLog.run(matchID, ++seq, JSON.stringify(entry));
        }
      }
      if (writes.metadata) return this.writeMetadata(matchID, writes.metadata);
      return true;
    });
    this.cacheSize = opts.cacheSize ?? 500;
  }

  private readonly commitTx: (matchID: string, writes: Commit, base: State | undefined) => boolean;
  private readonly parts: SqliteStateParts;
  /** Parsed current states of recently used matches (states are never mutated in place). */
  private readonly stateCache = new Map<string, State>();
  /** States known to be exactly what is stored in parts (written or read by this process). */
  private readonly partedStates = new WeakSet<State>();
  private readonly cacheSize: number;
  /** The worker thread's checkpoints (undefined: SQLite's own, on this thread). */
  readonly checkpointer: WalCheckpointer | undefined;
  /** Syncs the WAL for move commits, off the event loop (undefined: synchronous=normal, or none). */
  readonly walSync: (WalSync & { close(): Promise<void> }) | undefined;
  private lock: DataDirLock | undefined;

  async commit(matchID: string, writes: Commit): Promise<void> {
    const walSync = this.walSync;
    if (!walSync || !writes.state) {
      this.commitSync(matchID, writes);
      return;
    }
    // A move: written to the WAL without a sync inside SQLite, then synced (with the others waiting).
    this.db.exec('PRAGMA synchronous = NORMAL');
    try {
      this.commitSync(matchID, writes);
    } finally {
      this.db.exec('PRAGMA synchronous = FULL');
    }
    await walSync.durable();
  }

  /** commit(), synchronously (SQLite's own API; the interface's async one wraps it). */
  commitSync(matchID: string, writes: Commit): void {
    if (!writes.state && !writes.metadata) return;
    const base = writes.state ? this.stateCache.get(matchID) : undefined;
    if (writes.state) this.stateCache.delete(matchID);
    const version = (writes.metadata as Versioned | undefined)?.[METADATA_VERSION];
    try {
      this.commitTx(matchID, writes, base);
    } catch (err) {
      // A transaction rolled back: the metadata's version is the one it was read with.
      if (writes.metadata && version !== undefined)
        (writes.metadata as Versioned)[METADATA_VERSION] = version;
      throw err;
    }
    if (writes.state) {
      if (partable(writes.state)) this.partedStates.add(writes.state);
      this.remember(matchID, writes.state);
    }
  }

  async setMetadata(matchID: string, metadata: Server.MatchData): Promise<void> {
    this.commitSync(matchID, { metadata });
  }

  /** Drops what this store remembers of a match (its cached state), so the next read is fresh. */
  forget(matchID: string): void {
    this.stateCache.delete(matchID);
  }

  private remember(matchID: string, state: State): void {
    this.stateCache.delete(matchID);
    this.stateCache.set(matchID, state);
    if (this.stateCache.size > this.cacheSize) {
      const oldest = this.stateCache.keys().next().value;
      if (oldest !== undefined) this.stateCache.delete(oldest);
    }
  }

  private readState(matchID: string): State | undefined {
    const cached = this.stateCache.get(matchID);
    if (cached) return cached;
    const row = this.q.getState.get(matchID) as { state: string; parted: number } | undefined;
    if (!row) return undefined;
    const state = assembleState(row.state, row.parted ? this.parts.read(matchID) : undefined);
    if (row.parted) this.partedStates.add(state);
    this.remember(matchID, state);
    return state;
  }

  async createMatch(
    matchID: string,
    match: { initialState: State; metadata: Server.MatchData },
    access: NewAccess,
  ): Promise<void> {
    const { initialState, metadata } = match;
    const inParts = partable(initialState);
    this.db.transaction(() => {
      this.q.insertMatch.run(
        matchID,
        metadata.gameName,
        inParts ? headJson(initialState) : JSON.stringify(initialState),
        '',
        JSON.stringify(metadata),
        initialState._stateID,
        inParts ? 1 : 0,
        isGameover(metadata) ? 1 : 0,
        metadata.createdAt,
        metadata.updatedAt,
      );
      this.q.insertInitial.run(matchID, JSON.stringify(initialState));
      if (inParts) this.parts.write(matchID, planPartsWrite(initialState, undefined));
      this.q.insertAccess.run(matchID, access.code, access.hostToken, access.kind, access.creator ?? null);
    })();
  }

  /**
   * Metadata read from this store carries its version: the write succeeds only if that is still the
   * stored version. Metadata made up from nothing (no version) is written over whatever is there.
   */
  private writeMetadata(matchID: string, metadata: Server.MatchData): boolean {
    const v = metadata as Server.MatchData & Versioned;
    const expected = v[METADATA_VERSION] ?? (this.q.metaVersion.get(matchID) as number | undefined);
    if (expected === undefined) return false; // an unknown match
    const changed = this.q.setMetadata.run(
      JSON.stringify(metadata),
      isGameover(metadata) ? 1 : 0,
      metadata.updatedAt ?? Date.now(),
      matchID,
      expected,
    ).changes;
    if (changed === 0) throw new StaleWriteError(matchID, `expected metadata version ${expected}`);
    v[METADATA_VERSION] = expected + 1;
    return true;
  }

  private readMetadata(matchID: string): Server.MatchData | undefined {
    const row = this.q.getMetadata.get(matchID) as { metadata: string; version: number } | undefined;
    if (!row) return undefined;
    const metadata = JSON.parse(row.metadata) as Server.MatchData & Versioned;
    metadata[METADATA_VERSION] = row.version;
    return metadata;
  }

  async fetch(matchID: string, opts: FetchOpts): Promise<FetchResult> {
    return this.fetchSync(matchID, opts);
  }

  /** fetch(), synchronously. */
  fetchSync(matchID: string, opts: FetchOpts): FetchResult {
    const result: FetchResult = {};
    if (opts.state) result.state = this.readState(matchID);
    if (opts.metadata) result.metadata = this.readMetadata(matchID);
    if (opts.initialState) result.initialState = parse(this.q.getInitial.get(matchID));
    if (opts.log) {
      result.log = this.q.exists.get(matchID)
        ? (this.q.getLog.all(matchID) as string[]).map((s) => JSON.parse(s) as LogEntry)
        : undefined;
    }
    return result;
  }

  async has(matchID: string): Promise<boolean> {
    return this.q.exists.get(matchID) !== undefined;
  }

  async wipe(matchID: string): Promise<void> {
    this.stateCache.delete(matchID);
    this.db.transaction(() => {
      this.q.wipeLog.run(matchID);
      this.q.wipeChat.run(matchID);
      this.q.wipeAccess.run(matchID);
      this.q.wipeMatch.run(matchID);
      this.q.wipeInitial.run(matchID);
      this.parts.clear(matchID);
    })();
  }

  async listMatches(opts: ListOpts = {}): Promise<string[]> {
    const clauses: string[] = [];
    const params: (string | number)[] = [];
    if (opts.gameName !== undefined) {
      clauses.push('game_name = ?');
      params.push(opts.gameName);
    }
    const where = opts.where ?? {};
    if (where.isGameover !== undefined) {
      clauses.push('gameover = ?');
      params.push(where.isGameover ? 1 : 0);
    }
    if (where.updatedBefore !== undefined) {
      clauses.push('updated_at < ?');
      params.push(where.updatedBefore);
    }
    if (where.updatedAfter !== undefined) {
      clauses.push('updated_at > ?');
      params.push(where.updatedAfter);
    }
    const sql = `SELECT match_id FROM matches ${clauses.length ? `WHERE ${clauses.join(' AND ')}` : ''} ORDER BY created_at`;
    return this.db
      .prepare(sql)
      .pluck()
      .all(...params) as string[];
  }

  async activeMatchIDs(): Promise<string[]> {
    return this.q.activeMatches.all() as string[];
  }

  async countMatches(): Promise<number> {
    return this.q.count.get() as number;
  }

  // --- join codes and host tokens ---

  async codeTaken(code: string): Promise<boolean> {
    return this.q.codeTaken.get(code) !== undefined;
  }

  async liveMatchesBy(creator: string, since: number): Promise<number> {
    return this.q.liveBy.get(creator, since) as number;
  }

  async accessByCode(code: string): Promise<MatchAccess | undefined> {
    return this.q.accessByCode.get(code) as MatchAccess | undefined;
  }

  async accessByMatch(matchID: string): Promise<MatchAccess | undefined> {
    return this.q.accessByMatch.get(matchID) as MatchAccess | undefined;
  }

  // --- chat ---

  async addChat(matchID: string, msg: Omit<StoredChat, 'seq'>): Promise<StoredChat | null> {
    return this.db.transaction(() => {
      if (this.q.chatHasId.get(matchID, msg.id) !== undefined) return null;
      const seq = ((this.q.chatLastSeq.get(matchID) as number | null) ?? -1) + 1;
      this.q.chatInsert.run(matchID, seq, msg.id, msg.sender, msg.to, msg.text, msg.at);
      return { ...msg, seq };
    })();
  }

  async chatCount(matchID: string): Promise<number> {
    return ((this.q.chatLastSeq.get(matchID) as number | null) ?? -1) + 1;
  }

  async listChat(matchID: string): Promise<StoredChat[]> {
    return this.q.chatList.all(matchID) as StoredChat[];
  }

  async close(): Promise<void> {
    await this.checkpointer?.terminate();
    if (this.db.open) {
      try {
        this.db.pragma('wal_checkpoint(TRUNCATE)');
      } catch {}
      this.db.close();
    }
    this.lock?.release();
    this.lock = undefined;
    // Last: a sync still running finishes (the commits waiting on it resolve) before its file closes.
    await this.walSync?.close();
  }
}

/** Columns added after the first release, for data directories made before them. */
function migrate(db: Database.Database): void {
  const cols = db.prepare('PRAGMA table_info(access)').all() as { name: string }[];
  if (!cols.some((c) => c.name === 'kind')) {
    db.exec("ALTER TABLE access ADD COLUMN kind TEXT NOT NULL DEFAULT 'table'");
  }
  if (!cols.some((c) => c.name === 'creator')) db.exec('ALTER TABLE access ADD COLUMN creator TEXT');
  db.exec('CREATE INDEX IF NOT EXISTS access_creator ON access (creator)');
  const matchCols = db.prepare('PRAGMA table_info(matches)').all() as { name: string }[];
  if (!matchCols.some((c) => c.name === 'state_id')) {
    db.exec(`ALTER TABLE matches ADD COLUMN state_id INTEGER NOT NULL DEFAULT 0;
      ALTER TABLE matches ADD COLUMN meta_version INTEGER NOT NULL DEFAULT 0;
      UPDATE matches SET state_id = json_extract(state, '$._stateID');`);
  }
  // Rows stored before states were kept in parts hold the whole state (parted = 0) until their next write.
  if (!matchCols.some((c) => c.name === 'parted')) {
    db.exec('ALTER TABLE matches ADD COLUMN parted INTEGER NOT NULL DEFAULT 0');
  }
}

function parse<T>(value: unknown): T | undefined {
  return typeof value === 'string' ? (JSON.parse(value) as T) : undefined;
}

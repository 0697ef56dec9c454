// SQLite storage for boardgame.io matches (the Sync storage interface the Master calls), plus the
// server's own tables: join codes and facilitator tokens, chat. One file under DATA_DIR, WAL mode.
//
// Durability: every write is its own transaction, committed before the call returns; the transport
// only tells clients about a move after the Master's setState has returned.
//
// Compare-and-set: a state write names the stateID it replaces and a metadata write the version it
// read; if the row holds anything else (another writer got there first) the write is refused with
// StaleWriteError and nothing of it is stored. One server per DATA_DIR (dataLock.ts) on top of that. The log is append-only
// in its own table, so a move costs one state row rewrite plus its few log rows, whatever the length
// of the game.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import Database from 'better-sqlite3';
import type { LogEntry, Server, State } from 'boardgame.io';
import { Sync } from 'boardgame.io/internal';
import { type DataDirLock, lockDataDir } from './dataLock.ts';

/** A write refused because the stored row changed since it was read (another writer won). */
export class StaleWriteError extends Error {
  readonly code = 'stale_write';
  constructor(
    readonly matchID: string,
    what: string,
  ) {
    super(`Match ${matchID} changed under this server (${what}); the write was refused.`);
  }
}

/**
 * The stored version of a metadata object, carried on the object itself (a symbol: copied by spread,
 * which the Master uses to derive new metadata, and never serialised).
 */
export const METADATA_VERSION: unique symbol = Symbol('metadataVersion');
type Versioned = { [METADATA_VERSION]?: number };

type FetchOpts = { state?: boolean; log?: boolean; metadata?: boolean; initialState?: boolean };
type FetchResult = {
  state?: State | undefined;
  log?: LogEntry[] | undefined;
  metadata?: Server.MatchData | undefined;
  initialState?: State | undefined;
};
type ListOpts = {
  gameName?: string;
  where?: { isGameover?: boolean; updatedBefore?: number; updatedAfter?: number };
};

export interface StoredChat {
  readonly seq: number;
  readonly id: string;
  readonly sender: string;
  /** null for the table; a playerID for a private message. */
  readonly to: string | null;
  readonly text: string;
  readonly at: number;
}

/** 'solo': one person against bots, who takes no new players; 'table': friends or a class table. */
export type TableKind = 'table' | 'solo';

/** Who may reach a match and manage its seats. Never sent to a client but the table's creator. */
export interface MatchAccess {
  readonly matchID: string;
  readonly code: string;
  /** The table host's credential (the creator's; the facilitator's for class tables). */
  readonly hostToken: string;
  readonly kind: TableKind;
}

export interface StoreOptions {
  /** 'full' (default) also survives an OS crash or power loss; 'normal' survives a killed process only. */
  readonly synchronous?: 'normal' | 'full';
  /** How many parsed match states to keep in memory (default 500; a Ceasefire state is ~100 KB). */
  readonly cacheSize?: number;
  /** Run WAL checkpoints in a worker thread (default true); false leaves SQLite's automatic ones. */
  readonly checkpointInWorker?: boolean;
  /** Hold DATA_DIR's exclusive lock (default true): a second server on it refuses to start. */
  readonly lock?: boolean;
}

const CHECKPOINTER = `
const { workerData } = require('node:worker_threads');
const Database = require(workerData.module);
const db = new Database(workerData.file);
db.pragma('busy_timeout = 5000');
setInterval(() => {
  try { db.pragma('wal_checkpoint(PASSIVE)'); } catch (err) { /* busy: try again next time */ }
}, workerData.intervalMs);
`;

function startCheckpointer(file: string): Worker {
  const module = createRequire(import.meta.url).resolve('better-sqlite3');
  const worker = new Worker(CHECKPOINTER, { eval: true, workerData: { file, module, intervalMs: 500 } });
  worker.unref();
  worker.on('error', (err) => console.error('checkpoint worker:', err));
  return worker;
}

interface Batch {
  /** The stateID the batch's state replaces. */
  expected: number | undefined;
  state?: State;
  log: LogEntry[];
  metadata?: Server.MatchData;
}

const SCHEMA = `
CREATE TABLE IF NOT EXISTS matches (
  match_id TEXT PRIMARY KEY,
  game_name TEXT NOT NULL,
  state TEXT NOT NULL,
  initial_state TEXT NOT NULL,
  metadata TEXT NOT NULL,
  state_id INTEGER NOT NULL DEFAULT 0,
  meta_version INTEGER NOT NULL DEFAULT 0,
  gameover INTEGER NOT NULL DEFAULT 0,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS matches_game ON matches (game_name, updated_at);
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

export class SqliteStore extends Sync {
  readonly db: Database.Database;
  private readonly q;

  constructor(dataDir: string, opts: StoreOptions = {}) {
    super();
    fs.mkdirSync(dataDir, { recursive: true });
    if (opts.lock !== false) this.lock = lockDataDir(dataDir);
    this.db = new Database(path.join(dataDir, 'ceasefire.sqlite'));
    this.db.pragma('journal_mode = WAL');
    this.db.pragma(`synchronous = ${opts.synchronous === 'normal' ? 'NORMAL' : 'FULL'}`);
    this.db.pragma('foreign_keys = ON');
    this.db.pragma('busy_timeout = 5000');
    this.db.exec(SCHEMA);
    migrate(this.db);
    if (opts.checkpointInWorker !== false) {
      // Checkpoints copy the WAL into the database file and fsync it: done here they would stall
      // the event loop now and then. A worker thread with its own connection does them instead.
      this.db.pragma('wal_autocheckpoint = 0');
      this.checkpointer = startCheckpointer(path.join(dataDir, 'ceasefire.sqlite'));
    }
    const db = this.db;
    this.q = {
      insertMatch: db.prepare(
        `INSERT INTO matches (match_id, game_name, state, initial_state, metadata, state_id, gameover, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
      setState: db.prepare('UPDATE matches SET state = ?, state_id = ? WHERE match_id = ? AND state_id = ?'),
      setMetadata: db.prepare(
        `UPDATE matches SET metadata = ?, gameover = ?, updated_at = ?, meta_version = meta_version + 1
         WHERE match_id = ? AND meta_version = ?`,
      ),
      metaVersion: db.prepare('SELECT meta_version FROM matches WHERE match_id = ?').pluck(),
      getState: db.prepare('SELECT state FROM matches WHERE match_id = ?').pluck(),
      getInitial: db.prepare('SELECT initial_state FROM matches WHERE match_id = ?').pluck(),
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
    this.setStateTx = db.transaction(
      (matchID: string, state: State, expected: number, deltalog?: LogEntry[]) => {
        const changed = this.q.setState.run(JSON.stringify(state), state._stateID, matchID, expected).changes;
        if (changed === 0) {
          // An unknown match is dropped (never created); a known one was changed by another writer.
          if (this.q.exists.get(matchID) === undefined) return;
          throw new StaleWriteError(matchID, `expected state ${expected}`);
        }
        if (!deltalog || deltalog.length === 0) return;
        let seq = (this.q.lastSeq.get(matchID) as number | null) ?? -1;
        for (const entry of deltalog) this.q.appendLog.run(matchID, ++seq, JSON.stringify(entry));
      },
    );
    this.commitTx = db.transaction((matchID: string, batch: Batch) => {
      if (batch.state) {
        const expected = batch.expected ?? batch.state._stateID - 1;
        this.setStateTx(matchID, batch.state, expected, batch.log);
      }
      if (batch.metadata) this.writeMetadata(matchID, batch.metadata);
    });
    this.cacheSize = opts.cacheSize ?? 500;
  }

  /**
   * Holds this match's setState / setMetadata calls in memory until commitBatch writes them in one
   * transaction (one commit per move instead of two) or discardBatch drops them (a refused move).
   */
  beginBatch(matchID: string, expectedStateID?: number): void {
    this.batches.set(matchID, { expected: expectedStateID, log: [] });
  }

  /** Throws StaleWriteError (and stores nothing) when the match changed since it was read. */
  commitBatch(matchID: string, transform?: (state: State) => State): void {
    const batch = this.batches.get(matchID);
    this.batches.delete(matchID);
    if (!batch || (!batch.state && !batch.metadata)) return;
    if (batch.state && transform) batch.state = transform(batch.state);
    try {
      this.commitTx(matchID, batch);
    } catch (err) {
      if (err instanceof StaleWriteError) this.forget(matchID);
      throw err;
    }
    if (batch.state) this.remember(matchID, batch.state);
  }

  /** Drops what this store remembers of a match (its cached state), so the next read is fresh. */
  forget(matchID: string): void {
    this.stateCache.delete(matchID);
  }

  discardBatch(matchID: string): void {
    this.batches.delete(matchID);
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
    const state = parse<State>(this.q.getState.get(matchID));
    if (state) this.remember(matchID, state);
    return state;
  }

  private readonly setStateTx: (
    matchID: string,
    state: State,
    expected: number,
    deltalog?: LogEntry[],
  ) => void;
  private readonly commitTx: (matchID: string, batch: Batch) => void;
  /** Writes held back during a move, committed together in one transaction (see beginBatch). */
  private readonly batches = new Map<string, Batch>();
  /** Parsed current states of recently used matches (states are never mutated in place). */
  private readonly stateCache = new Map<string, State>();
  private readonly cacheSize: number;
  private checkpointer: Worker | undefined;
  private lock: DataDirLock | undefined;

  override connect(): void {}

  override createMatch(matchID: string, opts: { initialState: State; metadata: Server.MatchData }): void {
    const { initialState, metadata } = opts;
    this.q.insertMatch.run(
      matchID,
      metadata.gameName,
      JSON.stringify(initialState),
      JSON.stringify(initialState),
      JSON.stringify(metadata),
      initialState._stateID,
      metadata.gameover === undefined || metadata.gameover === null ? 0 : 1,
      metadata.createdAt,
      metadata.updatedAt,
    );
  }

  /**
   * Updates an existing match only: a state for an unknown match is dropped, never created. Outside
   * a batch the state replaces stateID `state._stateID - 1`; setStateIf names it explicitly.
   */
  setState(matchID: string, state: State, deltalog?: LogEntry[]): void {
    const batch = this.batches.get(matchID);
    if (batch) {
      batch.state = state;
      if (deltalog) batch.log.push(...deltalog);
      return;
    }
    this.setStateIf(matchID, state, state._stateID - 1, deltalog);
  }

  /** Writes `state` only if the stored state is still `expected`; else throws StaleWriteError. */
  setStateIf(matchID: string, state: State, expected: number, deltalog?: LogEntry[]): void {
    this.stateCache.delete(matchID);
    this.setStateTx(matchID, state, expected, deltalog);
    this.remember(matchID, state);
  }

  setMetadata(matchID: string, metadata: Server.MatchData): void {
    const batch = this.batches.get(matchID);
    if (batch) {
      batch.metadata = metadata;
      return;
    }
    this.writeMetadata(matchID, metadata);
  }

  /**
   * Metadata read from this store carries its version: the write succeeds only if that is still the
   * stored version. Metadata made up from nothing (no version) is written over whatever is there.
   */
  private writeMetadata(matchID: string, metadata: Server.MatchData): void {
    const over = metadata.gameover === undefined || metadata.gameover === null ? 0 : 1;
    const v = metadata as Server.MatchData & Versioned;
    const expected = v[METADATA_VERSION] ?? (this.q.metaVersion.get(matchID) as number | undefined);
    if (expected === undefined) return; // an unknown match
    const changed = this.q.setMetadata.run(
      JSON.stringify(metadata),
      over,
      metadata.updatedAt ?? Date.now(),
      matchID,
      expected,
    ).changes;
    if (changed === 0) throw new StaleWriteError(matchID, `expected metadata version ${expected}`);
    v[METADATA_VERSION] = expected + 1;
  }

  private readMetadata(matchID: string): Server.MatchData | undefined {
    const row = this.q.getMetadata.get(matchID) as { metadata: string; version: number } | undefined;
    if (!row) return undefined;
    const metadata = JSON.parse(row.metadata) as Server.MatchData & Versioned;
    metadata[METADATA_VERSION] = row.version;
    return metadata;
  }

  // biome-ignore lint/suspicious/noExplicitAny: matches boardgame.io's generic fetch signature.
  fetch(matchID: string, opts: FetchOpts): any {
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

  has(matchID: string): boolean {
    return this.q.exists.get(matchID) !== undefined;
  }

  wipe(matchID: string): void {
    this.stateCache.delete(matchID);
    this.db.transaction(() => {
      this.q.wipeLog.run(matchID);
      this.q.wipeChat.run(matchID);
      this.q.wipeAccess.run(matchID);
      this.q.wipeMatch.run(matchID);
    })();
  }

  override listMatches(opts: ListOpts = {}): string[] {
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

  /** Matches not yet over (bots resume on them after a restart). */
  activeMatchIDs(): string[] {
    return this.q.activeMatches.all() as string[];
  }

  countMatches(): number {
    return this.q.count.get() as number;
  }

  // --- join codes and facilitator tokens ---

  codeTaken(code: string): boolean {
    return this.q.codeTaken.get(code) !== undefined;
  }

  /** Creates the match and its access row in one transaction. */
  createMatchWithAccess(
    matchID: string,
    opts: { initialState: State; metadata: Server.MatchData },
    access: { code: string; hostToken: string; kind: TableKind; creator?: string | undefined },
  ): void {
    this.db.transaction(() => {
      this.createMatch(matchID, opts);
      this.q.insertAccess.run(matchID, access.code, access.hostToken, access.kind, access.creator ?? null);
    })();
  }

  /** Matches created by `creator` (a hashed address) that are not over and changed since `since`. */
  liveMatchesBy(creator: string, since: number): number {
    return this.q.liveBy.get(creator, since) as number;
  }

  accessByCode(code: string): MatchAccess | undefined {
    return this.q.accessByCode.get(code) as MatchAccess | undefined;
  }

  accessByMatch(matchID: string): MatchAccess | undefined {
    return this.q.accessByMatch.get(matchID) as MatchAccess | undefined;
  }

  // --- chat ---

  /** Appends a message; returns null if a message with this id is already stored (a resend). */
  addChat(matchID: string, msg: Omit<StoredChat, 'seq'>): StoredChat | null {
    return this.db.transaction(() => {
      if (this.q.chatHasId.get(matchID, msg.id) !== undefined) return null;
      const seq = ((this.q.chatLastSeq.get(matchID) as number | null) ?? -1) + 1;
      this.q.chatInsert.run(matchID, seq, msg.id, msg.sender, msg.to, msg.text, msg.at);
      return { ...msg, seq };
    })();
  }

  chatCount(matchID: string): number {
    return ((this.q.chatLastSeq.get(matchID) as number | null) ?? -1) + 1;
  }

  listChat(matchID: string): StoredChat[] {
    return this.q.chatList.all(matchID) as StoredChat[];
  }

  close(): void {
    void this.checkpointer?.terminate();
    this.checkpointer = undefined;
    if (this.db.open) {
      try {
        this.db.pragma('wal_checkpoint(TRUNCATE)');
      } catch {}
      this.db.close();
    }
    this.lock?.release();
    this.lock = undefined;
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
}

function parse<T>(value: unknown): T | undefined {
  return typeof value === 'string' ? (JSON.parse(value) as T) : undefined;
}

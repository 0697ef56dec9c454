// Postgres storage behind the Store interface (storage.ts), for DATABASE_URL=postgres://...: the same
// tables as the SQLite store (matches, log, metadata, join codes and host tokens, chat, class sessions),
// through node-postgres. Postgres runs with its defaults: synchronous_commit=on, so a commit has reached
// the WAL on disk before the call returns, as with SQLite's synchronous=FULL.
//
// Compare-and-set: a move's state, log and metadata go in one statement (a data-modifying CTE, atomic
// like any statement) whose UPDATE names the stateID the new state replaces and the metadata version it
// read; if another writer got there first no row matches, nothing is written, and the call throws
// StaleWriteError. One round trip per move.
//
// The state is stored in parts, as in the SQLite store (stateParts.ts): the matches row keeps the
// state without G (the compare-and-set anchor), state_parts a row per top-level key of G, state_items
// the items of G's arrays in runs; a move rewrites the head and only the parts it changed, appending
// to arrays that grew. The part writes are more CTEs of the same statement, each joined to the
// compare-and-set's UPDATE: a refused write writes none of them. A read is one statement too (one
// snapshot): the head row and the parts in their order. Rows written whole by an older version
// (parted = false) are read as they are and converted at their next write.
//
// States are cached in memory only for matches this process applies moves to (`cacheIf`: every match
// for a lone server, the matches it holds the lease of in a cluster); others are read afresh each time.
import { createHash } from 'node:crypto';
import type { LogEntry, Server, State } from 'boardgame.io';
import pg from 'pg';
import {
  type Controls,
  DEFAULT_CONTROLS,
  nameKey,
  type RefusalRow,
  type SessionRow,
  type SessionSettings,
  type SessionStore,
  type SessionTable,
  type SetupDbRow,
  type SetupRow,
  type StoredScenario,
  type Student,
  toSetup,
} from './facilitator/sessionStore.ts';
import { assembleState, headJson, type PartsWrite, partable, planPartsWrite } from './stateParts.ts';
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

export interface PgStoreOptions {
  /** Keep parsed states of matches this process writes (default: all of them). */
  readonly cacheIf?: (matchID: string) => boolean;
  /** How many parsed states to keep (default 500). */
  readonly cacheSize?: number;
  /**
   * Hold a session-level advisory lock on the database (default false): a second server on it
   * refuses to start. For a lone server without REDIS_URL, like DATA_DIR's lock for SQLite.
   */
  readonly exclusive?: boolean;
  /** Connections in the pool (default 10). */
  readonly poolSize?: number;
}

/** Another server already holds the database (exclusive mode). */
export class DatabaseLockedError extends Error {
  constructor(url: string) {
    super(
      `Another Ceasefire server is using the database ${redact(url)}. Several servers on one database need REDIS_URL (so that one of them at a time applies each match's moves); stop the other server or set REDIS_URL on both.`,
    );
  }
}

const redact = (url: string): string => url.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@');

const SCHEMA = `
CREATE TABLE IF NOT EXISTS matches (
  match_id TEXT PRIMARY KEY,
  game_name TEXT NOT NULL,
  state TEXT NOT NULL,
  initial_state TEXT NOT NULL,
  metadata TEXT NOT NULL,
  state_id INTEGER NOT NULL DEFAULT 0,
  meta_version INTEGER NOT NULL DEFAULT 0,
  log_seq INTEGER NOT NULL DEFAULT 0,
  gameover BOOLEAN NOT NULL DEFAULT FALSE,
  created_at DOUBLE PRECISION NOT NULL,
  updated_at DOUBLE PRECISION NOT NULL
);
CREATE INDEX IF NOT EXISTS matches_game ON matches (game_name, updated_at);
CREATE INDEX IF NOT EXISTS matches_active ON matches (gameover);
CREATE TABLE IF NOT EXISTS log (
  match_id TEXT NOT NULL,
  seq INTEGER NOT NULL,
  entry TEXT NOT NULL,
  PRIMARY KEY (match_id, seq)
);
CREATE TABLE IF NOT EXISTS access (
  match_id TEXT PRIMARY KEY,
  code TEXT NOT NULL UNIQUE,
  host_token TEXT NOT NULL,
  kind TEXT NOT NULL DEFAULT 'table',
  creator TEXT
);
CREATE INDEX IF NOT EXISTS access_creator ON access (creator);
CREATE TABLE IF NOT EXISTS chat (
  match_id TEXT NOT NULL,
  seq INTEGER NOT NULL,
  id TEXT NOT NULL,
  sender TEXT NOT NULL,
  recipient TEXT,
  text TEXT NOT NULL,
  at DOUBLE PRECISION NOT NULL,
  PRIMARY KEY (match_id, seq),
  UNIQUE (match_id, id)
);
CREATE TABLE IF NOT EXISTS sessions (
  code TEXT PRIMARY KEY,
  token_hash TEXT NOT NULL,
  scenario TEXT NOT NULL,
  created_at DOUBLE PRECISION NOT NULL,
  tables_json TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS session_matches (
  match_id TEXT PRIMARY KEY,
  code TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS session_students (
  code TEXT NOT NULL,
  id TEXT NOT NULL,
  token_hash TEXT NOT NULL,
  name TEXT NOT NULL,
  table_idx INTEGER,
  player_id TEXT,
  credentials TEXT,
  benched BOOLEAN NOT NULL DEFAULT FALSE,
  joined_at DOUBLE PRECISION NOT NULL,
  PRIMARY KEY (code, id)
);
CREATE TABLE IF NOT EXISTS match_controls (
  match_id TEXT PRIMARY KEY,
  json TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS session_settings (
  code TEXT PRIMARY KEY,
  json TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS class_setups (
  id TEXT PRIMARY KEY,
  owner_hash TEXT NOT NULL,
  name TEXT NOT NULL,
  created_at DOUBLE PRECISION NOT NULL,
  json TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS class_setups_owner ON class_setups (owner_hash, created_at);
CREATE TABLE IF NOT EXISTS scenarios (
  id TEXT PRIMARY KEY,
  json TEXT NOT NULL,
  created_at DOUBLE PRECISION NOT NULL
);
CREATE TABLE IF NOT EXISTS auth_log (
  at DOUBLE PRECISION NOT NULL,
  code TEXT,
  route TEXT NOT NULL,
  ip TEXT,
  reason TEXT NOT NULL
);
-- The state in parts (stateParts.ts). Rows from before it hold the whole state (parted = false).
-- Looked up first: ALTER TABLE takes an exclusive lock on matches even when the column exists, and
-- a server starting beside live ones would stall their moves behind it.
DO $$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM information_schema.columns
                 WHERE table_schema = current_schema() AND table_name = 'matches' AND column_name = 'parted') THEN
    ALTER TABLE matches ADD COLUMN parted BOOLEAN NOT NULL DEFAULT FALSE;
  END IF;
END $$;
CREATE TABLE IF NOT EXISTS state_parts (
  match_id TEXT NOT NULL,
  part TEXT NOT NULL,
  ord INTEGER NOT NULL,
  is_array BOOLEAN NOT NULL,
  value TEXT,
  PRIMARY KEY (match_id, part)
);
CREATE TABLE IF NOT EXISTS state_items (
  match_id TEXT NOT NULL,
  part TEXT NOT NULL,
  seq INTEGER NOT NULL,
  value TEXT NOT NULL,
  PRIMARY KEY (match_id, part, seq)
);
`;

/**
 * The schema with each `CREATE INDEX IF NOT EXISTS` run only if the index is missing: even when it
 * exists, that statement first takes a SHARE lock on its table, which waits for every move in flight
 * and holds every later one behind it, so a server starting beside live ones would stall them.
 */
function withoutNeedlessLocks(schema: string): string {
  return schema.replace(
    /CREATE INDEX IF NOT EXISTS (\w+) ON ([^;]+);/g,
    (_all, name: string, rest: string) =>
      `DO $$ BEGIN IF to_regclass(format('%I.%I', current_schema(), '${name}')) IS NULL THEN CREATE INDEX ${name} ON ${rest}; END IF; END $$;`,
  );
}

/**
 * A state write's part rows (planPartsWrite) as CTEs to add to a statement whose CTE `anchor` returns
 * a row only if the matches row was written (the compare-and-set): nothing is written otherwise.
 * Parameters from $at on, in the order of partsParams(). The rows a CTE deletes and the rows the
 * others put are disjoint (sibling CTEs must not touch the same row): parts not among G's keys go and
 * G's keys are put; item rows go only if no row with their (part, seq) is put.
 */
const PARTS_CTES = (anchor: string, at: number) => {
  const $ = (i: number) => `$${at + i}`;
  return `
dp AS (
  DELETE FROM state_parts WHERE match_id = $1 AND ${$(0)}::boolean AND part <> ALL(${$(1)}::text[])
    AND EXISTS (SELECT 1 FROM ${anchor})
), pp AS (
  INSERT INTO state_parts (match_id, part, ord, is_array, value)
  SELECT $1, t.part, t.ord, t.is_array, t.value
  FROM ${anchor}, unnest(${$(2)}::text[], ${$(3)}::int[], ${$(4)}::boolean[], ${$(5)}::text[]) AS t(part, ord, is_array, value)
  ON CONFLICT (match_id, part) DO UPDATE SET ord = excluded.ord, is_array = excluded.is_array, value = excluded.value
), di AS (
  DELETE FROM state_items WHERE match_id = $1 AND (${$(0)}::boolean OR part = ANY(${$(6)}::text[]))
    AND (part, seq) NOT IN (SELECT * FROM unnest(${$(7)}::text[], ${$(8)}::int[]))
    AND EXISTS (SELECT 1 FROM ${anchor})
), pi AS (
  INSERT INTO state_items (match_id, part, seq, value)
  SELECT $1, t.part, t.seq, t.value
  FROM ${anchor}, unnest(${$(7)}::text[], ${$(8)}::int[], ${$(9)}::text[]) AS t(part, seq, value)
  ON CONFLICT (match_id, part, seq) DO UPDATE SET value = excluded.value
)`;
};
const PARTS_PARAMS = 10;

const partsParams = (w: PartsWrite): unknown[] => [
  w.full,
  w.keys,
  w.parts.map((p) => p.part),
  w.parts.map((p) => p.ord),
  w.parts.map((p) => p.isArray),
  w.parts.map((p) => p.value),
  w.cleared,
  w.items.map((i) => i.part),
  w.items.map((i) => i.seq),
  w.items.map((i) => i.value),
];

/**
 * A match's row (the columns asked for) and, when the state is asked for and stored in parts, one
 * row per part after it, in order, with its value's JSON (an array's items joined back): one
 * statement, so one snapshot.
 */
const READ_MATCH = (cols: readonly string[], withParts: boolean) => {
  const head = `SELECT ${cols.join(', ')}, NULL::text AS part, NULL::text AS json, -1 AS ord FROM matches WHERE match_id = $1`;
  if (!withParts) return head;
  return `${head}
UNION ALL
SELECT ${cols.map(() => 'NULL').join(', ')}, p.part,
  CASE WHEN p.is_array THEN '[' || coalesce((SELECT string_agg(i.value, ',' ORDER BY i.seq) FROM state_items i
    WHERE i.match_id = $1 AND i.part = p.part), '') || ']' ELSE p.value END,
  p.ord
FROM matches m JOIN state_parts p ON p.match_id = m.match_id WHERE m.match_id = $1 AND m.parted
ORDER BY ord`;
};

/**
 * The state write of a move: state head + parts + log (+ metadata), compare-and-set, in one statement.
 * $1 match, $2 expected stateID, $3 head (or whole state), $4 stateID, $5 log entries, $6 parted,
 * then the parts' parameters, then the metadata's.
 */
const COMMIT_STATE = (withMeta: boolean, metaChecked: boolean) => {
  const m = 7 + PARTS_PARAMS;
  return `
WITH up AS (
  UPDATE matches SET state = $3, state_id = $4, parted = $6, log_seq = log_seq + cardinality($5::text[])
    ${withMeta ? `, metadata = $${m}, gameover = $${m + 1}, updated_at = $${m + 2}, meta_version = meta_version + 1` : ''}
  WHERE match_id = $1 AND state_id = $2 ${metaChecked ? `AND meta_version = $${m + 3}` : ''}
  RETURNING log_seq, meta_version
), ins AS (
  INSERT INTO log (match_id, seq, entry)
  SELECT $1, up.log_seq - cardinality($5::text[]) + t.ord - 1, t.e
  FROM up, unnest($5::text[]) WITH ORDINALITY AS t(e, ord)
), ${PARTS_CTES('up', 7)}
SELECT meta_version FROM up`;
};

export class PostgresStore implements Store {
  readonly kind = 'postgres' as const;
  readonly sessions: PgSessionStore;
  readonly pool: pg.Pool;
  private readonly cache = new Map<string, State>();
  /** States known to be exactly what is stored in parts (written or read by this process). */
  private readonly partedStates = new WeakSet<State>();
  private readonly cacheIf: (matchID: string) => boolean;
  private readonly cacheSize: number;
  private lockClient: pg.Client | undefined;

  private constructor(
    private readonly url: string,
    opts: PgStoreOptions,
  ) {
    this.pool = new pg.Pool({ connectionString: url, max: opts.poolSize ?? 10 });
    // An idle connection the server dropped (a restart) is replaced on the next query.
    this.pool.on('error', (err) => console.error('postgres pool:', err.message));
    this.sessions = new PgSessionStore(this.pool);
    this.cacheIf = opts.cacheIf ?? (() => true);
    this.cacheSize = opts.cacheSize ?? 500;
  }

  /** Connects, creates the tables if needed and (exclusive) takes the database's lock. */
  static async open(url: string, opts: PgStoreOptions = {}): Promise<PostgresStore> {
    const store = new PostgresStore(url, opts);
    try {
      if (opts.exclusive) await store.takeLock();
      // Two servers starting at once must not race on CREATE TABLE IF NOT EXISTS.
      const client = await store.pool.connect();
      try {
        await client.query('SELECT pg_advisory_lock($1)', [lockKey('schema')]);
        await client.query(withoutNeedlessLocks(SCHEMA));
      } finally {
        await client.query('SELECT pg_advisory_unlock($1)', [lockKey('schema')]).catch(() => undefined);
        client.release();
      }
    } catch (err) {
      await store.close();
      throw err;
    }
    return store;
  }

  private async takeLock(): Promise<void> {
    const client = new pg.Client({ connectionString: this.url });
    await client.connect();
    client.on('error', (err) => console.error('postgres lock connection:', err.message));
    const { rows } = await client.query<{ ok: boolean }>('SELECT pg_try_advisory_lock($1) AS ok', [
      lockKey('server'),
    ]);
    if (!rows[0]?.ok) {
      await client.end();
      throw new DatabaseLockedError(this.url);
    }
    this.lockClient = client;
  }

  private remember(matchID: string, state: State): void {
    this.cache.delete(matchID);
    if (!this.cacheIf(matchID)) return;
    this.cache.set(matchID, state);
    if (this.cache.size > this.cacheSize) {
      const oldest = this.cache.keys().next().value;
      if (oldest !== undefined) this.cache.delete(oldest);
    }
  }

  forget(matchID: string): void {
    this.cache.delete(matchID);
  }

  async fetch(matchID: string, opts: FetchOpts): Promise<FetchResult> {
    if (!opts.log || !(opts.state || opts.metadata || opts.initialState))
      return this.read(this.pool, matchID, opts);
    // State and log together (a sync): from one snapshot, so the log is the state's own.
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
      const result = await this.read(client, matchID, opts, true);
      await client.query('COMMIT');
      return result;
    } catch (err) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw err;
    } finally {
      client.release();
    }
  }

  private async read(
    db: pg.Pool | pg.PoolClient,
    matchID: string,
    opts: FetchOpts,
    fresh = false,
  ): Promise<FetchResult> {
    const result: FetchResult = {};
    const cached = opts.state && !fresh && this.cacheIf(matchID) ? this.cache.get(matchID) : undefined;
    const cols: string[] = [];
    if (opts.state && !cached) cols.push('state', 'parted');
    if (opts.metadata) cols.push('metadata', 'meta_version');
    if (opts.initialState) cols.push('initial_state');
    if (cols.length > 0) {
      const { rows } = await db.query<{
        state?: string;
        parted?: boolean;
        metadata?: string;
        meta_version?: number;
        initial_state?: string;
        part: string | null;
        json: string | null;
      }>(READ_MATCH(cols, opts.state === true && !cached), [matchID]);
      const row = rows[0];
      if (row) {
        if (row.state !== undefined) {
          const parts = row.parted ? rows.slice(1) : undefined;
          result.state = assembleState(
            row.state,
            parts?.map((r) => ({ part: r.part as string, json: r.json as string })),
          );
          if (row.parted) this.partedStates.add(result.state);
          this.remember(matchID, result.state);
        }
        if (row.metadata !== undefined) {
          const metadata = JSON.parse(row.metadata) as Server.MatchData & Versioned;
          metadata[METADATA_VERSION] = row.meta_version ?? 0;
          result.metadata = metadata;
        }
        if (row.initial_state !== undefined) result.initialState = JSON.parse(row.initial_state) as State;
      }
    }
    if (cached) result.state = cached;
    if (opts.log) {
      const { rows } = await db.query<{ entry: string }>(
        'SELECT entry FROM log WHERE match_id = $1 ORDER BY seq',
        [matchID],
      );
      result.log =
        rows.length > 0 || (await db.query('SELECT 1 FROM matches WHERE match_id = $1', [matchID])).rowCount
          ? rows.map((r) => JSON.parse(r.entry) as LogEntry)
          : undefined;
    }
    return result;
  }

  async createMatch(
    matchID: string,
    match: { initialState: State; metadata: Server.MatchData },
    access: NewAccess,
  ): Promise<void> {
    const { initialState, metadata } = match;
    const json = JSON.stringify(initialState);
    const inParts = partable(initialState);
    const a = 7 + PARTS_PARAMS;
    // One statement: the match, its parts and its access row together or not at all.
    await this.pool.query(
      `WITH m AS (
         INSERT INTO matches (match_id, game_name, state, initial_state, metadata, state_id, parted, gameover, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $${a}, $6, $${a + 1}, $${a + 2}, $${a + 3}) RETURNING match_id
       ), ${PARTS_CTES('m', 7)}
       INSERT INTO access (match_id, code, host_token, kind, creator) SELECT match_id, $${a + 4}, $${a + 5}, $${a + 6}, $${a + 7} FROM m`,
      [
        matchID,
        metadata.gameName,
        inParts ? headJson(initialState) : json,
        json,
        JSON.stringify(metadata),
        inParts,
        ...partsParams(planPartsWrite(initialState, undefined)),
        initialState._stateID,
        isGameover(metadata),
        metadata.createdAt,
        metadata.updatedAt,
        access.code,
        access.hostToken,
        access.kind,
        access.creator ?? null,
      ],
    );
  }

  async commit(matchID: string, writes: Commit): Promise<void> {
    const { state, metadata } = writes;
    if (!state && !metadata) return;
    if (!state) return this.setMetadata(matchID, metadata!);
    const base = this.cache.get(matchID);
    this.cache.delete(matchID);
    const expected = writes.expected ?? state._stateID - 1;
    const version = metadata ? (metadata as Versioned)[METADATA_VERSION] : undefined;
    // The stored state is the one this process knows only if it has the stateID the write replaces.
    const known = base !== undefined && base._stateID === expected && this.partedStates.has(base);
    const inParts = partable(state);
    const params: unknown[] = [
      matchID,
      expected,
      inParts ? headJson(state) : JSON.stringify(state),
      state._stateID,
      (writes.log ?? []).map((e) => JSON.stringify(e)),
      inParts,
      ...partsParams(planPartsWrite(state, known ? base : undefined)),
    ];
    if (metadata)
      params.push(JSON.stringify(metadata), isGameover(metadata), metadata.updatedAt ?? Date.now());
    if (metadata && version !== undefined) params.push(version);
    const { rows } = await this.pool.query<{ meta_version: number }>(
      COMMIT_STATE(metadata !== undefined, metadata !== undefined && version !== undefined),
      params,
    );
    if (rows.length === 0) {
      const now = await this.pool.query<{ state_id: number; meta_version: number }>(
        'SELECT state_id, meta_version FROM matches WHERE match_id = $1',
        [matchID],
      );
      const row = now.rows[0];
      if (!row) return; // an unknown match: dropped, never created
      throw new StaleWriteError(
        matchID,
        row.state_id !== expected ? `expected state ${expected}` : `expected metadata version ${version}`,
      );
    }
    if (metadata) (metadata as Versioned)[METADATA_VERSION] = rows[0]!.meta_version;
    if (inParts) this.partedStates.add(state);
    this.remember(matchID, state);
  }

  async setMetadata(matchID: string, metadata: Server.MatchData): Promise<void> {
    const v = metadata as Server.MatchData & Versioned;
    const version = v[METADATA_VERSION];
    const params: unknown[] = [
      matchID,
      JSON.stringify(metadata),
      isGameover(metadata),
      metadata.updatedAt ?? Date.now(),
    ];
    if (version !== undefined) params.push(version);
    const { rows } = await this.pool.query<{ meta_version: number }>(
      `UPDATE matches SET metadata = $2, gameover = $3, updated_at = $4, meta_version = meta_version + 1
       WHERE match_id = $1 ${version !== undefined ? 'AND meta_version = $5' : ''} RETURNING meta_version`,
      params,
    );
    if (rows.length === 0) {
      if (version === undefined || !(await this.has(matchID))) return; // an unknown match
      throw new StaleWriteError(matchID, `expected metadata version ${version}`);
    }
    v[METADATA_VERSION] = rows[0]!.meta_version;
  }

  async has(matchID: string): Promise<boolean> {
    const { rowCount } = await this.pool.query('SELECT 1 FROM matches WHERE match_id = $1', [matchID]);
    return (rowCount ?? 0) > 0;
  }

  async wipe(matchID: string): Promise<void> {
    this.cache.delete(matchID);
    await this.transaction(async (c) => {
      // The matches row first: a state write waiting on its lock then finds no row and writes no part.
      for (const table of ['matches', 'log', 'chat', 'access', 'state_parts', 'state_items'])
        await c.query(`DELETE FROM ${table} WHERE match_id = $1`, [matchID]);
    });
  }

  async listMatches(opts: ListOpts = {}): Promise<string[]> {
    const clauses: string[] = [];
    const params: unknown[] = [];
    const add = (sql: string, value: unknown) => {
      params.push(value);
      clauses.push(sql.replace('?', `$${params.length}`));
    };
    if (opts.gameName !== undefined) add('game_name = ?', opts.gameName);
    const where = opts.where ?? {};
    if (where.isGameover !== undefined) add('gameover = ?', where.isGameover);
    if (where.updatedBefore !== undefined) add('updated_at < ?', where.updatedBefore);
    if (where.updatedAfter !== undefined) add('updated_at > ?', where.updatedAfter);
    const { rows } = await this.pool.query<{ match_id: string }>(
      `SELECT match_id FROM matches ${clauses.length ? `WHERE ${clauses.join(' AND ')}` : ''} ORDER BY created_at`,
      params,
    );
    return rows.map((r) => r.match_id);
  }

  async activeMatchIDs(): Promise<string[]> {
    const { rows } = await this.pool.query<{ match_id: string }>(
      'SELECT match_id FROM matches WHERE NOT gameover',
    );
    return rows.map((r) => r.match_id);
  }

  async countMatches(): Promise<number> {
    const { rows } = await this.pool.query<{ n: number }>('SELECT COUNT(*)::int AS n FROM matches');
    return rows[0]?.n ?? 0;
  }

  // --- join codes and host tokens ---

  async codeTaken(code: string): Promise<boolean> {
    const { rowCount } = await this.pool.query('SELECT 1 FROM access WHERE code = $1', [code]);
    return (rowCount ?? 0) > 0;
  }

  async liveMatchesBy(creator: string, since: number): Promise<number> {
    const { rows } = await this.pool.query<{ n: number }>(
      `SELECT COUNT(*)::int AS n FROM access a JOIN matches m ON m.match_id = a.match_id
       WHERE a.creator = $1 AND NOT m.gameover AND m.updated_at > $2`,
      [creator, since],
    );
    return rows[0]?.n ?? 0;
  }

  private async access(where: 'code' | 'match_id', value: string): Promise<MatchAccess | undefined> {
    const { rows } = await this.pool.query<MatchAccess>(
      `SELECT match_id AS "matchID", code, host_token AS "hostToken", kind FROM access WHERE ${where} = $1`,
      [value],
    );
    return rows[0];
  }

  accessByCode(code: string): Promise<MatchAccess | undefined> {
    return this.access('code', code);
  }

  accessByMatch(matchID: string): Promise<MatchAccess | undefined> {
    return this.access('match_id', matchID);
  }

  // --- chat ---

  async addChat(matchID: string, msg: Omit<StoredChat, 'seq'>): Promise<StoredChat | null> {
    // The next seq in the same statement; a concurrent insert of the same seq or id conflicts and is retried.
    for (let attempt = 0; ; attempt++) {
      try {
        const { rows } = await this.pool.query<{ seq: number }>(
          `INSERT INTO chat (match_id, seq, id, sender, recipient, text, at)
           SELECT $1, COALESCE(MAX(seq) + 1, 0), $2, $3, $4, $5, $6 FROM chat WHERE match_id = $1
           ON CONFLICT (match_id, id) DO NOTHING RETURNING seq`,
          [matchID, msg.id, msg.sender, msg.to, msg.text, msg.at],
        );
        const row = rows[0];
        return row ? { ...msg, seq: row.seq } : null;
      } catch (err) {
        if ((err as { code?: string }).code !== '23505' || attempt >= 5) throw err;
      }
    }
  }

  async chatCount(matchID: string): Promise<number> {
    const { rows } = await this.pool.query<{ n: number }>(
      'SELECT COALESCE(MAX(seq) + 1, 0)::int AS n FROM chat WHERE match_id = $1',
      [matchID],
    );
    return rows[0]?.n ?? 0;
  }

  async listChat(matchID: string): Promise<StoredChat[]> {
    const { rows } = await this.pool.query<StoredChat>(
      'SELECT seq, id, sender, recipient AS "to", text, at FROM chat WHERE match_id = $1 ORDER BY seq',
      [matchID],
    );
    return rows;
  }

  private async transaction(fn: (c: pg.PoolClient) => Promise<void>): Promise<void> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      await fn(client);
      await client.query('COMMIT');
    } catch (err) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw err;
    } finally {
      client.release();
    }
  }

  async close(): Promise<void> {
    await this.pool.end().catch(() => undefined);
    await this.lockClient?.end().catch(() => undefined);
    this.lockClient = undefined;
  }
}

/** A 63-bit advisory lock key for a name. */
function lockKey(name: string): string {
  const h = createHash('sha256').update(`ceasefire:${name}`).digest();
  return h.readBigInt64BE(0).toString();
}

type StudentRow = {
  id: string;
  token_hash: string;
  name: string;
  table_idx: number | null;
  player_id: string | null;
  credentials: string | null;
  benched: boolean;
};

const toStudent = (r: StudentRow): Student => ({
  id: r.id,
  tokenHash: r.token_hash,
  name: r.name,
  table: r.table_idx,
  playerID: r.player_id,
  credentials: r.credentials,
  benched: r.benched,
  joined: r.token_hash !== '',
});

/** Class sessions in Postgres (the same tables as SqliteSessionStore). */
export class PgSessionStore implements SessionStore {
  constructor(private readonly pool: pg.Pool) {}

  private async q<T extends pg.QueryResultRow>(sql: string, params: unknown[] = []): Promise<T[]> {
    return (await this.pool.query<T>(sql, params)).rows;
  }

  async codeTaken(code: string): Promise<boolean> {
    return (await this.q('SELECT 1 FROM sessions WHERE code = $1', [code])).length > 0;
  }

  async create(row: SessionRow): Promise<void> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      await client.query(
        'INSERT INTO sessions (code, token_hash, scenario, created_at, tables_json) VALUES ($1, $2, $3, $4, $5)',
        [row.code, row.tokenHash, row.scenario, row.createdAt, JSON.stringify(row.tables)],
      );
      for (const t of row.tables)
        await client.query('INSERT INTO session_matches (match_id, code) VALUES ($1, $2)', [
          t.matchID,
          row.code,
        ]);
      await client.query('COMMIT');
    } catch (err) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw err;
    } finally {
      client.release();
    }
  }

  async get(code: string): Promise<SessionRow | undefined> {
    const r = (
      await this.q<{
        code: string;
        token_hash: string;
        scenario: string;
        created_at: number;
        tables_json: string;
      }>('SELECT * FROM sessions WHERE code = $1', [code])
    )[0];
    if (!r) return undefined;
    return {
      code: r.code,
      tokenHash: r.token_hash,
      scenario: r.scenario,
      createdAt: r.created_at,
      tables: JSON.parse(r.tables_json) as SessionTable[],
    };
  }

  async sessionOfMatch(matchID: string): Promise<SessionRow | undefined> {
    const r = (
      await this.q<{ code: string }>('SELECT code FROM session_matches WHERE match_id = $1', [matchID])
    )[0];
    return r ? this.get(r.code) : undefined;
  }

  async allSessions(): Promise<SessionRow[]> {
    const out: SessionRow[] = [];
    for (const r of await this.q<{ code: string }>('SELECT code FROM sessions')) {
      const s = await this.get(r.code);
      if (s) out.push(s);
    }
    return out;
  }

  async addStudent(code: string, id: string, tokenHash: string, name: string): Promise<void> {
    await this.q(
      'INSERT INTO session_students (code, id, token_hash, name, joined_at) VALUES ($1, $2, $3, $4, $5)',
      [code, id, tokenHash, name, Date.now()],
    );
  }

  async unclaimed(code: string, name: string): Promise<Student | undefined> {
    const key = nameKey(name);
    return (await this.students(code)).find((s) => !s.joined && s.name.toLowerCase() === key);
  }

  async claim(code: string, id: string, tokenHash: string, name: string): Promise<void> {
    await this.q(
      "UPDATE session_students SET token_hash = $1, name = $2 WHERE code = $3 AND id = $4 AND token_hash = ''",
      [tokenHash, name, code, id],
    );
  }

  async settings(code: string): Promise<SessionSettings> {
    const r = (
      await this.q<{ json: string }>('SELECT json FROM session_settings WHERE code = $1', [code])
    )[0];
    return r ? (JSON.parse(r.json) as SessionSettings) : {};
  }

  async setSettings(code: string, s: SessionSettings): Promise<void> {
    await this.q(
      'INSERT INTO session_settings (code, json) VALUES ($1, $2) ON CONFLICT (code) DO UPDATE SET json = excluded.json',
      [code, JSON.stringify(s)],
    );
  }

  async students(code: string): Promise<Student[]> {
    const rows = await this.q<StudentRow>(
      'SELECT * FROM session_students WHERE code = $1 ORDER BY joined_at, id',
      [code],
    );
    return rows.map(toStudent);
  }

  async student(code: string, id: string): Promise<Student | undefined> {
    const r = (
      await this.q<StudentRow>('SELECT * FROM session_students WHERE code = $1 AND id = $2', [code, id])
    )[0];
    return r ? toStudent(r) : undefined;
  }

  async seatStudent(
    code: string,
    id: string,
    seat: { table: number; playerID: string; credentials: string } | null,
  ): Promise<void> {
    await this.q(
      'UPDATE session_students SET table_idx = $1, player_id = $2, credentials = $3, benched = FALSE WHERE code = $4 AND id = $5',
      [seat?.table ?? null, seat?.playerID ?? null, seat?.credentials ?? null, code, id],
    );
  }

  async setBenched(code: string, id: string, benched: boolean): Promise<void> {
    await this.q('UPDATE session_students SET benched = $1 WHERE code = $2 AND id = $3', [benched, code, id]);
  }

  async controls(matchID: string): Promise<Controls> {
    const r = (
      await this.q<{ json: string }>('SELECT json FROM match_controls WHERE match_id = $1', [matchID])
    )[0];
    return r ? { ...DEFAULT_CONTROLS, ...(JSON.parse(r.json) as Controls) } : DEFAULT_CONTROLS;
  }

  async setControls(matchID: string, c: Controls): Promise<void> {
    await this.q(
      'INSERT INTO match_controls (match_id, json) VALUES ($1, $2) ON CONFLICT (match_id) DO UPDATE SET json = excluded.json',
      [matchID, JSON.stringify(c)],
    );
  }

  async retable(code: string, scenario: string, tables: readonly SessionTable[]): Promise<void> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const old = (
        await client.query<{ tables_json: string }>(
          'SELECT tables_json FROM sessions WHERE code = $1 FOR UPDATE',
          [code],
        )
      ).rows[0];
      for (const t of old ? (JSON.parse(old.tables_json) as SessionTable[]) : []) {
        await client.query('DELETE FROM match_controls WHERE match_id = $1', [t.matchID]);
        await client.query('DELETE FROM session_matches WHERE match_id = $1', [t.matchID]);
      }
      await client.query('UPDATE sessions SET scenario = $1, tables_json = $2 WHERE code = $3', [
        scenario,
        JSON.stringify(tables),
        code,
      ]);
      for (const t of tables)
        await client.query('INSERT INTO session_matches (match_id, code) VALUES ($1, $2)', [t.matchID, code]);
      await client.query('COMMIT');
    } catch (err) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw err;
    } finally {
      client.release();
    }
  }

  async deleteSession(code: string, matchIDs: readonly string[]): Promise<void> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      await client.query('DELETE FROM match_controls WHERE match_id = ANY($1::text[])', [[...matchIDs]]);
      for (const table of ['session_matches', 'session_students', 'session_settings', 'sessions'])
        await client.query(`DELETE FROM ${table} WHERE code = $1`, [code]);
      await client.query('COMMIT');
    } catch (err) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw err;
    } finally {
      client.release();
    }
  }

  async logRefusal(code: string | null, route: string, ip: string | null, reason: string): Promise<void> {
    await this.q('INSERT INTO auth_log (at, code, route, ip, reason) VALUES ($1, $2, $3, $4, $5)', [
      Date.now(),
      code,
      route,
      ip,
      reason,
    ]);
  }

  async refusals(): Promise<RefusalRow[]> {
    return this.q<RefusalRow>('SELECT * FROM auth_log ORDER BY at');
  }

  async setups(ownerHash: string): Promise<SetupRow[]> {
    const rows = await this.q<SetupDbRow>(
      'SELECT * FROM class_setups WHERE owner_hash = $1 ORDER BY created_at DESC, id',
      [ownerHash],
    );
    return rows.map(toSetup);
  }

  async setup(id: string): Promise<SetupRow | undefined> {
    const r = (await this.q<SetupDbRow>('SELECT * FROM class_setups WHERE id = $1', [id]))[0];
    return r ? toSetup(r) : undefined;
  }

  async saveSetup(row: SetupRow): Promise<void> {
    await this.q(
      'INSERT INTO class_setups (id, owner_hash, name, created_at, json) VALUES ($1, $2, $3, $4, $5)',
      [row.id, row.ownerHash, row.name, row.createdAt, JSON.stringify(row.setup)],
    );
  }

  async deleteSetup(id: string): Promise<void> {
    await this.q('DELETE FROM class_setups WHERE id = $1', [id]);
  }

  async putScenario(id: string, json: string): Promise<'stored' | 'same' | 'taken'> {
    const added = await this.pool.query(
      'INSERT INTO scenarios (id, json, created_at) VALUES ($1, $2, $3) ON CONFLICT (id) DO NOTHING',
      [id, json, Date.now()],
    );
    if (added.rowCount === 1) return 'stored';
    return (await this.storedScenario(id)) === json ? 'same' : 'taken';
  }

  async storedScenarios(): Promise<StoredScenario[]> {
    return this.q<StoredScenario>('SELECT id, json FROM scenarios ORDER BY created_at, id');
  }

  async storedScenario(id: string): Promise<string | undefined> {
    return (await this.q<{ json: string }>('SELECT json FROM scenarios WHERE id = $1', [id]))[0]?.json;
  }
}

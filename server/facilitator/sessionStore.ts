// Class sessions: the session and its tables, students and their seats, per-table controls (pause,
// timers), and a log of refused facilitator requests. SessionStore is the interface (part of the Store,
// storage.ts); SqliteSessionStore keeps them in the SQLite file with the matches (pgStore.ts has the
// Postgres one).
import crypto from 'node:crypto';
import type Database from 'better-sqlite3';
import type { PaceRecord } from '../../game/clock.ts';

export interface SessionTable {
  readonly index: number;
  readonly matchID: string;
  readonly joinCode: string;
  /** The match's own facilitator token from the lobby (server-side only). */
  readonly matchToken: string;
}

export interface SessionRow {
  readonly code: string;
  readonly tokenHash: string;
  readonly scenario: string;
  readonly createdAt: number;
  readonly tables: readonly SessionTable[];
}

export interface Student {
  readonly id: string;
  readonly tokenHash: string;
  readonly name: string;
  readonly table: number | null;
  readonly playerID: string | null;
  readonly credentials: string | null;
  /** The facilitator handed this student's seat to a bot for now. */
  readonly benched: boolean;
  /** False for a name from the roster nobody has signed in as yet (it has no token). */
  readonly joined: boolean;
}

export interface Controls {
  readonly paused: boolean;
  /** Seconds per phase, armed each time the phase begins. */
  readonly durations: Readonly<Record<string, number>>;
  readonly timer: { readonly phase: string; readonly endsAt: number; readonly round: number } | null;
  /** The facilitator started this table (tables wait paused until then). */
  readonly started?: boolean;
  /** A bots-only demonstration table: started without students, left out of class comparisons. */
  readonly demo?: boolean;
  /** The facilitator lets this table's students ask the advisor ("What would you do?"). */
  readonly advisor?: boolean;
  /** When this table's rounds and reviews began, and how long they took (the lesson clock's pace). */
  readonly pace?: PaceRecord;
}

/** Class-wide settings chosen in the console. */
export interface SessionSettings {
  /** Roles in the order auto-assign fills them (most important first). */
  readonly roleOrder?: readonly string[];
  /** The lesson clock: the time (ms since the epoch) the class must finish by; null or absent: none. */
  readonly finishAt?: number | null;
  /** When the teacher set that clock (its length is what a saved setup keeps). */
  readonly clockSetAt?: number;
  /** The seats bots played from the creation of the class, per table, and their level. */
  readonly origin?: { readonly bots: readonly (readonly string[])[]; readonly difficulty: string };
  /** Setups saved from this class (bounded: a class token cannot fill the store). */
  readonly setupsSaved?: number;
}

/** A class setup a teacher saved to start again (setups.ts has its content and schema). */
export interface SetupRow {
  readonly id: string;
  /** The hash of the teacher's setup key: only that key lists, reads, starts or deletes it. */
  readonly ownerHash: string;
  readonly name: string;
  readonly createdAt: number;
  /** The setup itself (setups.ts: ClassSetup), as JSON-ready data. */
  readonly setup: unknown;
}

export const hashToken = (token: string): string => crypto.createHash('sha256').update(token).digest('hex');

export function tokenMatches(token: unknown, hash: string): boolean {
  if (typeof token !== 'string' || token.length === 0 || token.length > 200) return false;
  const a = Buffer.from(hashToken(token), 'hex');
  const b = Buffer.from(hash, 'hex');
  return a.length === b.length && crypto.timingSafeEqual(a, b);
}

/** The facilitator's data, in whichever store the server runs on. */
export interface SessionStore {
  codeTaken(code: string): Promise<boolean>;
  create(row: SessionRow): Promise<void>;
  get(code: string): Promise<SessionRow | undefined>;
  /** The session a match belongs to, if any. */
  sessionOfMatch(matchID: string): Promise<SessionRow | undefined>;
  allSessions(): Promise<SessionRow[]>;
  addStudent(code: string, id: string, tokenHash: string, name: string): Promise<void>;
  /** A roster name nobody has signed in as: the first one of that name (case and spacing ignored). */
  unclaimed(code: string, name: string): Promise<Student | undefined>;
  claim(code: string, id: string, tokenHash: string, name: string): Promise<void>;
  settings(code: string): Promise<SessionSettings>;
  setSettings(code: string, s: SessionSettings): Promise<void>;
  students(code: string): Promise<Student[]>;
  student(code: string, id: string): Promise<Student | undefined>;
  seatStudent(
    code: string,
    id: string,
    seat: { table: number; playerID: string; credentials: string } | null,
  ): Promise<void>;
  setBenched(code: string, id: string, benched: boolean): Promise<void>;
  controls(matchID: string): Promise<Controls>;
  setControls(matchID: string, c: Controls): Promise<void>;
  /** Deals a class's tables again on another scenario: the new tables replace the old (whose controls go). */
  retable(code: string, scenario: string, tables: readonly SessionTable[]): Promise<void>;
  /** Forgets a class: the session, its students, seats, settings and per-table controls. */
  deleteSession(code: string, matchIDs: readonly string[]): Promise<void>;
  logRefusal(code: string | null, route: string, ip: string | null, reason: string): Promise<void>;
  refusals(): Promise<RefusalRow[]>;
  /** Saved class setups: one teacher's, newest first. */
  setups(ownerHash: string): Promise<SetupRow[]>;
  setup(id: string): Promise<SetupRow | undefined>;
  saveSetup(row: SetupRow): Promise<void>;
  deleteSetup(id: string): Promise<void>;
  /**
   * Stores an uploaded scenario (its validated data as JSON) under its id: 'stored'; 'same' when that
   * content is already there; 'taken' (nothing written) when other content holds the id.
   */
  putScenario(id: string, json: string): Promise<'stored' | 'same' | 'taken'>;
  /** Every uploaded scenario, oldest first: registered at start-up, before any match loads. */
  storedScenarios(): Promise<StoredScenario[]>;
  /** One uploaded scenario's JSON. */
  storedScenario(id: string): Promise<string | undefined>;
}

export interface StoredScenario {
  readonly id: string;
  readonly json: string;
}

export type RefusalRow = {
  at: number;
  code: string | null;
  route: string;
  ip: string | null;
  reason: string;
};

/** A roster entry's key: case and spacing ignored. */
export const nameKey = (name: string): string => name.replace(/\s+/g, ' ').trim().toLowerCase();

export const SESSION_SCHEMA = `
CREATE TABLE IF NOT EXISTS sessions (
  code TEXT PRIMARY KEY,
  token_hash TEXT NOT NULL,
  scenario TEXT NOT NULL,
  created_at INTEGER NOT NULL,
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
  benched INTEGER NOT NULL DEFAULT 0,
  joined_at INTEGER NOT NULL,
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
  created_at INTEGER NOT NULL,
  json TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS class_setups_owner ON class_setups (owner_hash, created_at);
CREATE TABLE IF NOT EXISTS scenarios (
  id TEXT PRIMARY KEY,
  json TEXT NOT NULL,
  created_at INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS auth_log (
  at INTEGER NOT NULL,
  code TEXT,
  route TEXT NOT NULL,
  ip TEXT,
  reason TEXT NOT NULL
);
`;

type StudentRow = {
  id: string;
  token_hash: string;
  name: string;
  table_idx: number | null;
  player_id: string | null;
  credentials: string | null;
  benched: number;
};

const toStudent = (r: StudentRow): Student => ({
  id: r.id,
  tokenHash: r.token_hash,
  name: r.name,
  table: r.table_idx,
  playerID: r.player_id,
  credentials: r.credentials,
  benched: r.benched === 1,
  joined: r.token_hash !== '',
});

export const DEFAULT_CONTROLS: Controls = { paused: false, durations: {}, timer: null };

export class SqliteSessionStore implements SessionStore {
  /** Read on every move (the pause guard, timers): prepared once. */
  private readonly controlsStmt: Database.Statement;
  private readonly sessionOfMatchStmt: Database.Statement;

  constructor(private readonly db: Database.Database) {
    db.exec(SESSION_SCHEMA);
    this.controlsStmt = db.prepare('SELECT json FROM match_controls WHERE match_id = ?');
    this.sessionOfMatchStmt = db.prepare('SELECT code FROM session_matches WHERE match_id = ?');
  }

  async codeTaken(code: string): Promise<boolean> {
    return this.db.prepare('SELECT 1 FROM sessions WHERE code = ?').get(code) !== undefined;
  }

  async create(row: SessionRow): Promise<void> {
    this.db.transaction(() => {
      this.db
        .prepare(
          'INSERT INTO sessions (code, token_hash, scenario, created_at, tables_json) VALUES (?, ?, ?, ?, ?)',
        )
        .run(row.code, row.tokenHash, row.scenario, row.createdAt, JSON.stringify(row.tables));
      const link = this.db.prepare('INSERT INTO session_matches (match_id, code) VALUES (?, ?)');
      for (const t of row.tables) link.run(t.matchID, row.code);
    })();
  }

  async get(code: string): Promise<SessionRow | undefined> {
    return this.getSync(code);
  }

  private getSync(code: string): SessionRow | undefined {
    const r = this.db.prepare('SELECT * FROM sessions WHERE code = ?').get(code) as
      | { code: string; token_hash: string; scenario: string; created_at: number; tables_json: string }
      | undefined;
    if (!r) return undefined;
    return {
      code: r.code,
      tokenHash: r.token_hash,
      scenario: r.scenario,
      createdAt: r.created_at,
      tables: JSON.parse(r.tables_json) as SessionTable[],
    };
  }

  /** The session a match belongs to, if any. */
  async sessionOfMatch(matchID: string): Promise<SessionRow | undefined> {
    const r = this.sessionOfMatchStmt.get(matchID) as { code: string } | undefined;
    return r ? this.getSync(r.code) : undefined;
  }

  async allSessions(): Promise<SessionRow[]> {
    const rows = this.db.prepare('SELECT code FROM sessions').all() as { code: string }[];
    return rows.map((r) => this.getSync(r.code)!);
  }

  async addStudent(code: string, id: string, tokenHash: string, name: string): Promise<void> {
    this.db
      .prepare('INSERT INTO session_students (code, id, token_hash, name, joined_at) VALUES (?, ?, ?, ?, ?)')
      .run(code, id, tokenHash, name, Date.now());
  }

  /** A roster name nobody has signed in as: the first one of that name (case and spacing ignored). */
  async unclaimed(code: string, name: string): Promise<Student | undefined> {
    const key = nameKey(name);
    return (await this.students(code)).find((s) => !s.joined && s.name.toLowerCase() === key);
  }

  async claim(code: string, id: string, tokenHash: string, name: string): Promise<void> {
    this.db
      .prepare(
        "UPDATE session_students SET token_hash = ?, name = ? WHERE code = ? AND id = ? AND token_hash = ''",
      )
      .run(tokenHash, name, code, id);
  }

  async settings(code: string): Promise<SessionSettings> {
    const r = this.db.prepare('SELECT json FROM session_settings WHERE code = ?').get(code) as
      | { json: string }
      | undefined;
    return r ? (JSON.parse(r.json) as SessionSettings) : {};
  }

  async setSettings(code: string, s: SessionSettings): Promise<void> {
    this.db
      .prepare(
        'INSERT INTO session_settings (code, json) VALUES (?, ?) ON CONFLICT(code) DO UPDATE SET json = excluded.json',
      )
      .run(code, JSON.stringify(s));
  }

  async students(code: string): Promise<Student[]> {
    const rows = this.db
      .prepare('SELECT * FROM session_students WHERE code = ? ORDER BY joined_at, id')
      .all(code) as StudentRow[];
    return rows.map(toStudent);
  }

  async student(code: string, id: string): Promise<Student | undefined> {
    const r = this.db.prepare('SELECT * FROM session_students WHERE code = ? AND id = ?').get(code, id) as
      | StudentRow
      | undefined;
    return r ? toStudent(r) : undefined;
  }

  async seatStudent(
    code: string,
    id: string,
    seat: { table: number; playerID: string; credentials: string } | null,
  ): Promise<void> {
    this.db
      .prepare(
        'UPDATE session_students SET table_idx = ?, player_id = ?, credentials = ?, benched = 0 WHERE code = ? AND id = ?',
      )
      .run(seat?.table ?? null, seat?.playerID ?? null, seat?.credentials ?? null, code, id);
  }

  async setBenched(code: string, id: string, benched: boolean): Promise<void> {
    this.db
      .prepare('UPDATE session_students SET benched = ? WHERE code = ? AND id = ?')
      .run(benched ? 1 : 0, code, id);
  }

  async controls(matchID: string): Promise<Controls> {
    const r = this.controlsStmt.get(matchID) as { json: string } | undefined;
    return r ? { ...DEFAULT_CONTROLS, ...(JSON.parse(r.json) as Controls) } : DEFAULT_CONTROLS;
  }

  async setControls(matchID: string, c: Controls): Promise<void> {
    this.db
      .prepare(
        'INSERT INTO match_controls (match_id, json) VALUES (?, ?) ON CONFLICT(match_id) DO UPDATE SET json = excluded.json',
      )
      .run(matchID, JSON.stringify(c));
  }

  async retable(code: string, scenario: string, tables: readonly SessionTable[]): Promise<void> {
    this.db.transaction(() => {
      const old = this.getSync(code)?.tables ?? [];
      for (const t of old) {
        this.db.prepare('DELETE FROM match_controls WHERE match_id = ?').run(t.matchID);
        this.db.prepare('DELETE FROM session_matches WHERE match_id = ?').run(t.matchID);
      }
      this.db
        .prepare('UPDATE sessions SET scenario = ?, tables_json = ? WHERE code = ?')
        .run(scenario, JSON.stringify(tables), code);
      const link = this.db.prepare('INSERT INTO session_matches (match_id, code) VALUES (?, ?)');
      for (const t of tables) link.run(t.matchID, code);
    })();
  }

  /** Forgets a class: the session, its students, seats, settings and per-table controls. */
  async deleteSession(code: string, matchIDs: readonly string[]): Promise<void> {
    this.db.transaction(() => {
      for (const id of matchIDs) this.db.prepare('DELETE FROM match_controls WHERE match_id = ?').run(id);
      this.db.prepare('DELETE FROM session_matches WHERE code = ?').run(code);
      this.db.prepare('DELETE FROM session_students WHERE code = ?').run(code);
      this.db.prepare('DELETE FROM session_settings WHERE code = ?').run(code);
      this.db.prepare('DELETE FROM sessions WHERE code = ?').run(code);
    })();
  }

  async logRefusal(code: string | null, route: string, ip: string | null, reason: string): Promise<void> {
    this.db
      .prepare('INSERT INTO auth_log (at, code, route, ip, reason) VALUES (?, ?, ?, ?, ?)')
      .run(Date.now(), code, route, ip, reason);
  }

  async refusals(): Promise<RefusalRow[]> {
    return this.db.prepare('SELECT * FROM auth_log ORDER BY at').all() as never;
  }

  async setups(ownerHash: string): Promise<SetupRow[]> {
    const rows = this.db
      .prepare('SELECT * FROM class_setups WHERE owner_hash = ? ORDER BY created_at DESC, id')
      .all(ownerHash) as SetupDbRow[];
    return rows.map(toSetup);
  }

  async setup(id: string): Promise<SetupRow | undefined> {
    const r = this.db.prepare('SELECT * FROM class_setups WHERE id = ?').get(id) as SetupDbRow | undefined;
    return r ? toSetup(r) : undefined;
  }

  async saveSetup(row: SetupRow): Promise<void> {
    this.db
      .prepare('INSERT INTO class_setups (id, owner_hash, name, created_at, json) VALUES (?, ?, ?, ?, ?)')
      .run(row.id, row.ownerHash, row.name, row.createdAt, JSON.stringify(row.setup));
  }

  async deleteSetup(id: string): Promise<void> {
    this.db.prepare('DELETE FROM class_setups WHERE id = ?').run(id);
  }

  async putScenario(id: string, json: string): Promise<'stored' | 'same' | 'taken'> {
    const added = this.db
      .prepare('INSERT INTO scenarios (id, json, created_at) VALUES (?, ?, ?) ON CONFLICT(id) DO NOTHING')
      .run(id, json, Date.now()).changes;
    if (added === 1) return 'stored';
    return (await this.storedScenario(id)) === json ? 'same' : 'taken';
  }

  async storedScenarios(): Promise<StoredScenario[]> {
    return this.db
      .prepare('SELECT id, json FROM scenarios ORDER BY created_at, id')
      .all() as StoredScenario[];
  }

  async storedScenario(id: string): Promise<string | undefined> {
    const r = this.db.prepare('SELECT json FROM scenarios WHERE id = ?').get(id) as
      | { json: string }
      | undefined;
    return r?.json;
  }
}

export type SetupDbRow = { id: string; owner_hash: string; name: string; created_at: number; json: string };

export const toSetup = (r: SetupDbRow): SetupRow => ({
  id: r.id,
  ownerHash: r.owner_hash,
  name: r.name,
  createdAt: Number(r.created_at),
  setup: JSON.parse(r.json) as unknown,
});

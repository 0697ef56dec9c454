// Class sessions in SQLite (same file as the matches): the session and its tables, students and their
// seats, per-table controls (pause, timers), and a log of refused facilitator requests.
import crypto from 'node:crypto';
import type Database from 'better-sqlite3';

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
}

/** Class-wide settings chosen in the console. */
export interface SessionSettings {
  /** Roles in the order auto-assign fills them (most important first). */
  readonly roleOrder?: readonly string[];
}

export const hashToken = (token: string): string => crypto.createHash('sha256').update(token).digest('hex');

export function tokenMatches(token: unknown, hash: string): boolean {
  if (typeof token !== 'string' || token.length === 0 || token.length > 200) return false;
  const a = Buffer.from(hashToken(token), 'hex');
  const b = Buffer.from(hash, 'hex');
  return a.length === b.length && crypto.timingSafeEqual(a, b);
}

const SCHEMA = `
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

export class SessionStore {
  /** Read on every move (the pause guard, timers): prepared once. */
  private readonly controlsStmt: Database.Statement;
  private readonly sessionOfMatchStmt: Database.Statement;

  constructor(private readonly db: Database.Database) {
    db.exec(SCHEMA);
    this.controlsStmt = db.prepare('SELECT json FROM match_controls WHERE match_id = ?');
    this.sessionOfMatchStmt = db.prepare('SELECT code FROM session_matches WHERE match_id = ?');
  }

  codeTaken(code: string): boolean {
    return this.db.prepare('SELECT 1 FROM sessions WHERE code = ?').get(code) !== undefined;
  }

  create(row: SessionRow): void {
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

  get(code: string): SessionRow | undefined {
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
  sessionOfMatch(matchID: string): SessionRow | undefined {
    const r = this.sessionOfMatchStmt.get(matchID) as { code: string } | undefined;
    return r ? this.get(r.code) : undefined;
  }

  allSessions(): SessionRow[] {
    const rows = this.db.prepare('SELECT code FROM sessions').all() as { code: string }[];
    return rows.map((r) => this.get(r.code)!);
  }

  addStudent(code: string, id: string, tokenHash: string, name: string): void {
    this.db
      .prepare('INSERT INTO session_students (code, id, token_hash, name, joined_at) VALUES (?, ?, ?, ?, ?)')
      .run(code, id, tokenHash, name, Date.now());
  }

  /** A roster name nobody has signed in as: the first one of that name (case and spacing ignored). */
  unclaimed(code: string, name: string): Student | undefined {
    const key = name.replace(/\s+/g, ' ').trim().toLowerCase();
    return this.students(code).find((s) => !s.joined && s.name.toLowerCase() === key);
  }

  claim(code: string, id: string, tokenHash: string, name: string): void {
    this.db
      .prepare(
        "UPDATE session_students SET token_hash = ?, name = ? WHERE code = ? AND id = ? AND token_hash = ''",
      )
      .run(tokenHash, name, code, id);
  }

  settings(code: string): SessionSettings {
    const r = this.db.prepare('SELECT json FROM session_settings WHERE code = ?').get(code) as
      | { json: string }
      | undefined;
    return r ? (JSON.parse(r.json) as SessionSettings) : {};
  }

  setSettings(code: string, s: SessionSettings): void {
    this.db
      .prepare(
        'INSERT INTO session_settings (code, json) VALUES (?, ?) ON CONFLICT(code) DO UPDATE SET json = excluded.json',
      )
      .run(code, JSON.stringify(s));
  }

  students(code: string): Student[] {
    const rows = this.db
      .prepare('SELECT * FROM session_students WHERE code = ? ORDER BY joined_at, id')
      .all(code) as StudentRow[];
    return rows.map(toStudent);
  }

  student(code: string, id: string): Student | undefined {
    const r = this.db.prepare('SELECT * FROM session_students WHERE code = ? AND id = ?').get(code, id) as
      | StudentRow
      | undefined;
    return r ? toStudent(r) : undefined;
  }

  seatStudent(
    code: string,
    id: string,
    seat: { table: number; playerID: string; credentials: string } | null,
  ): void {
    this.db
      .prepare(
        'UPDATE session_students SET table_idx = ?, player_id = ?, credentials = ?, benched = 0 WHERE code = ? AND id = ?',
      )
      .run(seat?.table ?? null, seat?.playerID ?? null, seat?.credentials ?? null, code, id);
  }

  setBenched(code: string, id: string, benched: boolean): void {
    this.db
      .prepare('UPDATE session_students SET benched = ? WHERE code = ? AND id = ?')
      .run(benched ? 1 : 0, code, id);
  }

  controls(matchID: string): Controls {
    const r = this.controlsStmt.get(matchID) as { json: string } | undefined;
    return r ? { ...DEFAULT_CONTROLS, ...(JSON.parse(r.json) as Controls) } : DEFAULT_CONTROLS;
  }

  setControls(matchID: string, c: Controls): void {
    this.db
      .prepare(
        'INSERT INTO match_controls (match_id, json) VALUES (?, ?) ON CONFLICT(match_id) DO UPDATE SET json = excluded.json',
      )
      .run(matchID, JSON.stringify(c));
  }

  /** Forgets a class: the session, its students, seats, settings and per-table controls. */
  deleteSession(code: string, matchIDs: readonly string[]): void {
    this.db.transaction(() => {
      for (const id of matchIDs) this.db.prepare('DELETE FROM match_controls WHERE match_id = ?').run(id);
      this.db.prepare('DELETE FROM session_matches WHERE code = ?').run(code);
      this.db.prepare('DELETE FROM session_students WHERE code = ?').run(code);
      this.db.prepare('DELETE FROM session_settings WHERE code = ?').run(code);
      this.db.prepare('DELETE FROM sessions WHERE code = ?').run(code);
    })();
  }

  logRefusal(code: string | null, route: string, ip: string | null, reason: string): void {
    this.db
      .prepare('INSERT INTO auth_log (at, code, route, ip, reason) VALUES (?, ?, ?, ?, ?)')
      .run(Date.now(), code, route, ip, reason);
  }

  refusals(): { at: number; code: string | null; route: string; ip: string | null; reason: string }[] {
    return this.db.prepare('SELECT * FROM auth_log ORDER BY at').all() as never;
  }
}

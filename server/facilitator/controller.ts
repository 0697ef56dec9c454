// The facilitator's hands on a class session: create tables, seat students, pause, phase timers, skip a
// phase, bots in and out, injects and broadcasts. Rules questions (which moves finish a phase, what an
// inject does) are answered by game/; this module only schedules and authorises.
import type { Ctx, Server, State } from 'boardgame.io';
import type { FastifyInstance } from 'fastify';
import {
  clockCallsElections,
  EMPTY_PACE,
  estimatePace,
  forecast,
  type PaceRecord,
  reviewBegan,
  roundBegan,
} from '../../game/clock.ts';
import { holdElectionsNow } from '../../game/end.ts';
import { movesToFinishPhase, type SeatMove, stillLegal } from '../../game/facilitator.ts';
import { applyInject, checkInject, type Inject, injectRng } from '../../game/inject.ts';
import { choicePending } from '../../game/legal.ts';
import { DEFAULT_SCENARIO, getScenario, isBuiltIn } from '../../game/scenario.ts';
import { type DraftState, log } from '../../game/state.ts';
import type { EarlyElections, GameState, HistoryEntry } from '../../game/types.ts';
import { checkVariables, parseVariables } from '../../game/variables.ts';
import { type BotRunner, botOf } from '../bots.ts';
import { newJoinCode, newSecret } from '../codes.ts';
import { type MatchEngine, refuse } from '../engine.ts';
import { INTERNAL_HEADER, INTERNAL_TOKEN } from '../internal.ts';
import { checkUpload, ensureScenario, storeUpload } from '../scenarios.ts';
import type { MoveChoice, Refusal } from '../types.ts';
import { checkRoleOrder, defaultRoleOrder, MAX_NAME, MAX_ROSTER, parseRoster, planSeats } from './seating.ts';
import {
  type Controls,
  hashToken,
  type SessionRow,
  type SessionStore,
  type SessionTable,
  type Student,
  tokenMatches,
} from './sessionStore.ts';

export const MAX_TABLES = 12;
/** The lesson clock reaches at most this far ahead. */
export const MAX_LESSON_MS = 12 * 60 * 60 * 1000;

/** A seat a student may take; `roleName` for a class on an uploaded scenario. */
export interface FreeSeat {
  readonly table: number;
  readonly playerID: string;
  readonly role: string | null;
  readonly bot: boolean;
  readonly roleName?: string;
}
export const PAUSED_MESSAGE = 'Paused by the facilitator.';

export class HttpFail extends Error {
  constructor(
    readonly status: number,
    readonly code: Refusal['code'],
    message: string,
  ) {
    super(message);
  }
}
/** Refused scenario variables: 400 `bad_variables` with every problem (path and reason). */
export class VariablesRefused extends Error {
  readonly status = 400;
  readonly code = 'bad_variables';
  readonly issues: readonly { readonly path: string; readonly message: string }[];
  constructor(issues: readonly { readonly path: readonly (string | number)[]; readonly message: string }[]) {
    super(
      `The scenario variables are not valid: ${issues.map((i) => `${i.path.join('.') || 'variables'}: ${i.message}`).join('; ')}.`,
    );
    this.issues = issues.map((i) => ({ path: i.path.join('.') || 'variables', message: i.message }));
  }
}

const fail = (status: number, code: Refusal['code'], message: string): never => {
  throw new HttpFail(status, code, message);
};

export interface CreateSessionInput {
  readonly tables: number;
  readonly scenario?: string;
  /** Per table, the seats (playerIDs) to give to bots from the start; others wait for students. */
  readonly bots?: readonly (readonly string[])[];
  readonly difficulty?: string;
  /** The scenario variables (game/variables.ts): rules for every table, timers armed by the console. */
  readonly variables?: unknown;
  /** The lesson clock: finish by this time (ms since the epoch). */
  readonly finishAt?: number | null;
  /** An uploaded scenario (its data): checked, stored and registered, then the class is dealt on it. */
  readonly scenarioData?: unknown;
}

export class Facilitator {
  readonly sessions: SessionStore;
  private readonly timers = new Map<string, NodeJS.Timeout>();
  /** Per class code, the lesson clock's deadline. */
  private readonly clocks = new Map<string, NodeJS.Timeout>();
  private readonly acting = new Set<string>();
  private readonly phases = new Map<string, string>();
  private readonly listeners: ((code: string) => void)[] = [];
  stopped = false;

  constructor(
    private readonly app: FastifyInstance,
    private readonly engine: MatchEngine,
    private readonly bots?: BotRunner,
  ) {
    this.sessions = engine.store.sessions;
    // A paused table refuses every seat's action, bots included; the facilitator's own hand passes.
    engine.addGuard(async (matchID, _playerID, opts) =>
      !opts.asFacilitator && !this.acting.has(matchID) && (await this.sessions.controls(matchID)).paused
        ? refuse('paused', PAUSED_MESSAGE)
        : null,
    );
    engine.onCommit((matchID, state) => this.committed(matchID, state));
    // Seats coming online or going offline reach the console at once (pushed, not polled).
    engine.onPresence((matchID) => this.notify(matchID));
  }

  /** The store of the matches (a saved setup reads the tables' setup from it). */
  get store(): MatchEngine['store'] {
    return this.engine.store;
  }

  onChange(listener: (code: string) => void): void {
    this.listeners.push(listener);
  }

  /** Re-arm the timers of every session after a restart. */
  async resumeAll(): Promise<void> {
    for (const s of await this.sessions.allSessions()) {
      for (const t of s.tables) {
        const c = await this.sessions.controls(t.matchID);
        if (c.timer) this.arm(t.matchID, c.timer.endsAt);
      }
      const { finishAt } = await this.sessions.settings(s.code);
      if (finishAt) this.armClock(s.code, finishAt);
    }
  }

  /**
   * Several servers (a cluster): a phase timer or lesson clock is armed by the server that set it or
   * applied the phase change. Every `everyMs` this one arms them all too (from what is stored), so
   * they still fire if that server dies. Firing on two servers is harmless: each checks what is
   * stored (the timer still set, its phase and round, its end time; the clock's finish time) and the
   * game's own state before it acts, through the match's owner.
   */
  startSweep(everyMs: number): void {
    const tick = () => {
      this.sweeper = undefined;
      if (this.stopped) return;
      this.resumeAll()
        .catch((err: unknown) => console.error('facilitator timer sweep:', err))
        .finally(() => {
          if (this.stopped) return;
          this.sweeper = setTimeout(tick, everyMs);
          this.sweeper.unref?.();
        });
    };
    this.sweeper = setTimeout(tick, everyMs);
    this.sweeper.unref?.();
  }

  private sweeper: NodeJS.Timeout | undefined;

  stop(): void {
    this.stopped = true;
    if (this.sweeper) clearTimeout(this.sweeper);
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
    for (const t of this.clocks.values()) clearTimeout(t);
    this.clocks.clear();
  }

  /** Tells the listeners (the console's live feed) of a change at a table of a class. */
  private notify(matchID: string): void {
    void this.sessions
      .sessionOfMatch(matchID)
      .then((s) => {
        if (s) for (const l of this.listeners) l(s.code);
      })
      .catch((err: unknown) => console.error('facilitator notify:', err));
  }

  // ------------------------------------------------------------------ sessions and seats

  async create(
    input: CreateSessionInput,
  ): Promise<{ code: string; facilitatorToken: string; tables: SessionTable[] }> {
    const n = input.tables;
    if (!Number.isInteger(n) || n < 1 || n > MAX_TABLES)
      fail(400, 'bad_request', `tables must be a whole number from 1 to ${MAX_TABLES}.`);
    if (input.bots !== undefined && (!Array.isArray(input.bots) || input.bots.length > n))
      fail(400, 'bad_request', 'bots is a list, per table, of the seats bots play.');
    if (input.finishAt !== undefined && input.finishAt !== null) this.checkFinishAt(input.finishAt);
    if (input.scenarioData !== undefined && input.scenario !== undefined)
      fail(
        400,
        'bad_request',
        'Give either scenario (an id) or scenarioData (an uploaded scenario), not both.',
      );
    // An upload is checked first and stored only once everything else about the class is valid.
    const upload = input.scenarioData !== undefined ? checkUpload(input.scenarioData) : undefined;
    const scenarioId = upload?.id ?? input.scenario ?? DEFAULT_SCENARIO;
    if (!upload && (scenarioId.includes('~') || !(await ensureScenario(this.sessions, scenarioId))))
      fail(400, 'unknown_scenario', `There is no scenario "${scenarioId}".`);
    const scenario = upload ?? getScenario(scenarioId);
    const issues = checkVariables(scenario, input.variables);
    if (issues.length > 0) throw new VariablesRefused(issues);
    if (upload) await storeUpload(this.sessions, upload);
    const variables = parseVariables(scenario, input.variables);
    const durations = Object.fromEntries(
      Object.entries(variables.timers ?? {}).filter(([, secs]) => (secs ?? 0) > 0),
    ) as Record<string, number>;
    const tables: SessionTable[] = [];
    for (let index = 0; index < n; index++) {
      const bots: Record<string, { policy: string; difficulty: string }> = {};
      const seats = input.bots?.[index] ?? [];
      if (!Array.isArray(seats)) fail(400, 'bad_request', `bots[${index}] must be a list of seat numbers.`);
      for (const pid of seats)
        bots[String(pid)] = { policy: 'normal', difficulty: input.difficulty ?? 'normal' };
      const setupData = {
        ...(input.scenario !== undefined || upload ? { scenario: scenarioId } : {}),
        ...(input.variables !== undefined ? { variables } : {}),
      };
      tables.push(await this.dealTable(index, scenario.roles.length, setupData, bots, durations));
    }
    const code = await newJoinCode(
      async (c) => (await this.sessions.codeTaken(c)) || (await this.engine.store.codeTaken(c)),
    );
    const facilitatorToken = newSecret(24);
    await this.sessions.create({
      code,
      tokenHash: hashToken(facilitatorToken),
      scenario: scenarioId,
      createdAt: Date.now(),
      tables,
    });
    // What a saved setup of this class keeps: the seats bots played from the start.
    await this.sessions.setSettings(code, {
      origin: {
        bots: Array.from({ length: n }, (_, i) => (input.bots?.[i] ?? []).map(String)),
        difficulty: input.difficulty ?? 'normal',
      },
    });
    if (input.finishAt) await this.setClock(code, input.finishAt);
    return { code, facilitatorToken, tables };
  }

  /** Creates one class table (a match waiting paused for the facilitator's start). */
  private async dealTable(
    index: number,
    seats: number,
    setupData: Record<string, unknown>,
    bots: Record<string, { policy: string; difficulty: string }>,
    durations: Record<string, number>,
  ): Promise<SessionTable> {
    const res = await this.app.inject({
      method: 'POST',
      url: `/games/${this.engine.name}/create`,
      headers: { [INTERNAL_HEADER]: INTERNAL_TOKEN },
      payload: { numPlayers: seats, setupData, bots, unlisted: true },
    });
    const body = res.json() as { matchID?: string; joinCode?: string; hostToken?: string; message?: string };
    if (res.statusCode !== 200 || !body.matchID)
      fail(
        res.statusCode === 200 ? 500 : res.statusCode,
        'bad_setup',
        body.message ?? 'A table could not be created.',
      );
    // Tables wait for the facilitator's start.
    await this.sessions.setControls(body.matchID!, { paused: true, durations, timer: null });
    return { index, matchID: body.matchID!, joinCode: body.joinCode!, matchToken: body.hostToken! };
  }

  /**
   * The facilitator uploads a scenario for a class that has not started: it is checked (every problem
   * with its path), stored, and every table is dealt again on it (seats empty, no bots, the class's
   * phase timers kept); the old tables are deleted. Students keep their place in the class.
   */
  async replaceScenario(code: string, raw: unknown): Promise<{ scenario: string; tables: SessionTable[] }> {
    const session = await this.session(code);
    for (const t of session.tables)
      if ((await this.sessions.controls(t.matchID)).started)
        fail(409, 'class_started', 'The class has started: its scenario can no longer be changed.');
    const upload = checkUpload(raw);
    await storeUpload(this.sessions, upload);
    const durations = (await this.sessions.controls(session.tables[0]!.matchID)).durations;
    const tables: SessionTable[] = [];
    for (const t of session.tables)
      tables.push(
        await this.dealTable(t.index, upload.roles.length, { scenario: upload.id }, {}, { ...durations }),
      );
    for (const s of await this.sessions.students(code))
      if (s.playerID !== null) await this.sessions.seatStudent(code, s.id, null);
    await this.sessions.retable(code, upload.id, tables);
    // The role order was the old scenario's roles.
    const { roleOrder: _old, ...settings } = await this.sessions.settings(code);
    await this.sessions.setSettings(code, settings);
    for (const t of session.tables) await this.engine.store.wipe(t.matchID);
    this.notify(tables[0]!.matchID);
    return { scenario: upload.id, tables };
  }

  async session(code: string): Promise<SessionRow> {
    return (
      (await this.sessions.get(code)) ??
      fail(404, 'unknown_session', `No class session has the code ${code}.`)
    );
  }

  table(session: SessionRow, index: number): SessionTable {
    return (
      session.tables[index] ??
      fail(404, 'unknown_table', `Session ${session.code} has no table ${index + 1}.`)
    );
  }

  /**
   * A student signs in with the class code and a name. A name from the imported roster takes that entry
   * (and the seat planned for it); once the class has started, a newcomer joins the emptiest table.
   */
  async addStudent(
    code: string,
    rawName: unknown,
  ): Promise<{ studentId: string; studentToken: string; name: string }> {
    await this.session(code);
    if (typeof rawName !== 'string' || rawName.trim().length === 0)
      fail(400, 'bad_request', 'Type your name.');
    const name = (rawName as string).replace(/\s+/g, ' ').trim().slice(0, MAX_NAME);
    const studentToken = newSecret(18);
    const listed = await this.sessions.unclaimed(code, name);
    let studentId: string;
    if (listed) {
      studentId = listed.id;
      await this.sessions.claim(code, studentId, hashToken(studentToken), name);
    } else {
      studentId = newSecret(6);
      await this.sessions.addStudent(code, studentId, hashToken(studentToken), name);
    }
    const me = (await this.sessions.student(code, studentId))!;
    if (me.playerID === null && (await this.classStarted(code))) await this.seatPlanned(code, [studentId]);
    this.notify((await this.session(code)).tables[0]!.matchID);
    return { studentId, studentToken, name };
  }

  /** Names from a pasted list or CSV: students not signed in yet, seated like the others. */
  async importRoster(code: string, text: unknown): Promise<{ added: number; names: string[] }> {
    const session = await this.session(code);
    if (typeof text !== 'string' || text.length > 20_000)
      fail(400, 'bad_request', 'Paste the names, one a line (or a CSV with a "name" column).');
    const names = parseRoster(text as string);
    if (names.length === 0) fail(400, 'bad_request', 'No names found: one name a line, please.');
    if ((await this.sessions.students(code)).length + names.length > MAX_ROSTER)
      fail(400, 'bad_request', `A class holds at most ${MAX_ROSTER} students.`);
    for (const n of names) await this.sessions.addStudent(code, newSecret(6), '', n);
    this.notify(session.tables[0]!.matchID);
    return { added: names.length, names };
  }

  /** Roles in the order auto-assign fills them: the teacher's choice or factions, guarantors, spoiler. */
  async roleOrder(session: SessionRow): Promise<string[]> {
    const roles = getScenario(session.scenario).roles;
    return [...((await this.sessions.settings(session.code)).roleOrder ?? defaultRoleOrder(roles))];
  }

  async setRoleOrder(code: string, order: unknown): Promise<void> {
    const session = await this.session(code);
    const why = checkRoleOrder(
      order,
      getScenario(session.scenario).roles.map((r) => r.id),
    );
    if (why) fail(400, 'bad_request', why);
    await this.sessions.setSettings(code, {
      ...(await this.sessions.settings(code)),
      roleOrder: order as string[],
    });
    this.notify(session.tables[0]!.matchID);
  }

  private async classStarted(code: string): Promise<boolean> {
    for (const t of (await this.session(code)).tables) {
      const c = await this.sessions.controls(t.matchID);
      if (c.started === true && c.demo !== true) return true;
    }
    return false;
  }

  /** Whether `token` is the facilitator token of the class session this match belongs to. */
  async sessionTokenFor(matchID: string, token: string): Promise<boolean> {
    const session = await this.sessions.sessionOfMatch(matchID);
    return session !== undefined && tokenMatches(token, session.tokenHash);
  }

  private async metadataOf(matchID: string): Promise<Server.MatchData> {
    const { metadata } = await this.engine.store.fetch(matchID, { metadata: true });
    return metadata ?? fail(404, 'unknown_match', `Match ${matchID} not found.`);
  }

  /** Seats a student (the facilitator's choice or the student's pick); a bot's seat is taken over. */
  async seat(code: string, studentId: string, tableIndex: number, playerID: string): Promise<void> {
    const session = await this.session(code);
    const table = this.table(session, tableIndex);
    const student =
      (await this.sessions.student(code, studentId)) ?? fail(404, 'unknown_student', 'No such student.');
    if (!(playerID in (await this.metadataOf(table.matchID)).players))
      fail(404, 'unknown_seat', `Table ${tableIndex + 1} has no seat ${playerID}.`);
    if ((await this.sessions.controls(table.matchID)).demo)
      fail(409, 'demo_table', `Table ${tableIndex + 1} is a bots-only demonstration table.`);
    const holder = (await this.sessions.students(code)).find(
      (s) => s.id !== studentId && s.table === tableIndex && s.playerID === playerID,
    );
    if (holder) fail(409, 'seat_taken', `${holder.name} already has that seat.`);
    if (student.table !== null && student.playerID !== null) {
      if (student.table === tableIndex && student.playerID === playerID) return;
      await this.toBot(session, student.table, student.playerID);
    }
    const res = await this.app.inject({
      method: 'POST',
      url: `/api/matches/${table.matchID}/seats/${playerID}/claim`,
      payload: { name: student.name, hostToken: table.matchToken },
    });
    const body = res.json() as { credentials?: string; message?: string; error?: Refusal['code'] };
    if (res.statusCode !== 200 || !body.credentials)
      fail(res.statusCode, body.error ?? 'seat_failed', body.message ?? 'The seat could not be taken.');
    await this.sessions.seatStudent(code, studentId, {
      table: tableIndex,
      playerID,
      credentials: body.credentials!,
    });
    this.notify(table.matchID);
  }

  /** Seats every unseated student: evenly over the tables, roles in the teacher's order. */
  async autoSeat(code: string): Promise<number> {
    const waiting = (await this.sessions.students(code)).filter((s) => s.playerID === null).map((s) => s.id);
    return this.seatPlanned(code, waiting);
  }

  /**
   * Seats these students by the fair plan (planSeats) on the tables a student may join: not a
   * demonstration, not over. Once the class has started, tables in play come before held-back ones.
   */
  private async seatPlanned(code: string, studentIds: readonly string[]): Promise<number> {
    if (studentIds.length === 0) return 0;
    const session = await this.session(code);
    const free = await this.freeSeats(session);
    const students = await this.sessions.students(code);
    const started = await this.classStarted(code);
    const eligible: SessionTable[] = [];
    const inPlay: SessionTable[] = [];
    for (const t of session.tables) {
      if (!(await this.joinable(t.matchID))) continue;
      eligible.push(t);
      if ((await this.sessions.controls(t.matchID)).started) inPlay.push(t);
    }
    const pool = started && inPlay.some((t) => free.some((f) => f.table === t.index)) ? inPlay : eligible;
    const tables = [];
    for (const t of pool) {
      tables.push({
        index: t.index,
        humans: await this.humansAt(t.matchID, t.index, students),
        free: free.filter((f) => f.table === t.index),
      });
    }
    const plan = planSeats(tables, studentIds, await this.roleOrder(session));
    for (const p of plan) await this.seat(code, p.studentId, p.table, p.playerID);
    return plan.length;
  }

  /** A table a student may be seated at: not a bots-only demonstration, not over. */
  private async joinable(matchID: string): Promise<boolean> {
    if ((await this.sessions.controls(matchID)).demo) return false;
    const { state } = (await this.engine.store.fetch(matchID, { state: true })) as {
      state?: State<GameState>;
    };
    return !state?.G.result && state?.ctx.gameover === undefined;
  }

  /** People at a table: its students and anyone who claimed a seat by the table's own code. */
  async humansAt(matchID: string, index: number, known?: readonly Student[]): Promise<number> {
    const students = known ?? (await this.sessions.students(await this.sessionCode(matchID)));
    const held = new Set(
      students.filter((s) => s.table === index && s.playerID !== null).map((s) => s.playerID),
    );
    let n = 0;
    for (const [pid, seat] of Object.entries((await this.metadataOf(matchID)).players)) {
      const bot = Boolean((seat.data as { bot?: unknown } | undefined)?.bot);
      if (held.has(pid) || (seat.name && !bot)) n++;
    }
    return n;
  }

  private async sessionCode(matchID: string): Promise<string> {
    return (
      (await this.sessions.sessionOfMatch(matchID))?.code ?? fail(404, 'unknown_match', 'No such table.')
    );
  }

  /** Seats no student holds (empty or bot-played), in table order; `joinableOnly` leaves out demos and ended tables. */
  async freeSeats(session: SessionRow, joinableOnly = false): Promise<FreeSeat[]> {
    const held = new Set(
      (await this.sessions.students(session.code))
        .filter((s) => s.playerID !== null)
        .map((s) => `${s.table}:${s.playerID}`),
    );
    const out: FreeSeat[] = [];
    // An uploaded scenario's role names go with the seats (the client carries only the built-in ones).
    const named = !isBuiltIn(session.scenario.split('~')[0]!);
    for (const t of session.tables) {
      if (joinableOnly && !(await this.joinable(t.matchID))) continue;
      const metadata = await this.metadataOf(t.matchID);
      const { state } = (await this.engine.store.fetch(t.matchID, { state: true })) as {
        state?: State<GameState>;
      };
      for (const [pid, seat] of Object.entries(metadata.players)) {
        if (held.has(`${t.index}:${pid}`)) continue;
        const bot = Boolean((seat.data as { bot?: unknown } | undefined)?.bot);
        if (seat.name && !bot) continue;
        const role = state?.G.seats[Number(pid)] ?? null;
        const roleName =
          named && role
            ? (getScenario(session.scenario).roles.find((r) => r.id === role)?.name ?? null)
            : null;
        out.push({ table: t.index, playerID: pid, role, bot, ...(roleName ? { roleName } : {}) });
      }
    }
    return out;
  }

  /** Hands a seat to a bot (an absent student); the student keeps the claim to get it back. */
  async toBot(session: SessionRow, tableIndex: number, playerID: string): Promise<void> {
    const table = this.table(session, tableIndex);
    const res = await this.app.inject({
      method: 'POST',
      url: `/api/matches/${table.matchID}/seats/${playerID}/bot`,
      payload: { facilitatorToken: table.matchToken, policy: 'normal', difficulty: 'normal' },
    });
    if (res.statusCode !== 200) {
      const b = res.json() as { error?: Refusal['code']; message?: string };
      fail(res.statusCode, b.error ?? 'bot_failed', b.message ?? 'The bot could not take the seat.');
    }
    const student = (await this.sessions.students(session.code)).find(
      (s) => s.table === tableIndex && s.playerID === playerID,
    );
    if (student) await this.sessions.setBenched(session.code, student.id, true);
    this.notify(table.matchID);
  }

  /** Gives a bot's seat back to the student who held it. */
  async toHuman(session: SessionRow, tableIndex: number, playerID: string): Promise<void> {
    const student =
      (await this.sessions.students(session.code)).find(
        (s) => s.table === tableIndex && s.playerID === playerID,
      ) ?? fail(404, 'no_student', 'No student held this seat; a student can pick it instead.');
    const table = this.table(session, tableIndex);
    const res = await this.app.inject({
      method: 'POST',
      url: `/api/matches/${table.matchID}/seats/${playerID}/claim`,
      payload: { name: student.name, hostToken: table.matchToken },
    });
    const body = res.json() as { credentials?: string; message?: string; error?: Refusal['code'] };
    if (res.statusCode !== 200 || !body.credentials)
      fail(res.statusCode, body.error ?? 'seat_failed', body.message ?? 'The seat could not be returned.');
    await this.sessions.seatStudent(session.code, student.id, {
      table: tableIndex,
      playerID,
      credentials: body.credentials!,
    });
    this.notify(table.matchID);
  }

  // ------------------------------------------------------------------ controls

  /**
   * Starts a table: every seat no person has claimed is played by a bot, then play begins. A table with
   * no student is not started (409 no_students) unless it is a bots-only demonstration table.
   */
  async start(session: SessionRow, tableIndex: number): Promise<void> {
    const table = this.table(session, tableIndex);
    const c = await this.sessions.controls(table.matchID);
    if (!c.demo && (await this.humansAt(table.matchID, tableIndex)) === 0)
      fail(
        409,
        'no_students',
        `Table ${tableIndex + 1} has no student: seat someone, or make it a bots-only demonstration table.`,
      );
    const held = new Set(
      (await this.sessions.students(session.code))
        .filter((s) => s.table === tableIndex && s.playerID !== null)
        .map((s) => s.playerID),
    );
    for (const [pid, seat] of Object.entries((await this.metadataOf(table.matchID)).players))
      if (!seat.name && !held.has(pid)) await this.toBot(session, tableIndex, pid);
    const { state } = (await this.engine.store.fetch(table.matchID, { state: true })) as {
      state?: State<GameState>;
    };
    const before = await this.sessions.controls(table.matchID);
    await this.sessions.setControls(table.matchID, {
      ...before,
      started: true,
      // The lesson clock measures this table's pace from its start.
      pace: state
        ? roundBegan(before.pace ?? EMPTY_PACE, state.G.round, Date.now())
        : (before.pace ?? EMPTY_PACE),
    });
    await this.setPaused(table.matchID, false);
  }

  /** Starts every table that has a student (or is a demonstration); returns the numbers of those held back. */
  async startAll(session: SessionRow): Promise<number[]> {
    const held: number[] = [];
    for (const t of session.tables) {
      const c = await this.sessions.controls(t.matchID);
      if (c.started || !(await this.joinable(t.matchID))) {
        if (c.started) await this.setPaused(t.matchID, false);
        else if (c.demo) await this.start(session, t.index);
        continue;
      }
      if ((await this.humansAt(t.matchID, t.index)) === 0) held.push(t.index + 1);
      else await this.start(session, t.index);
    }
    return held;
  }

  /** Marks a table (not started yet) as a bots-only demonstration, or back to a class table. */
  async setDemo(session: SessionRow, tableIndex: number, demo: boolean): Promise<void> {
    const table = this.table(session, tableIndex);
    const c = await this.sessions.controls(table.matchID);
    if (c.started) fail(409, 'already_started', `Table ${tableIndex + 1} has started already.`);
    if (
      demo &&
      (await this.sessions.students(session.code)).some((s) => s.table === tableIndex && s.playerID !== null)
    )
      fail(
        409,
        'has_students',
        `Table ${tableIndex + 1} has students: move them before making it bots-only.`,
      );
    await this.sessions.setControls(table.matchID, { ...c, demo });
    this.notify(table.matchID);
  }

  async setPaused(matchID: string, paused: boolean): Promise<void> {
    const c = await this.sessions.controls(matchID);
    let timer = c.timer;
    // A paused timer would expire under a frozen table: pausing clears it; resuming re-arms the phase's duration.
    if (paused && timer) {
      timer = null;
      this.disarm(matchID);
    }
    await this.sessions.setControls(matchID, { ...c, paused, timer });
    if (!paused) {
      const { state } = (await this.engine.store.fetch(matchID, { state: true })) as {
        state?: State<GameState>;
      };
      if (state) await this.armForPhase(matchID, state);
    }
    // The tables hear of the pause and of a timer armed on resume in one status.
    await this.emitStatus(matchID);
    if (!paused) {
      // Wake the bots, here or at the match's owner.
      await this.engine.touch(matchID);
      this.engine.pokeOwner(matchID);
    }
    this.notify(matchID);
  }

  /** Seconds per phase for this table, armed now if the table is in that phase. */
  async setDurations(matchID: string, durations: Record<string, number>): Promise<void> {
    for (const [phase, secs] of Object.entries(durations)) {
      if (!['crisis', 'negotiation', 'orders', 'review'].includes(phase))
        fail(400, 'bad_request', `Unknown phase ${phase}.`);
      if (!Number.isInteger(secs) || secs < 0 || secs > 3600)
        fail(400, 'bad_request', 'A timer is 0 to 3600 seconds (0 turns it off).');
    }
    const c = await this.sessions.controls(matchID);
    const next = { ...c.durations, ...durations };
    for (const [p, v] of Object.entries(next)) if (v === 0) delete next[p];
    await this.sessions.setControls(matchID, { ...c, durations: next, timer: null });
    this.disarm(matchID);
    const { state } = (await this.engine.store.fetch(matchID, { state: true })) as {
      state?: State<GameState>;
    };
    if (state) await this.armForPhase(matchID, state);
    await this.emitStatus(matchID);
    this.notify(matchID);
  }

  /**
   * Finishes the current phase for the seats not done yet (skip, or an expired timer). A decision nobody
   * made (a crisis choice, a triggered pledge) falls to that seat's bot, with a note in the history.
   */
  async finishPhase(
    matchID: string,
    reason: 'skip' | 'timer' = 'skip',
    only?: { phase: string; round: number },
  ): Promise<Refusal | null> {
    // A seat nobody has claimed yet has no credentials to act with: a bot takes it first (empty seats are bots).
    const pre = (await this.engine.store.fetch(matchID, { state: true, metadata: true })) as {
      state?: State<GameState>;
      metadata?: Server.MatchData;
    };
    const session = await this.sessions.sessionOfMatch(matchID);
    if (pre.state && pre.metadata && session) {
      const index = session.tables.find((t) => t.matchID === matchID)!.index;
      for (const m of movesToFinishPhase(pre.state.G, pre.state.ctx as Ctx))
        if (!pre.metadata.players[Number(m.playerID)]?.credentials)
          await this.toBot(session, index, m.playerID);
    }
    return this.engine.enqueue(matchID, async () => {
      this.acting.add(matchID);
      try {
        const first = (await this.engine.store.fetch(matchID, { state: true })) as {
          state?: State<GameState>;
        };
        if (!first.state) return refuse('unknown_match', `There is no match "${matchID}".`);
        const phase = first.state.ctx.phase;
        // A timer's phase only: another process may have finished it already (its timer fired too).
        if (only && (only.phase !== phase || only.round !== first.state.G.round)) return null;
        for (const m of movesToFinishPhase(first.state.G, first.state.ctx as Ctx)) {
          const why = await this.playFor(matchID, m, phase, reason);
          if (why) return why;
        }
        return null;
      } finally {
        this.acting.delete(matchID);
      }
    });
  }

  /** One move for a seat that is not done (inside the match's queue); a decision goes to the seat's bot. */
  private async playFor(
    matchID: string,
    m: SeatMove,
    phase: string,
    reason: 'skip' | 'timer' | 'bot',
  ): Promise<Refusal | null> {
    const now = (await this.engine.store.fetch(matchID, { state: true })) as { state: State<GameState> };
    if (now.state.ctx.phase !== phase || !stillLegal(now.state.G, now.state.ctx as Ctx, m)) return null;
    let move = m;
    const decision = m.move === 'chooseCrisis' || m.move === 'answerPledge';
    if (decision && this.bots) {
      const keep = (x: MoveChoice) =>
        x.move === m.move && (m.move === 'chooseCrisis' || x.args?.[0] === m.args[0]);
      const choice = await this.bots.decide(matchID, m.playerID, keep);
      if (choice) move = { playerID: m.playerID, move: choice.move, args: [...(choice.args ?? [])] };
    }
    const { state, metadata } = (await this.engine.store.fetch(matchID, { state: true, metadata: true })) as {
      state: State<GameState>;
      metadata: Server.MatchData;
    };
    const credentials = metadata.players[Number(m.playerID)]?.credentials;
    const action = {
      type: 'MAKE_MOVE',
      payload: { type: move.move, args: [...move.args], playerID: m.playerID, credentials },
    };
    const why = await this.engine.submitNow(matchID, m.playerID, action, state._stateID, {
      asFacilitator: true,
    });
    // A bot answering its own seat's decision is ordinary play: no note.
    if (why || !decision || reason === 'bot') return why;
    const G = state.G;
    const role = G.seats[Number(m.playerID)] ?? m.playerID;
    const name = getScenario(G.scenario).roles.find((r) => r.id === role)?.name ?? role;
    const what = m.move === 'chooseCrisis' ? 'the crisis decision' : 'whether to honour its triggered pledge';
    const because = reason === 'timer' ? 'Time ran out' : 'The facilitator moved the table on';
    await this.engine.mutateNow(matchID, (next) => {
      log(
        next.G as DraftState,
        phase as HistoryEntry['phase'],
        `Round ${G.round}: ${because}, so a bot decided ${what} for the ${name}.`,
      );
      return undefined;
    });
    return null;
  }

  /** A decision card injected mid-round whose role a bot plays: that bot answers it at once. */
  private async botAnswersInjected(matchID: string, state: State<GameState>): Promise<void> {
    const role = choicePending(state.G);
    if (!role || state.ctx.phase === 'crisis' || !this.bots) return;
    const playerID = String(state.G.seats.indexOf(role));
    const { metadata } = (await this.engine.store.fetch(matchID, { metadata: true })) as {
      metadata?: Server.MatchData;
    };
    if (!botOf(metadata, playerID)) return;
    const card = getScenario(state.G.scenario).events.find((e) => e.id === state.G.crisis?.card);
    const first = card?.choice?.options[0];
    if (!first) return;
    // Not while paused: the pause guard refuses the move, and the resume wakes this again.
    if ((await this.sessions.controls(matchID)).paused) return;
    void this.engine
      .enqueue(matchID, async () => {
        const now = (await this.engine.store.fetch(matchID, { state: true })) as { state?: State<GameState> };
        if (!now.state || choicePending(now.state.G) !== role) return;
        await this.playFor(
          matchID,
          { playerID, move: 'chooseCrisis', args: [first.id] },
          now.state.ctx.phase,
          'bot',
        );
      })
      .catch((e: unknown) => console.error(`bot decision in match ${matchID}:`, e));
  }

  /** Ends these tables now: the elections are held on the spot (the facilitator confirmed it). */
  async endNow(matchIDs: readonly string[], by: EarlyElections = 'facilitator'): Promise<number> {
    let ended = 0;
    for (const matchID of matchIDs) {
      const refused = await this.engine.mutate(matchID, (next) => {
        if ((next.G as GameState).result) return refuse('game_over', 'The game is over.');
        holdElectionsNow(next.G as DraftState, by);
        return undefined;
      });
      if (refused) continue;
      ended++;
      const c = await this.sessions.controls(matchID);
      await this.sessions.setControls(matchID, { ...c, timer: null, paused: false });
      this.disarm(matchID);
      await this.emitStatus(matchID);
      this.notify(matchID);
    }
    return ended;
  }

  async inject(matchID: string, inject: unknown): Promise<void> {
    const { state } = (await this.engine.store.fetch(matchID, { state: true })) as {
      state?: State<GameState>;
    };
    if (!state) fail(404, 'unknown_match', 'No such table.');
    const why = checkInject(state!.G, inject);
    if (why) fail(400, 'bad_inject', why);
    const refused = await this.engine.mutate(matchID, (next, record) => {
      const G = next.G as DraftState;
      // The same key as before: the match and the state it changes. Logged, so a replay (what-if
      // re-runs) makes the same inject with the same numbers.
      const key = `${matchID}:${next._stateID}`;
      applyInject(G, inject as Inject, injectRng(key));
      record({ type: 'inject', args: [inject, key] });
      return undefined;
    });
    if (refused) fail(409, refused.code, refused.message);
    this.notify(matchID);
  }

  /**
   * Deletes everything this class left on the server: its tables (state, log, chat), students, seats,
   * settings and timers. The students' pages are told the class is gone.
   */
  async deleteClass(code: string): Promise<number> {
    const session = await this.session(code);
    this.disarmClock(code);
    for (const t of session.tables) {
      this.disarm(t.matchID);
      this.engine.emitTo(t.matchID, 'ceasefire:error', [
        { code: 'deleted', message: 'The teacher deleted this class.', event: 'sync' },
      ]);
      await this.engine.store.wipe(t.matchID);
    }
    await this.sessions.deleteSession(
      code,
      session.tables.map((t) => t.matchID),
    );
    return session.tables.length;
  }

  /** A message to every seat and spectator of the tables, kept in the chat history. */
  async broadcast(matchIDs: readonly string[], rawText: unknown): Promise<void> {
    if (typeof rawText !== 'string' || rawText.trim().length === 0)
      fail(400, 'bad_request', 'Write a message.');
    const text = (rawText as string).trim().slice(0, 500);
    for (const matchID of matchIDs) {
      const stored = await this.engine.store.addChat(matchID, {
        id: `fac-${newSecret(6)}`,
        sender: 'facilitator',
        to: null,
        text,
        at: Date.now(),
      });
      if (!stored) continue;
      const wire = {
        id: stored.id,
        sender: stored.sender,
        payload: { text: stored.text, to: null, at: stored.at },
      };
      this.engine.emitTo(matchID, 'chat', [matchID, wire]);
      this.engine.emitTo(matchID, 'ceasefire:broadcast', [{ matchID, text, at: stored.at }]);
      this.notify(matchID);
    }
  }

  /**
   * Public status of a table for its players: paused, the running phase timer, whether it is a class
   * table, and whether its facilitator lets students ask the advisor (outside a class nobody forbids it).
   */
  async status(matchID: string): Promise<{
    paused: boolean;
    timer: Controls['timer'];
    durations: Controls['durations'];
    inClass: boolean;
    advisor: boolean;
  }> {
    const c = await this.sessions.controls(matchID);
    const inClass = Boolean(await this.sessions.sessionOfMatch(matchID));
    return {
      paused: c.paused,
      timer: c.timer,
      durations: c.durations,
      inClass,
      advisor: inClass ? c.advisor === true : true,
    };
  }

  /** Let a class table's students ask the advisor, or not; the table hears of it at once. */
  async setAdvisor(matchID: string, allow: boolean): Promise<void> {
    await this.sessions.setControls(matchID, { ...(await this.sessions.controls(matchID)), advisor: allow });
    await this.emitStatus(matchID);
    this.notify(matchID);
  }

  private async emitStatus(matchID: string): Promise<void> {
    const status = { matchID, ...(await this.status(matchID)) };
    this.engine.emitTo(matchID, 'ceasefire:status', [status]);
  }

  // ------------------------------------------------------------------ the lesson clock

  /** A finish time must lie ahead, and within the day's lessons. */
  checkFinishAt(finishAt: unknown): void {
    if (typeof finishAt !== 'number' || !Number.isFinite(finishAt))
      fail(400, 'bad_request', 'finishAt is a time in milliseconds since 1970.');
    const now = Date.now();
    if ((finishAt as number) <= now) fail(400, 'bad_finish', 'That finish time has passed already.');
    if ((finishAt as number) > now + MAX_LESSON_MS)
      fail(400, 'bad_finish', 'The lesson clock reaches at most 12 hours ahead.');
  }

  /** Sets (or with null clears) the class's lesson clock; kept with the session, re-armed after a restart. */
  async setClock(code: string, finishAt: number | null): Promise<void> {
    const session = await this.session(code);
    if (finishAt !== null) this.checkFinishAt(finishAt);
    const settings = await this.sessions.settings(code);
    await this.sessions.setSettings(code, {
      ...settings,
      finishAt,
      ...(finishAt !== null ? { clockSetAt: Date.now() } : {}),
    });
    if (finishAt === null) this.disarmClock(code);
    else this.armClock(code, finishAt);
    this.notify(session.tables[0]!.matchID);
  }

  private armClock(code: string, finishAt: number): void {
    this.disarmClock(code);
    if (this.stopped) return;
    // setTimeout holds at most ~24.8 days; a lesson clock is at most 12 hours.
    const t = setTimeout(() => void this.clockRanOut(code, finishAt), Math.max(0, finishAt - Date.now()));
    t.unref?.();
    this.clocks.set(code, t);
  }

  private disarmClock(code: string): void {
    const t = this.clocks.get(code);
    if (t) clearTimeout(t);
    this.clocks.delete(code);
  }

  /** The finish time is here: every table still in play holds its elections now. */
  private async clockRanOut(code: string, finishAt: number): Promise<void> {
    this.clocks.delete(code);
    try {
      const session = await this.sessions.get(code);
      if (!session || (await this.sessions.settings(code)).finishAt !== finishAt) return;
      const playing: string[] = [];
      for (const t of session.tables)
        if ((await this.sessions.controls(t.matchID)).started) playing.push(t.matchID);
      await this.endNow(playing, 'deadline');
    } catch (err) {
      console.error(`lesson clock of class ${code}:`, err);
    }
  }

  /**
   * Records when rounds and reviews begin (the table's pace); when a review begins and the rest of it
   * and one more whole round do not fit before the finish time, the lesson clock calls the elections.
   */
  private async measurePace(code: string, matchID: string, state: State<GameState>): Promise<void> {
    const phase = state.ctx.phase;
    if (state.G.result || state.ctx.gameover !== undefined) return;
    const c = await this.sessions.controls(matchID);
    if (!c.started) return;
    const now = Date.now();
    const before = c.pace ?? EMPTY_PACE;
    // A crisis without a decision passes in the same commit as the review before it: any phase of a new round starts it.
    let pace = before.roundStart?.round === state.G.round ? before : roundBegan(before, state.G.round, now);
    if (phase === 'review') pace = reviewBegan(pace, state.G.round, now);
    if (pace !== before) await this.sessions.setControls(matchID, { ...c, pace });
    if (phase !== 'review') return;
    const { finishAt } = await this.sessions.settings(code);
    if (!finishAt) return;
    const call = clockCallsElections({
      now,
      finishAt,
      round: state.G.round,
      rounds: state.G.options.rounds,
      pace: estimatePace(pace, c.durations),
    });
    // Not awaited: this runs on the commit of the match, whose queue the elections need.
    if (call)
      void this.endNow([matchID], 'clock').catch((err: unknown) =>
        console.error(`lesson clock, match ${matchID}:`, err),
      );
  }

  /** The console's view of the lesson clock at one table: its pace and the rounds that fit. */
  clockView(
    finishAt: number | null | undefined,
    c: Controls,
    G: GameState | undefined,
  ): {
    paceMs: number | null;
    paceFrom: 'measured' | 'timers' | null;
    roundStartedAt: number | null;
    lastRound: number | null;
  } {
    const pace = estimatePace(c.pace ?? EMPTY_PACE, c.durations);
    const rec: PaceRecord = c.pace ?? EMPTY_PACE;
    const roundStartedAt = G && rec.roundStart?.round === G.round ? rec.roundStart.at : null;
    const base = {
      paceMs: pace ? Math.round(pace.roundMs) : null,
      paceFrom: pace?.from ?? null,
      roundStartedAt,
    };
    if (!finishAt || !G || G.result) return { ...base, lastRound: null };
    const { lastRound } = forecast({
      now: Date.now(),
      finishAt,
      round: Math.max(1, G.round),
      rounds: G.options.rounds,
      roundStartedAt,
      pace,
    });
    return { ...base, lastRound };
  }

  // ------------------------------------------------------------------ timers

  /** Commit listener: handled one commit at a time per match, in order. */
  private committed(matchID: string, state: State): void {
    const prev = this.committing.get(matchID) ?? Promise.resolve();
    const next = prev
      .then(() => this.onCommitted(matchID, state))
      .catch((err: unknown) => console.error(`facilitator, match ${matchID}:`, err));
    this.committing.set(matchID, next);
    void next.then(() => {
      if (this.committing.get(matchID) === next) this.committing.delete(matchID);
    });
  }

  private readonly committing = new Map<string, Promise<void>>();

  private async onCommitted(matchID: string, state: State): Promise<void> {
    if (await this.sessions.sessionOfMatch(matchID))
      await this.botAnswersInjected(matchID, state as State<GameState>);
    const phase = `${(state.G as GameState).round}:${state.ctx.phase}`;
    if (this.phases.get(matchID) === phase) return;
    this.phases.set(matchID, phase);
    const session = await this.sessions.sessionOfMatch(matchID);
    if (!session) return;
    const c = await this.sessions.controls(matchID);
    if (c.timer && (c.timer.phase !== state.ctx.phase || c.timer.round !== (state.G as GameState).round)) {
      await this.sessions.setControls(matchID, { ...c, timer: null });
      this.disarm(matchID);
    }
    await this.measurePace(session.code, matchID, state as State<GameState>);
    await this.armForPhase(matchID, state as State<GameState>);
    await this.emitStatus(matchID);
    this.notify(matchID);
  }

  private async armForPhase(matchID: string, state: State<GameState>): Promise<void> {
    const c = await this.sessions.controls(matchID);
    const phase = state.ctx.phase;
    const secs = c.durations[phase];
    if (c.paused || !secs || state.ctx.gameover !== undefined) return;
    if (c.timer && c.timer.phase === phase && c.timer.round === state.G.round) return;
    const endsAt = Date.now() + secs * 1000;
    await this.sessions.setControls(matchID, { ...c, timer: { phase, endsAt, round: state.G.round } });
    this.arm(matchID, endsAt);
  }

  private arm(matchID: string, endsAt: number): void {
    this.disarm(matchID);
    if (this.stopped) return;
    const t = setTimeout(() => void this.expire(matchID), Math.max(0, endsAt - Date.now()));
    t.unref?.();
    this.timers.set(matchID, t);
  }

  private disarm(matchID: string): void {
    const t = this.timers.get(matchID);
    if (t) clearTimeout(t);
    this.timers.delete(matchID);
  }

  private async expire(matchID: string): Promise<void> {
    this.timers.delete(matchID);
    const c = await this.sessions.controls(matchID);
    if (!c.timer || c.paused) return;
    // Armed from an older end time (another server moved it later since): wait for the new one.
    if (c.timer.endsAt > Date.now() + 250) return this.arm(matchID, c.timer.endsAt);
    const { state } = (await this.engine.store.fetch(matchID, { state: true })) as {
      state?: State<GameState>;
    };
    if (!state || state.ctx.phase !== c.timer.phase || state.G.round !== c.timer.round) return;
    await this.sessions.setControls(matchID, { ...c, timer: null });
    const why = await this.finishPhase(matchID, 'timer', { phase: c.timer.phase, round: c.timer.round });
    if (why) console.error(`timer in match ${matchID}: ${why.message}`);
    await this.emitStatus(matchID);
    this.notify(matchID);
  }
}

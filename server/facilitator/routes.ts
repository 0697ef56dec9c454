// HTTP routes of class sessions: creation, the console's live state, controls, students and seats,
// god view, debrief and exports. Facilitator routes need `Authorization: Bearer <token>`; refusals
// are 401 (no token) or 403 (wrong token), logged, and change nothing.

import type { Server, State } from 'boardgame.io';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { MAX_SCENARIO_BYTES } from '../../game/content/validate.ts';
import { credibility } from '../../game/credibility.ts';
import { csvHeader, csvRows, debriefOf } from '../../game/debrief.ts';
import { getScenario } from '../../game/scenario.ts';
import { checkChange, checkRound, type StoredState, WhatIfError } from '../../game/sim/whatif.ts';
import type { GameState } from '../../game/types.ts';
import type { Variables } from '../../game/variables.ts';
import { normaliseCode } from '../codes.ts';
import type { MatchEngine } from '../engine.ts';
import type { IpLimits } from '../limits.ts';
import { publicScenario } from '../lobby.ts';
import { ScenarioRefused } from '../scenarios.ts';
import { anyBody, parseBody, sessionBody, settingsBody, whatIfBody } from '../schemas.ts';
import type { Refusal } from '../types.ts';
import type { WhatIfJobs } from '../whatif/jobs.ts';
import { type Facilitator, HttpFail, VariablesRefused } from './controller.ts';
import { type SessionRow, tokenMatches } from './sessionStore.ts';

type Body = Record<string, unknown>;
/** Every body: a JSON object of bounded depth (schemas.ts), else a 400 with the reason. */
const bodyOf = (b: unknown): Body => parseBody(anyBody, b);

function bearer(req: FastifyRequest): string | null {
  const h = req.headers.authorization;
  if (typeof h !== 'string') return null;
  const m = /^Bearer\s+(\S+)$/i.exec(h);
  return m ? m[1]! : null;
}

/** The live state of every table, as the console shows it (no hidden state). */
export async function sessionSnapshot(fac: Facilitator, engine: MatchEngine, session: SessionRow) {
  const students = await fac.sessions.students(session.code);
  const settings = await fac.sessions.settings(session.code);
  const tables = await Promise.all(
    session.tables.map(async (t) => {
      const { state, metadata } = (await engine.store.fetch(t.matchID, { state: true, metadata: true })) as {
        state?: State<GameState>;
        metadata?: Server.MatchData;
      };
      const G = state?.G;
      const status = await fac.status(t.matchID);
      const controls = await fac.sessions.controls(t.matchID);
      return {
        index: t.index,
        started: controls.started === true,
        demo: controls.demo === true,
        matchID: t.matchID,
        joinCode: t.joinCode,
        round: G?.round ?? 0,
        rounds: G?.options.rounds ?? 0,
        phase: state?.ctx.phase ?? null,
        tension: G?.tracks.tension ?? 0,
        grade: G?.result?.grade ?? null,
        /** Who called this table's elections early, if anyone (the facilitator, the lesson clock). */
        calledEarly: G?.result?.calledEarly ?? null,
        /** The lesson clock at this table: its pace (ms a round) and the last round that fits. */
        clock: fac.clockView(settings.finishAt, controls, G),
        paused: status.paused,
        advisor: status.advisor,
        timer: status.timer,
        durations: status.durations,
        chatCount: await engine.store.chatCount(t.matchID),
        connections: engine.connsOf(t.matchID).size,
        crisis: G?.crisis?.card ?? null,
        seats: Object.entries(metadata?.players ?? {}).map(([pid, seat]) => {
          const role = G?.seats[Number(pid)] ?? null;
          const r = role && G ? G.roles[role] : undefined;
          const student = students.find((s) => s.table === t.index && s.playerID === pid);
          return {
            playerID: pid,
            role,
            name: seat.name ?? null,
            student: student ? { id: student.id, name: student.name, benched: student.benched } : null,
            bot: Boolean((seat.data as { bot?: unknown } | undefined)?.bot),
            connected: seat.isConnected === true,
            ordersIn: r?.ordersIn ?? false,
            ready: r?.ready ?? false,
            credibility: r && r.kind === 'guarantor' ? credibility(r) : null,
          };
        }),
      };
    }),
  );
  const first = session.tables[0];
  const setup = first
    ? ((await engine.store.fetch(first.matchID, { metadata: true })) as { metadata?: Server.MatchData })
        .metadata?.setupData
    : undefined;
  return {
    code: session.code,
    scenario: session.scenario,
    /** The scenario variables every table was created with (the facilitator sees fixed spoiler types). */
    variables: (setup as { variables?: Variables } | undefined)?.variables ?? {},
    createdAt: session.createdAt,
    roleOrder: await fac.roleOrder(session),
    /** The lesson clock: finish by (ms since the epoch), and when it was set; null: no clock. */
    clock: settings.finishAt ? { finishAt: settings.finishAt, setAt: settings.clockSetAt ?? null } : null,
    tables,
    students: students.map((s) => ({
      id: s.id,
      name: s.name,
      table: s.table,
      playerID: s.playerID,
      benched: s.benched,
      joined: s.joined,
    })),
  };
}

/** Who played each seat of a table and how the seat scored (facilitator only: agendas included). */
export async function playersOf(fac: Facilitator, engine: MatchEngine, session: SessionRow, index: number) {
  const t = session.tables[index]!;
  const { state, metadata } = (await engine.store.fetch(t.matchID, { state: true, metadata: true })) as {
    state?: State<GameState>;
    metadata?: Server.MatchData;
  };
  const G = state?.G;
  if (!G) return [];
  const sc = getScenario(G.scenario);
  const students = await fac.sessions.students(session.code);
  return G.seats.map((role, i) => {
    const pid = String(i);
    const seat = metadata?.players[i];
    const student = students.find((x) => x.table === index && x.playerID === pid);
    const bot = Boolean((seat?.data as { bot?: unknown } | undefined)?.bot);
    const def = sc.roles.find((r) => r.id === role);
    const agendaId = G.result?.revealed[role]?.agenda ?? G.secret[role]?.agenda;
    const score = G.result?.scores.find((x) => x.role === role) ?? null;
    return {
      playerID: pid,
      role,
      roleName: def?.name ?? role,
      student: student?.name ?? null,
      who: student ? student.name : bot ? 'bot' : (seat?.name ?? 'nobody'),
      objective: def?.objective ?? '',
      agenda: def?.agendas.find((a) => a.id === agendaId)?.text ?? '',
      score,
    };
  });
}

/** Runs fn on each item in turn (the store is asked one table at a time). */
async function mapAsync<T, U>(items: readonly T[], fn: (item: T) => Promise<U>): Promise<U[]> {
  const out: U[] = [];
  for (const item of items) out.push(await fn(item));
  return out;
}

function csvCell(v: string): string {
  return /[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

export function registerFacilitatorRoutes(
  app: FastifyInstance,
  engine: MatchEngine,
  fac: Facilitator,
  limits?: IpLimits,
  whatIf?: WhatIfJobs,
): void {
  const send = (reply: FastifyReply, status: number, error: Refusal['code'], message: string) =>
    reply.code(status).send({ error, message });

  const wrap = async <T>(reply: FastifyReply, f: () => Promise<T> | T) => {
    try {
      return await f();
    } catch (e) {
      if (e instanceof HttpFail) return send(reply, e.status, e.code, e.message);
      if (e instanceof ScenarioRefused || e instanceof VariablesRefused)
        return reply.code(e.status).send({ error: e.code, message: e.message, issues: e.issues });
      throw e;
    }
  };

  const guarded = <P extends Record<string, string>>(
    handler: (
      session: SessionRow,
      req: FastifyRequest<{ Params: P }>,
      body: Body,
      reply: FastifyReply,
    ) => unknown,
  ) => {
    return async (req: FastifyRequest<{ Params: P }>, reply: FastifyReply) => {
      const code = normaliseCode(String((req.params as { code?: string }).code ?? ''));
      const session = await fac.sessions.get(code);
      if (!session) return send(reply, 404, 'unknown_session', `No class session has the code ${code}.`);
      const token = bearer(req);
      if (!token) {
        await fac.sessions.logRefusal(code, req.url, req.ip, 'missing token');
        req.log.warn({ code, url: req.url }, 'facilitator request without token');
        return send(
          reply,
          401,
          'unauthorized',
          'This needs the facilitator token (Authorization: Bearer ...).',
        );
      }
      if (!tokenMatches(token, session.tokenHash)) {
        await fac.sessions.logRefusal(code, req.url, req.ip, 'wrong token');
        req.log.warn({ code, url: req.url }, 'facilitator request with a wrong token');
        return send(reply, 403, 'forbidden', 'Wrong facilitator token.');
      }
      return wrap(reply, () => handler(session, req, bodyOf(req.body), reply));
    };
  };

  // A class on an uploaded scenario carries the scenario in its body (the built-in ones are about 55 kB).
  app.post('/api/sessions', { bodyLimit: MAX_SCENARIO_BYTES + 16 * 1024 }, async (req, reply) =>
    wrap(reply, async () => {
      const b = parseBody(sessionBody, req.body);
      // A class's tables count against its teacher's address like any other new games.
      const refused = await limits?.createMatches(req.ip, b.tables);
      if (refused) throw new HttpFail(429, refused.code, refused.message);
      const out = await fac.create({
        tables: b.tables,
        ...(typeof b.scenario === 'string' ? { scenario: b.scenario } : {}),
        ...(b.bots !== undefined ? { bots: b.bots as string[][] } : {}),
        ...(typeof b.difficulty === 'string' ? { difficulty: b.difficulty } : {}),
        ...(b.variables !== undefined ? { variables: b.variables } : {}),
        ...(b.finishAt !== undefined ? { finishAt: b.finishAt } : {}),
        ...(b.scenarioData !== undefined ? { scenarioData: b.scenarioData } : {}),
      });
      return {
        code: out.code,
        facilitatorToken: out.facilitatorToken,
        tables: out.tables.map((t) => ({ index: t.index, matchID: t.matchID, joinCode: t.joinCode })),
      };
    }),
  );

  app.get<{ Params: { code: string } }>(
    '/api/sessions/:code',
    guarded((session) => sessionSnapshot(fac, engine, session)),
  );

  // ---------------------------------------------------------------- students (class code only)

  const publicSession = (raw: string) => fac.session(normaliseCode(raw));

  app.get<{ Params: { code: string } }>('/api/sessions/:code/public', async (req, reply) =>
    wrap(reply, async () => {
      const s = await publicSession(req.params.code);
      const first = s.tables[0];
      const setup = first
        ? ((await engine.store.fetch(first.matchID, { metadata: true })) as { metadata?: Server.MatchData })
            .metadata?.setupData
        : undefined;
      return {
        code: s.code,
        tables: s.tables.length,
        freeSeats: await fac.freeSeats(s, true),
        // The scenario and its variables for the students' page; a fixed spoiler type shows only as "fixed".
        scenario: s.scenario,
        variables: (publicScenario(setup).variables as object | undefined) ?? {},
      };
    }),
  );

  app.post<{ Params: { code: string } }>('/api/sessions/:code/students', async (req, reply) =>
    wrap(reply, async () => {
      const s = await publicSession(req.params.code);
      return fac.addStudent(s.code, bodyOf(req.body).name);
    }),
  );

  const studentAuth = async (req: FastifyRequest<{ Params: { code: string; id: string } }>) => {
    const s = await publicSession(req.params.code);
    const student = await fac.sessions.student(s.code, req.params.id);
    const token = bearer(req) ?? (req.headers['x-student-token'] as string | undefined);
    if (!student || !tokenMatches(token, student.tokenHash))
      throw new HttpFail(403, 'forbidden', 'Wrong student token.');
    return { s, student };
  };

  app.get<{ Params: { code: string; id: string } }>('/api/sessions/:code/students/:id', async (req, reply) =>
    wrap(reply, async () => {
      const { s, student } = await studentAuth(req);
      const table = student.table !== null ? s.tables[student.table] : undefined;
      return {
        id: student.id,
        name: student.name,
        seat:
          table && student.playerID !== null && !student.benched
            ? {
                table: student.table,
                matchID: table.matchID,
                playerID: student.playerID,
                credentials: student.credentials,
              }
            : null,
        benched: student.benched,
      };
    }),
  );

  app.post<{ Params: { code: string; id: string } }>(
    '/api/sessions/:code/students/:id/pick',
    async (req, reply) =>
      wrap(reply, async () => {
        const { s, student } = await studentAuth(req);
        const b = bodyOf(req.body);
        const free = (await fac.freeSeats(s, true)).some(
          (f) => f.table === Number(b.table) && f.playerID === String(b.playerID),
        );
        if (!free) throw new HttpFail(409, 'seat_taken', 'That seat is not free.');
        await fac.seat(s.code, student.id, Number(b.table), String(b.playerID));
        return { ok: true };
      }),
  );

  // ---------------------------------------------------------------- facilitator controls

  app.post<{ Params: { code: string } }>(
    '/api/sessions/:code/seat',
    guarded(async (session, _req, b) => {
      await fac.seat(session.code, String(b.studentId), Number(b.table), String(b.playerID));
      return sessionSnapshot(fac, engine, session);
    }),
  );

  app.post<{ Params: { code: string } }>(
    '/api/sessions/:code/autoseat',
    guarded(async (session) => ({ seated: await fac.autoSeat(session.code) })),
  );

  /** A roster: `text` is a pasted list of names (one a line) or the text of a CSV file. */
  app.post<{ Params: { code: string } }>(
    '/api/sessions/:code/roster',
    guarded((session, _req, b) => fac.importRoster(session.code, b.text)),
  );

  /**
   * `scenario`: an uploaded scenario for a class that has not started. 400 with every problem (path and
   * reason); otherwise every table is dealt again on it and the console's snapshot comes back.
   */
  app.post<{ Params: { code: string } }>(
    '/api/sessions/:code/scenario',
    { bodyLimit: MAX_SCENARIO_BYTES + 16 * 1024 },
    guarded(async (session, req, b) => {
      const refused = await limits?.createMatches(req.ip, session.tables.length);
      if (refused) throw new HttpFail(429, refused.code, refused.message);
      await fac.replaceScenario(session.code, b.scenario);
      return sessionSnapshot(fac, engine, await fac.session(session.code));
    }),
  );

  /**
   * Class settings: `roleOrder`, the roles in the order auto-assign fills them; `finishAt`, the lesson
   * clock (ms since the epoch; null clears it).
   */
  app.post<{ Params: { code: string } }>(
    '/api/sessions/:code/settings',
    guarded(async (session, _req, raw) => {
      const b = parseBody(settingsBody, raw);
      if (b.roleOrder === undefined && b.finishAt === undefined)
        throw new HttpFail(400, 'bad_request', 'Send roleOrder or finishAt.');
      // Both checked before either is changed: a refused request changes nothing.
      if (typeof b.finishAt === 'number') fac.checkFinishAt(b.finishAt);
      if (b.roleOrder !== undefined) await fac.setRoleOrder(session.code, b.roleOrder);
      if (b.finishAt !== undefined) await fac.setClock(session.code, b.finishAt);
      return sessionSnapshot(fac, engine, session);
    }),
  );

  /**
   * One control for one table (`table`: index) or every table (`table`: "all"):
   * start | pause | resume | skip | timers {durations} | bot {playerID} | human {playerID} |
   * inject {card | custom} | broadcast {text} | demo {on} | advisor {allow} | endNow {confirm: true}.
   */
  app.post<{ Params: { code: string } }>(
    '/api/sessions/:code/control',
    guarded(async (session, _req, b) => {
      const targets =
        b.table === 'all' || b.table === undefined ? session.tables : [fac.table(session, Number(b.table))];
      const action = String(b.action);
      let notice: string | undefined;
      switch (action) {
        case 'start':
          if (targets.length === 1) await fac.start(session, targets[0]!.index);
          else {
            const held = await fac.startAll(session);
            if (held.length)
              notice = `Started the tables with students. Not started (no student): table ${held.join(', ')}. Seat someone there, or make it a bots-only demonstration table.`;
          }
          break;
        case 'demo':
          if (targets.length !== 1) throw new HttpFail(400, 'bad_request', 'Name one table.');
          await fac.setDemo(session, targets[0]!.index, b.on !== false);
          break;
        case 'advisor':
          for (const t of targets) await fac.setAdvisor(t.matchID, b.allow === true);
          break;
        case 'resume':
        case 'pause':
          for (const t of targets) await fac.setPaused(t.matchID, action === 'pause');
          break;
        case 'skip':
          for (const t of targets) {
            const why = await fac.finishPhase(t.matchID, 'skip');
            if (why) throw new HttpFail(409, why.code, why.message);
          }
          break;
        case 'endNow': {
          if (b.confirm !== true)
            throw new HttpFail(
              400,
              'confirm_needed',
              'Ending a game cannot be undone: confirm it (confirm: true).',
            );
          const n = await fac.endNow(targets.map((t) => t.matchID));
          notice = `Elections held on the spot at ${n} table${n === 1 ? '' : 's'}. The debrief is ready.`;
          break;
        }
        case 'timers':
          for (const t of targets)
            await fac.setDurations(t.matchID, bodyOf(b.durations) as Record<string, number>);
          break;
        case 'bot':
        case 'human':
          if (targets.length !== 1)
            throw new HttpFail(400, 'bad_request', 'Name one table for a seat change.');
          if (action === 'bot') await fac.toBot(session, targets[0]!.index, String(b.playerID));
          else await fac.toHuman(session, targets[0]!.index, String(b.playerID));
          break;
        case 'inject':
          for (const t of targets) await fac.inject(t.matchID, b.inject);
          break;
        case 'broadcast':
          await fac.broadcast(
            targets.map((t) => t.matchID),
            b.text,
          );
          break;
        default:
          throw new HttpFail(400, 'bad_request', `Unknown control "${action}".`);
      }
      return { ...(await sessionSnapshot(fac, engine, session)), ...(notice ? { notice } : {}) };
    }),
  );

  /** God view: the whole state of one table, secrets included. */
  app.get<{ Params: { code: string; table: string } }>(
    '/api/sessions/:code/tables/:table/state',
    guarded(async (session, req) => {
      const t = fac.table(session, Number(req.params.table));
      const { state } = (await engine.store.fetch(t.matchID, { state: true })) as {
        state?: State<GameState>;
      };
      return { matchID: t.matchID, G: state?.G, ctx: state?.ctx };
    }),
  );

  app.get<{ Params: { code: string } }>(
    '/api/sessions/:code/debrief',
    guarded(async (session) => ({
      code: session.code,
      tables: await mapAsync(session.tables, async (t) => {
        const { state } = (await engine.store.fetch(t.matchID, { state: true })) as {
          state?: State<GameState>;
        };
        return {
          index: t.index,
          matchID: t.matchID,
          demo: (await fac.sessions.controls(t.matchID)).demo === true,
          ...debriefOf(state!.G),
          finalTension: state!.G.tracks.tension,
          players: await playersOf(fac, engine, session, t.index),
        };
      }),
    })),
  );

  /** Everything of the class as JSON; students' private messages only with `?private=1`. */
  app.get<{ Params: { code: string }; Querystring: { private?: string } }>(
    '/api/sessions/:code/export.json',
    guarded(async (session, req) => ({
      code: session.code,
      scenario: session.scenario,
      createdAt: session.createdAt,
      exportedAt: Date.now(),
      students: (await fac.sessions.students(session.code)).map((s) => ({
        name: s.name,
        table: s.table,
        playerID: s.playerID,
      })),
      tables: await mapAsync(session.tables, async (t) => {
        const { state, log } = (await engine.store.fetch(t.matchID, { state: true, log: true })) as {
          state?: State<GameState>;
          log?: {
            action: { type: string; payload: { type: string; args?: unknown; playerID?: string } };
            turn: number;
            phase: string;
          }[];
        };
        return {
          index: t.index,
          matchID: t.matchID,
          history: state?.G.history ?? [],
          result: state?.G.result ?? null,
          snapshots: state?.G.snapshots ?? [],
          pledges: state?.G.pledges ?? [],
          offers: state?.G.offers ?? [],
          orders: (log ?? [])
            .filter((e) => e.action.type === 'MAKE_MOVE')
            .map((e) => ({
              phase: e.phase,
              playerID: e.action.payload.playerID,
              move: e.action.payload.type,
              args: e.action.payload.args,
            })),
          chat: (await engine.store.listChat(t.matchID)).filter(
            (m) => m.to === null || (req.query as { private?: string }).private === '1',
          ),
          privateChatIncluded: (req.query as { private?: string }).private === '1',
          state: state?.G ?? null,
        };
      }),
    })),
  );

  /** One row per seat and table: the outcome, the winners, who played it and how it scored. */
  app.get<{ Params: { code: string } }>(
    '/api/sessions/:code/export.csv',
    guarded(async (session, _req, _b, reply) => {
      const lines = [
        'table,demonstration,outcome,cause,rounds_played,final_tension,winners,role,player,won,objective_met,agenda_met,points',
      ];
      for (const t of session.tables) {
        const { state } = (await engine.store.fetch(t.matchID, { state: true })) as {
          state?: State<GameState>;
        };
        if (!state) continue;
        const G = state.G;
        const sc = getScenario(G.scenario);
        const winners = (G.result?.scores ?? [])
          .filter((x) => x.won)
          .map((x) => sc.roles.find((r) => r.id === x.role)?.name ?? x.role)
          .join('; ');
        for (const p of await playersOf(fac, engine, session, t.index))
          lines.push(
            [
              String(t.index + 1),
              (await fac.sessions.controls(t.matchID)).demo ? 'yes' : 'no',
              G.result?.grade ?? 'still playing',
              G.result?.cause ?? '',
              String(G.round),
              String(G.tracks.tension),
              winners,
              p.roleName,
              p.who,
              p.score ? (p.score.won ? 'yes' : 'no') : '',
              p.score ? (p.score.objective ? 'yes' : 'no') : '',
              p.score ? (p.score.agenda ? 'yes' : 'no') : '',
              p.score ? String(p.score.points) : '',
            ]
              .map(csvCell)
              .join(','),
          );
      }
      reply.header('Content-Type', 'text/csv; charset=utf-8');
      reply.header('Content-Disposition', `attachment; filename="ceasefire-${session.code}.csv"`);
      return `${lines.join('\n')}\n`;
    }),
  );

  /** Every track per round and table, the last point being the state the game ended in. */
  app.get<{ Params: { code: string } }>(
    '/api/sessions/:code/rounds.csv',
    guarded(async (session, _req, _b, reply) => {
      const lines: string[] = [];
      for (const t of session.tables) {
        const { state } = (await engine.store.fetch(t.matchID, { state: true })) as {
          state?: State<GameState>;
        };
        if (!state) continue;
        if (lines.length === 0) lines.push(csvHeader(state.G).join(','));
        for (const row of csvRows(state.G, t.index + 1)) lines.push(row.map(csvCell).join(','));
      }
      reply.header('Content-Type', 'text/csv; charset=utf-8');
      reply.header('Content-Disposition', `attachment; filename="ceasefire-${session.code}-rounds.csv"`);
      return `${lines.join('\n')}\n`;
    }),
  );

  /** Deletes the class's data (tables, chat, students, seats); needs `confirm: true`. */
  app.post<{ Params: { code: string } }>(
    '/api/sessions/:code/delete',
    guarded(async (session, _req, b) => {
      if (b.confirm !== true)
        throw new HttpFail(
          400,
          'confirm_needed',
          'Deleting a class cannot be undone: confirm it (confirm: true).',
        );
      whatIf?.forget(session.code);
      return { deleted: session.code, tables: await fac.deleteClass(session.code) };
    }),
  );

  // ---------------------------------------------------------------- what if? (re-runs in a worker)

  /**
   * Re-run a table from the start of a round, `runs` times with bots in every seat, optionally with one
   * change; 202 with the job, whose progress GET .../whatif/:id reports. Bad input is a 400.
   */
  app.post<{ Params: { code: string } }>(
    '/api/sessions/:code/whatif',
    guarded(async (session, req, _b, reply) => {
      if (!whatIf) throw new HttpFail(404, 'not_found', 'What-if re-runs are not available here.');
      const b = parseBody(whatIfBody, req.body);
      const t = session.tables[b.table];
      if (!t) throw new HttpFail(400, 'unknown_table', `This class has no table ${b.table + 1}.`);
      const max = whatIf.limits.maxRuns;
      if (b.runs > max) throw new HttpFail(400, 'too_many_runs', `Ask for 1 to ${max} re-runs.`);
      const limitS = whatIf.limits.timeLimitMs / 1000;
      if (b.seconds !== undefined && b.seconds > limitS)
        throw new HttpFail(400, 'too_long', `A re-run may take at most ${limitS} seconds.`);
      const { state, initialState, log } = (await engine.store.fetch(t.matchID, {
        state: true,
        initialState: true,
        log: true,
      })) as { state?: State<GameState>; initialState?: State<GameState>; log?: unknown[] };
      if (!state || !initialState)
        throw new HttpFail(409, 'no_game', `Table ${b.table + 1} has no game to re-run.`);
      const change = b.change ?? { kind: 'none' as const };
      try {
        checkRound(state.G, b.round);
      } catch (e) {
        if (e instanceof WhatIfError) throw new HttpFail(400, e.code, e.message);
        throw e;
      }
      const why = checkChange(state.G, change);
      if (why) throw new HttpFail(400, 'bad_change', why);
      const job = whatIf.start({
        code: session.code,
        table: b.table,
        round: b.round,
        change,
        seed: String(b.seed ?? 1),
        runs: b.runs,
        ...(b.seconds !== undefined ? { timeLimitMs: Math.round(b.seconds * 1000) } : {}),
        initial: initialState as unknown as StoredState,
        log: log ?? [],
        final: state.G,
      });
      return reply.code(202).send(job);
    }),
  );

  app.get<{ Params: { code: string } }>(
    '/api/sessions/:code/whatif',
    guarded(async (session) => ({ jobs: whatIf?.list(session.code) ?? [] })),
  );

  app.get<{ Params: { code: string; id: string } }>(
    '/api/sessions/:code/whatif/:id',
    guarded(async (session, req) => {
      const job = whatIf?.get(session.code, req.params.id);
      if (!job) throw new HttpFail(404, 'unknown_job', 'No such what-if re-run for this class.');
      return job;
    }),
  );

  /**
   * For the table's players and its projector: paused or not, the running timer, and for a class table
   * the class code (the way in for a room: a class table's own join code would bypass the seating).
   */
  app.get<{ Params: { id: string } }>('/api/matches/:id/status', async (req, reply) => {
    const session = await fac.sessions.sessionOfMatch(req.params.id);
    if (!session) {
      const { metadata } = (await engine.store.fetch(req.params.id, { metadata: true })) as {
        metadata?: unknown;
      };
      if (!metadata) return send(reply, 404, 'unknown_match', `Match ${req.params.id} not found.`);
    }
    const table = session?.tables.find((t) => t.matchID === req.params.id);
    return {
      matchID: req.params.id,
      ...(await fac.status(req.params.id)),
      ...(session && table ? { classCode: session.code, table: table.index + 1 } : {}),
    };
  });
}

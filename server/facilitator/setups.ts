// Saved class setups: a teacher saves a class's setup under a name (scenario, tables, bots, variables,
// phase timers, bots-only tables, role order, the roster with its seating plan, the lesson clock's
// length), lists them, duplicates one and starts it again as a new class (a new class code and token;
// of the students only the roster names and their planned seats are kept). A setup belongs to the
// teacher's setup key (a secret made on the first save and kept by their browser): only its hash is
// stored, and only that key lists, reads, starts or deletes the setups.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { getScenario } from '../../game/scenario.ts';
import { newSecret, normaliseCode } from '../codes.ts';
import type { IpLimits } from '../limits.ts';
import { parseBody } from '../schemas.ts';
import { type Facilitator, HttpFail, MAX_TABLES } from './controller.ts';
import { checkRoleOrder, MAX_NAME, MAX_ROSTER } from './seating.ts';
import { hashToken, type SetupRow, tokenMatches } from './sessionStore.ts';

/** Saved setups one teacher may keep. */
export const MAX_SETUPS = 100;
/** Setups one class may be saved as (whatever the keys). */
export const MAX_SAVES_PER_CLASS = 20;
const PHASES = ['crisis', 'negotiation', 'orders', 'review'] as const;

const seatId = z.string().regex(/^\d{1,2}$/, 'is a seat number');
const timers = z.partialRecord(z.enum(PHASES), z.number().int().min(0).max(3600));

/** What a saved setup holds (stored as JSON; read back through this schema). */
export const classSetup = z.object({
  scenario: z.string().min(1).max(60),
  tables: z.number().int().min(1).max(MAX_TABLES),
  /** Per table, the seats bots play from the start. */
  bots: z.array(z.array(seatId).max(20)).max(MAX_TABLES),
  difficulty: z.string().regex(/^[\w-]{1,40}$/),
  /** The scenario variables the tables were created with (checked again when started). */
  variables: z.unknown().optional(),
  /** Per table, its phase timers in seconds. */
  timers: z.array(timers).max(MAX_TABLES),
  /** Per table, a bots-only demonstration table. */
  demo: z.array(z.boolean()).max(MAX_TABLES),
  roleOrder: z.array(z.string().max(40)).max(20),
  /** The roster: names, with the seat each had (the seating plan) or none. */
  roster: z
    .array(
      z.object({
        name: z.string().min(1).max(MAX_NAME),
        table: z
          .number()
          .int()
          .min(0)
          .max(MAX_TABLES - 1)
          .nullable(),
        playerID: seatId.nullable(),
      }),
    )
    .max(MAX_ROSTER),
  /** The lesson clock's length in minutes (a new class finishes that long after it is started). */
  lessonMinutes: z.number().int().min(1).max(720).nullable(),
});
export type ClassSetup = z.infer<typeof classSetup>;

const setupName = z
  .string()
  .transform((x) => x.replace(/\s+/g, ' ').trim())
  .pipe(z.string().min(1, 'is required').max(80, 'is at most 80 characters'));
const teacherKey = z.string().min(16, 'is at least 16 characters').max(200);

export const saveSetupBody = z.object({
  name: setupName,
  /** The teacher's setup key; without one a new key is made and returned once. */
  teacherKey: teacherKey.optional(),
});
export const duplicateSetupBody = z.object({ name: setupName.optional() });
export const startSetupBody = z.object({});

/** What a list shows of a setup. */
function summary(row: SetupRow) {
  const s = classSetup.parse(row.setup);
  return {
    id: row.id,
    name: row.name,
    createdAt: row.createdAt,
    scenario: s.scenario,
    tables: s.tables,
    students: s.roster.length,
    timers: s.timers[0] ?? {},
    lessonMinutes: s.lessonMinutes,
  };
}

export class Setups {
  constructor(private readonly fac: Facilitator) {}

  /** The setup of a running class, as it stands (timers, bots-only tables, roster and seats). */
  async of(code: string): Promise<ClassSetup> {
    const session = await this.fac.session(code);
    const settings = await this.fac.sessions.settings(code);
    const students = await this.fac.sessions.students(code);
    const tableTimers: Record<string, number>[] = [];
    const demo: boolean[] = [];
    let variables: unknown;
    const fallbackBots: string[][] = [];
    for (const t of session.tables) {
      const c = await this.fac.sessions.controls(t.matchID);
      tableTimers.push({ ...c.durations });
      demo.push(c.demo === true);
      const { metadata } = (await this.fac.store.fetch(t.matchID, { metadata: true })) as {
        metadata?: { players: Record<string, { data?: unknown }>; setupData?: { variables?: unknown } };
      };
      if (t.index === 0) variables = metadata?.setupData?.variables;
      // A class from before setups were kept: the seats bots play now that no student holds.
      fallbackBots.push(
        Object.entries(metadata?.players ?? {})
          .filter(
            ([pid, seat]) =>
              Boolean((seat.data as { bot?: unknown } | undefined)?.bot) &&
              !students.some((s) => s.table === t.index && s.playerID === pid),
          )
          .map(([pid]) => pid),
      );
    }
    const clockMs = settings.finishAt && settings.clockSetAt ? settings.finishAt - settings.clockSetAt : null;
    return classSetup.parse({
      scenario: session.scenario,
      tables: session.tables.length,
      bots: settings.origin?.bots ?? fallbackBots,
      difficulty: settings.origin?.difficulty ?? 'normal',
      ...(variables !== undefined ? { variables } : {}),
      timers: tableTimers,
      demo,
      roleOrder: await this.fac.roleOrder(session),
      roster: students.map((s) => ({ name: s.name, table: s.table, playerID: s.playerID })),
      lessonMinutes: clockMs ? Math.min(720, Math.max(1, Math.round(clockMs / 60_000))) : null,
    });
  }

  async save(
    code: string,
    name: string,
    key: string | undefined,
  ): Promise<{ setup: ReturnType<typeof summary>; teacherKey?: string }> {
    const settings = await this.fac.sessions.settings(code);
    if ((settings.setupsSaved ?? 0) >= MAX_SAVES_PER_CLASS)
      throw new HttpFail(
        409,
        'too_many_setups',
        `This class has been saved ${MAX_SAVES_PER_CLASS} times already: duplicate a saved setup instead.`,
      );
    const setup = await this.of(code);
    const made = key ?? newSecret(18);
    const ownerHash = hashToken(made);
    if ((await this.fac.sessions.setups(ownerHash)).length >= MAX_SETUPS)
      throw new HttpFail(
        409,
        'too_many_setups',
        `You can keep at most ${MAX_SETUPS} setups: delete one first.`,
      );
    const row: SetupRow = { id: newSecret(9), ownerHash, name, createdAt: Date.now(), setup };
    await this.fac.sessions.saveSetup(row);
    const now = await this.fac.sessions.settings(code);
    await this.fac.sessions.setSettings(code, { ...now, setupsSaved: (now.setupsSaved ?? 0) + 1 });
    return { setup: summary(row), ...(key ? {} : { teacherKey: made }) };
  }

  /** A setup of this key's owner; someone else's is as unknown as a missing one. */
  async owned(id: string, key: string): Promise<SetupRow> {
    const row = await this.fac.sessions.setup(id);
    if (!row || !tokenMatches(key, row.ownerHash))
      throw new HttpFail(404, 'unknown_setup', 'No saved setup of yours has that id.');
    return row;
  }

  async list(key: string) {
    return (await this.fac.sessions.setups(hashToken(key))).map(summary);
  }

  async duplicate(id: string, key: string, name?: string) {
    const row = await this.owned(id, key);
    if ((await this.fac.sessions.setups(row.ownerHash)).length >= MAX_SETUPS)
      throw new HttpFail(
        409,
        'too_many_setups',
        `You can keep at most ${MAX_SETUPS} setups: delete one first.`,
      );
    const copy: SetupRow = {
      ...row,
      id: newSecret(9),
      name: name ?? `${row.name} (copy)`.slice(0, 80),
      createdAt: Date.now(),
    };
    await this.fac.sessions.saveSetup(copy);
    return summary(copy);
  }

  /** A new class from the setup: its own code and token, the roster seated as planned, the clock running. */
  async start(id: string, key: string) {
    const s = classSetup.parse((await this.owned(id, key)).setup);
    const made = await this.fac.create({
      tables: s.tables,
      scenario: s.scenario,
      bots: s.bots.slice(0, s.tables),
      difficulty: s.difficulty,
      ...(s.variables !== undefined ? { variables: s.variables } : {}),
      finishAt: s.lessonMinutes ? Date.now() + s.lessonMinutes * 60_000 : null,
    });
    const session = await this.fac.session(made.code);
    // A role order the scenario no longer fits (its roles changed since) gives way to the default.
    const roles = getScenario(s.scenario).roles.map((r) => r.id);
    if (checkRoleOrder(s.roleOrder, roles) === null) await this.fac.setRoleOrder(made.code, s.roleOrder);
    for (const t of session.tables) {
      const wanted = s.timers[t.index] ?? {};
      const off = Object.fromEntries(PHASES.map((p) => [p, wanted[p] ?? 0]));
      await this.fac.setDurations(t.matchID, off);
    }
    // The roster: names nobody has signed in as yet (a student typing the name takes the entry).
    for (const r of s.roster) {
      const id = newSecret(6);
      await this.fac.sessions.addStudent(made.code, id, '', r.name);
      if (r.table === null || r.playerID === null || r.table >= s.tables || s.demo[r.table]) continue;
      // A seat the plan cannot give again (another name took it) leaves the student to auto-assign.
      await this.fac.seat(made.code, id, r.table, r.playerID).catch(() => undefined);
    }
    for (const t of session.tables)
      if (s.demo[t.index]) await this.fac.setDemo(session, t.index, true).catch(() => undefined);
    return made;
  }

  async remove(id: string, key: string): Promise<void> {
    await this.fac.sessions.deleteSetup((await this.owned(id, key)).id);
  }
}

function bearer(req: FastifyRequest): string | null {
  const m = /^Bearer\s+(\S+)$/i.exec(String(req.headers.authorization ?? ''));
  return m ? m[1]! : null;
}

export function registerSetupRoutes(app: FastifyInstance, fac: Facilitator, limits?: IpLimits): void {
  const setups = new Setups(fac);
  const send = (reply: FastifyReply, e: HttpFail) =>
    reply.code(e.status).send({ error: e.code, message: e.message });
  const run = async <T>(reply: FastifyReply, f: () => Promise<T>) => {
    try {
      return await f();
    } catch (e) {
      if (e instanceof HttpFail) return send(reply, e);
      throw e;
    }
  };
  /** The teacher's setup key from `Authorization: Bearer`; none is a 401. */
  const keyOf = (req: FastifyRequest): string => {
    const key = bearer(req);
    if (!key)
      throw new HttpFail(401, 'unauthorized', 'This needs your setup key (Authorization: Bearer ...).');
    return key;
  };

  /** Saves the class's setup (the class's facilitator token as Bearer; the teacher's key in the body). */
  app.post<{ Params: { code: string } }>('/api/sessions/:code/setups', async (req, reply) =>
    run(reply, async () => {
      const code = normaliseCode(req.params.code);
      const session = await fac.session(code);
      const token = bearer(req);
      if (!token)
        throw new HttpFail(
          401,
          'unauthorized',
          'This needs the facilitator token (Authorization: Bearer ...).',
        );
      if (!tokenMatches(token, session.tokenHash)) {
        await fac.sessions.logRefusal(code, req.url, req.ip, 'wrong token');
        throw new HttpFail(403, 'forbidden', 'Wrong facilitator token.');
      }
      const b = parseBody(saveSetupBody, req.body);
      return setups.save(code, b.name, b.teacherKey);
    }),
  );

  app.get('/api/setups', async (req, reply) =>
    run(reply, async () => ({ setups: await setups.list(keyOf(req)) })),
  );

  app.get<{ Params: { id: string } }>('/api/setups/:id', async (req, reply) =>
    run(reply, async () => {
      const row = await setups.owned(req.params.id, keyOf(req));
      return { ...summary(row), setup: classSetup.parse(row.setup) };
    }),
  );

  app.post<{ Params: { id: string } }>('/api/setups/:id/duplicate', async (req, reply) =>
    run(reply, async () => {
      const key = keyOf(req);
      const b = parseBody(duplicateSetupBody, req.body);
      return { setup: await setups.duplicate(req.params.id, key, b.name) };
    }),
  );

  app.post<{ Params: { id: string } }>('/api/setups/:id/start', async (req, reply) =>
    run(reply, async () => {
      const key = keyOf(req);
      parseBody(startSetupBody, req.body);
      const row = await setups.owned(req.params.id, key);
      const refused = await limits?.createMatches(req.ip, classSetup.parse(row.setup).tables);
      if (refused) throw new HttpFail(429, refused.code, refused.message);
      const out = await setups.start(row.id, key);
      return {
        code: out.code,
        facilitatorToken: out.facilitatorToken,
        tables: out.tables.map((t) => ({ index: t.index, matchID: t.matchID, joinCode: t.joinCode })),
      };
    }),
  );

  app.post<{ Params: { id: string } }>('/api/setups/:id/delete', async (req, reply) =>
    run(reply, async () => {
      await setups.remove(req.params.id, keyOf(req));
      return { deleted: req.params.id };
    }),
  );
}

// A scenario uploaded through the real server, on both stores: a bad one is refused with every problem
// (path and reason) and stores nothing; a good one is stored, a class is dealt on it and a table plays;
// after a SIGKILL and a restart the table still loads and plays on. Only the class's facilitator may
// change its scenario.
import fs from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { firstSteps } from '../../game/content/teaching.ts';
import { type ServerProcess, spawnServer } from '../helpers/processes.ts';
import { api, tempDir } from '../helpers/server.ts';
import {
  newDatabase,
  postgres,
  postgresMissing,
  redis,
  redisMissing,
  STORE_KINDS,
  stopServices,
  storeMissing,
} from '../helpers/services.ts';

// biome-ignore lint/suspicious/noExplicitAny: raw scenario data to break.
type Raw = any;
const lesson = (id: string, name = 'Harbour Talks'): Raw => ({
  ...structuredClone(firstSteps as object),
  id,
  name,
});

const procs: ServerProcess[] = [];
const dirs: string[] = [];
afterAll(async () => {
  for (const p of procs) await p.kill();
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
  await stopServices();
});

async function until<T>(f: () => Promise<T | false | undefined>, what: string, ms = 40_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await f();
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out: ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe.each(STORE_KINDS)('uploading a scenario (%s)', (kind) => {
  const missing = storeMissing(kind);
  if (missing) {
    it.skip(missing, () => {});
    return;
  }

  it('refuses a bad one with every path, deals a class on a good one, and it survives a restart', async () => {
    const dataDir = tempDir('ceasefire-upload-');
    dirs.push(dataDir);
    const env: Record<string, string> = {
      DATA_DIR: dataDir,
      CEASEFIRE_GAME: 'ceasefire',
      // Bots at the default pace of tests (0 ms) can play a five-round game out between two polls;
      // the restart must come mid-game for "it plays on" to mean anything.
      BOT_DELAY_MS: '50',
      ...(kind === 'postgres' ? { DATABASE_URL: await newDatabase(await postgres()) } : {}),
    };
    let server = await spawnServer(env);
    procs.push(server);

    // A bad scenario: 400, every problem with its path, and nothing is stored or created.
    const bad = lesson('harbourTalks');
    bad.tuning.rounds = 0;
    bad.roles[1].colour = 'blue';
    bad.events[0].effects.push({ kind: 'fear', role: 'pirates', delta: 2 });
    const refused = await api(server.url, '/api/sessions', { body: { tables: 1, scenarioData: bad } });
    expect(refused.status).toBe(400);
    expect(refused.body.error).toBe('bad_scenario');
    const j = bad.events[0].effects.length - 1;
    expect(refused.body.issues).toEqual(
      expect.arrayContaining([
        { path: 'tuning.rounds', message: 'Too small: expected number to be >=1' },
        { path: 'roles.1.colour', message: 'unknown field "colour"' },
        { path: `events.0.effects.${j}.role`, message: 'unknown role pirates' },
      ]),
    );
    expect(refused.body.message).toContain('The scenario is not valid (3 problems)');
    expect((await api(server.url, '/api/scenarios/harbourTalks')).status).toBe(404);

    // Too big: a clear 413 before anything is read.
    const huge = await api(server.url, '/api/sessions', {
      raw: JSON.stringify({ tables: 1, scenarioData: { ...lesson('big'), padding: 'x'.repeat(600_000) } }),
    });
    expect(huge.status).toBe(413);
    expect(huge.body.message).toBe('The request body is too large (at most 528 kB).');

    // A good one: stored, served to browsers, and the class is dealt on it.
    const good = lesson('harbourTalks');
    good.roles[0].name = 'Harbour Board';
    const made = await api(server.url, '/api/sessions', {
      body: { tables: 1, scenarioData: good, bots: [['0', '1', '2']] },
    });
    expect(made.status).toBe(200);
    const code = made.body.code as string;
    const auth = { authorization: `Bearer ${made.body.facilitatorToken}` };
    const served = await api(server.url, '/api/scenarios/harbourTalks');
    expect(served.status).toBe(200);
    expect(served.body.name).toBe('Harbour Talks');
    const snap = await api(server.url, `/api/sessions/${code}`, { headers: auth });
    expect(snap.body.scenario).toBe('harbourTalks');
    expect(snap.body.tables[0].seats.map((s: { role: string }) => s.role)).toEqual([
      'government',
      'movement',
      'un',
    ]);

    // Students picking a seat see the roles as the file names them.
    const pub = await api(server.url, `/api/sessions/${code}/public`);
    expect(pub.body.freeSeats[0]).toMatchObject({ role: 'government', roleName: 'Harbour Board' });

    // Other content under the same id is refused, naming the id.
    const clash = await api(server.url, '/api/sessions', {
      body: { tables: 1, scenarioData: lesson('harbourTalks', 'Other Talks') },
    });
    expect(clash.status).toBe(400);
    expect(clash.body.issues).toEqual([
      {
        path: 'id',
        message: 'a different scenario with the id "harbourTalks" was uploaded before; give yours another id',
      },
    ]);

    // The table plays: a bots-only demonstration, started by the facilitator.
    for (const body of [
      { action: 'demo', table: 0, on: true },
      { action: 'start', table: 0 },
    ])
      expect((await api(server.url, `/api/sessions/${code}/control`, { body, headers: auth })).status).toBe(
        200,
      );
    const round = async () =>
      (await api(server.url, `/api/sessions/${code}`, { headers: auth })).body.tables[0].round as number;
    const reached = await until(async () => (await round()) >= 2 && (await round()), 'a round played');
    expect(reached, 'the restart comes before the last round').toBeLessThan(firstSteps.tuning.rounds);

    // SIGKILL and restart on the same store: the scenario is registered before the table loads.
    await server.kill();
    server = await spawnServer(env);
    procs.push(server);
    const state = await api(server.url, `/api/sessions/${code}/tables/0/state`, { headers: auth });
    expect(state.status).toBe(200);
    expect(state.body.G.scenario).toBe('harbourTalks');
    expect(state.body.G.seats).toEqual(['government', 'movement', 'un']);
    expect(state.body.ctx.gameover, 'the game is still on at the restart').toBeUndefined();
    // And it plays on (the bots resume): its history grows, to a new round or to the game's end.
    const atRestart = state.body.G.history.length as number;
    const tableState = async () =>
      (await api(server.url, `/api/sessions/${code}/tables/0/state`, { headers: auth })).body as {
        G: { history: unknown[]; round: number };
        ctx: { phase: string | null; gameover?: unknown };
      };
    try {
      await until(async () => {
        const s = await tableState();
        return (s.G.round > reached || s.ctx.gameover !== undefined) && s.G.history.length > atRestart;
      }, "a round (or the game's end) after the restart");
    } catch (err) {
      const s = await tableState();
      throw new Error(
        `${(err as Error).message}: round ${s.G.round} (${reached} at the restart), phase ${s.ctx.phase}, over ${JSON.stringify(s.ctx.gameover)}, history ${s.G.history.length} (${atRestart})`,
      );
    }
    expect((await api(server.url, '/api/scenarios/harbourTalks')).body.name).toBe('Harbour Talks');
    // A new class can be created on the stored scenario by its id.
    const again = await api(server.url, '/api/sessions', { body: { tables: 1, scenario: 'harbourTalks' } });
    expect(again.status).toBe(200);
  }, 120_000);

  it('lets only the facilitator change a class to an uploaded scenario, before it starts', async () => {
    const dataDir = tempDir('ceasefire-upload-');
    dirs.push(dataDir);
    const env: Record<string, string> = {
      DATA_DIR: dataDir,
      CEASEFIRE_GAME: 'ceasefire',
      ...(kind === 'postgres' ? { DATABASE_URL: await newDatabase(await postgres()) } : {}),
    };
    const server = await spawnServer(env);
    procs.push(server);
    const made = await api(server.url, '/api/sessions', { body: { tables: 2 } });
    const code = made.body.code as string;
    const auth = { authorization: `Bearer ${made.body.facilitatorToken}` };
    const route = `/api/sessions/${code}/scenario`;
    const body = { scenario: lesson('quayTalks') };

    expect((await api(server.url, route, { body })).status).toBe(401);
    expect((await api(server.url, route, { body, headers: { authorization: 'Bearer wrong' } })).status).toBe(
      403,
    );
    expect((await api(server.url, '/api/scenarios/quayTalks')).status).toBe(404);

    const broken = lesson('quayTalks');
    delete broken.briefing;
    const bad = await api(server.url, route, { body: { scenario: broken }, headers: auth });
    expect(bad.status).toBe(400);
    expect(bad.body.issues).toEqual([
      { path: 'briefing', message: 'Invalid input: expected string, received undefined' },
    ]);

    const before = (await api(server.url, `/api/sessions/${code}`, { headers: auth })).body;
    const ok = await api(server.url, route, { body, headers: auth });
    expect(ok.status).toBe(200);
    expect(ok.body.scenario).toBe('quayTalks');
    expect(ok.body.tables).toHaveLength(2);
    for (const t of ok.body.tables) expect(t.seats).toHaveLength(3);
    // New tables (new join codes); the old matches are gone.
    expect(ok.body.tables[0].matchID).not.toBe(before.tables[0].matchID);
    expect((await api(server.url, `/api/matches/${before.tables[0].matchID}/status`)).status).toBe(404);

    await api(server.url, `/api/sessions/${code}/control`, {
      body: { action: 'demo', table: 0, on: true },
      headers: auth,
    });
    await api(server.url, `/api/sessions/${code}/control`, {
      body: { action: 'start', table: 0 },
      headers: auth,
    });
    const late = await api(server.url, route, { body: { scenario: lesson('otherTalks') }, headers: auth });
    expect(late.status).toBe(409);
    expect(late.body.error).toBe('class_started');
  }, 60_000);
});

describe.skipIf((postgresMissing ?? redisMissing) !== null)(
  'an upload in a cluster (Postgres and Redis)',
  () => {
    it('another server that started before the upload loads the scenario from the store when it needs it', async () => {
      const [pg, rd] = await Promise.all([postgres(), redis()]);
      const env = {
        DATABASE_URL: await newDatabase(pg),
        REDIS_URL: rd.url,
        LEASE_MS: '1000',
        CEASEFIRE_GAME: 'ceasefire',
      };
      const A = await spawnServer(env);
      const B = await spawnServer(env);
      procs.push(A, B);
      const made = await api(A.url, '/api/sessions', {
        body: { tables: 1, scenarioData: lesson('pierTalks', 'Pier Talks') },
      });
      expect(made.status).toBe(200);
      const auth = { authorization: `Bearer ${made.body.facilitatorToken}` };
      // B reads the class's table: the match's scenario is registered from the store on the way.
      const state = await api(B.url, `/api/sessions/${made.body.code}/tables/0/state`, { headers: auth });
      expect(state.status).toBe(200);
      expect(state.body.G.scenario).toBe('pierTalks');
      const snap = await api(B.url, `/api/sessions/${made.body.code}`, { headers: auth });
      expect(snap.status).toBe(200);
      expect(snap.body.roleOrder).toEqual(['government', 'movement', 'un']);
    }, 60_000);
  },
);

// Class sessions against the real server with the real rules: creation, authorization, seating,
// pause/resume, timers turning missing orders into hold, injects on one table only, exports.

import { io as ioClient } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getScenario } from '../../game/scenario.ts';
import type { GameState } from '../../game/types.ts';
import { ceasefireServerGame } from '../../server/ceasefire.ts';
import type { SqliteStore } from '../../server/store.ts';
import { api, startServer, waitFor } from '../helpers/server.ts';

let server: Awaited<ReturnType<typeof startServer>>;
let base: string;
let code: string;
let token: string;
let tables: { index: number; matchID: string; joinCode: string }[];
const auth = () => ({ authorization: `Bearer ${token}` });

async function godView(table: number): Promise<{ G: GameState; ctx: { phase: string } }> {
  const r = await api(base, `/api/sessions/${code}/tables/${table}/state`, { headers: auth() });
  expect(r.status).toBe(200);
  return r.body;
}

/** Polls the server (over HTTP, so every 50 ms) until `f` gives something. */
const until = <T>(f: () => Promise<T | undefined | false>, ms = 8000) => waitFor(f, 'the server', ms, 50);

beforeAll(async () => {
  // Bots wait a little before acting, so a person's move right after a start is not raced.
  server = await startServer({ game: await ceasefireServerGame(), bots: { delayMs: 150 } });
  base = server.url;
  const r = await api(base, '/api/sessions', { body: { tables: 3 } });
  expect(r.status).toBe(200);
  ({ code, facilitatorToken: token, tables } = r.body);
});
afterAll(async () => {
  await server.close();
});

describe('class sessions', () => {
  it('creates tables with a class code and a secret token, storing only its hash', async () => {
    expect(code).toMatch(/^[A-Z2-9]{6}$/);
    expect(tables).toHaveLength(3);
    const row = (server.store as unknown as SqliteStore).db
      .prepare('SELECT * FROM sessions WHERE code = ?')
      .get(code) as Record<string, string>;
    expect(JSON.stringify(row)).not.toContain(token);
    const live = await api(base, `/api/sessions/${code}`, { headers: auth() });
    expect(live.status).toBe(200);
    expect(live.body.tables[0]).toMatchObject({ round: 1, paused: true });
    expect(['crisis', 'negotiation']).toContain(live.body.tables[0].phase);
  });

  it('refuses the console API without a token (401) or with a wrong one (403), and logs it', async () => {
    const none = await api(base, `/api/sessions/${code}`);
    expect(none.status).toBe(401);
    const wrong = await api(base, `/api/sessions/${code}`, { headers: { authorization: 'Bearer nope' } });
    expect(wrong.status).toBe(403);
    const ctl = await api(base, `/api/sessions/${code}/control`, {
      body: { action: 'start' },
      headers: { authorization: 'Bearer nope' },
    });
    expect(ctl.status).toBe(403);
    expect((await server.facilitator.sessions.refusals()).length).toBeGreaterThanOrEqual(3);
    const still = await api(base, `/api/sessions/${code}`, { headers: auth() });
    expect(still.body.tables.every((t: { paused: boolean }) => t.paused)).toBe(true);
  });

  it('refuses a student token on facilitator routes and the socket without the token', async () => {
    const s = await api(base, `/api/sessions/${code}/students`, { body: { name: 'Mallory' } });
    const asStudent = await api(base, `/api/sessions/${code}/control`, {
      body: { action: 'start' },
      headers: { authorization: `Bearer ${s.body.studentToken}` },
    });
    expect(asStudent.status).toBe(403);
    const sock = ioClient(`${base}/facilitator`, {
      auth: { code, token: s.body.studentToken },
      transports: ['websocket'],
      reconnection: false,
    });
    const err = await new Promise<{ data?: { status?: number } }>((resolve) =>
      sock.on('connect_error', resolve),
    );
    expect(err.data?.status).toBe(403);
    sock.close();
  });

  it('seats students by auto-assign and lets a student pick a free seat', async () => {
    const a = await api(base, `/api/sessions/${code}/students`, { body: { name: 'Ada' } });
    const b = await api(base, `/api/sessions/${code}/students`, { body: { name: 'Ben' } });
    expect((await api(base, `/api/sessions/${code}/students`, { body: { name: '  ' } })).status).toBe(400);
    const seated = await api(base, `/api/sessions/${code}/autoseat`, { body: {}, headers: auth() });
    expect(seated.body.seated).toBeGreaterThanOrEqual(2);
    const me = await api(base, `/api/sessions/${code}/students/${a.body.studentId}`, {
      headers: { 'x-student-token': a.body.studentToken },
    });
    // Spread evenly in the order they joined: Mallory at table 1, Ada at table 2, Ben at table 3.
    expect(me.body.seat).toMatchObject({ table: 1 });
    expect(typeof me.body.seat.credentials).toBe('string');
    // A student cannot read another student's seat.
    const spy = await api(base, `/api/sessions/${code}/students/${a.body.studentId}`, {
      headers: { 'x-student-token': b.body.studentToken },
    });
    expect(spy.status).toBe(403);
    const c = await api(base, `/api/sessions/${code}/students`, { body: { name: 'Cy' } });
    const pub = await api(base, `/api/sessions/${code}/public`);
    const free = pub.body.freeSeats.find((f: { table: number }) => f.table === 2);
    const pick = await api(base, `/api/sessions/${code}/students/${c.body.studentId}/pick`, {
      body: { table: free.table, playerID: free.playerID },
      headers: { 'x-student-token': c.body.studentToken },
    });
    expect(pick.status).toBe(200);
    const taken = await api(base, `/api/sessions/${code}/students/${b.body.studentId}/pick`, {
      body: { table: free.table, playerID: free.playerID },
      headers: { 'x-student-token': b.body.studentToken },
    });
    expect(taken.status).toBe(409);
  });

  it('refuses moves while a table is paused with the reason, and accepts them after resume', async () => {
    const s = await api(base, `/api/sessions/${code}/students`, { body: { name: 'Dee' } });
    const seat = (await server.facilitator.freeSeats(await server.facilitator.session(code))).find(
      (f) => f.table === 1,
    )!;
    await api(base, `/api/sessions/${code}/seat`, {
      body: { studentId: s.body.studentId, table: 1, playerID: seat.playerID },
      headers: auth(),
    });
    const me = await api(base, `/api/sessions/${code}/students/${s.body.studentId}`, {
      headers: { 'x-student-token': s.body.studentToken },
    });
    const { matchID, playerID, credentials } = me.body.seat;
    // The facilitator can move a paused table on (skip): bring it to the negotiation phase.
    const st = await until(async () => {
      const g = await godView(1);
      if (g.ctx.phase === 'negotiation') return g;
      await api(base, `/api/sessions/${code}/control`, {
        body: { action: 'skip', table: 1 },
        headers: auth(),
      });
      return false;
    });
    const stateID = ((await server.store.fetch(matchID, { state: true })) as { state: { _stateID: number } })
      .state._stateID;
    const action = { type: 'MAKE_MOVE', payload: { type: 'ready', args: [], playerID, credentials } };
    expect(st.ctx.phase).toBe('negotiation');
    const refused = await server.engine.submit(matchID, playerID, action, stateID);
    expect(refused).toMatchObject({ code: 'paused', message: 'Paused by the facilitator.' });
    await api(base, `/api/sessions/${code}/control`, {
      body: { action: 'start', table: 1 },
      headers: auth(),
    });
    // Bots now play the other seats: retry on a stale state until the move lands.
    const ok = await until(async () => {
      const now = ((await server.store.fetch(matchID, { state: true })) as { state: { _stateID: number } })
        .state._stateID;
      const why = await server.engine.submit(matchID, playerID, action, now);
      return why === null ? 'ok' : why.code === 'stale_state' ? false : why.code;
    });
    expect(ok).toBe('ok');
  });

  it('an orders timer turns missing orders into hold and the round resolves', async () => {
    await api(base, `/api/sessions/${code}/control`, {
      body: { action: 'start', table: 0 },
      headers: auth(),
    });
    await until(async () => {
      if ((await godView(0)).ctx.phase === 'orders') return true;
      await api(base, `/api/sessions/${code}/control`, {
        body: { action: 'skip', table: 0 },
        headers: auth(),
      });
      return false;
    });
    const timers = await api(base, `/api/sessions/${code}/control`, {
      body: { action: 'timers', table: 0, durations: { orders: 1 } },
      headers: auth(),
    });
    expect(timers.body.tables[0].timer).toMatchObject({ phase: 'orders' });
    const after = await until(async () => {
      const g = await godView(0);
      return g.ctx.phase !== 'orders' && g;
    });
    const holds = Object.values(after.G.secret).filter(
      (s) => s.lastOrders.length === 1 && s.lastOrders[0]!.type === 'hold',
    );
    expect(holds.length).toBeGreaterThan(0);
    // The opening position and the round that just resolved.
    expect(after.G.snapshots.map((x: { round: number }) => x.round)).toEqual([0, 1]);
  });

  it('an inject appears on the chosen table only', async () => {
    const card = getScenario().events[0]!.id;
    const others = (await godView(2)).G.history.length;
    const r = await api(base, `/api/sessions/${code}/control`, {
      body: {
        action: 'inject',
        table: 0,
        inject: {
          custom: { title: 'Radio hoax', text: 'A fake broadcast says the army mobilises.', effects: [] },
        },
      },
      headers: auth(),
    });
    expect(r.status).toBe(200);
    expect((await godView(0)).G.history.some((h) => h.text.includes('Radio hoax'))).toBe(true);
    expect((await godView(2)).G.history.length).toBe(others);
    const bad = await api(base, `/api/sessions/${code}/control`, {
      body: { action: 'inject', table: 2, inject: { card: 'nope' } },
      headers: auth(),
    });
    expect(bad.status).toBe(400);
    expect(bad.body.message).toMatch(/no crisis card/);
    const deck = await api(base, `/api/sessions/${code}/control`, {
      body: { action: 'inject', table: 2, inject: { card } },
      headers: auth(),
    });
    expect(deck.status).toBe(200);
  });

  it('pushes live snapshots to an authorised console socket', async () => {
    const sock = ioClient(`${base}/facilitator`, {
      auth: { code, token },
      transports: ['websocket'],
      reconnection: false,
    });
    const first = await new Promise<{ tables: unknown[] }>((resolve) => sock.once('session', resolve));
    expect(first.tables).toHaveLength(3);
    const next = new Promise<{ tables: { paused: boolean }[] }>((resolve) => sock.once('session', resolve));
    await api(base, `/api/sessions/${code}/control`, {
      body: { action: 'pause', table: 2 },
      headers: auth(),
    });
    expect((await next).tables[2]!.paused).toBe(true);
    sock.close();
  });

  it('exports every table as JSON (history, orders, chat), results and tracks per round as CSV', async () => {
    await api(base, `/api/sessions/${code}/control`, {
      body: { action: 'broadcast', text: 'Five minutes left' },
      headers: auth(),
    });
    const json = await api(base, `/api/sessions/${code}/export.json`, { headers: auth() });
    expect(json.status).toBe(200);
    expect(json.body.tables).toHaveLength(3);
    for (const t of json.body.tables) {
      expect(t.history.length).toBeGreaterThan(0);
      expect(t.chat.some((m: { text: string }) => m.text === 'Five minutes left')).toBe(true);
    }
    expect(json.body.tables[0].orders.some((o: { move: string }) => o.move === 'submitOrders')).toBe(true);
    const csv = await api(base, `/api/sessions/${code}/rounds.csv`, { headers: auth() });
    const lines = String(csv.body).trim().split('\n');
    expect(lines[0]).toMatch(/^table,round,tension,ddr/);
    expect(lines.length).toBeGreaterThanOrEqual(2);
    const results = String((await api(base, `/api/sessions/${code}/export.csv`, { headers: auth() })).body);
    expect(results.split('\n')[0]).toMatch(/^table,demonstration,outcome,/);
    const debrief = await api(base, `/api/sessions/${code}/debrief`, { headers: auth() });
    expect(debrief.body.tables[0].prompts.length).toBeGreaterThan(0);
    expect((await api(base, `/api/sessions/${code}/export.json`)).status).toBe(401);
  });
});

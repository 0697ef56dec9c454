// Time in the teacher's hands, against the real server and real sockets: a crisis timer expires into the
// seat's bot deciding (with a note in the history); an injected decision card asks its seat (a person
// answers it, a bot seat answers at once); "end all now" holds the elections on the spot; a restart in the
// middle of a timed round resumes the timer.
import type { State } from 'boardgame.io';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Ceasefire } from '../../game/index.ts';
import { getScenario } from '../../game/scenario.ts';
import type { GameState } from '../../game/types.ts';
import { ceasefireServerGame } from '../../server/ceasefire.ts';
import { api, type BgClient, bgClient, startServer, tempDir, waitFor } from '../helpers/server.ts';

let server: Awaited<ReturnType<typeof startServer>>;
const clients: BgClient[] = [];

beforeAll(async () => {
  server = await startServer({ game: await ceasefireServerGame(), bots: { delayMs: 20 } });
});
afterAll(async () => {
  for (const c of clients) c.stop();
  await server?.close();
});

/** Polls the server (over HTTP, so every 50 ms) until `f` gives something. */
const until = <T>(f: () => Promise<T | undefined | false>, ms = 15_000) => waitFor(f, 'the server', ms, 50);

/** A class of `tables` tables with `students` students per table, seated and started. */
async function classOf(base: string, tables: number, students: number) {
  const r = await api(base, '/api/sessions', { body: { tables } });
  const code = r.body.code as string;
  const auth = { authorization: `Bearer ${r.body.facilitatorToken}` };
  const seats: { matchID: string; playerID: string; credentials: string }[][] = [];
  const ids: { id: string; token: string }[] = [];
  for (let i = 0; i < tables * students; i++) {
    const s = await api(base, `/api/sessions/${code}/students`, { body: { name: `S${i}` } });
    ids.push({ id: s.body.studentId, token: s.body.studentToken });
  }
  await api(base, `/api/sessions/${code}/autoseat`, { body: {}, headers: auth });
  for (const { id, token } of ids) {
    const me = await api(base, `/api/sessions/${code}/students/${id}`, {
      headers: { 'x-student-token': token },
    });
    const at = seats[me.body.seat.table] ?? [];
    at.push(me.body.seat);
    seats[me.body.seat.table] = at;
  }
  const control = (body: Record<string, unknown>) =>
    api(base, `/api/sessions/${code}/control`, { body, headers: auth });
  const god = async (table: number) =>
    (await api(base, `/api/sessions/${code}/tables/${table}/state`, { headers: auth })).body as {
      G: GameState;
      ctx: { phase: string; gameover?: unknown };
    };
  await control({ action: 'start', table: 'all' });
  return { code, auth, seats, control, god };
}

const stateOf = async (matchID: string) =>
  ((await server.store.fetch(matchID, { state: true })) as { state: State<GameState> }).state;

describe('phase timers and decisions', () => {
  it('a crisis timer expires into the seat’s bot deciding, noted in the history', async () => {
    const c = await classOf(server.url, 1, 5); // five students: every decision waits on a person
    // Move the table on until a round's crisis asks someone to decide.
    const g = await until(async () => {
      const st = await c.god(0);
      if (st.ctx.phase === 'crisis' && st.G.crisis?.chooser && st.G.crisis.choice === null) return st;
      await c.control({ action: 'skip', table: 0 });
      return false;
    }, 30_000);
    const chooser = g.G.crisis!.chooser!;
    const r = await c.control({ action: 'timers', table: 0, durations: { crisis: 1, review: 30 } });
    expect(r.status).toBe(200);
    expect(r.body.tables[0].timer).toMatchObject({ phase: 'crisis', round: g.G.round });
    expect(r.body.tables[0].durations).toMatchObject({ crisis: 1, review: 30 });
    const name = getScenario().roles.find((x) => x.id === chooser)!.name;
    const note = `Round ${g.G.round}: Time ran out, so a bot decided the crisis decision for the ${name}.`;
    // The bot's decision is one commit and the note the next: wait for both.
    const after = await until(async () => {
      const st = await c.god(0);
      return st.ctx.phase !== 'crisis' && st.G.history.some((h) => h.text === note) && st;
    });
    expect(after.G.crisis!.choice).not.toBeNull();
    // The note follows the decision it explains.
    const texts = after.G.history.map((h) => h.text);
    const chose = texts.findIndex((t) => t.startsWith(`Round ${g.G.round}: the ${name} chose`));
    expect(chose).toBeGreaterThanOrEqual(0);
    expect(texts.indexOf(note)).toBeGreaterThan(chose);
  }, 45_000);

  it('an injected decision card asks its seat: the student answers it; Ready waits for it', async () => {
    const c = await classOf(server.url, 1, 5);
    await until(async () => {
      if ((await c.god(0)).ctx.phase === 'negotiation') return true;
      await c.control({ action: 'skip', table: 0 });
      return false;
    });
    const card = getScenario().events.find((e) => e.choice?.role === 'government')!;
    const inj = await c.control({ action: 'inject', table: 0, inject: { card: card.id } });
    expect(inj.status).toBe(200);
    const G = (await c.god(0)).G;
    expect(G.crisis).toMatchObject({ card: card.id, chooser: 'government', choice: null });
    const gov = c.seats[0]!.find((s) => G.seats[Number(s.playerID)] === 'government')!;
    // Ready is refused with the reason while the decision waits.
    const st = await stateOf(gov.matchID);
    const ready = { type: 'MAKE_MOVE', payload: { type: 'ready', args: [], ...gov } };
    expect(await server.engine.submit(gov.matchID, gov.playerID, ready, st._stateID)).toMatchObject({
      code: 'CHOICE_PENDING',
    });
    // A second decision card cannot pile on the first.
    const other = getScenario().events.find((e) => e.choice && e.id !== card.id)!;
    const twice = await c.control({ action: 'inject', table: 0, inject: { card: other.id } });
    expect(twice.status).toBe(400);
    expect(twice.body.message).toMatch(/has still to decide/);
    // The student answers through a real socket client, in the negotiation phase.
    const client = bgClient(server.url, gov.matchID, gov, Ceasefire);
    clients.push(client);
    await waitFor(() => client.getState()?.isConnected, 'sync');
    const option = card.choice!.options[1]!;
    client.moves.chooseCrisis!(option.id);
    await waitFor(async () => (await stateOf(gov.matchID)).G.crisis?.choice === option.id, 'the choice');
    expect((await stateOf(gov.matchID)).ctx.phase).toBe('negotiation');
    expect(
      (await stateOf(gov.matchID)).G.history.some((h) => h.text.includes(`chose "${option.label}"`)),
    ).toBe(true);
  });

  it('an injected decision for a seat a bot plays is answered by that bot at once', async () => {
    const c = await classOf(server.url, 1, 2); // the factions are students; the guarantors are bots
    await until(async () => {
      if ((await c.god(0)).ctx.phase === 'negotiation') return true;
      await c.control({ action: 'skip', table: 0 });
      return false;
    });
    const card = getScenario().events.find((e) => e.choice?.role === 'regional')!;
    expect((await c.control({ action: 'inject', table: 0, inject: { card: card.id } })).status).toBe(200);
    const done = await until(async () => {
      const g = await c.god(0);
      return g.G.crisis?.card === card.id && g.G.crisis.choice !== null && g;
    });
    expect(card.choice!.options.map((o) => o.id)).toContain(done.G.crisis!.choice);
  });

  it('“end all now” needs a confirmation, then holds the elections at every table on the spot', async () => {
    const c = await classOf(server.url, 2, 1);
    const unconfirmed = await c.control({ action: 'endNow', table: 'all' });
    expect(unconfirmed.status).toBe(400);
    expect(unconfirmed.body.error).toBe('confirm_needed');
    expect((await c.god(0)).G.result).toBeNull();
    const r = await c.control({ action: 'endNow', table: 'all', confirm: true });
    expect(r.status).toBe(200);
    expect(r.body.notice).toMatch(/Elections held on the spot at 2 tables/);
    for (const t of [0, 1]) {
      const g = await c.god(t);
      expect(g.ctx.gameover).toBeDefined();
      expect(g.G.result?.grade).toMatch(/durable|fragile|collapsed/);
      expect(g.G.history.at(-1)!.text).toMatch(/called the elections early/);
      expect(r.body.tables[t].grade).toBe(g.G.result!.grade);
    }
  });
});

describe('a restart in the middle of a timed round', () => {
  it('resumes the timer where it was: the phase still ends on time', async () => {
    const dataDir = tempDir('ceasefire-timer-restart-');
    const game = await ceasefireServerGame();
    let s1: Awaited<ReturnType<typeof startServer>> | null = await startServer({
      game,
      dataDir,
      bots: { delayMs: 20 },
    });
    const c = await classOf(s1.url, 1, 1);
    await until(async () => {
      if ((await c.god(0)).ctx.phase === 'orders') return true;
      await c.control({ action: 'skip', table: 0 });
      return false;
    });
    const set = await c.control({ action: 'timers', table: 0, durations: { orders: 3 } });
    const timer = set.body.tables[0].timer as { phase: string; endsAt: number; round: number };
    expect(timer.phase).toBe('orders');
    await s1.close();
    s1 = null;
    const s2 = await startServer({ game, dataDir, bots: { delayMs: 20 } });
    try {
      const snap = await api(s2.url, `/api/sessions/${c.code}`, { headers: c.auth });
      expect(snap.body.tables[0].timer).toEqual(timer);
      expect(snap.body.tables[0].phase).toBe('orders');
      const after = await until(async () => {
        const g = await api(s2.url, `/api/sessions/${c.code}/tables/0/state`, { headers: c.auth });
        return g.body.ctx.phase !== 'orders' && g.body;
      }, 10_000);
      expect(Date.now()).toBeGreaterThanOrEqual(timer.endsAt);
      // The student sent nothing: the timer turned the missing orders into "hold".
      const role = after.G.seats[Number(c.seats[0]![0]!.playerID)];
      expect(after.G.secret[role].lastOrders[0].type).toBe('hold');
    } finally {
      await s2.close();
    }
  }, 30_000);
});

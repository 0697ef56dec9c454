// The lesson clock against the real server: a class finishes by a set time. With one-second phase timers
// the rounds take a few seconds, so a finish time a few seconds ahead plays the case a teacher has at
// 11:32 with "finish by 11:40": the elections are called early at the review when another round does not
// fit, the history says the lesson clock called them, and the finish time itself ends a stalled table,
// also across a server restart.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GameState } from '../../game/types.ts';
import { ceasefireServerGame } from '../../server/ceasefire.ts';
import { api, startServer, tempDir, waitFor } from '../helpers/server.ts';

let server: Awaited<ReturnType<typeof startServer>>;
let game: Awaited<ReturnType<typeof ceasefireServerGame>>;

beforeAll(async () => {
  game = await ceasefireServerGame();
  server = await startServer({ game, bots: { delayMs: 20 } });
});
afterAll(async () => {
  await server?.close();
});

/** Polls the server (over HTTP, so every 50 ms) until `f` gives something. */
const until = <T>(f: () => Promise<T | undefined | false>, ms = 15_000) => waitFor(f, 'the server', ms, 50);

/** A class of one table with students (who do nothing: the timers move the table on). */
async function oneTable(base: string, body: Record<string, unknown>, names = ['Ana']) {
  const r = await api(base, '/api/sessions', { body: { tables: 1, ...body } });
  expect(r.status).toBe(200);
  const code = r.body.code as string;
  const auth = { authorization: `Bearer ${r.body.facilitatorToken}` };
  for (const name of names) await api(base, `/api/sessions/${code}/students`, { body: { name } });
  await api(base, `/api/sessions/${code}/autoseat`, { body: {}, headers: auth });
  const control = (b: Record<string, unknown>) =>
    api(base, `/api/sessions/${code}/control`, { body: b, headers: auth });
  const snapshot = async () => (await api(base, `/api/sessions/${code}`, { headers: auth })).body;
  const god = async () =>
    (await api(base, `/api/sessions/${code}/tables/0/state`, { headers: auth })).body as {
      G: GameState;
      ctx: { phase: string; gameover?: unknown };
    };
  return { code, auth, control, snapshot, god };
}

const ONE_SECOND_PHASES = { crisis: 1, negotiation: 1, orders: 1, review: 1 };

describe('the lesson clock', () => {
  it('is set at creation, shown in the console with the rounds that fit, and refuses bad times', async () => {
    const finishAt = Date.now() + 20 * 60_000;
    const c = await oneTable(server.url, { finishAt });
    await c.control({
      action: 'timers',
      table: 0,
      durations: { crisis: 60, negotiation: 240, orders: 120, review: 60 },
    });
    let snap = await c.snapshot();
    expect(snap.clock).toMatchObject({ finishAt });
    // Before a round is played the pace is the sum of the timers: 8 minutes a round; 20 minutes hold
    // round 1 and one more whole round.
    expect(snap.tables[0].clock).toMatchObject({ paceMs: 8 * 60_000, paceFrom: 'timers', lastRound: 2 });

    // A time already past, a time too far ahead, a string: 400 with the reason; the clock is unchanged.
    const past = await api(server.url, `/api/sessions/${c.code}/settings`, {
      body: {
        finishAt: Date.now() - 1000,
        roleOrder: ['spoiler', 'regional', 'un', 'movement', 'government'],
      },
      headers: c.auth,
    });
    expect(past.status).toBe(400);
    expect(past.body).toMatchObject({ error: 'bad_finish', message: 'That finish time has passed already.' });
    const far = await api(server.url, `/api/sessions/${c.code}/settings`, {
      body: { finishAt: Date.now() + 13 * 3600_000 },
      headers: c.auth,
    });
    expect(far.status).toBe(400);
    expect(far.body.message).toMatch(/12 hours/);
    const text = await api(server.url, `/api/sessions/${c.code}/settings`, {
      body: { finishAt: '11:40' },
      headers: c.auth,
    });
    expect(text.status).toBe(400);
    expect(text.body.message).toMatch(/finishAt/);
    snap = await c.snapshot();
    expect(snap.clock.finishAt).toBe(finishAt);
    expect(snap.roleOrder[0]).not.toBe('spoiler'); // the refused request changed nothing
    const bad = await api(server.url, '/api/sessions', { body: { tables: 1, finishAt: Date.now() - 5 } });
    expect(bad.status).toBe(400);
    expect(bad.body.error).toBe('bad_finish');

    // Another teacher (a wrong token) cannot touch it; the teacher can move it and clear it.
    const wrong = await api(server.url, `/api/sessions/${c.code}/settings`, {
      body: { finishAt: null },
      headers: { authorization: 'Bearer nope' },
    });
    expect(wrong.status).toBe(403);
    const later = Date.now() + 45 * 60_000;
    const moved = await api(server.url, `/api/sessions/${c.code}/settings`, {
      body: { finishAt: later },
      headers: c.auth,
    });
    expect(moved.status).toBe(200);
    expect(moved.body.clock.finishAt).toBe(later);
    const cleared = await api(server.url, `/api/sessions/${c.code}/settings`, {
      body: { finishAt: null },
      headers: c.auth,
    });
    expect(cleared.body.clock).toBeNull();
    expect(cleared.body.tables[0].clock.lastRound).toBeNull();
  });

  it('calls the elections early at the review when another full round does not fit', async () => {
    // Nothing else may end this game first: Tension's ceiling as high as it goes, and the two factions
    // (who alone can resume the war) are students who do nothing.
    const c = await oneTable(server.url, { variables: { tensionMax: 20 } }, ['Ana', 'Ben']);
    expect(
      (await c.snapshot()).tables[0].seats
        .filter((s: { student: unknown }) => s.student)
        .map((s: { role: string }) => s.role),
    ).toEqual(['government', 'movement']);
    await c.control({ action: 'timers', table: 0, durations: ONE_SECOND_PHASES });
    const finishAt = Date.now() + 11_000;
    expect(
      (await api(server.url, `/api/sessions/${c.code}/settings`, { body: { finishAt }, headers: c.auth }))
        .status,
    ).toBe(200);
    await c.control({ action: 'start', table: 'all' });
    const over = await until(async () => {
      const g = await c.god();
      return g.G.result ? g : false;
    }, 20_000);
    const endedAt = Date.now();
    // Called by the clock before the finish time, not by the time running out, and before the last round.
    // On a failure, say how the game ended instead (its cause and last lines).
    const how = `${over.G.result!.cause} | ${over.G.history
      .slice(-4)
      .map((h) => h.text)
      .join(' | ')}`;
    expect(over.G.result!.calledEarly, how).toBe('clock');
    expect(endedAt).toBeLessThan(finishAt);
    expect(over.G.round).toBeLessThan(over.G.options.rounds);
    const last = over.G.history.at(-1)!;
    expect(last.text).toMatch(
      new RegExp(
        `^Round ${over.G.round}: the lesson clock called the elections early: there was not time for another full round; they were held on the spot\\. Outcome: (durable|fragile|collapsed)\\.`,
      ),
    );
    // The rules' check held when it was made: at that review, the review and one more round at the
    // table's pace did not fit in the time left.
    const snap = await c.snapshot();
    expect(snap.tables[0].calledEarly).toBe('clock');
    expect(snap.tables[0].grade).toBe(over.G.result!.grade);
    expect(snap.tables[0].clock.paceFrom).toBe('measured');
    expect(finishAt - endedAt).toBeLessThan(snap.tables[0].clock.paceMs + 1500);
    // …and at the review before it there was time: the table played more than one round.
    expect(over.G.round).toBeGreaterThan(1);
  }, 30_000);

  it('ends a stalled table at the finish time, after a server restart in between', async () => {
    const dataDir = tempDir('ceasefire-clock-restart-');
    let s1: Awaited<ReturnType<typeof startServer>> | null = await startServer({
      game,
      dataDir,
      bots: { delayMs: 20 },
    });
    // Far enough ahead that a loaded machine still restarts the server before it (CI shares 2 cores).
    const finishAt = Date.now() + 12_000;
    // No phase timers: the student never finishes negotiating, the pace stays unknown, only the finish
    // time can end this table.
    const c = await oneTable(s1.url, { finishAt });
    await c.control({ action: 'start', table: 'all' });
    // The first crisis card may ask the student to decide (it depends on the deal). A decision still
    // waiting after 2 s (the bots answer theirs in 20 ms) is skipped, handed to the seat's bot, as a
    // teacher would.
    const inCrisisSince = Date.now();
    let skipped = false;
    await until(async () => {
      const g = await c.god();
      if (
        g.ctx.phase === 'crisis' &&
        g.G.crisis?.choice === null &&
        !skipped &&
        Date.now() - inCrisisSince > 2_000
      ) {
        skipped = true;
        await c.control({ action: 'skip', table: 0, confirm: true });
      }
      return g.ctx.phase === 'negotiation';
    });
    await s1.close();
    s1 = null;
    const s2 = await startServer({ game, dataDir, bots: { delayMs: 20 } });
    try {
      const auth = c.auth;
      const snap = await api(s2.url, `/api/sessions/${c.code}`, { headers: auth });
      expect(snap.body.clock.finishAt).toBe(finishAt);
      expect(snap.body.tables[0].grade).toBeNull();
      const g = await until(async () => {
        const r = await api(s2.url, `/api/sessions/${c.code}/tables/0/state`, { headers: auth });
        return r.body.G.result && r.body;
      }, 25_000);
      expect(Date.now()).toBeGreaterThanOrEqual(finishAt);
      expect(g.G.result.calledEarly).toBe('deadline');
      expect(g.G.history.at(-1).text).toMatch(
        /^Round 1: the lesson time ran out, so the lesson clock called the elections; they were held on the spot\./,
      );
    } finally {
      await s2.close();
    }
  }, 60_000);

  it('a phase timer armed from an old end time (another server moved it since) waits for the new one', async () => {
    const c = await oneTable(server.url, {});
    await c.control({ action: 'timers', table: 0, durations: { crisis: 240, negotiation: 240 } });
    await c.control({ action: 'start', table: 'all' });
    // The student never acts: the table comes to rest in crisis (the student's decision) or in
    // negotiation (the student's Ready), its timer 240 s away; the bots' seats are done by then.
    const where = (g: Awaited<ReturnType<typeof c.god>>) =>
      `${g.ctx.phase}:${g.G.round}:${g.G.crisis?.choice}`;
    const before = await until(async () => {
      const g = await c.god();
      if (g.ctx.phase !== 'negotiation' && g.ctx.phase !== 'crisis') return false;
      await new Promise((r) => setTimeout(r, 400));
      const again = await c.god();
      return where(again) === where(g) && again;
    });
    const matchID = (await c.snapshot()).tables[0].matchID as string;
    // What a second server's sweep would have armed before the timer moved: it fires now.
    (server.facilitator as unknown as { arm(matchID: string, endsAt: number): void }).arm(
      matchID,
      Date.now(),
    );
    await new Promise((r) => setTimeout(r, 500));
    const after = await c.god();
    expect(after.ctx.phase).toBe(before.ctx.phase);
    expect(after.G.round).toBe(before.G.round);
    // The timer is still the stored one, for the same phase, minutes away.
    const timer = (await c.snapshot()).tables[0].timer as { phase: string; endsAt: number };
    expect(timer.phase).toBe(before.ctx.phase);
    expect(timer.endsAt - Date.now()).toBeGreaterThan(200_000);
  }, 30_000);
});

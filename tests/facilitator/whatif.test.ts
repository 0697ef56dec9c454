// "What if?" against the real server: the facilitator re-runs a finished class table from round 3 in a
// worker thread, polls its progress and gets a distribution next to what the table got (the same seed
// giving the same one); one job at a time per class; a job past the time limit stops and reports what
// it finished; others are refused (401/403) and bad input is a 400 that starts nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getScenario } from '../../game/scenario.ts';
import { ceasefireServerGame } from '../../server/ceasefire.ts';
import { api, startServer } from '../helpers/server.ts';

let server: Awaited<ReturnType<typeof startServer>>;
beforeAll(async () => {
  server = await startServer({
    game: await ceasefireServerGame(),
    bots: { delayMs: 0 },
    whatIf: { timeLimitMs: 2500, maxRuns: 300 },
  });
});
afterAll(async () => {
  await server?.close();
});

/** A class whose one table is a bots-only demonstration, played to its end (an inject at once, if given). */
async function finishedClass(inject?: object) {
  const r = await api(server.url, '/api/sessions', { body: { tables: 1 } });
  const code = r.body.code as string;
  const auth = { authorization: `Bearer ${r.body.facilitatorToken}` };
  const control = (body: object) => api(server.url, `/api/sessions/${code}/control`, { body, headers: auth });
  expect((await control({ action: 'demo', table: 0, on: true })).status).toBe(200);
  expect((await control({ action: 'start', table: 'all' })).status).toBe(200);
  if (inject) expect((await control({ action: 'inject', table: 0, inject })).status).toBe(200);
  const deadline = Date.now() + 40_000;
  let G: { result: unknown; round: number } | undefined;
  while (Date.now() < deadline) {
    G = (await api(server.url, `/api/sessions/${code}/tables/0/state`, { headers: auth })).body.G;
    if (G?.result) break;
    await new Promise((res) => setTimeout(res, 100));
  }
  expect(G?.result).toBeTruthy();
  return {
    code,
    auth,
    G: G as {
      result: { grade: string };
      round: number;
      tracks: { tension: number };
      history: { round: number; text: string }[];
    },
  };
}

type Job = {
  id: string;
  status: string;
  done: number;
  runs: number;
  error: { code: string; message: string } | null;
  summary: {
    runs: number;
    outcomes: Record<string, number>;
    winRates: Record<string, number>;
    meanTension: number;
  };
  actual: { grade: string | null; tension: number; rounds: number };
};

async function waitFor(code: string, auth: Record<string, string>, id: string) {
  const seen: number[] = [];
  for (let i = 0; i < 300; i++) {
    const r = await api<Job>(server.url, `/api/sessions/${code}/whatif/${id}`, { headers: auth });
    expect(r.status).toBe(200);
    seen.push(r.body.done);
    if (r.body.status !== 'running') return { job: r.body, seen };
    await new Promise((res) => setTimeout(res, 50));
  }
  throw new Error('the what-if job did not end');
}

describe('what-if re-runs on the server', () => {
  let c: Awaited<ReturnType<typeof finishedClass>>;
  beforeAll(async () => {
    c = await finishedClass();
  }, 60_000);

  it('re-runs a finished table from round 3 and reports progress and a distribution', async () => {
    const spoiler = getScenario().roles.find((r) => r.kind === 'spoiler')!.id;
    // Normal bots may end a game early: round 3, or the last round that began before the end.
    const round = Math.max(1, Math.min(3, c.G.round - 1));
    const body = {
      table: 0,
      round,
      runs: 10,
      seed: 'lesson',
      change: { kind: 'spoilerType', role: spoiler, type: 'total' },
    };
    const started = await api<Job>(server.url, `/api/sessions/${c.code}/whatif`, { body, headers: c.auth });
    expect(started.status).toBe(202);
    expect(started.body.status).toBe('running');
    // One at a time per class.
    const again = await api(server.url, `/api/sessions/${c.code}/whatif`, { body, headers: c.auth });
    expect(again.status).toBe(409);
    expect(again.body.error).toBe('whatif_running');

    const { job, seen } = await waitFor(c.code, c.auth, started.body.id);
    expect(job.error).toBeNull();
    expect(job.status).toBe('done');
    expect(job.done).toBe(10);
    expect(seen.every((n, i) => i === 0 || n >= seen[i - 1]!)).toBe(true);
    const o = job.summary.outcomes;
    expect(o.durable! + o.fragile! + o.collapsed!).toBe(10);
    expect(job.summary.runs).toBe(10);
    expect(job.summary.meanTension).toBeGreaterThan(0);
    expect(Object.keys(job.summary.winRates).sort()).toEqual(
      getScenario()
        .roles.map((r) => r.id)
        .sort(),
    );
    // Next to what the table got.
    expect(job.actual).toMatchObject({
      grade: c.G.result.grade,
      tension: c.G.tracks.tension,
      rounds: c.G.round,
    });

    // The same seed gives the same distribution.
    const second = await api<Job>(server.url, `/api/sessions/${c.code}/whatif`, { body, headers: c.auth });
    expect(second.status).toBe(202);
    const repeat = (await waitFor(c.code, c.auth, second.body.id)).job;
    expect(repeat.summary).toEqual(job.summary);
    // Both are listed for the console, newest first.
    const list = await api(server.url, `/api/sessions/${c.code}/whatif`, { headers: c.auth });
    expect(list.body.jobs.map((j: Job) => j.id)).toEqual([second.body.id, started.body.id]);
  }, 60_000);

  it('stops at the time limit and reports the re-runs it finished', async () => {
    const started = await api<Job>(server.url, `/api/sessions/${c.code}/whatif`, {
      // A limit far shorter than 300 games take (a game is a few ms at the very least).
      body: { table: 0, round: 1, runs: 300, seconds: 0.3 },
      headers: c.auth,
    });
    expect(started.status).toBe(202);
    const t0 = Date.now();
    const { job } = await waitFor(c.code, c.auth, started.body.id);
    expect(Date.now() - t0).toBeLessThan(6000);
    expect(job.status).toBe('stopped');
    expect(job.error?.code).toBe('time_limit');
    expect(job.done).toBeGreaterThan(0);
    expect(job.done).toBeLessThan(300);
    expect(job.summary.runs).toBe(job.done);
  }, 20_000);

  it('replays a table the facilitator injected into (the inject is logged and made again)', async () => {
    const inj = await finishedClass({
      custom: {
        title: 'Donor conference',
        text: 'Donors pledge money for roads.',
        effects: [{ kind: 'track', track: 'reconstruction', delta: 2 }],
      },
    });
    const at = inj.G.history.find((h) => h.text.includes('facilitator inject "Donor conference"'))!;
    expect(at).toBeTruthy();
    expect(inj.G.round).toBeGreaterThan(at.round);
    const started = await api<Job>(server.url, `/api/sessions/${inj.code}/whatif`, {
      body: { table: 0, round: at.round + 1, runs: 3 },
      headers: inj.auth,
    });
    expect(started.status).toBe(202);
    const { job } = await waitFor(inj.code, inj.auth, started.body.id);
    expect(job.error).toBeNull();
    expect(job.status).toBe('done');
    expect(job.summary.runs).toBe(3);
  }, 60_000);

  it('refuses anyone but the facilitator, and bad input with a 400', async () => {
    const route = `/api/sessions/${c.code}/whatif`;
    const ok = { table: 0, round: 2, runs: 5 };
    expect((await api(server.url, route, { body: ok })).status).toBe(401);
    expect(
      (await api(server.url, route, { body: ok, headers: { authorization: 'Bearer nope' } })).status,
    ).toBe(403);
    const bad: [object, string][] = [
      [{ ...ok, table: 5 }, 'unknown_table'],
      [{ ...ok, round: 0 }, 'round_out_of_range'],
      [{ ...ok, round: c.G.round + 1 }, 'round_out_of_range'],
      [{ ...ok, runs: 301 }, 'too_many_runs'],
      [{ ...ok, seconds: 3 }, 'too_long'],
      [{ ...ok, seconds: 0 }, 'bad_request'],
      [{ ...ok, runs: 0 }, 'bad_request'],
      [{ ...ok, change: { kind: 'airstrike' } }, 'bad_request'],
      [{ ...ok, change: { kind: 'monitors', role: 'un', region: 'atlantis' } }, 'bad_change'],
      [{ ...ok, change: { kind: 'spoilerType', role: 'un', type: 'total' } }, 'bad_change'],
    ];
    for (const [body, code] of bad) {
      const r = await api(server.url, route, { body, headers: c.auth });
      expect(r.status, JSON.stringify(body)).toBe(400);
      expect(r.body.error, JSON.stringify(body)).toBe(code);
      expect(String(r.body.message).length).toBeGreaterThan(5);
    }
    // Nothing started: the list holds only the earlier jobs, none running.
    const list = await api(server.url, route, { headers: c.auth });
    expect(list.body.jobs.every((j: Job) => j.status !== 'running')).toBe(true);
    expect(list.body.jobs).toHaveLength(3);
    expect((await api(server.url, `${route}/nope`, { headers: c.auth })).status).toBe(404);
  });
});

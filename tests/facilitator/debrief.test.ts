// The class debrief tells one story, against the real server: a table that collapses mid-round reads the
// same final Tension in the outcome, the chart series, the rounds CSV and the history; the results CSV has
// outcome, winners, students and scores; private chat stays out of the JSON unless asked for; prompts
// follow what happened (no rumour prompt without a rumour); "delete this class's data" removes it all.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { debriefOf } from '../../game/debrief.ts';
import { getScenario } from '../../game/scenario.ts';
import { initialState } from '../../game/setup.ts';
import type { GameState } from '../../game/types.ts';
import { ceasefireServerGame } from '../../server/ceasefire.ts';
import type { SqliteStore } from '../../server/store.ts';
import { api, sleep, startServer } from '../helpers/server.ts';

let server: Awaited<ReturnType<typeof startServer>>;
beforeAll(async () => {
  server = await startServer({ game: await ceasefireServerGame(), bots: { delayMs: 20 } });
});
afterAll(async () => {
  await server?.close();
});

async function classWithStudents(names: string[], tables = 1) {
  const r = await api(server.url, '/api/sessions', { body: { tables } });
  const code = r.body.code as string;
  const auth = { authorization: `Bearer ${r.body.facilitatorToken}` };
  for (const name of names) await api(server.url, `/api/sessions/${code}/students`, { body: { name } });
  await api(server.url, `/api/sessions/${code}/autoseat`, { body: {}, headers: auth });
  await api(server.url, `/api/sessions/${code}/control`, {
    body: { action: 'start', table: 'all' },
    headers: auth,
  });
  return { code, auth, tables: r.body.tables as { matchID: string }[] };
}

describe('one account of a table in the debrief', () => {
  it('a collapse mid-round reads the same final Tension everywhere, the last round included', async () => {
    const c = await classWithStudents(['Ada', 'Ben']);
    const max = getScenario().tuning.tensionMax;
    const inj = await api(server.url, `/api/sessions/${c.code}/control`, {
      body: {
        action: 'inject',
        table: 0,
        inject: {
          custom: {
            title: 'Massacre',
            text: 'A massacre is reported.',
            effects: [{ kind: 'track', track: 'tension', delta: 40 }],
          },
        },
      },
      headers: c.auth,
    });
    expect(inj.status).toBe(200);
    // A crisis decision still waiting is answered first (the collapse check waits for it): skip hands it
    // to the seat's bot, and the collapse follows.
    const debrief = async () =>
      (await api(server.url, `/api/sessions/${c.code}/debrief`, { headers: c.auth })).body.tables[0];
    let d = await debrief();
    // Up to 30 s in all: on a busy machine (a CI run beside other work) the bots took over 10 s.
    for (const deadline = Date.now() + 30_000; d.grade !== 'collapsed' && Date.now() < deadline; ) {
      await api(server.url, `/api/sessions/${c.code}/control`, {
        body: { action: 'skip', table: 0, confirm: true },
        headers: c.auth,
      });
      // The bots answer what the skip handed them a moment later (slower when the machine is busy).
      for (const end = Date.now() + 2_000; d.grade !== 'collapsed' && Date.now() < end; ) {
        await sleep(100);
        d = await debrief();
      }
    }
    expect(d.grade).toBe('collapsed');
    expect(d.finalTension).toBe(max);
    expect(d.tension.at(-1)).toEqual({ round: d.round, value: max });
    expect(d.snapshots.at(-1).round).toBe(d.round);
    const g = (await api(server.url, `/api/sessions/${c.code}/tables/0/state`, { headers: c.auth })).body
      .G as GameState;
    expect(g.history.some((h) => h.text.includes(`Tension reached ${max}`))).toBe(true);
    const rounds = String(
      (await api(server.url, `/api/sessions/${c.code}/rounds.csv`, { headers: c.auth })).body,
    )
      .trim()
      .split('\n');
    expect(rounds[0]).toMatch(/^table,round,tension/);
    expect(rounds.at(-1)!.split(',').slice(0, 3)).toEqual(['1', String(d.round), String(max)]);

    // Results: one row per seat with the outcome, the winners, who played and the score.
    const csv = String(
      (await api(server.url, `/api/sessions/${c.code}/export.csv`, { headers: c.auth })).body,
    )
      .trim()
      .split('\n');
    expect(csv[0]).toBe(
      'table,demonstration,outcome,cause,rounds_played,final_tension,winners,role,player,won,objective_met,agenda_met,points',
    );
    expect(csv).toHaveLength(1 + 5);
    const ada = csv.find((l) => l.includes(',Ada,'))!;
    expect(ada).toMatch(/^1,no,collapsed,/);
    expect(ada).toMatch(new RegExp(`,${max},`));
    expect(ada).toMatch(/,(yes|no),(yes|no),(yes|no),-?\d+$/);
    expect(csv.filter((l) => l.includes(',bot,'))).toHaveLength(3);
    // Per student in the debrief too.
    const players = d.players as {
      student: string | null;
      score: { points: number } | null;
      agenda: string;
    }[];
    expect(players.filter((p) => p.student).map((p) => p.student)).toEqual(['Ada', 'Ben']);
    expect(players.every((p) => p.score !== null && p.agenda.length > 0)).toBe(true);
  }, 60_000);

  it('keeps private chat out of the JSON export unless the teacher asks for it', async () => {
    const c = await classWithStudents(['Cy', 'Dee']);
    const matchID = c.tables[0]!.matchID;
    await server.store.addChat(matchID, {
      id: 'p1',
      sender: '0',
      to: '1',
      text: 'our secret deal',
      at: Date.now(),
    });
    await server.store.addChat(matchID, {
      id: 'p2',
      sender: '0',
      to: null,
      text: 'hello table',
      at: Date.now(),
    });
    const plain = await api(server.url, `/api/sessions/${c.code}/export.json`, { headers: c.auth });
    const texts = (plain.body.tables[0].chat as { text: string }[]).map((m) => m.text);
    expect(texts).toContain('hello table');
    expect(texts).not.toContain('our secret deal');
    expect(JSON.stringify(plain.body)).not.toContain('our secret deal');
    const full = await api(server.url, `/api/sessions/${c.code}/export.json?private=1`, { headers: c.auth });
    expect((full.body.tables[0].chat as { text: string }[]).map((m) => m.text)).toContain('our secret deal');
  });

  it('deletes the class’s data after a confirmation', async () => {
    const c = await classWithStudents(['Eve']);
    const matchID = c.tables[0]!.matchID;
    const unconfirmed = await api(server.url, `/api/sessions/${c.code}/delete`, {
      body: {},
      headers: c.auth,
    });
    expect(unconfirmed.status).toBe(400);
    expect(await server.store.has(matchID)).toBe(true);
    expect(
      (await api(server.url, `/api/sessions/${c.code}/delete`, { body: { confirm: true } })).status,
    ).toBe(401);
    const r = await api(server.url, `/api/sessions/${c.code}/delete`, {
      body: { confirm: true },
      headers: c.auth,
    });
    expect(r.status).toBe(200);
    expect(await server.store.has(matchID)).toBe(false);
    expect((await api(server.url, `/api/sessions/${c.code}/public`)).status).toBe(404);
    expect(await server.facilitator.sessions.students(c.code)).toEqual([]);
    const left = (server.store as unknown as SqliteStore).db
      .prepare('SELECT COUNT(*) AS n FROM session_matches WHERE match_id = ?')
      .get(matchID) as {
      n: number;
    };
    expect(left.n).toBe(0);
  });
});

describe('prompts follow what happened', () => {
  const rng = () => {
    let x = 11;
    return {
      next: () => {
        x = (x * 16807) % 2147483647;
        return (x - 1) / 2147483646;
      },
    };
  };
  it('asks about a false rumour only where the resolution produced a rumour', () => {
    const G = structuredClone(initialState(getScenario(), rng())) as GameState & { history: unknown[] };
    // A crisis card with "rumour" in its title is not a rumour of the resolution.
    (G.history as { round: number; phase: string; text: string }[]).push({
      round: 1,
      phase: 'crisis',
      text: 'Round 1 crisis — Rumour of a hidden cache: …',
    });
    expect(debriefOf(G).prompts.map((p) => p.trigger)).not.toContain('unmonitoredRumour');
    (G.history as { round: number; phase: string; text: string }[]).push({
      round: 1,
      phase: 'resolution',
      text: 'The Movement was attacked in the South; 1 lost. With no monitors there, rumours blame the Government.',
    });
    expect(debriefOf(G).prompts.map((p) => p.trigger)).toContain('unmonitoredRumour');
  });
});

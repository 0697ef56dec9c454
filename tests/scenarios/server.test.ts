// Scenarios and their variables through the real server: a class on the 3-seat scenario with changed
// variables (seats, rules, timers), a table created with variables, and clear 400s for bad ones.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GameState } from '../../game/types.ts';
import { ceasefireServerGame } from '../../server/ceasefire.ts';
import { api, startServer } from '../helpers/server.ts';

let server: Awaited<ReturnType<typeof startServer>>;
let base: string;

beforeAll(async () => {
  server = await startServer({ game: await ceasefireServerGame() });
  base = server.url;
});
afterAll(async () => {
  await server.close();
});

describe('scenarios on the server', () => {
  it('creates a class on the 3-seat scenario with its variables on every table', async () => {
    const variables = { rounds: 4, falseRumourPercent: 10, timers: { orders: 90, negotiation: 0 } };
    const r = await api(base, '/api/sessions', { body: { tables: 2, scenario: 'firstSteps', variables } });
    expect(r.status).toBe(200);
    const auth = { authorization: `Bearer ${r.body.facilitatorToken}` };
    const live = await api(base, `/api/sessions/${r.body.code}`, { headers: auth });
    expect(live.body.scenario).toBe('firstSteps');
    expect(live.body.variables).toEqual(variables);
    for (const t of live.body.tables) {
      expect(t.seats).toHaveLength(3);
      expect(t.rounds).toBe(4);
      expect(t.durations).toEqual({ orders: 90 });
    }
    const state = await api<{ G: GameState }>(base, `/api/sessions/${r.body.code}/tables/0/state`, {
      headers: auth,
    });
    expect(state.body.G.scenario).toBe('firstSteps~rounds=4,falseRumourPercent=10');
    expect(state.body.G.seats).toEqual(['government', 'movement', 'un']);
  });

  it('refuses bad variables with a 400 that names every bad one, and creates nothing', async () => {
    const before = await server.store.countMatches();
    const r = await api(base, '/api/sessions', {
      body: { tables: 1, scenario: 'firstSteps', variables: { rounds: 40, monitorTeams: 'many' } },
    });
    expect(r.status).toBe(400);
    expect(r.body.error).toBe('bad_variables');
    expect(r.body.message).toContain('rounds: rounds is at most 12');
    expect(r.body.message).toContain('monitorTeams');
    // The forms list the problems by path, as the body carries them.
    expect(r.body.issues).toEqual([
      { path: 'rounds', message: 'rounds is at most 12' },
      { path: 'monitorTeams', message: expect.any(String) },
    ]);
    const timer = await api(base, '/api/sessions', {
      body: { tables: 1, scenario: 'firstSteps', variables: { timers: { orders: 5 } } },
    });
    expect(timer.status).toBe(400);
    expect(timer.body.error).toBe('bad_variables');
    expect(timer.body.issues).toEqual([
      { path: 'timers.orders', message: 'a timer is 0 (off) or 15 to 3600 seconds' },
    ]);
    const unknown = await api(base, '/api/sessions', { body: { tables: 1, scenario: 'atlantis' } });
    expect(unknown.status).toBe(400);
    expect(unknown.body.message).toBe('There is no scenario "atlantis".');
    expect(await server.store.countMatches()).toBe(before);
  });

  it('creates a table with variables, and its public listing keeps a fixed spoiler type secret', async () => {
    const setupData = {
      scenario: 'fragileAccord',
      variables: { tensionMax: 12, spoilerTypes: { spoiler: 'total' } },
    };
    const r = await api(base, '/games/ceasefire/create', { body: { numPlayers: 5, setupData } });
    expect(r.status).toBe(200);
    const pub = await api(base, `/games/ceasefire/${r.body.matchID}`);
    expect(pub.body.setupData).toEqual({
      scenario: 'fragileAccord',
      variables: { tensionMax: 12, spoilerTypes: { spoiler: 'fixed' } },
    });
    expect(JSON.stringify(pub.body)).not.toContain('total');
    const bad = await api(base, '/games/ceasefire/create', {
      body: { numPlayers: 5, setupData: { variables: { tensionMax: 7 } } },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.message).toContain('tensionMax: tensionMax must be at least 8');
    const wrongSeats = await api(base, '/games/ceasefire/create', {
      body: { numPlayers: 5, setupData: { scenario: 'firstSteps' } },
    });
    expect(wrongSeats.status).toBe(400);
    expect(wrongSeats.body.message).toContain('needs exactly 3 seats');
  });

  it('shows the variables before sitting down, a fixed spoiler type only as "fixed"', async () => {
    const variables = { rounds: 6, spoilerTypes: { spoiler: 'greedy' } };
    const r = await api(base, '/api/sessions', { body: { tables: 1, scenario: 'fragileAccord', variables } });
    expect(r.status).toBe(200);
    const pub = await api(base, `/api/sessions/${r.body.code}/public`);
    expect(pub.body.scenario).toBe('fragileAccord');
    expect(pub.body.variables).toEqual({ rounds: 6, spoilerTypes: { spoiler: 'fixed' } });
    expect(JSON.stringify(pub.body)).not.toContain('greedy');
    // The facilitator's own view keeps the type.
    const auth = { authorization: `Bearer ${r.body.facilitatorToken}` };
    const live = await api(base, `/api/sessions/${r.body.code}`, { headers: auth });
    expect(live.body.variables).toEqual(variables);

    const table = await api(base, '/games/ceasefire/create', {
      body: {
        numPlayers: 5,
        setupData: {
          scenario: 'fragileAccord',
          variables: { spoilerTypes: { spoiler: 'total' }, monitorTeams: 4 },
        },
      },
    });
    const join = await api(base, `/api/join/${table.body.joinCode}`);
    expect(join.status).toBe(200);
    expect(join.body.scenario).toBe('fragileAccord');
    expect(join.body.variables).toEqual({ monitorTeams: 4, spoilerTypes: { spoiler: 'fixed' } });
    expect(JSON.stringify(join.body)).not.toContain('total');
  });
});

// The server with the real Ceasefire rules, on each store: spectators and other seats never receive a
// seat's secrets, refused moves carry the rules' reasons, and server-side bots play whole rounds.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Ceasefire, type GameState } from '../../game/index.ts';
import { ceasefireServerGame } from '../../server/ceasefire.ts';
import {
  api,
  type BgClient,
  bgClient,
  createMatch,
  type Recorded,
  rawSocket,
  startServer,
  waitFor,
} from '../helpers/server.ts';
import { newDatabase, postgres, STORE_KINDS, stopServices, storeMissing } from '../helpers/services.ts';

let server: Awaited<ReturnType<typeof startServer>>;
const clients: BgClient[] = [];
const sockets: Recorded[] = [];

afterAll(stopServices);

const full = async (matchID: string) =>
  (await server.store.fetch(matchID, { state: true })).state.G as GameState;

/** Secrets of every role other than `me`: agenda ids, spoiler type, caches. */
function foreignSecrets(G: GameState, me: string | null): string[] {
  const out: string[] = [];
  for (const [role, s] of Object.entries(G.secret)) {
    if (role === me) continue;
    if (s.agenda) out.push(`"agenda":"${s.agenda}"`);
    if (s.spoilerType) out.push(`"spoilerType":"${s.spoilerType}"`);
  }
  return out;
}

describe.each(STORE_KINDS)('Ceasefire on the server (%s store)', (kind) => {
  const missing = storeMissing(kind);
  if (missing) {
    it.skip(missing, () => {});
    return;
  }
  beforeAll(async () => {
    const databaseUrl = kind === 'postgres' ? await newDatabase(await postgres()) : undefined;
    server = await startServer({
      game: await ceasefireServerGame(),
      ...(databaseUrl ? { databaseUrl } : {}),
    });
  });
  afterAll(async () => {
    for (const s of sockets.splice(0)) s.close();
    for (const c of clients.splice(0)) {
      try {
        c.stop();
      } catch {}
    }
    await server.close();
  });

  it('keeps every secret from spectators and other seats, in syncs and updates, while bots play', async () => {
    const { matchID, seats, hostToken } = await createMatch(server.url, { setupData: {} });
    const G0 = await full(matchID);
    expect(G0.seats).toHaveLength(5);
    expect(foreignSecrets(G0, null).length).toBeGreaterThan(0);

    const spectator = bgClient(server.url, matchID, { playerID: null }, Ceasefire);
    const seat1 = bgClient(server.url, matchID, seats[1]!, Ceasefire);
    clients.push(spectator, seat1);
    await waitFor(() => spectator.getState()?.isConnected && seat1.getState()?.isConnected, 'sync');
    const role1 = G0.seats[1]!;

    // Raw sync payloads too (they include the initial state and the log).
    const raw = await rawSocket(server.url);
    sockets.push(raw);
    raw.socket.emit('sync', matchID, null, undefined, 5);
    const [, info] = await raw.next('sync');
    for (const s of foreignSecrets(G0, null)) expect(JSON.stringify(info)).not.toContain(s);

    // Hand every seat to the game's bots; watch every update the spectator and seat 1 receive.
    const leaks: string[] = [];
    const checks: Promise<void>[] = [];
    const watch = (c: BgClient, me: string | null) =>
      c.subscribe((st) => {
        // The end of the game reveals every secret for the debrief, by design.
        if (!st || (st.G as GameState).result) return;
        const json = JSON.stringify({ G: st.G, log: st.log });
        checks.push(
          full(matchID).then((G) => {
            for (const s of foreignSecrets(G, me)) if (json.includes(s)) leaks.push(`${me}: ${s}`);
          }),
        );
      });
    watch(spectator, null);
    watch(seat1, role1);
    for (const pid of ['0', '1', '2', '3', '4']) {
      const r = await api(server.url, `/api/matches/${matchID}/seats/${pid}/bot`, {
        body: { hostToken, policy: 'normal' },
      });
      expect(r.status).toBe(200);
    }
    await waitFor(
      async () =>
        (await full(matchID)).round >= 3 ||
        (await server.store.fetch(matchID, { state: true })).state.ctx.gameover,
      'two rounds of bots',
      25_000,
    );
    await Promise.all(checks);
    expect(leaks).toEqual([]);
    const specG = spectator.getState()!.G as GameState;
    if (!specG.result) for (const s of Object.values(specG.secret)) expect(s.agenda).toBe('');
  }, 40_000);

  it('refuses moves with the rules reasons', async () => {
    const { matchID, seats } = await createMatch(server.url, { setupData: {} });
    const s0 = await rawSocket(server.url);
    sockets.push(s0);
    s0.socket.emit('sync', matchID, '0', seats[0]!.credentials, 5);
    const [, info] = await s0.next('sync');
    const stateID = (info as { state: { _stateID: number } }).state._stateID;
    const n = s0.events.length;
    s0.socket.emit(
      'update',
      {
        type: 'MAKE_MOVE',
        payload: {
          type: 'addOrder',
          args: [{ kind: 'nonsense' }],
          playerID: '0',
          credentials: seats[0]!.credentials,
        },
      },
      stateID,
      matchID,
      '0',
    );
    const [err] = await s0.next('ceasefire:error', n);
    const e = err as { code: string; message: string };
    expect(e.code).not.toBe('invalid_move');
    expect(e.message.length).toBeGreaterThan(5);
    const n2 = s0.events.length;
    s0.socket.emit(
      'update',
      {
        type: 'GAME_EVENT',
        payload: { type: 'endGame', args: [], playerID: '0', credentials: seats[0]!.credentials },
      },
      stateID,
      matchID,
      '0',
    );
    const [err2] = await s0.next('ceasefire:error', n2);
    expect((err2 as { code: string }).code).toMatch(/forbidden_event|not_active/);
    expect((await server.store.fetch(matchID, { state: true })).state.ctx.gameover).toBeUndefined();
  });

  it('creates matches with the scenario seat count and roles by join code', async () => {
    const created = await api(server.url, '/games/ceasefire/create', { body: {} });
    expect(created.status).toBe(200);
    const info = await api(server.url, `/api/join/${created.body.joinCode}`);
    expect(info.body.seats).toHaveLength(5);
    for (const seat of info.body.seats) expect(typeof seat.role).toBe('string');
  });
});

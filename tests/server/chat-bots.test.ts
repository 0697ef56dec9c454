// Table chat and private messages (persisted, replayed on resync), and server-side bots.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FixtureG } from '../../server/bench/fixture-game.ts';
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

let server: Awaited<ReturnType<typeof startServer>>;
const sockets: Recorded[] = [];
const clients: BgClient[] = [];

beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  for (const s of sockets) s.close();
  for (const c of clients) {
    try {
      c.stop();
    } catch {}
  }
  await server.close();
});

async function seated(matchID: string, playerID: string | null, credentials?: string) {
  const s = await rawSocket(server.url);
  sockets.push(s);
  s.socket.emit('sync', matchID, playerID, credentials, 5);
  await s.next('sync');
  return s;
}

type Wire = { id: string; sender: string; payload: { text: string; to: string | null } };
const chats = (s: Recorded) => s.events.filter((e) => e.event === 'chat').map((e) => e.args[1] as Wire);

describe('chat', () => {
  it('delivers table messages to all, private messages only to the two seats, and keeps them', async () => {
    const { matchID, seats } = await createMatch(server.url);
    const [s0, s1, s2] = [
      await seated(matchID, '0', seats[0]!.credentials),
      await seated(matchID, '1', seats[1]!.credentials),
      await seated(matchID, '2', seats[2]!.credentials),
    ];
    const spec = await seated(matchID, null);

    // The stock Client's sendChatMessage, for the table.
    const c3 = bgClient(server.url, matchID, seats[3]!);
    clients.push(c3);
    await waitFor(() => c3.getState()?.isConnected, 'client sync');
    c3.sendChatMessage('hello table');
    s0.socket.emit(
      'chat',
      matchID,
      { id: 'pm1', sender: '0', payload: { text: 'psst, one', to: '1' } },
      seats[0]!.credentials,
    );

    await waitFor(
      () => chats(s1).length === 2 && chats(spec).length === 1 && chats(s2).length === 1,
      'delivery',
    );
    await waitFor(() => c3.chatMessages.length === 1, 'client chat');
    expect(c3.chatMessages[0]!.payload).toMatchObject({ text: 'hello table', to: null });
    expect(chats(s2).map((m) => m.payload.text)).toEqual(['hello table']);
    expect(chats(spec).map((m) => m.payload.text)).toEqual(['hello table']);
    expect(
      chats(s1)
        .map((m) => m.payload.text)
        .sort(),
    ).toEqual(['hello table', 'psst, one']);
    await waitFor(() => chats(s0).length === 2, 'sender copy');

    // Refusals: wrong sender, wrong credentials, spectators, unknown recipient, oversize.
    const bad = [
      [{ id: 'x1', sender: '1', payload: 'spoof' }, seats[0]!.credentials, 'wrong_seat'],
      [{ id: 'x2', sender: '0', payload: 'hi' }, 'bad', 'unauthorized'],
      [{ id: 'x3', sender: '0', payload: { text: 'hi', to: '9' } }, seats[0]!.credentials, 'unknown_seat'],
      [{ id: 'x4', sender: '0', payload: 'y'.repeat(1500) }, seats[0]!.credentials, 'payload_too_large'],
    ] as const;
    for (const [msg, cred, code] of bad) {
      const n = s0.events.length;
      s0.socket.emit('chat', matchID, msg, cred);
      const [err] = await s0.next('ceasefire:error', n);
      expect((err as { code: string }).code).toBe(code);
    }
    const n = spec.events.length;
    spec.socket.emit('chat', matchID, { id: 'x5', sender: null, payload: 'hi' }, undefined);
    expect(((await spec.next('ceasefire:error', n))[0] as { code: string }).code).toBe('spectator');
    expect(await server.store.listChat(matchID)).toHaveLength(2);

    // A resync (reload) replays what that seat may see.
    const again2 = await seated(matchID, '2', seats[2]!.credentials);
    expect(chats(again2).map((m) => m.payload.text)).toEqual(['hello table']);
    const again1 = await seated(matchID, '1', seats[1]!.credentials);
    expect(chats(again1).map((m) => m.payload.text)).toEqual(['hello table', 'psst, one']);
    const history = await seated(matchID, null);
    expect(chats(history).map((m) => m.id)).toEqual([c3.chatMessages[0]!.id]);
  });
});

describe('bots', () => {
  it('plays bot seats server-side with legal moves until the game ends', async () => {
    const { matchID } = await createMatch(server.url, {
      humans: 0,
      setupData: { options: { rounds: 3 } },
      bots: ['0', '1', '2', '3', '4'],
    });
    await waitFor(
      async () => (await server.store.fetch(matchID, { state: true })).state.ctx.gameover,
      'bots finish',
      15_000,
    );
    const { state, log } = await server.store.fetch(matchID, { state: true, log: true });
    expect((state.G as FixtureG).revealed).toHaveLength(3);
    expect(log).toHaveLength(15);
  });

  it('lets a human take over a bot seat and hand it back', async () => {
    const { matchID, joinCode, hostToken } = await createMatch(server.url, {
      humans: 0,
      setupData: { options: { rounds: 20 } },
      bots: { '1': { policy: 'random', difficulty: 'easy' }, '2': {}, '3': {}, '4': {} },
    });
    const info = await api(server.url, `/api/join/${joinCode}`);
    expect(info.body.seats[1]).toMatchObject({ bot: { policy: 'random', difficulty: 'easy' } });
    expect(info.body.seats[0].bot).toBeUndefined();

    // Seat 0 is a human: bots commit their orders and wait for them.
    await waitFor(async () => {
      const G = (await server.store.fetch(matchID, { state: true })).state.G as FixtureG;
      return Object.entries(G.committed).filter(([, v]) => v).length === 4;
    }, 'bots committed');
    const joined = await api(server.url, `/api/join/${joinCode}`, { body: { name: 'Human', playerID: '0' } });
    const seat0 = { playerID: '0', credentials: joined.body.credentials as string };
    const c0 = bgClient(server.url, matchID, seat0);
    clients.push(c0);
    await waitFor(() => c0.getState()?.isConnected, 'human sync');

    // Take over bot seat 1 while everyone waits for seat 0: from round 2 on, no bot moves for it.
    const took = await api(server.url, `/api/matches/${matchID}/seats/1/claim`, {
      body: { name: 'Taker', hostToken },
    });
    expect(took.status).toBe(200);
    c0.moves.commit!(1);
    await waitFor(async () => {
      const G = (await server.store.fetch(matchID, { state: true })).state.G as FixtureG;
      return G.round === 2 && G.committed.spoiler && G.committed.un && G.committed.regional;
    }, 'bots 2-4 committed for round 2');
    c0.moves.commit!(2);
    await waitFor(
      async () =>
        ((await server.store.fetch(matchID, { state: true })).state.G as FixtureG).committed.government,
      'c0',
    );
    const G2 = (await server.store.fetch(matchID, { state: true })).state.G as FixtureG;
    expect(G2.round).toBe(2);
    expect(G2.committed.movement).toBe(false);

    // The old bot credentials are dead; the taker's work.
    const meta = (await server.store.fetch(matchID, { metadata: true })).metadata;
    expect(meta.players[1].name).toBe('Taker');
    expect(meta.players[1].data).toBeUndefined();

    // Hand seat 1 back to a bot (with its credentials); the round then completes.
    const back = await api(server.url, `/api/matches/${matchID}/seats/1/bot`, {
      body: { credentials: took.body.credentials, difficulty: 'hard' },
    });
    expect(back.status).toBe(200);
    await waitFor(
      async () => ((await server.store.fetch(matchID, { state: true })).state.G as FixtureG).round === 3,
      'round 3',
    );
    // The facilitator can hand the human seat 0 to a bot too.
    const fac = await api(server.url, `/api/matches/${matchID}/seats/0/bot`, { body: { hostToken } });
    expect(fac.status).toBe(200);
    await waitFor(
      async () => c0.getState() && (await server.store.fetch(matchID, { state: true })).state.ctx.gameover,
      'all bots',
      15_000,
    );
  });
});

describe('bot policies', () => {
  it('uses named policies, and falls back to random legal moves when the rules refuse a choice', async () => {
    const own = await startServer({
      bots: {
        delayMs: 0,
        policies: {
          stubborn: () => ({ move: 'commit', args: [9] }), // always refused: bad_value
          low: ({ legal }) => legal[0] ?? null,
        },
      },
    });
    try {
      const { matchID } = await createMatch(own.url, {
        humans: 0,
        setupData: { options: { rounds: 2 } },
        bots: { '0': { policy: 'stubborn' }, '1': { policy: 'low' }, '2': {}, '3': {}, '4': {} },
      });
      await waitFor(
        async () => (await own.store.fetch(matchID, { state: true })).state.ctx.gameover,
        'game over',
        15_000,
      );
      const G = (await own.store.fetch(matchID, { state: true })).state.G as FixtureG;
      expect(G.revealed.map((r) => r.orders.movement)).toEqual([0, 0]);
    } finally {
      await own.close();
    }
  });
});

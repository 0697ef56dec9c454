// Several server processes on one Postgres and one Redis (started here on loopback, see services.ts):
// boardgame.io's own clients on different processes play one match; one process is SIGKILLed mid-game
// and its clients reconnect to another through a proxy and go on; an owner stopped (SIGSTOP) longer
// than its lease while writers race on the match loses it to another process, and when it wakes its
// writes are refused by the store's compare-and-set. In every case no acknowledged move is lost: the
// stored state is at least as far as anything a client was shown, its log holds each seat's moves once,
// and every round's revealed orders are the ones the clients saw. A class's lesson clock set on one
// process ends its table on another after the first is killed.
import type { State } from 'boardgame.io';
import { io as ioClient, type Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FixtureG } from '../../server/bench/fixture-game.ts';
import { PostgresStore } from '../../server/pgStore.ts';
import { type ServerProcess, spawnServer } from '../helpers/processes.ts';
import { startProxy, type TcpProxy } from '../helpers/proxy.ts';
import { api, type BgClient, bgClient, createMatch, type Recorded, waitFor } from '../helpers/server.ts';
import {
  newDatabase,
  postgres,
  postgresMissing,
  redis,
  redisMissing,
  stopServices,
} from '../helpers/services.ts';

const missing = postgresMissing ?? redisMissing;
const LEASE_MS = 1000;

const procs: (ServerProcess & { url: string })[] = [];
const proxies: TcpProxy[] = [];
const clients: BgClient[] = [];
const sockets: Recorded[] = [];
let env: Record<string, string> = {};
let databaseUrl = '';

afterAll(async () => {
  for (const s of sockets) s.close();
  for (const c of clients) {
    try {
      c.stop();
    } catch {}
  }
  for (const p of proxies) await p.close();
  for (const p of procs) {
    if (p.proc.signalCode === null && p.proc.exitCode === null) p.proc.kill('SIGCONT');
    await p.kill();
  }
  await stopServices();
});

const portOf = (url: string) => Number(new URL(url).port);

async function server(game = 'fixture'): Promise<ServerProcess & { url: string }> {
  const p = await spawnServer({ ...env, CEASEFIRE_GAME: game });
  procs.push(p);
  return p;
}

/**
 * A seat's stock client that commits as fast as it can, each order tagged uniquely. What counts as
 * acknowledged is what the server sent it (its socket's 'sync' and 'update' events), not the client's
 * own optimistic copy.
 */
function player(url: string, matchID: string, seat: { playerID: string; credentials: string }) {
  const client = bgClient(url, matchID, seat);
  clients.push(client);
  const pid = seat.playerID;
  let sent = 0;
  let acked: State<FixtureG> | undefined;
  const revealed = new Map<number, string>();
  const seen = (st: State<FixtureG>) => {
    if (!acked || st._stateID >= acked._stateID) acked = st;
    for (const r of st.G.revealed) revealed.set(r.round, JSON.stringify(r.orders));
  };
  const socket = (client as unknown as { transport: { socket: Socket } }).transport.socket;
  socket.on('update', (_m: string, st: State<FixtureG>) => seen(st));
  socket.on('sync', (_m: string, info: { state: State<FixtureG> }) => seen(info.state));
  let stop = false;
  const loop = (async () => {
    while (!stop) {
      const st = client.getState();
      const G = st?.G as FixtureG | undefined;
      const role = G?.seats[pid];
      if (st?.isConnected && G && role && !G.committed[role] && st.ctx.gameover === undefined) {
        client.moves.commit!(sent % 4, `${pid}#${++sent}`);
      }
      await new Promise((r) => setTimeout(r, 5));
    }
  })();
  return {
    pid,
    client,
    /** The round the server last told this seat of. */
    round: () => acked?.G.round ?? 0,
    /** Whether the server told this seat its order for the current round is in. */
    committed: () => (acked ? acked.G.committed[acked.G.seats[pid]!] === true : false),
    connected: () => client.getState()?.isConnected === true && socket.connected,
    maxStateID: () => acked?._stateID ?? 0,
    revealed,
    async stop() {
      stop = true;
      await loop;
    },
  };
}
type Player = ReturnType<typeof player>;

/** What the database holds now is everything the players were shown, each seat's moves stored once. */
async function expectNothingLost(matchID: string, players: Player[], seats: number) {
  // What the players were shown, taken before the database is read (bots may move on meanwhile).
  const shown = players.map((p) => ({
    pid: p.pid,
    maxStateID: p.maxStateID(),
    revealed: new Map(p.revealed),
  }));
  const store = await PostgresStore.open(databaseUrl);
  try {
    const { state, log } = (await store.fetch(matchID, { state: true, log: true })) as {
      state: State<FixtureG>;
      log: { action: { type: string; payload: { playerID: string; args: unknown[] } } }[];
    };
    const G = state.G;
    for (const p of shown) expect(state._stateID).toBeGreaterThanOrEqual(p.maxStateID);
    const moves = log.filter((e) => e.action.type === 'MAKE_MOVE');
    const committedNow = Object.values(G.committed).filter(Boolean).length;
    expect(moves).toHaveLength((G.round - 1) * seats + committedNow);
    // One stored move per seat per round; no forwarded action applied twice (tags are unique per send).
    const tags = moves.map((e) => e.action.payload.args[1]).filter((t) => typeof t === 'string');
    expect(new Set(tags).size).toBe(tags.length);
    // Each round's orders as the stored log tells them (every round is one move per seat).
    const rounds = new Map<number, string>();
    for (let r = 1; r * seats <= moves.length; r++) {
      const orders: Record<string, number> = {};
      for (const e of moves.slice((r - 1) * seats, r * seats))
        orders[G.seats[e.action.payload.playerID]!] = e.action.payload.args[0] as number;
      rounds.set(r, JSON.stringify(Object.fromEntries(Object.keys(G.committed).map((k) => [k, orders[k]]))));
    }
    for (const p of shown) {
      const mine = moves.filter((e) => e.action.payload.playerID === p.pid).length;
      expect(mine).toBe(G.round - 1 + (G.committed[G.seats[p.pid]!] ? 1 : 0));
      // History was never rewritten: every round's orders a player was shown are the stored ones.
      expect(p.revealed.size).toBeGreaterThan(0);
      for (const [round, orders] of p.revealed) expect(orders, `round ${round}`).toBe(rounds.get(round));
    }
    return G;
  } finally {
    await store.close();
  }
}

describe.skipIf(missing !== null)('several servers on one Postgres and one Redis', () => {
  beforeAll(async () => {
    const [pg, rd] = await Promise.all([postgres(), redis()]);
    databaseUrl = await newDatabase(pg);
    env = { DATABASE_URL: databaseUrl, REDIS_URL: rd.url, LEASE_MS: String(LEASE_MS), TIMER_SWEEP_MS: '300' };
  });

  it('a client on each server plays one match: moves, chat and seats flow both ways', async () => {
    const [A, B] = [await server(), await server()];
    const { matchID, seats, joinCode, hostToken } = await createMatch(A.url, { numPlayers: 2, humans: 1 });
    const onA = bgClient(A.url, matchID, seats[0]!);
    clients.push(onA);
    // Seat 1 is taken through B by the join code.
    const joined = await api(B.url, `/api/join/${joinCode}`, { body: { name: 'Bea' } });
    expect(joined.status).toBe(200);
    const onB = bgClient(B.url, matchID, { playerID: '1', credentials: joined.body.credentials });
    clients.push(onB);
    await waitFor(() => onA.getState()?.isConnected && onB.getState()?.isConnected, 'both synced');
    // A's client hears of the seat taken on B (metadata flows from B to A).
    await waitFor(() => onA.matchData?.[1]?.name === 'Bea', 'seat name on A');

    onA.moves.commit!(1);
    await waitFor(() => (onB.getState()?.G as FixtureG | undefined)?.committed.government, 'A -> B');
    onB.moves.commit!(2);
    await waitFor(() => (onA.getState()?.G as FixtureG | undefined)?.round === 2, 'B -> A');
    expect((onA.getState()?.G as FixtureG | undefined)?.revealed[0]?.orders).toEqual({
      government: 1,
      movement: 2,
    });
    expect(onB.getState()?._stateID).toBe(onA.getState()?._stateID);

    onB.sendChatMessage('hello from B');
    await waitFor(
      () => onA.chatMessages.some((m) => (m.payload as { text: string }).text === 'hello from B'),
      'chat B -> A',
    );

    // The host hands seat 1 to a bot through A: B's client is unseated, and the bot (played by the
    // match's owner, wherever it runs) answers A's next move.
    const before = onB.getState()?._stateID;
    const bot = await api(A.url, `/api/matches/${matchID}/seats/1/bot`, { body: { hostToken } });
    expect(bot.status).toBe(200);
    onA.moves.commit!(3);
    await waitFor(() => (onA.getState()?.G as FixtureG | undefined)?.round === 3, 'bot on seat 1 answers');
    expect(onB.getState()?._stateID).toBe(before);

    onA.stop();
    onB.stop();
  }, 60_000);

  it('a class made on one server: its console on the other hears of a student signing in on the first', async () => {
    const [A, B] = [await server('ceasefire'), await server('ceasefire')];
    // A class made on B; its console watches from A; a student signs in on B; the console hears of it.
    const cls = await api(B.url, '/api/sessions', { body: { tables: 1 } });
    expect(cls.status).toBe(200);
    const consoleSock = ioClient(`${A.url}/facilitator`, {
      auth: { code: cls.body.code, token: cls.body.facilitatorToken },
      transports: ['websocket'],
      forceNew: true,
    });
    const snapshots: { students: { name: string }[] }[] = [];
    consoleSock.on('session', (snap) => snapshots.push(snap));
    await waitFor(() => snapshots.length > 0, 'console snapshot');
    const student = await api(B.url, `/api/sessions/${cls.body.code}/students`, { body: { name: 'Ada' } });
    expect(student.status).toBe(200);
    await waitFor(
      () => snapshots.some((snap) => snap.students.some((s) => s.name === 'Ada')),
      'console on A hears of the student on B',
    );
    consoleSock.close();
    for (const p of [A, B]) await p.kill('SIGTERM');
  }, 60_000);

  it("a class's lesson clock set on one server ends its table on the other after the first is SIGKILLed", async () => {
    // Both servers run before the clock is set: only A arms it when it is set.
    const [A, B] = [await server('ceasefire'), await server('ceasefire')];
    const finishAt = Date.now() + 6_000;
    const cls = await api(A.url, '/api/sessions', { body: { tables: 1, finishAt } });
    expect(cls.status).toBe(200);
    const code = cls.body.code as string;
    const headers = { authorization: `Bearer ${cls.body.facilitatorToken}` };
    expect((await api(A.url, `/api/sessions/${code}/students`, { body: { name: 'Ana' } })).status).toBe(200);
    expect((await api(A.url, `/api/sessions/${code}/autoseat`, { body: {}, headers })).status).toBe(200);
    const started = await api(A.url, `/api/sessions/${code}/control`, {
      body: { action: 'start', table: 'all' },
      headers,
    });
    expect(started.status).toBe(200);
    await A.kill('SIGKILL');
    // The student never moves: only the finish time can end the game, and only B is left to call it.
    const over = await waitFor(
      async () => {
        const r = await api(B.url, `/api/sessions/${code}/tables/0/state`, { headers });
        return r.status === 200 && r.body.G.result ? r.body : undefined;
      },
      'the table ended by the lesson clock on B',
      20_000,
    );
    expect(Date.now()).toBeGreaterThanOrEqual(finishAt);
    expect(over.G.result.calledEarly).toBe('deadline');
    await B.kill('SIGTERM');
  }, 60_000);

  it('SIGKILL of the server applying the match: its clients reconnect to the other and play on, nothing lost', async () => {
    const [A, B] = [await server(), await server()];
    const viaA = await startProxy([portOf(A.url), portOf(B.url)]);
    const viaB = await startProxy([portOf(B.url), portOf(A.url)]);
    proxies.push(viaA, viaB);
    // Bots on seats 2-4 are played by the owner: A, where the match was made.
    const { matchID, seats } = await createMatch(A.url, { humans: 2, bots: ['2', '3', '4'] });
    const players = [player(viaA.url, matchID, seats[0]!), player(viaB.url, matchID, seats[1]!)];
    await waitFor(() => players.every((p) => p.round() >= 4), 'three rounds on two servers', 20_000);
    expect(viaA.connections()).toContain(portOf(A.url));
    expect(viaB.connections()).toContain(portOf(B.url));

    await A.kill('SIGKILL');
    const at = Math.max(...players.map((p) => p.round()));
    // A's client is back through the proxy on B; B takes the match once A's lease lapses; bots go on.
    await waitFor(
      () => players.every((p) => p.connected() && p.round() >= at + 3),
      'play on after the kill',
      20_000,
    );
    expect(viaA.connections().every((port) => port === portOf(B.url))).toBe(true);
    for (const p of players) await p.stop();
    await waitFor(async () => (await api(B.url, '/health')).body.connectedMatches >= 1, 'health');
    await expectNothingLost(matchID, players, 5);
  }, 60_000);

  it('writers racing one match, its owner stopped past its lease and woken: no acknowledged move is lost', async () => {
    const [B, C] = [await server(), await server()];
    const { matchID, seats } = await createMatch(B.url, { humans: 5 });
    // Seats 1 and 3 on B sync first (B takes the match), seats 0, 2 and 4 on C forward to B.
    const players = [1, 3].map((i) => player(B.url, matchID, seats[i]!));
    await waitFor(() => players.every((p) => p.connected()), 'B synced');
    players.push(...[0, 2, 4].map((i) => player(C.url, matchID, seats[i]!)));
    await waitFor(() => players.every((p) => p.round() >= 3), 'racing', 20_000);

    // The owner freezes (a long GC pause, a stalled VM) for 2.5 leases, mid-burst, then wakes.
    B.proc.kill('SIGSTOP');
    const at = Math.max(...players.map((p) => p.round()));
    const stoppedAt = Date.now();
    // C's seats' orders are applied meanwhile: C took the match over once B's lease lapsed.
    const onC = players.filter((p) => p.pid !== '1' && p.pid !== '3');
    await waitFor(
      () => onC.every((p) => p.round() > at || p.committed()),
      'C takes the match over while B sleeps',
      10_000,
    );
    await new Promise((r) => setTimeout(r, Math.max(0, stoppedAt + 2.5 * LEASE_MS - Date.now())));
    B.proc.kill('SIGCONT');
    const woke = Math.max(...players.map((p) => p.round()));
    await waitFor(() => players.every((p) => p.round() >= woke + 3), 'everyone plays on', 20_000);
    for (const p of players) await p.stop();
    const G = await expectNothingLost(matchID, players, 5);
    expect(G.round).toBeGreaterThan(woke);
    const health = (await api(C.url, '/health')).body;
    expect(health.store).toBe('postgres');
  }, 60_000);
});

if (missing) {
  describe('several servers on one Postgres and one Redis', () => {
    it.skip(missing, () => {});
  });
}

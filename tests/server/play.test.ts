// Create, join, play, leave and reconnect against the real server with boardgame.io's own Client,
// SocketIO transport and LobbyClient; spectators see no secrets.
import { LobbyClient } from 'boardgame.io/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FixtureG } from '../../server/bench/fixture-game.ts';
import {
  api,
  type BgClient,
  bgClient,
  createMatch,
  rawSocket,
  startServer,
  waitFor,
} from '../helpers/server.ts';

let server: Awaited<ReturnType<typeof startServer>>;
const clients: BgClient[] = [];
const track = (c: BgClient) => {
  clients.push(c);
  return c;
};

beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  for (const c of clients) {
    try {
      c.stop();
    } catch {}
  }
  await server.close();
});

const G = (c: BgClient) => c.getState()?.G as FixtureG | undefined;

describe('lobby API (boardgame.io LobbyClient)', () => {
  it('lists the game, creates, lists, joins, renames and leaves', async () => {
    const lobby = new LobbyClient({ server: server.url });
    expect(await lobby.listGames()).toEqual(['ceasefire']);
    const created = (await lobby.createMatch('ceasefire', { numPlayers: 5 })) as {
      matchID: string;
      joinCode?: string;
    };
    expect(created.matchID).toBeTruthy();
    expect(created.joinCode).toMatch(/^[A-HJKMNP-Z2-9]{6}$/);
    // Listing is off unless a table is created public.
    const listed = (await lobby.createMatch('ceasefire', { numPlayers: 5, public: true } as never)) as {
      matchID: string;
    };
    const { matches } = await lobby.listMatches('ceasefire');
    expect(matches.map((m) => m.matchID)).toContain(listed.matchID);
    expect(matches.map((m) => m.matchID)).not.toContain(created.matchID);
    const joined = await lobby.joinMatch('ceasefire', created.matchID, { playerName: 'Ana', playerID: '2' });
    expect(joined.playerID).toBe('2');
    await lobby.updatePlayer('ceasefire', created.matchID, {
      playerID: '2',
      credentials: joined.playerCredentials,
      newName: 'Ana B.',
    });
    const match = await lobby.getMatch('ceasefire', created.matchID);
    expect(match.players[2]?.name).toBe('Ana B.');
    expect(JSON.stringify(match)).not.toContain(joined.playerCredentials);
    await expect(
      lobby.joinMatch('ceasefire', created.matchID, { playerName: 'Bo', playerID: '2' }),
    ).rejects.toThrow(/409/);
    await lobby.leaveMatch('ceasefire', created.matchID, {
      playerID: '2',
      credentials: joined.playerCredentials,
    });
    const after = await lobby.getMatch('ceasefire', created.matchID);
    expect(after.players[2]?.name).toBeUndefined();
    const again = await lobby.playAgain('ceasefire', created.matchID, {
      playerID: '0',
      credentials: (await lobby.joinMatch('ceasefire', created.matchID, { playerName: 'C', playerID: '0' }))
        .playerCredentials,
    });
    expect(again.nextMatchID).toBeTruthy();
    expect(await server.store.has(again.nextMatchID)).toBe(true);
  });

  it('maps join codes to matches and seats with roles', async () => {
    const { matchID, joinCode } = await createMatch(server.url, { humans: 0 });
    const info = await api(server.url, `/api/join/${joinCode.toLowerCase()}`);
    expect(info.status).toBe(200);
    expect(info.body.matchID).toBe(matchID);
    expect(info.body.seats).toHaveLength(5);
    expect(info.body.seats[0]).toMatchObject({ playerID: '0', role: 'government' });
    const claimed = await api(server.url, `/api/join/${joinCode}`, { body: { name: 'Dee', playerID: '3' } });
    expect(claimed.status).toBe(200);
    expect(claimed.body).toMatchObject({ matchID, playerID: '3' });
    expect(typeof claimed.body.credentials).toBe('string');
    const taken = await api(server.url, `/api/join/${joinCode}`, { body: { name: 'Eve', playerID: '3' } });
    expect(taken.status).toBe(409);
    expect(taken.body.error).toBe('seat_taken');
    const bad = await api(server.url, '/api/join/O0I1L0');
    expect(bad).toMatchObject({ status: 400, body: { error: 'bad_code' } });
    const unknown = await api(server.url, '/api/join/ZZZZZZ');
    expect(unknown).toMatchObject({ status: 404, body: { error: 'unknown_code' } });
  });
});

describe('playing with stock boardgame.io clients', () => {
  it('plays simultaneous secret moves; each seat sees only its own secrets, spectators none', async () => {
    const { matchID, seats } = await createMatch(server.url);
    const players = seats.map((s) => track(bgClient(server.url, matchID, s)));
    const spectator = track(bgClient(server.url, matchID, { playerID: null }));
    for (const c of [...players, spectator]) await waitFor(() => c.getState()?.isConnected && G(c), 'sync');

    // Everyone commits their order for round 1 at once.
    players.forEach((c, i) => {
      c.moves.commit!(i % 4, `t${i}`);
    });
    for (const c of [...players, spectator]) await waitFor(() => G(c)?.round === 2, 'round 2');

    players.forEach((c, i) => {
      const g = G(c)!;
      expect(Object.keys(g.secret)).toEqual([g.seats[String(i)]]);
      expect(g.revealed[0]!.orders[g.seats[String(i)]!]).toBe(i % 4);
    });
    const specG = G(spectator)!;
    expect(specG.secret).toEqual({});
    const specState = JSON.stringify(spectator.getState());
    expect(specState).not.toContain('SECRET-AGENDA');
    // The log of redacted moves hides their arguments from other seats and spectators.
    const specLog = spectator.getState()!.log;
    expect(specLog.length).toBeGreaterThan(0);
    for (const entry of specLog)
      if (entry.action.type === 'MAKE_MOVE') expect(entry.action.payload.args).toBeNull();

    // The initial state in the sync is filtered too (the stock server sends it raw).
    const raw = await rawSocket(server.url);
    raw.socket.emit('sync', matchID, null, undefined, 5);
    const [, syncInfo] = await raw.next('sync');
    expect(JSON.stringify(syncInfo)).not.toContain('SECRET-AGENDA');
    raw.close();

    // Seat 1's own view keeps its secret agenda.
    expect(JSON.stringify(players[1]!.getState()!.G)).toContain(
      `SECRET-AGENDA-${G(players[1]!)!.seats['1']}`,
    );
  });

  it('resumes the same seat after a reload with stored credentials', async () => {
    const { matchID, seats } = await createMatch(server.url);
    const first = track(bgClient(server.url, matchID, seats[0]!));
    await waitFor(() => G(first), 'sync');
    first.moves.commit!(2);
    await waitFor(
      async () => (await server.store.fetch(matchID, { state: true })).state.G.committed.government,
      'commit stored',
    );
    first.stop();
    await waitFor(
      async () =>
        (await server.store.fetch(matchID, { metadata: true })).metadata.players[0].isConnected === false,
      'disconnect noted',
    );
    // A "reload": a new client, same credentials.
    const again = track(bgClient(server.url, matchID, seats[0]!));
    await waitFor(() => G(again)?.committed.government, 'resumed state');
    expect(G(again)!.secret.government!.order).toBe(2);
    expect(again.getState()!.isConnected).toBe(true);
    const meta = (await server.store.fetch(matchID, { metadata: true })).metadata;
    expect(meta.players[0].isConnected).toBe(true);
  });

  it('survives a dropped connection (socket.io reconnects and re-syncs)', async () => {
    const { matchID, seats } = await createMatch(server.url);
    const c = track(bgClient(server.url, matchID, seats[1]!));
    await waitFor(() => G(c), 'sync');
    // Drop the server side of the connection; the client reconnects by itself.
    const ns = server.io.of('/ceasefire');
    for (const s of ns.sockets.values()) s.conn.close();
    await waitFor(() => c.getState()?.isConnected === false || undefined, 'drop', 5000).catch(
      () => undefined,
    );
    await waitFor(() => c.getState()?.isConnected, 'reconnected', 10_000);
    c.moves.commit!(3);
    await waitFor(() => G(c)?.committed.movement, 'move after reconnect');
  });
});

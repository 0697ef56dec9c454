// Per-IP limits and oversize messages against the real server: connections and events counted per
// address (not per connection), match creation rate and live matches per address, a reason for
// every refused oversize socket message, and zod-checked REST bodies on the class routes.
import { io as ioClient } from 'socket.io-client';
import { afterAll, describe, expect, it } from 'vitest';
import { MAX_FRAME_BYTES } from '../../server/transport.ts';
import { api, createMatch, type Recorded, rawSocket, startServer, waitFor } from '../helpers/server.ts';

const servers: Awaited<ReturnType<typeof startServer>>[] = [];
const sockets: Recorded[] = [];
afterAll(async () => {
  for (const s of sockets) s.close();
  for (const s of servers) await s.close();
});
const start = async (opts: Parameters<typeof startServer>[0]) => {
  const s = await startServer(opts);
  servers.push(s);
  return s;
};
const open = async (url: string) => {
  const s = await rawSocket(url);
  sockets.push(s);
  return s;
};

describe('socket limits per address', () => {
  it('refuses connections past the cap with a reason, and takes one again once another closes', async () => {
    const server = await start({ limits: { socketsPerIp: 3 } });
    const three = [await open(server.url), await open(server.url), await open(server.url)];
    const extra = ioClient(`${server.url}/ceasefire`, {
      transports: ['websocket'],
      forceNew: true,
      reconnection: false,
    });
    const err = await new Promise<Error & { data?: { code: string; message: string } }>((resolve) =>
      extra.once('connect_error', resolve),
    );
    extra.close();
    expect(err.data).toMatchObject({ code: 'too_many_connections' });
    expect(err.data!.message).toMatch(/At most 3 connections from one address/);
    three[0]!.close();
    await new Promise((r) => setTimeout(r, 100));
    const again = await open(server.url);
    expect(again.socket.connected).toBe(true);
  });

  it('shares one event allowance among all connections of an address', async () => {
    // Each socket alone may send 40 at once; the address only 30 in all.
    const server = await start({ limits: { socketEventBurstPerIp: 30, socketEventRatePerIp: 1 } });
    const { matchID } = await createMatch(server.url, { humans: 0 });
    const socks = [await open(server.url), await open(server.url), await open(server.url)];
    for (const s of socks) for (let i = 0; i < 15; i++) s.socket.emit('sync', matchID, null, undefined, 5);
    await waitFor(
      () =>
        socks.some((s) =>
          s.errors().some((e) => e.code === 'rate_limited' && /this address/.test(e.message)),
        ),
      'per-address rate limit',
    );
    const refused = socks.flatMap((s) => s.errors()).filter((e) => e.code === 'rate_limited').length;
    expect(refused).toBeGreaterThanOrEqual(45 - 30 - 2);
  });
});

describe('behind a reverse proxy (trustProxy: 1)', () => {
  it("counts the client the proxy names in X-Forwarded-For, not the proxy's own address", async () => {
    const server = await start({ trustProxy: 1, limits: { socketsPerIp: 1 } });
    const as = (ip: string) => rawSocket(server.url, { headers: { 'x-forwarded-for': `10.9.9.9, ${ip}` } });
    const one = await as('192.0.2.1');
    const two = await as('192.0.2.2');
    sockets.push(one, two);
    await expect(as('192.0.2.1')).rejects.toMatchObject({ data: { code: 'too_many_connections' } });
    // Without trust, a client's own X-Forwarded-For changes nothing: everyone is the peer address.
    const direct = await start({ limits: { socketsPerIp: 1 } });
    sockets.push(await rawSocket(direct.url, { headers: { 'x-forwarded-for': '192.0.2.7' } }));
    await expect(
      rawSocket(direct.url, { headers: { 'x-forwarded-for': '192.0.2.8' } }),
    ).rejects.toMatchObject({
      data: { code: 'too_many_connections' },
    });
  });
});

describe('oversize socket messages', () => {
  it('get payload_too_large with a reason up to the frame cap (1 MB and 3 MB included); the connection stays', async () => {
    const server = await start({});
    const { matchID } = await createMatch(server.url, { humans: 0 });
    const s = await open(server.url);
    for (const size of [20_000, 1_000_000, 3_000_000]) {
      const before = s.events.length;
      s.socket.emit('update', { type: 'MAKE_MOVE', payload: { junk: 'x'.repeat(size) } }, 0, matchID, '0');
      const [err] = (await s.next('ceasefire:error', before, 10_000)) as [{ code: string; message: string }];
      expect(err.code).toBe('payload_too_large');
      expect(err.message).toMatch(/at most 16384 bytes/);
    }
    expect(s.socket.connected).toBe(true);
    const before = s.events.length;
    s.socket.emit('sync', matchID, null, undefined, 5);
    await s.next('sync', before);
  });

  it('past the frame cap the connection is closed with WebSocket code 1009 (message too big)', async () => {
    const server = await start({});
    const s = await open(server.url);
    const closed = new Promise<{ reason: string; code?: number | undefined }>((resolve) =>
      s.socket.once('disconnect', (reason, details) =>
        resolve({ reason, code: (details as { context?: { code?: number } } | undefined)?.context?.code }),
      ),
    );
    s.socket.emit('update', 'x'.repeat(MAX_FRAME_BYTES + 1000), 0, 'm', '0');
    const { code } = await closed;
    expect(code).toBe(1009);
  });
});

describe('match creation per address', () => {
  it('is rate-limited with a reason, counting a class as its number of tables', async () => {
    const server = await start({ limits: { createBurstPerIp: 3, createPerMinutePerIp: 1 } });
    for (let i = 0; i < 3; i++)
      expect((await api(server.url, '/games/ceasefire/create', { body: {} })).status).toBe(200);
    const count = await server.store.countMatches();
    const fourth = await api(server.url, '/games/ceasefire/create', { body: {} });
    expect(fourth).toMatchObject({ status: 429, body: { error: 'rate_limited' } });
    expect(fourth.body.message).toMatch(/new games from this address/);
    const session = await api(server.url, '/api/sessions', { body: { tables: 2 } });
    expect(session).toMatchObject({ status: 429, body: { error: 'rate_limited' } });
    expect(await server.store.countMatches()).toBe(count);
  });

  it('caps the live matches of an address; a finished one no longer counts', async () => {
    const server = await start({ limits: { liveMatchesPerIp: 2 } });
    const a = await createMatch(server.url, {
      humans: 2,
      numPlayers: 2,
      setupData: { options: { rounds: 1 } },
    });
    await createMatch(server.url, { humans: 0 });
    const third = await api(server.url, '/games/ceasefire/create', { body: {} });
    expect(third).toMatchObject({ status: 429, body: { error: 'too_many_matches' } });
    expect(third.body.message).toMatch(/already has 2 games in play \(at most 2\)/);
    // Finish match a (one round, both commit): a new game may be created.
    for (const seat of a.seats) {
      const s = await open(server.url);
      s.socket.emit('sync', a.matchID, seat.playerID, seat.credentials, 2);
      const [, info] = (await s.next('sync')) as [string, { state: { _stateID: number } }];
      const before = s.events.length;
      s.socket.emit(
        'update',
        {
          type: 'MAKE_MOVE',
          payload: { type: 'commit', args: [1], playerID: seat.playerID, credentials: seat.credentials },
        },
        info.state._stateID,
        a.matchID,
        seat.playerID,
      );
      await s.next('update', before);
    }
    await waitFor(
      async () => (await server.store.fetch(a.matchID, { metadata: true })).metadata.gameover,
      'game over',
    );
    expect((await api(server.url, '/games/ceasefire/create', { body: {} })).status).toBe(200);
  });
});

describe('REST bodies on the class routes', () => {
  it('are refused with 400 when not an object, too deep, or wrong', async () => {
    const server = await start({});
    const deep = `{"tables": 1, "x": ${'['.repeat(5000)}${']'.repeat(5000)}}`;
    expect(await api(server.url, '/api/sessions', { raw: deep })).toMatchObject({
      status: 400,
      body: { error: 'bad_request' },
    });
    expect(await api(server.url, '/api/sessions', { raw: '[1]' })).toMatchObject({ status: 400 });
    const wrong = await api(server.url, '/api/sessions', { body: { tables: 'many' } });
    expect(wrong).toMatchObject({ status: 400, body: { error: 'bad_request' } });
    expect(wrong.body.message).toMatch(/tables/);
    const ok = await api(server.url, '/api/sessions', { body: { tables: 1 } });
    expect(ok.status).toBe(200);
    const students = await api(server.url, `/api/sessions/${ok.body.code}/students`, {
      raw: `{"name": ${'['.repeat(100)}${']'.repeat(100)}}`,
    });
    expect(students).toMatchObject({ status: 400, body: { error: 'bad_request' } });
  });
});

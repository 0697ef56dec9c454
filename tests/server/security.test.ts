// Refusals: every bad request gets a clear reason and changes nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  api,
  createMatch,
  type Recorded,
  rawSocket,
  sleep,
  startServer,
  waitFor,
} from '../helpers/server.ts';

let server: Awaited<ReturnType<typeof startServer>>;
const sockets: Recorded[] = [];
const open = async (...args: Parameters<typeof rawSocket>) => {
  const s = await rawSocket(...args);
  sockets.push(s);
  return s;
};

beforeAll(async () => {
  server = await startServer({ origins: ['http://allowed.example'] });
});
afterAll(async () => {
  for (const s of sockets) s.close();
  await server.close();
});

const snapshot = async (matchID: string) =>
  JSON.stringify(await server.store.fetch(matchID, { state: true, metadata: true, log: true }));
const move = (playerID: string, credentials: string | undefined, name: string, args: unknown[]) => ({
  type: 'MAKE_MOVE',
  payload: { type: name, args, playerID, credentials },
});

/** A raw socket synced to a seat, with its latest stateID. */
async function seated(matchID: string, playerID: string | null, credentials?: string) {
  const s = await open(server.url);
  s.socket.emit('sync', matchID, playerID, credentials, 5);
  await s.next('sync');
  return s;
}

async function errorAfter(s: Recorded, emit: () => void) {
  const before = s.events.length;
  emit();
  const [err] = await s.next('ceasefire:error', before);
  return err as { code: string; message: string; event: string };
}

describe('matches exist only through the API', () => {
  it('refuses to sync or move in an unknown match and does not create it', async () => {
    const s = await open(server.url);
    const err = await errorAfter(s, () => s.socket.emit('sync', 'no-such-match', null, undefined, 5));
    expect(err).toMatchObject({ code: 'unknown_match', event: 'sync' });
    const err2 = await errorAfter(s, () => s.socket.emit('sync', 'no-such-match', '0', 'x', 5));
    expect(err2.code).toBe('unknown_match');
    const err3 = await errorAfter(s, () =>
      s.socket.emit('update', move('0', 'x', 'commit', [1]), 0, 'no-such-match', '0'),
    );
    expect(err3.code).toBe('not_synced');
    expect(await server.store.has('no-such-match')).toBe(false);
    expect((await server.store.listMatches()).includes('no-such-match')).toBe(false);
  });

  it('answers unknown matches and routes over HTTP with JSON errors', async () => {
    expect(await api(server.url, '/games/ceasefire/nope')).toMatchObject({
      status: 404,
      body: { error: 'unknown_match' },
    });
    expect(await api(server.url, '/games/other/create', { body: {} })).toMatchObject({
      status: 404,
      body: { error: 'unknown_game' },
    });
    expect(await api(server.url, '/api/nothing')).toMatchObject({
      status: 404,
      body: { error: 'not_found' },
    });
    expect(await api(server.url, '/games/ceasefire/nope/join', { body: { playerName: 'x' } })).toMatchObject({
      status: 404,
      body: { error: 'unknown_match' },
    });
  });
});

describe('credentials', () => {
  it('refuses a seat sync with wrong credentials, and moves with wrong or borrowed credentials', async () => {
    const { matchID, seats } = await createMatch(server.url);
    const before = await snapshot(matchID);
    const s = await open(server.url);
    const err = await errorAfter(s, () => s.socket.emit('sync', matchID, '0', 'wrong', 5));
    expect(err.code).toBe('unauthorized');
    expect(s.events.some((e) => e.event === 'sync')).toBe(false);

    const p0 = await seated(matchID, '0', seats[0]!.credentials);
    // Wrong credentials in the action.
    expect(
      (await errorAfter(p0, () => p0.socket.emit('update', move('0', 'bad', 'commit', [1]), 0, matchID, '0')))
        .code,
    ).toBe('unauthorized');
    // Seat 0's credentials, acting as seat 1.
    expect(
      (
        await errorAfter(p0, () =>
          p0.socket.emit('update', move('1', seats[0]!.credentials, 'commit', [1]), 0, matchID, '1'),
        )
      ).code,
    ).toBe('not_synced');
    expect(
      (
        await errorAfter(p0, () =>
          p0.socket.emit('update', move('1', seats[0]!.credentials, 'commit', [1]), 0, matchID, '0'),
        )
      ).code,
    ).toBe('wrong_seat');
    expect(
      (
        await errorAfter(p0, () =>
          p0.socket.emit('update', move('1', seats[1]!.credentials, 'commit', [1]), 0, matchID, '0'),
        )
      ).code,
    ).toBe('unauthorized');
    // A spectator cannot move at all.
    const spec = await seated(matchID, null);
    expect(
      (
        await errorAfter(spec, () =>
          spec.socket.emit('update', move('0', undefined, 'commit', [1]), 0, matchID, null),
        )
      ).code,
    ).toBe('bad_request');
    expect((await snapshot(matchID)).replace(/"isConnected":(true|false)/g, '')).toBe(
      before.replace(/"isConnected":(true|false)/g, ''),
    );
  });

  it('refuses raw state pushes and other action types', async () => {
    const { matchID, seats } = await createMatch(server.url);
    const p0 = await seated(matchID, '0', seats[0]!.credentials);
    const state = (await server.store.fetch(matchID, { state: true })).state;
    const forged = { ...state, G: { ...state.G, round: 99 } };
    for (const type of ['UPDATE', 'SYNC', 'RESET', 'PATCH', 'UNDO', 'PLUGIN']) {
      const err = await errorAfter(p0, () =>
        p0.socket.emit(
          'update',
          {
            type,
            state: forged,
            payload: { type: 'commit', playerID: '0', credentials: seats[0]!.credentials },
          },
          state._stateID,
          matchID,
          '0',
        ),
      );
      expect(err.code).toBe('forbidden_action');
    }
    expect((await server.store.fetch(matchID, { state: true })).state.G.round).toBe(1);
  });

  it('leave and seat routes need the seat credentials or the facilitator token', async () => {
    const { matchID, seats, hostToken } = await createMatch(server.url, { humans: 2 });
    expect(
      await api(server.url, `/games/ceasefire/${matchID}/leave`, {
        body: { playerID: '0', credentials: 'nope' },
      }),
    ).toMatchObject({ status: 403, body: { error: 'unauthorized' } });
    expect(
      await api(server.url, `/api/matches/${matchID}/seats/1/bot`, {
        body: { credentials: seats[0]!.credentials },
      }),
    ).toMatchObject({ status: 403 });
    expect(
      await api(server.url, `/api/matches/${matchID}/seats/1/bot`, { body: { hostToken: 'nope' } }),
    ).toMatchObject({ status: 403 });
    const ok = await api(server.url, `/api/matches/${matchID}/seats/1/bot`, { body: { hostToken } });
    expect(ok.status).toBe(200);
  });
});

describe('moves refused by the rules', () => {
  it('gives checkMove reasons, unknown moves and game-over refusals, and changes nothing', async () => {
    const { matchID, seats } = await createMatch(server.url, { setupData: { options: { rounds: 1 } } });
    const p0 = await seated(matchID, '0', seats[0]!.credentials);
    const before = await snapshot(matchID);
    const c0 = seats[0]!.credentials;
    const err = await errorAfter(p0, () =>
      p0.socket.emit('update', move('0', c0, 'commit', [9]), 0, matchID, '0'),
    );
    expect(err).toMatchObject({ code: 'bad_value', event: 'update' });
    expect(err.message).toMatch(/0 to 3/);
    const err2 = await errorAfter(p0, () =>
      p0.socket.emit('update', move('0', c0, 'fly', []), 0, matchID, '0'),
    );
    expect(err2.code).toBe('unknown_move');
    expect(await snapshot(matchID)).toBe(before);

    const start = p0.events.length;
    p0.socket.emit('update', move('0', c0, 'commit', [1]), 0, matchID, '0');
    await p0.next('update', start);
    const err3 = await errorAfter(p0, () =>
      p0.socket.emit('update', move('0', c0, 'commit', [2]), 1, matchID, '0'),
    );
    expect(err3.code).toBe('already_committed');

    // Finish the (one-round) game, then any move is refused as game over.
    for (const seat of seats.slice(1)) {
      const s = await seated(matchID, seat.playerID, seat.credentials);
      const n = s.events.length;
      s.socket.emit(
        'update',
        move(seat.playerID, seat.credentials, 'commit', [0]),
        0,
        matchID,
        seat.playerID,
      );
      await s.next('update', n);
    }
    await waitFor(
      async () => (await server.store.fetch(matchID, { state: true })).state.ctx.gameover,
      'game over',
    );
    const err4 = await errorAfter(p0, () =>
      p0.socket.emit('update', move('0', c0, 'commit', [2]), 99, matchID, '0'),
    );
    expect(err4.code).toBe('game_over');
  });
});

describe('origins', () => {
  it('refuses HTTP requests from other origins but allows listed ones and requests without Origin', async () => {
    const evil = await api(server.url, '/games', { headers: { origin: 'http://evil.example' } });
    expect(evil).toMatchObject({ status: 403, body: { error: 'origin_not_allowed' } });
    const listed = await api(server.url, '/games', { headers: { origin: 'http://allowed.example' } });
    expect(listed.status).toBe(200);
    const same = await api(server.url, '/games', { headers: { origin: server.url } });
    expect(same.status).toBe(200);
    expect((await api(server.url, '/games')).status).toBe(200);
    const created = await api(server.url, '/games/ceasefire/create', {
      body: {},
      headers: { origin: 'http://evil.example' },
    });
    expect(created.status).toBe(403);
  });

  it('refuses socket connections from other origins', async () => {
    await expect(open(server.url, { headers: { origin: 'http://evil.example' } })).rejects.toThrow();
    const ok = await open(server.url, { headers: { origin: 'http://allowed.example' } });
    expect(ok.socket.connected).toBe(true);
  });
});

describe('bad input', () => {
  it('answers garbage and oversized socket payloads with errors and keeps the state', async () => {
    const { matchID, seats } = await createMatch(server.url);
    const p0 = await seated(matchID, '0', seats[0]!.credentials);
    const before = await snapshot(matchID);
    const garbage: unknown[][] = [
      ['update', 'hello', 0, matchID, '0'],
      ['update', null, 0, matchID, '0'],
      ['update', { type: 'MAKE_MOVE' }, 0, matchID, '0'],
      [
        'update',
        { type: 'MAKE_MOVE', payload: { type: 'commit', args: 'x', playerID: '0' } },
        0,
        matchID,
        '0',
      ],
      ['update', move('0', seats[0]!.credentials, 'commit', [1]), 'zero', matchID, '0'],
      ['update', move('0', seats[0]!.credentials, 'commit', [1]), 0, { $ne: 1 }, '0'],
      ['sync', { evil: true }],
      ['sync', matchID, 42],
      ['chat', matchID, 'not an object', seats[0]!.credentials],
      ['nonsense', 1, 2, 3],
    ];
    for (const [event, ...args] of garbage) {
      const err = await errorAfter(p0, () => p0.socket.emit(event as string, ...args));
      expect(err.code, `${String(event)} ${JSON.stringify(args)}`).toMatch(/bad_request|unknown_event/);
    }
    const big = 'x'.repeat(100_000);
    const err = await errorAfter(p0, () =>
      p0.socket.emit('update', move('0', seats[0]!.credentials, 'commit', [1, big]), 0, matchID, '0'),
    );
    expect(err.code).toBe('payload_too_large');
    expect(await snapshot(matchID)).toBe(before);
    // The socket still works afterwards.
    const n = p0.events.length;
    p0.socket.emit('update', move('0', seats[0]!.credentials, 'commit', [1]), 0, matchID, '0');
    await p0.next('update', n);
  });

  it('rate-limits floods on one socket', async () => {
    const { matchID } = await createMatch(server.url, { humans: 0 });
    const s = await seated(matchID, null);
    for (let i = 0; i < 80; i++) s.socket.emit('sync', matchID, null, undefined, 5);
    await waitFor(() => s.errors().find((e) => e.code === 'rate_limited'), 'rate limit');
    await sleep(50);
  });

  it('answers bad HTTP bodies with JSON errors', async () => {
    const garbled = await api(server.url, '/games/ceasefire/create', { raw: '{not json' });
    expect(garbled.status).toBe(400);
    expect(garbled.body.error).toBe('bad_request');
    const huge = await api(server.url, '/games/ceasefire/create', {
      body: { setupData: { junk: 'x'.repeat(200_000) } },
    });
    expect(huge).toMatchObject({ status: 413, body: { error: 'payload_too_large' } });
    const badPlayers = await api(server.url, '/games/ceasefire/create', { body: { numPlayers: 99 } });
    expect(badPlayers).toMatchObject({ status: 400, body: { error: 'bad_request' } });
    const badSetup = await api(server.url, '/games/ceasefire/create', {
      body: { setupData: { options: { rounds: -1 } } },
    });
    expect(badSetup).toMatchObject({ status: 400, body: { error: 'bad_setup' } });
    const noName = await api(server.url, '/api/join/ABCDEF', { body: {} });
    expect(noName.status).toBe(404);
    const count = await server.store.countMatches();
    const array = await api(server.url, '/games/ceasefire/create', { raw: '[]' });
    expect(array).toMatchObject({ status: 400, body: { error: 'bad_request' } });
    expect(array.body.message).toMatch(/JSON object/);
    // A 5,000-deep array, as the body and inside setupData: refused, nothing created.
    const deep = `${'['.repeat(5000)}${']'.repeat(5000)}`;
    expect(await api(server.url, '/games/ceasefire/create', { raw: deep })).toMatchObject({
      status: 400,
      body: { error: 'bad_request' },
    });
    const deepSetup = await api(server.url, '/games/ceasefire/create', {
      raw: `{"setupData": ${deep}}`,
    });
    expect(deepSetup).toMatchObject({ status: 400, body: { error: 'bad_request' } });
    expect(deepSetup.body.message).toMatch(/nested deeper than 12 levels/);
    const lessDeep = await api(server.url, '/games/ceasefire/create', {
      raw: `{"setupData": ${'['.repeat(10)}${']'.repeat(10)}}`,
    });
    expect(lessDeep.body.message).toMatch(/setupData is nested deeper than 8 levels/);
    const wrongType = await api(server.url, '/games/ceasefire/create', { body: { numPlayers: [5] } });
    expect(wrongType).toMatchObject({ status: 400, body: { error: 'bad_request' } });
    expect(wrongType.body.message).toMatch(/numPlayers/);
    expect(await server.store.countMatches()).toBe(count);
    // An empty body is a default match, as in boardgame.io.
    expect((await api(server.url, '/games/ceasefire/create', { method: 'POST' })).status).toBe(200);
    expect(await server.store.countMatches()).toBe(count + 1);
  });
});

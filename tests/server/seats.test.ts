// Seat authority against the real server, per route and per role: a bot's seat goes to a person,
// a seat to a bot, or a seat is freed only with the table host's token, the class facilitator's
// token, or (for one's own seat) the seat's credentials. Solo tables take nobody; listing is off
// unless a table is public. Every refusal is 401/403 with a reason and changes nothing, sockets included.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, createMatch, type Recorded, rawSocket, startServer, waitFor } from '../helpers/server.ts';

let server: Awaited<ReturnType<typeof startServer>>;
const sockets: Recorded[] = [];

beforeAll(async () => {
  // Bots wait, so seats do not change under the test's feet.
  server = await startServer({ bots: { delayMs: 60_000 } });
});
afterAll(async () => {
  for (const s of sockets) s.close();
  await server.close();
});

const BOT = { policy: 'random', difficulty: 'easy' };
const metadata = async (matchID: string) => (await server.store.fetch(matchID, { metadata: true })).metadata;
const seatsJSON = async (matchID: string) => JSON.stringify((await metadata(matchID)).players);

/** A table with humans in seats 0 and 1, bots in 2 and 3, seat 4 free. */
async function table() {
  const t = await createMatch(server.url, { humans: 2, bots: { '2': BOT, '3': BOT } });
  expect((await metadata(t.matchID)).players[4].name).toBeUndefined();
  return t;
}

async function synced(matchID: string, playerID: string | null, credentials?: string) {
  const s = await rawSocket(server.url);
  sockets.push(s);
  s.socket.emit('sync', matchID, playerID, credentials, 5);
  await s.next('sync');
  return s;
}

const claim = (
  matchID: string,
  pid: string,
  body: Record<string, unknown>,
  headers?: Record<string, string>,
) => api(server.url, `/api/matches/${matchID}/seats/${pid}/claim`, { body, ...(headers ? { headers } : {}) });
const toBot = (
  matchID: string,
  pid: string,
  body: Record<string, unknown>,
  headers?: Record<string, string>,
) => api(server.url, `/api/matches/${matchID}/seats/${pid}/bot`, { body, ...(headers ? { headers } : {}) });
const leave = (matchID: string, body: Record<string, unknown>) =>
  api(server.url, `/games/ceasefire/${matchID}/leave`, { body });

describe("taking over a bot's seat", () => {
  it('is refused to anyone but the host, on every route, and the bot keeps its seat', async () => {
    const { matchID, joinCode, seats } = await table();
    const before = await seatsJSON(matchID);
    // Anonymous: 401 with a reason.
    const anon = await claim(matchID, '2', { name: 'Mallory' });
    expect(anon).toMatchObject({ status: 401, body: { error: 'host_required' } });
    expect(anon.body.message).toMatch(/host/);
    // The code route and boardgame.io's join route take the same decision.
    expect(
      await api(server.url, `/api/join/${joinCode}`, { body: { name: 'Mallory', playerID: '2' } }),
    ).toMatchObject({ status: 401, body: { error: 'host_required' } });
    expect(
      await api(server.url, `/games/ceasefire/${matchID}/join`, { body: { playerName: 'M', playerID: '2' } }),
    ).toMatchObject({ status: 401, body: { error: 'host_required' } });
    // A seated player (their own credentials) is not the host.
    expect(await claim(matchID, '2', { name: 'P0', credentials: seats[0]!.credentials })).toMatchObject({
      status: 403,
    });
    // A wrong token: 403.
    expect(await claim(matchID, '2', { name: 'M', hostToken: 'wrong' })).toMatchObject({
      status: 403,
      body: { error: 'unauthorized' },
    });
    expect(await claim(matchID, '2', { name: 'M' }, { authorization: 'Bearer wrong' })).toMatchObject({
      status: 403,
    });
    expect(await seatsJSON(matchID)).toBe(before);
  });

  it('works with the host token (body or header); the bot is evicted from its seat', async () => {
    const { matchID, hostToken } = await table();
    const took = await claim(matchID, '2', { name: 'Host', hostToken });
    expect(took.status).toBe(200);
    expect((await metadata(matchID)).players[2]).toMatchObject({ name: 'Host' });
    expect((await metadata(matchID)).players[2].data).toBeUndefined();
    // The new holder plays the seat over a socket.
    const s = await synced(matchID, '2', took.body.credentials);
    expect(s.errors()).toEqual([]);
    const viaHeader = await claim(matchID, '3', { name: 'Host2' }, { 'x-host-token': hostToken });
    expect(viaHeader.status).toBe(200);
  });

  it('a free seat is open to anyone with the code; a taken seat to nobody', async () => {
    const { matchID, joinCode, hostToken } = await table();
    const joined = await api(server.url, `/api/join/${joinCode}`, { body: { name: 'Friend' } });
    expect(joined).toMatchObject({ status: 200, body: { playerID: '4' } });
    expect(await claim(matchID, '0', { name: 'X', hostToken })).toMatchObject({
      status: 409,
      body: { error: 'seat_taken' },
    });
  });
});

describe('putting a bot in a seat', () => {
  it('a free seat: host only', async () => {
    const { matchID, seats, hostToken } = await table();
    const before = await seatsJSON(matchID);
    expect(await toBot(matchID, '4', {})).toMatchObject({ status: 401, body: { error: 'host_required' } });
    expect(await toBot(matchID, '4', { credentials: seats[0]!.credentials })).toMatchObject({ status: 403 });
    expect(await toBot(matchID, '4', { hostToken: 'nope' })).toMatchObject({ status: 403 });
    expect(await seatsJSON(matchID)).toBe(before);
    expect((await toBot(matchID, '4', { hostToken, difficulty: 'hard' })).status).toBe(200);
    expect((await metadata(matchID)).players[4].data).toEqual({
      bot: { policy: 'hard', difficulty: 'hard' },
    });
  });

  it("another person's seat: the host only; the player's socket is told and unseated", async () => {
    const { matchID, seats, hostToken } = await table();
    const p1 = await synced(matchID, '1', seats[1]!.credentials);
    const before = await seatsJSON(matchID);
    expect(await toBot(matchID, '1', {})).toMatchObject({ status: 401 });
    expect(await toBot(matchID, '1', { credentials: seats[0]!.credentials })).toMatchObject({
      status: 403,
      body: { error: 'unauthorized' },
    });
    expect(await seatsJSON(matchID)).toBe(before);
    expect(p1.errors()).toEqual([]);
    expect((await toBot(matchID, '1', {}, { 'x-host-token': hostToken })).status).toBe(200);
    await waitFor(() => p1.errors().find((e) => e.code === 'seat_reassigned'), 'seat_reassigned');
  });

  it('my own seat: my credentials suffice', async () => {
    const { matchID, seats } = await table();
    expect((await toBot(matchID, '0', { credentials: seats[0]!.credentials })).status).toBe(200);
    expect((await metadata(matchID)).players[0].data.bot).toBeDefined();
  });
});

describe('freeing a seat', () => {
  it('needs its credentials or the host token', async () => {
    const { matchID, seats, hostToken } = await table();
    const before = await seatsJSON(matchID);
    expect(await leave(matchID, { playerID: '1' })).toMatchObject({
      status: 401,
      body: { error: 'host_required' },
    });
    expect(await leave(matchID, { playerID: '1', credentials: seats[0]!.credentials })).toMatchObject({
      status: 403,
    });
    expect(await leave(matchID, { playerID: '1', hostToken: 'x' })).toMatchObject({ status: 403 });
    expect(await seatsJSON(matchID)).toBe(before);
    expect((await leave(matchID, { playerID: '1', credentials: seats[1]!.credentials })).status).toBe(200);
    expect((await leave(matchID, { playerID: '0', hostToken })).status).toBe(200);
    const players = (await metadata(matchID)).players;
    expect(players[0].name).toBeUndefined();
    expect(players[1].name).toBeUndefined();
  });
});

describe('solo tables', () => {
  it('seat their one person at creation and take no claims; my own seat can go to a bot', async () => {
    const created = await api(server.url, '/games/ceasefire/create', {
      body: { numPlayers: 5, bots: { '1': BOT }, solo: { playerID: '0', name: 'Solo' } },
    });
    expect(created.status).toBe(200);
    const { matchID, joinCode, hostToken, seat, kind } = created.body;
    expect(kind).toBe('solo');
    expect(seat.playerID).toBe('0');
    const players = (await metadata(matchID)).players;
    for (const pid of ['1', '2', '3', '4']) expect(players[pid].data.bot).toBeDefined();
    expect(players[0].name).toBe('Solo');
    const s = await synced(matchID, '0', seat.credentials);
    expect(s.errors()).toEqual([]);

    const before = await seatsJSON(matchID);
    for (const body of [{ name: 'X' }, { name: 'X', hostToken }]) {
      expect(await claim(matchID, '2', body)).toMatchObject({ status: 403, body: { error: 'solo_table' } });
    }
    expect(await api(server.url, `/api/join/${joinCode}`, { body: { name: 'X' } })).toMatchObject({
      status: 403,
      body: { error: 'solo_table' },
    });
    expect((await api(server.url, `/api/join/${joinCode}`)).body.kind).toBe('solo');
    expect(await toBot(matchID, '2', {})).toMatchObject({ status: 401 });
    expect(await seatsJSON(matchID)).toBe(before);
    expect((await toBot(matchID, '0', { credentials: seat.credentials })).status).toBe(200);
  });

  it('refuse a solo seat that is also a bot', async () => {
    const bad = await api(server.url, '/games/ceasefire/create', {
      body: { numPlayers: 5, bots: ['0'], solo: { playerID: '0', name: 'S' } },
    });
    expect(bad).toMatchObject({ status: 400, body: { error: 'bad_request' } });
  });

  it('play again: the next solo game seats me, keeps the bots and the host token', async () => {
    const created = await api(server.url, '/games/ceasefire/create', {
      body: { numPlayers: 5, solo: { playerID: '3', name: 'Solo' } },
    });
    const { matchID, seat, hostToken } = created.body;
    const again = await api(server.url, `/games/ceasefire/${matchID}/playAgain`, {
      body: { playerID: '3', credentials: seat.credentials },
    });
    expect(again.status).toBe(200);
    const next = again.body.nextMatchID as string;
    expect(again.body).toMatchObject({ playerID: '3' });
    expect(await server.store.accessByMatch(next)).toMatchObject({ kind: 'solo', hostToken });
    expect((await metadata(next)).players[3].name).toBe('Solo');
    expect((await metadata(next)).players[0].data.bot).toBeDefined();
    const s = await synced(next, '3', again.body.credentials);
    expect(s.errors()).toEqual([]);
    expect(await claim(next, '0', { name: 'X', hostToken })).toMatchObject({ status: 403 });
  });
});

describe('match listing', () => {
  it('shows only tables created public', async () => {
    const hidden = await createMatch(server.url, { humans: 0 });
    const shown = await createMatch(server.url, { humans: 0, public: true });
    const list = await api(server.url, '/games/ceasefire');
    const ids = (list.body.matches as { matchID: string }[]).map((m) => m.matchID);
    expect(ids).toContain(shown.matchID);
    expect(ids).not.toContain(hidden.matchID);
    expect(JSON.stringify(list.body)).not.toContain(shown.hostToken);
  });
});

describe('class tables', () => {
  it("the facilitator's session token manages seats; a table's host token is never sent to students", async () => {
    const session = await api(server.url, '/api/sessions', { body: { tables: 1, bots: [['2']] } });
    expect(session.status).toBe(200);
    const { facilitatorToken, tables } = session.body;
    const matchID = tables[0].matchID as string;
    expect(JSON.stringify(tables)).not.toMatch(/matchToken|hostToken/);
    expect(await claim(matchID, '2', { name: 'Kid' })).toMatchObject({ status: 401 });
    const byTeacher = await claim(
      matchID,
      '2',
      { name: 'Kid' },
      { authorization: `Bearer ${facilitatorToken}` },
    );
    expect(byTeacher.status).toBe(200);
    expect((await toBot(matchID, '2', { facilitatorToken })).status).toBe(200);
    // Another session's token is not this table's.
    const other = await api(server.url, '/api/sessions', { body: { tables: 1 } });
    expect(await toBot(matchID, '2', { facilitatorToken: other.body.facilitatorToken })).toMatchObject({
      status: 403,
    });
  });
});

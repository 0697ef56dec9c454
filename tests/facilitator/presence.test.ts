// Presence in the console is pushed: a student's table connection shows "connected" on the console's live
// socket within moments, and "disconnected" when it closes, with no other change at the table. And the
// start banner warns when the server listens on this computer only.
import { io as ioClient } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Ceasefire } from '../../game/index.ts';
import { isLoopbackHost, startBanner } from '../../server/banner.ts';
import { ceasefireServerGame } from '../../server/ceasefire.ts';
import { api, bgClient, startServer, waitFor } from '../helpers/server.ts';

let server: Awaited<ReturnType<typeof startServer>>;
beforeAll(async () => {
  server = await startServer({ game: await ceasefireServerGame(), bots: { delayMs: 20 } });
});
afterAll(async () => {
  await server?.close();
});

type Snap = { tables: { seats: { playerID: string; connected: boolean }[] }[] };

describe('presence in the console', () => {
  it('is pushed when a student connects and when the student leaves', async () => {
    const r = await api(server.url, '/api/sessions', { body: { tables: 1 } });
    const { code, facilitatorToken: token } = r.body as { code: string; facilitatorToken: string };
    const s = await api(server.url, `/api/sessions/${code}/students`, { body: { name: 'Ada' } });
    await api(server.url, `/api/sessions/${code}/autoseat`, {
      body: {},
      headers: { authorization: `Bearer ${token}` },
    });
    const me = await api(server.url, `/api/sessions/${code}/students/${s.body.studentId}`, {
      headers: { 'x-student-token': s.body.studentToken },
    });
    const seat = me.body.seat as { matchID: string; playerID: string; credentials: string };
    // The table stays paused (not started): nothing but presence changes there.
    const sock = ioClient(`${server.url}/facilitator`, { auth: { code, token }, transports: ['websocket'] });
    const snaps: Snap[] = [];
    sock.on('session', (x: Snap) => snaps.push(x));
    await waitFor(() => snaps.length > 0, 'first snapshot');
    const online = () => snaps.at(-1)!.tables[0]!.seats.find((x) => x.playerID === seat.playerID)!.connected;
    expect(online()).toBe(false);
    const client = bgClient(server.url, seat.matchID, seat, Ceasefire);
    const t0 = Date.now();
    await waitFor(() => online(), 'online pushed', 3000);
    expect(Date.now() - t0).toBeLessThan(3000);
    client.stop();
    await waitFor(() => !online(), 'offline pushed', 3000);
    sock.close();
  });
});

describe('the start banner', () => {
  it('warns when the join address is loopback-only', () => {
    for (const h of ['127.0.0.1', 'localhost', '::1', '[::1]', '127.1.2.3'])
      expect(isLoopbackHost(h)).toBe(true);
    for (const h of ['0.0.0.0', '::', '192.168.1.20']) expect(isLoopbackHost(h)).toBe(false);
    const base = { port: 8000, url: 'http://127.0.0.1:8000', addresses: ['192.168.1.20'], dataDir: './data' };
    expect(startBanner({ ...base, host: '127.0.0.1' }).join('\n')).toMatch(/this computer only/);
    const open = startBanner({ ...base, host: '0.0.0.0' }).join('\n');
    expect(open).toContain('http://192.168.1.20:8000');
    expect(open).not.toMatch(/Warning/);
  });
});

// A server killed with SIGKILL mid-game and restarted on the same store (DATA_DIR's SQLite, or
// DATABASE_URL's Postgres) resumes every match exactly: state, log, seats, credentials, chat and bots.
import { type ChildProcess, execSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { FixtureG } from '../../server/bench/fixture-game.ts';
import {
  api,
  type BgClient,
  bgClient,
  createMatch,
  type Recorded,
  rawSocket,
  tempDir,
  waitFor,
} from '../helpers/server.ts';
import { newDatabase, postgres, STORE_KINDS, stopServices, storeMissing } from '../helpers/services.ts';

const dataDir = tempDir('ceasefire-restart-');
let child: ChildProcess | undefined;
const sockets: Recorded[] = [];
const clients: BgClient[] = [];

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const srv = net.createServer();
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as net.AddressInfo).port;
      srv.close(() => resolve(port));
    });
  });
}

async function spawnServer(port: number): Promise<string> {
  const proc = spawn('npx', ['tsx', 'server/main.ts'], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      ...storeEnv,
      CEASEFIRE_GAME: 'fixture',
      BOT_DELAY_MS: '0',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: false,
  });
  child = proc;
  let out = '';
  proc.stderr?.on('data', (d: Buffer) => {
    out += d.toString();
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start: ${out}`)), 20_000);
    proc.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /LISTENING (\S+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    });
    proc.on('exit', (code) => reject(new Error(`server exited ${code}: ${out}`)));
  });
}

async function kill(): Promise<void> {
  const proc = child;
  if (!proc || proc.exitCode !== null || proc.signalCode !== null) return;
  // npx runs tsx, which runs node: SIGKILL every process of the tree.
  const done = new Promise((r) => proc.once('exit', r));
  killTree(proc.pid!);
  await done;
}

function killTree(pid: number): void {
  // Children first (tsx's node process is the one holding the port and the database).
  try {
    const kids = execSync(`pgrep -P ${pid} || true`).toString().trim().split(/\s+/).filter(Boolean);
    for (const k of kids) killTree(Number(k));
  } catch {}
  try {
    process.kill(pid, 'SIGKILL');
  } catch {}
}

async function cleanUp(): Promise<void> {
  for (const s of sockets.splice(0)) s.close();
  for (const c of clients.splice(0)) {
    try {
      c.stop();
    } catch {}
  }
  await kill();
}
afterEach(cleanUp);

afterAll(async () => {
  for (const s of sockets) s.close();
  for (const c of clients) {
    try {
      c.stop();
    } catch {}
  }
  await kill();
  fs.rmSync(dataDir, { recursive: true, force: true });
  await stopServices();
});

/** The store's environment for the server processes (DATABASE_URL for Postgres). */
let storeEnv: Record<string, string> = {};

async function spectate(url: string, matchID: string) {
  const s = await rawSocket(url);
  sockets.push(s);
  s.socket.emit('sync', matchID, null, undefined, 5);
  const [, info] = await s.next('sync');
  return { s, info: info as { state: { _stateID: number; G: FixtureG }; log: unknown[] } };
}

describe.each(STORE_KINDS)('restart after SIGKILL (%s)', (kind) => {
  const missing = storeMissing(kind);
  if (missing) {
    it.skip(missing, () => {});
    return;
  }
  it('resumes every match exactly', async () => {
    storeEnv = kind === 'postgres' ? { DATABASE_URL: await newDatabase(await postgres()) } : {};
    const port = await freePort();
    let url = await spawnServer(port);

    // Three matches in different states, one with bots waiting for a human, plus chat.
    const a = await createMatch(url, { setupData: { options: { rounds: 1000 } } });
    const b = await createMatch(url, { humans: 2 });
    const c = await createMatch(url, { humans: 0, bots: ['1', '2', '3', '4'] });
    const cHuman = await api(url, `/api/join/${c.joinCode}`, { body: { name: 'Solo', playerID: '0' } });
    const players = a.seats.map((s) => bgClient(url, a.matchID, s));
    clients.push(...players);
    for (const p of players) await waitFor(() => p.getState()?.isConnected, 'sync');
    players[0]!.sendChatMessage('before the crash');
    const bClient = bgClient(url, b.matchID, b.seats[0]!);
    clients.push(bClient);
    await waitFor(() => bClient.getState()?.isConnected, 'sync b');
    bClient.moves.commit!(3);

    // Match A: everyone plays as fast as they can; observe what clients are told.
    let maxSeen = 0;
    const spec = await spectate(url, a.matchID);
    spec.s.socket.on('update', (_m: string, state: { _stateID: number }) => {
      maxSeen = Math.max(maxSeen, state._stateID);
    });
    let stop = false;
    const loops = players.map(async (p, i) => {
      while (!stop) {
        const G = p.getState()?.G as FixtureG | undefined;
        const role = G?.seats[String(i)];
        if (G && role && !G.committed[role] && p.getState()?.isConnected) p.moves.commit!(i % 4);
        await new Promise((r) => setTimeout(r, 5));
      }
    });
    await waitFor(() => maxSeen >= 30, 'some rounds played', 20_000);
    await waitFor(() => (bClient.getState()?.G as FixtureG | undefined)?.committed.government, 'b commit');

    // Kill -9 in the middle of the burst.
    await kill();
    stop = true;
    await Promise.all(loops);
    const seenAtKill = maxSeen;

    url = await spawnServer(port);
    expect(url).toContain(String(port));

    // A: nothing a client was told is lost; the stored log matches the state.
    const after = await spectate(url, a.matchID);
    expect(after.info.state._stateID).toBeGreaterThanOrEqual(seenAtKill);
    const G = after.info.state.G;
    const moves = after.info.log.length;
    // Each full round is 5 logged moves; the current round's committed orders are the remainder.
    expect(moves).toBe((G.round - 1) * 5 + Object.values(G.committed).filter(Boolean).length);

    // The stock clients reconnect by themselves (same port) and resume their seats with stored credentials.
    for (const p of players) {
      await waitFor(
        () => p.getState()?.isConnected && ((p.getState()?.G as FixtureG | undefined)?.round ?? 0) >= G.round,
        'client resumed',
        15_000,
      );
    }
    expect(
      players[0]!.chatMessages.some((m) => (m.payload as { text: string }).text === 'before the crash'),
    ).toBe(true);

    // "Exactly": a quiet match reads back identical after another SIGKILL.
    const quietBefore = await spectate(url, b.matchID);
    await kill();
    url = await spawnServer(port);
    const quietAfter = await spectate(url, b.matchID);
    expect(quietAfter.info.state).toEqual(quietBefore.info.state);
    expect(quietAfter.info.log).toEqual(quietBefore.info.log);
    expect((quietAfter.info.state.G as FixtureG).committed.government).toBe(true);
    const gameover = (await api(url, `/games/ceasefire/${b.matchID}`)).body;
    expect(gameover.players[0].name).toBe('P0');

    // C: the bots resume after the restart once the human moves.
    const solo = bgClient(url, c.matchID, { playerID: '0', credentials: cHuman.body.credentials as string });
    clients.push(solo);
    await waitFor(() => solo.getState()?.isConnected, 'solo sync');
    solo.moves.commit!(0);
    await waitFor(
      () => (solo.getState()?.G as FixtureG | undefined)?.round === 2,
      'bots after restart',
      15_000,
    );
    // Old credentials still authenticate, wrong ones still do not.
    const bad = await rawSocket(url);
    sockets.push(bad);
    bad.socket.emit('sync', c.matchID, '0', 'nope', 5);
    expect(((await bad.next('ceasefire:error'))[0] as { code: string }).code).toBe('unauthorized');
  }, 90_000);
});

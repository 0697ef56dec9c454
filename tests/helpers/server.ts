// Helpers for server tests: a real server on a loopback port with a temp DATA_DIR, HTTP calls,
// boardgame.io clients and raw sockets.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Game } from 'boardgame.io';
import { Client } from 'boardgame.io/client';
import { SocketIO } from 'boardgame.io/multiplayer';
import { io as ioClient, type Socket } from 'socket.io-client';
import { createServer, type RunningServer, type ServerOptions } from '../../server/app.ts';
import { fixtureServerGame } from '../../server/bench/fixture-game.ts';
import type { FetchOpts, Store } from '../../server/storage.ts';

export { fixtureServerGame };

export function tempDir(prefix = 'ceasefire-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** The store as tests read it: fetch results untyped (tests know what they stored). */
export type TestStore = Omit<Store, 'fetch'> & {
  // biome-ignore lint/suspicious/noExplicitAny: test convenience.
  fetch(matchID: string, opts: FetchOpts): Promise<any>;
};
export type TestServer = Omit<RunningServer, 'store'> & { store: TestStore; dataDir: string };

export async function startServer(opts: Partial<ServerOptions> = {}): Promise<TestServer> {
  const ownDir = opts.dataDir === undefined;
  const dataDir = opts.dataDir ?? tempDir();
  const server = await createServer({
    game: fixtureServerGame,
    port: 0,
    host: '127.0.0.1',
    dataDir,
    staticDir: path.join(dataDir, 'no-dist'),
    bots: { delayMs: 0 },
    ...opts,
    // A test is one machine playing many users: creation limits opened unless the test sets them.
    limits: { createBurstPerIp: 10_000, liveMatchesPerIp: 10_000, ...opts.limits },
  });
  const close = server.close.bind(server);
  return Object.assign(server, {
    dataDir,
    close: async () => {
      await close();
      if (ownDir) fs.rmSync(dataDir, { recursive: true, force: true });
    },
  });
}

export interface ApiResult<T = Record<string, unknown>> {
  status: number;
  body: T;
}

// biome-ignore lint/suspicious/noExplicitAny: test convenience.
export async function api<T = any>(
  base: string,
  route: string,
  opts: { method?: string; body?: unknown; raw?: string; headers?: Record<string, string> } = {},
): Promise<ApiResult<T>> {
  const method = opts.method ?? (opts.body !== undefined || opts.raw !== undefined ? 'POST' : 'GET');
  const headers: Record<string, string> = { ...opts.headers };
  let body: string | undefined;
  if (opts.raw !== undefined) {
    body = opts.raw;
    headers['content-type'] ??= 'application/json';
  } else if (opts.body !== undefined) {
    body = JSON.stringify(opts.body);
    headers['content-type'] = 'application/json';
  }
  const res = await fetch(base + route, { method, headers, ...(body !== undefined ? { body } : {}) });
  const text = await res.text();
  let parsed: unknown = text;
  try {
    parsed = JSON.parse(text);
  } catch {}
  return { status: res.status, body: parsed as T };
}

export interface Seat {
  playerID: string;
  credentials: string;
}

/** Creates a match and seats `humans` players (names P0, P1, ...); returns the host token too. */
export async function createMatch(
  base: string,
  opts: { numPlayers?: number; humans?: number; setupData?: unknown; bots?: unknown; public?: boolean } = {},
): Promise<{ matchID: string; joinCode: string; hostToken: string; seats: Seat[] }> {
  const created = await api(base, '/games/ceasefire/create', {
    body: {
      numPlayers: opts.numPlayers ?? 5,
      setupData: opts.setupData ?? { options: { rounds: 50 } },
      ...(opts.bots !== undefined ? { bots: opts.bots } : {}),
      ...(opts.public !== undefined ? { public: opts.public } : {}),
    },
  });
  if (created.status !== 200) throw new Error(`create failed: ${JSON.stringify(created.body)}`);
  const { matchID, joinCode, hostToken } = created.body as Record<string, string>;
  const seats: Seat[] = [];
  for (let i = 0; i < (opts.humans ?? opts.numPlayers ?? 5); i++) {
    const joined = await api(base, `/games/ceasefire/${matchID}/join`, { body: { playerName: `P${i}` } });
    if (joined.status !== 200) throw new Error(`join failed: ${JSON.stringify(joined.body)}`);
    seats.push({
      playerID: joined.body.playerID as string,
      credentials: joined.body.playerCredentials as string,
    });
  }
  return { matchID: matchID!, joinCode: joinCode!, hostToken: hostToken!, seats };
}

// biome-ignore lint/suspicious/noExplicitAny: any game.
export type BgClient = ReturnType<typeof Client<any>>;

/** A stock boardgame.io Client with the stock SocketIO transport. */
export function bgClient(
  base: string,
  matchID: string,
  seat: { playerID?: string | null; credentials?: string },
  // biome-ignore lint/suspicious/noExplicitAny: any game.
  game: Game<any> = fixtureServerGame.game,
): BgClient {
  const client = Client({
    game,
    numPlayers: 5,
    multiplayer: SocketIO({ server: base, socketOpts: { transports: ['websocket'] } }),
    matchID,
    ...(seat.playerID !== undefined && seat.playerID !== null ? { playerID: seat.playerID } : {}),
    ...(seat.credentials !== undefined ? { credentials: seat.credentials } : {}),
    debug: false,
  });
  client.start();
  return client;
}

export async function waitFor<T>(
  fn: () => T | undefined | null | false | Promise<T | undefined | null | false>,
  what = 'condition',
  timeoutMs = 10_000,
  /** Between tries: longer for a condition read over HTTP. */
  intervalMs = 10,
): Promise<T> {
  const start = Date.now();
  for (;;) {
    const v = await fn();
    if (v) return v;
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export interface Recorded {
  socket: Socket;
  events: { event: string; args: unknown[] }[];
  errors(): { code: string; message: string; event: string }[];
  next(event: string, after?: number, timeoutMs?: number): Promise<unknown[]>;
  close(): void;
}

/** A raw socket.io client on the game namespace that records everything it receives. */
export async function rawSocket(
  base: string,
  opts: { headers?: Record<string, string>; connect?: boolean; namespace?: string } = {},
): Promise<Recorded> {
  const socket = ioClient(`${base}${opts.namespace ?? '/ceasefire'}`, {
    transports: ['websocket'],
    forceNew: true,
    reconnection: false,
    ...(opts.headers ? { extraHeaders: opts.headers } : {}),
  });
  const events: { event: string; args: unknown[] }[] = [];
  socket.onAny((event: string, ...args: unknown[]) => {
    events.push({ event, args });
  });
  const rec: Recorded = {
    socket,
    events,
    errors: () =>
      events
        .filter((e) => e.event === 'ceasefire:error')
        .map((e) => e.args[0] as { code: string; message: string; event: string }),
    next: async (event, after = 0, timeoutMs = 5000) => {
      const found = await waitFor(
        () => events.slice(after).find((e) => e.event === event),
        `socket event ${event}`,
        timeoutMs,
      );
      return found.args;
    },
    close: () => {
      socket.close();
    },
  };
  if (opts.connect !== false) {
    await new Promise<void>((resolve, reject) => {
      socket.once('connect', () => resolve());
      socket.once('connect_error', (err) => reject(err));
    });
  }
  return rec;
}

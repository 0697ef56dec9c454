// createServer(): one HTTP port for everything — the Lobby API and join codes (Fastify), the game's
// socket.io namespace, the built client (dist/) — over one SQLite file. Used by main.ts, the tests
// and the benchmark.
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance } from 'fastify';
import type { Server as IOServer } from 'socket.io';
import { SeatAuthority } from './authority.ts';
import { BotRunner } from './bots.ts';
import { Chat } from './chat.ts';
import { type Cluster, LocalCluster } from './cluster.ts';
import { MatchEngine } from './engine.ts';
import { Facilitator } from './facilitator/controller.ts';
import { attachFacilitatorLive } from './facilitator/live.ts';
import { registerFacilitatorRoutes } from './facilitator/routes.ts';
import { registerSetupRoutes } from './facilitator/setups.ts';
import { KeyedLimiter, originAllowed } from './guard.ts';
import { type IpLimitOptions, IpLimits, LIVE_WINDOW_MS } from './limits.ts';
import { creatorOf, HttpError, registerLobby, sendError } from './lobby.ts';
import { PostgresStore } from './pgStore.ts';
import { RedisCluster } from './redisCluster.ts';
import { knowScenariosOnFetch, registerScenarioRoutes, registerStoredScenarios } from './scenarios.ts';
import { BodyError } from './schemas.ts';
import type { Store } from './storage.ts';
import { SqliteStore } from './store.ts';
import { attachTransport } from './transport.ts';
import type { BotPolicy, ServerGame } from './types.ts';
import { WhatIfJobs, type WhatIfLimits } from './whatif/jobs.ts';

export interface ServerOptions {
  readonly game: ServerGame;
  readonly port?: number;
  readonly host?: string;
  readonly dataDir?: string;
  /** Allowed cross-origin origins (exact, or '*'); empty means same origin only. */
  readonly origins?: readonly string[];
  /** Built client to serve (default: ./dist). */
  readonly staticDir?: string;
  readonly bots?: { delayMs?: number; policies?: Record<string, BotPolicy>; maxMovesPerTurn?: number };
  readonly limits?: {
    /** JSON body limit for HTTP requests (bytes, default 64 KiB). */
    bodyBytes?: number;
    /** Largest socket event (bytes, default 16 KiB). */
    eventBytes?: number;
    /** API requests per IP: burst and per second (default 200 and 50). */
    httpBurst?: number;
    httpRate?: number;
    socketBurst?: number;
    socketRate?: number;
  } & IpLimitOptions;
  readonly synchronous?: 'normal' | 'full';
  /** postgres://... : keep everything in Postgres instead of SQLite under dataDir. */
  readonly databaseUrl?: string;
  /**
   * redis://... : several server processes on one Postgres (the socket.io Redis adapter, and a lease
   * per match so that one process at a time applies its moves). Needs databaseUrl.
   */
  readonly redisUrl?: string;
  /** How long a match's lease lasts without renewal (ms, default 5000): a dead owner's matches wait this long. */
  readonly leaseMs?: number;
  /** With several servers: how often each arms the class timers the others set (default 15 s). */
  readonly timerSweepMs?: number;
  /**
   * Hold DATA_DIR's exclusive lock (default true): a second server on the same directory refuses to
   * start. false only for tests that force two writers onto one file to check compare-and-set.
   */
  readonly exclusiveDataDir?: boolean;
  /** Reverse proxies in front of this server (hops); their X-Forwarded-For names the client. */
  readonly trustProxy?: number;
  /** Log HTTP requests (default false). */
  readonly logger?: boolean;
  /** What-if re-runs: most re-runs per job, wall-clock limit per job (ms), jobs at once. */
  readonly whatIf?: Partial<WhatIfLimits>;
}

export interface RunningServer {
  /** http://127.0.0.1:PORT when bound to every interface, else the bound host. */
  readonly url: string;
  readonly port: number;
  readonly host: string;
  readonly app: FastifyInstance;
  readonly io: IOServer;
  readonly engine: MatchEngine;
  readonly store: Store;
  readonly cluster: Cluster;
  readonly bots: BotRunner;
  readonly facilitator: Facilitator;
  readonly whatIf: WhatIfJobs;
  close(): Promise<void>;
}

const MISSING_BUILD = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Ceasefire</title></head>
<body><h1>Ceasefire server is running</h1><p>The browser client has not been built yet. Run
<code>npm run build</code> (or <code>npm start</code>, which builds first) and reload.</p></body></html>`;

export async function createServer(opts: ServerOptions): Promise<RunningServer> {
  const dataDir = path.resolve(opts.dataDir ?? './data');
  const origins = opts.origins ?? [];
  const limits = opts.limits ?? {};
  if (opts.redisUrl && !opts.databaseUrl)
    throw new Error(
      'REDIS_URL runs several servers on one database: it needs DATABASE_URL (postgres://...) too.',
    );
  const cluster: Cluster = opts.redisUrl
    ? await RedisCluster.connect(opts.redisUrl, { ...(opts.leaseMs ? { leaseMs: opts.leaseMs } : {}) })
    : new LocalCluster();
  let store: Store;
  try {
    store = opts.databaseUrl
      ? await PostgresStore.open(opts.databaseUrl, {
          // A lone server holds the database like DATA_DIR; in a cluster the leases decide.
          exclusive: !opts.redisUrl && opts.exclusiveDataDir !== false,
          cacheIf: (matchID) => cluster.holds(matchID),
        })
      : new SqliteStore(dataDir, {
          ...(opts.synchronous ? { synchronous: opts.synchronous } : {}),
          lock: opts.exclusiveDataDir !== false,
        });
  } catch (err) {
    await cluster.close();
    throw err;
  }
  // Uploaded scenarios are known before any match that plays one can load (bots, players, the console);
  // one uploaded through another server of a cluster since start-up is loaded when a match first needs it.
  await registerStoredScenarios(store.sessions);
  knowScenariosOnFetch(store);
  const engine = new MatchEngine(store, opts.game, cluster);
  const chat = new Chat(engine);
  const bots = new BotRunner(engine, opts.bots ?? {});

  const app = Fastify({
    logger: opts.logger ?? false,
    bodyLimit: limits.bodyBytes ?? 64 * 1024,
    // Behind N reverse proxies the client's address is N entries from the right of X-Forwarded-For.
    trustProxy: opts.trustProxy ? (_address: string, hop: number) => hop < (opts.trustProxy ?? 0) : false,
  });

  // Origin check and CORS for allowed cross origins, then per-IP rate limits on the API.
  const limiter = new KeyedLimiter(limits.httpBurst ?? 200, limits.httpRate ?? 50);
  app.addHook('onRequest', async (req, reply) => {
    const origin = req.headers.origin;
    if (!originAllowed(origin, req.headers.host, origins)) {
      return sendError(reply, 403, 'origin_not_allowed', `Requests from ${origin} are not allowed.`);
    }
    if (origin) {
      reply.header('Access-Control-Allow-Origin', origin);
      reply.header('Vary', 'Origin');
    }
    if (req.method === 'OPTIONS') {
      reply.header('Access-Control-Allow-Methods', 'GET, POST, OPTIONS');
      reply.header(
        'Access-Control-Allow-Headers',
        'Content-Type, Authorization, X-Host-Token, X-Facilitator-Token',
      );
      return reply.code(204).send();
    }
    const url = req.url;
    if ((url.startsWith('/api/') || url.startsWith('/games')) && !limiter.take(req.ip)) {
      return sendError(reply, 429, 'rate_limited', 'Too many requests; slow down.');
    }
  });

  app.setErrorHandler((err, req, reply) => {
    if (err instanceof HttpError || err instanceof BodyError)
      return sendError(reply, err.status, err.code, err.message);
    const e = err as { statusCode?: number; code?: string; message: string };
    if (e.statusCode === 413 || e.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
      const limit = req.routeOptions?.bodyLimit;
      return sendError(
        reply,
        413,
        'payload_too_large',
        `The request body is too large${limit ? ` (at most ${Math.floor(limit / 1024)} kB)` : ''}.`,
      );
    }
    if (e.statusCode !== undefined && e.statusCode >= 400 && e.statusCode < 500) {
      return sendError(reply, e.statusCode, 'bad_request', e.message);
    }
    console.error(err);
    return sendError(reply, 500, 'server_error', 'Something went wrong on the server.');
  });

  app.get('/health', async () => ({
    ok: true,
    game: engine.name,
    matches: await store.countMatches(),
    store: store.kind,
    instance: cluster.id,
    connectedMatches: engine.roomCount(),
    moveServerMs: engine.stats.summary(),
    lostWriteRaces: engine.raceCount,
    rss: process.memoryUsage().rss,
    uptime: process.uptime(),
  }));

  const authority = new SeatAuthority((matchID) => store.accessByMatch(matchID));
  const ipLimits = new IpLimits(limits, (ip) =>
    store.liveMatchesBy(creatorOf(ip), Date.now() - LIVE_WINDOW_MS),
  );
  registerLobby(app, engine, authority, { limits: ipLimits });
  const facilitator = new Facilitator(app, engine, bots);
  // A class session's own token is the host's for each of its tables.
  authority.addHostCheck((matchID, token) => facilitator.sessionTokenFor(matchID, token));
  const whatIf = new WhatIfJobs(opts.whatIf);
  registerFacilitatorRoutes(app, engine, facilitator, ipLimits, whatIf);
  registerSetupRoutes(app, facilitator, ipLimits);
  registerScenarioRoutes(app, store.sessions);

  // The built client, with an SPA fallback to index.html.
  const staticDir = path.resolve(opts.staticDir ?? 'dist');
  const hasBuild = fs.existsSync(path.join(staticDir, 'index.html'));
  if (hasBuild) await app.register(fastifyStatic, { root: staticDir, wildcard: false });
  app.setNotFoundHandler((req, reply) => {
    const route = req.url.split('?')[0] ?? '';
    const apiLike = /^\/(api|games|socket\.io|health)(\/|$)/.test(route);
    // A missing file (a path ending in .js, .css ...) is a 404; any other page is the app's route.
    const fileLike = /\.[a-z0-9]{1,8}$/i.test(route);
    if ((req.method !== 'GET' && req.method !== 'HEAD') || apiLike || fileLike) {
      return sendError(reply, 404, 'not_found', `No route ${req.method} ${req.url.split('?')[0]}.`);
    }
    if (!hasBuild) return reply.code(200).type('text/html').send(MISSING_BUILD);
    return reply.type('text/html').sendFile('index.html');
  });

  await app.ready();
  const io = attachTransport(app.server, engine, chat, {
    ...(cluster instanceof RedisCluster ? { adapter: cluster.adapter() } : {}),
    origins,
    ipLimits,
    ...(opts.trustProxy ? { trustProxy: opts.trustProxy } : {}),
    ...(limits.eventBytes !== undefined ? { maxEventBytes: limits.eventBytes } : {}),
    ...(limits.socketBurst !== undefined ? { socketBurst: limits.socketBurst } : {}),
    ...(limits.socketRate !== undefined ? { socketRate: limits.socketRate } : {}),
  });

  attachFacilitatorLive(io, engine, facilitator);

  const host = opts.host ?? '0.0.0.0';
  await app.listen({ port: opts.port ?? 8000, host });
  const port = (app.server.address() as AddressInfo).port;
  const shownHost =
    host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host.includes(':') ? `[${host}]` : host;
  await bots.resumeAll();
  await facilitator.resumeAll();
  if (cluster.distributed) facilitator.startSweep(opts.timerSweepMs ?? 15_000);

  let closed = false;
  return {
    url: `http://${shownHost}:${port}`,
    port,
    host,
    app,
    io,
    engine,
    store,
    cluster,
    bots,
    facilitator,
    whatIf,
    async close() {
      if (closed) return;
      closed = true;
      bots.stop();
      facilitator.stop();
      await whatIf.stop();
      io.disconnectSockets(true);
      await new Promise<void>((resolve) => io.close(() => resolve()));
      await app.close().catch(() => undefined);
      await engine.idle();
      await cluster.close();
      await store.close();
    },
  };
}

/** Addresses other machines can use to reach this one (for the URL on the board). */
export function networkAddresses(): string[] {
  const out: string[] = [];
  for (const list of Object.values(os.networkInterfaces())) {
    for (const a of list ?? []) if (a.family === 'IPv4' && !a.internal) out.push(a.address);
  }
  return out;
}

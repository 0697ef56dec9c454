// socket.io 4 speaking boardgame.io's socket protocol on namespace `/<game name>`, so the stock
// SocketIO transport from boardgame.io/multiplayer works unchanged:
//   client -> server: 'sync' (matchID, playerID, credentials, numPlayers)
//                     'update' (action, stateID, matchID, playerID)
//                     'chat' (matchID, chatMessage, credentials)
//   server -> client: 'sync', 'update', 'matchData', 'chat' (see engine.ts, chat.ts); a client that
//                     connects with auth {deltas: true} gets 'ceasefire:patch' instead of 'update'
//                     (fanout.ts)
// Additions: every refused event gets 'ceasefire:error' {code, message, event, matchID?} on that
// socket and changes nothing. A stale move also gets a fresh 'sync'.
import type http from 'node:http';
import { type ServerOptions as IOOptions, Server as IOServer, type Socket } from 'socket.io';
import type { Chat } from './chat.ts';
import type { Conn, MatchEngine } from './engine.ts';
import { originAllowed, TokenBucket } from './guard.ts';
import type { IpLimits } from './limits.ts';
import type { Refusal } from './types.ts';

export interface TransportOptions {
  readonly origins: readonly string[];
  /** socket.io adapter (the Redis one in a cluster: rooms span processes). */
  readonly adapter?: IOOptions['adapter'];
  /** Per-IP limits on connections and events (all of an address's sockets share them). */
  readonly ipLimits?: IpLimits;
  /** Reverse proxies in front (hops): the client is that many entries from the right of X-Forwarded-For. */
  readonly trustProxy?: number;
  /** Largest accepted event, in bytes of JSON (default 16 KiB). */
  readonly maxEventBytes?: number;
  /** Events per socket: burst and sustained rate per second (default 40 and 20). */
  readonly socketBurst?: number;
  readonly socketRate?: number;
}

export const ERROR_EVENT = 'ceasefire:error';
/** Largest frame read at all (4 MiB); larger ones close the connection with WebSocket code 1009. */
export const MAX_FRAME_BYTES = 4 * 1024 * 1024;
const KNOWN_EVENTS = new Set(['sync', 'update', 'chat']);

/** The client's address: the peer, or behind `hops` trusted proxies the entry they appended. */
export function clientAddress(socket: Socket, hops: number): string {
  const peer = socket.handshake.address;
  const xff = socket.handshake.headers['x-forwarded-for'];
  if (hops <= 0 || typeof xff !== 'string') return peer;
  const chain = xff
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  return chain[chain.length - hops] ?? chain[0] ?? peer;
}

export function attachTransport(
  httpServer: http.Server,
  engine: MatchEngine,
  chat: Chat,
  opts: TransportOptions,
): IOServer {
  const maxEventBytes = opts.maxEventBytes ?? 16 * 1024;
  const io = new IOServer(httpServer, {
    ...(opts.adapter ? { adapter: opts.adapter } : {}),
    pingInterval: 10_000,
    pingTimeout: 20_000,
    // Hard cap at the engine level; anything between maxEventBytes and this gets a clear
    // payload_too_large error. Beyond it the WebSocket is closed with code 1009 (message too big).
    maxHttpBufferSize: Math.max(MAX_FRAME_BYTES, maxEventBytes * 4),
    cors: {
      origin: (origin, cb) =>
        cb(null, origin === undefined || opts.origins.includes('*') || opts.origins.includes(origin)),
      credentials: false,
    },
    allowRequest: (req, cb) => {
      const ok = originAllowed(req.headers.origin, req.headers.host, opts.origins);
      cb(ok ? null : `origin_not_allowed: ${req.headers.origin ?? ''} may not connect`, ok);
    },
  });

  // Anything outside the game's namespace is refused (the default namespace stays empty).
  io.of('/').use((_socket, next) => {
    const err = new Error('unknown_namespace') as Error & { data?: unknown };
    err.data = { code: 'unknown_namespace', message: `Connect to /${engine.name}.` };
    next(err);
  });

  const nsp = io.of(`/${engine.name}`);
  // Connections per address: refused with a reason in the connect_error's data.
  nsp.use((socket, next) => {
    const refusal = opts.ipLimits?.socketOpened(clientAddress(socket, opts.trustProxy ?? 0));
    if (!refusal) return next();
    const err = new Error(refusal.code) as Error & { data?: unknown };
    err.data = refusal;
    next(err);
  });

  nsp.on('connection', (socket: Socket) => {
    const ip = clientAddress(socket, opts.trustProxy ?? 0);
    socket.on('disconnect', () => opts.ipLimits?.socketClosed(ip));
    const conn: Conn = {
      id: socket.id,
      matchID: null,
      playerID: null,
      emit: (event, ...args) => {
        socket.emit(event, ...args);
      },
      isOpen: () => socket.connected,
      // Clients that apply per-seat patches say so in the handshake (client/table/deltaTransport.ts).
      deltas: (socket.handshake.auth as { deltas?: unknown } | undefined)?.deltas === true,
    };
    const bucket = new TokenBucket(opts.socketBurst ?? 40, opts.socketRate ?? 20);
    const fail = (event: string, refusal: Refusal, matchID?: unknown) => {
      socket.emit(ERROR_EVENT, {
        ...refusal,
        event,
        ...(typeof matchID === 'string' && matchID.length < 200 ? { matchID } : {}),
      });
    };

    // Size and rate limits for every incoming event, before any handler runs.
    socket.use(([event, ...args], next) => {
      if (!KNOWN_EVENTS.has(String(event))) {
        fail(String(event).slice(0, 50), {
          code: 'unknown_event',
          message: `Unknown event "${String(event).slice(0, 50)}".`,
        });
        return;
      }
      if (!bucket.take()) {
        fail(String(event), { code: 'rate_limited', message: 'Too many messages; slow down.' });
        return;
      }
      if (opts.ipLimits && !opts.ipLimits.socketEvent(ip)) {
        fail(String(event), {
          code: 'rate_limited',
          message: 'Too many messages from this address (all its connections together); slow down.',
        });
        return;
      }
      let size: number;
      try {
        size = JSON.stringify(args)?.length ?? 0;
      } catch {
        fail(String(event), { code: 'bad_request', message: 'The message could not be read.' });
        return;
      }
      if (size > maxEventBytes) {
        fail(String(event), {
          code: 'payload_too_large',
          message: `A message is at most ${maxEventBytes} bytes (this one: ${size}).`,
        });
        return;
      }
      next();
    });

    socket.on('sync', async (matchID: unknown, playerID: unknown, credentials: unknown) => {
      if (typeof matchID !== 'string' || matchID.length === 0 || matchID.length > 100) {
        return fail('sync', { code: 'bad_request', message: 'sync needs a matchID.' }, matchID);
      }
      if (playerID !== null && playerID !== undefined && typeof playerID !== 'string') {
        return fail('sync', { code: 'bad_request', message: 'playerID must be a string or null.' }, matchID);
      }
      const refusal = await engine.sync(
        conn,
        matchID,
        (playerID as string | null | undefined) ?? null,
        credentials,
      );
      if (refusal) fail('sync', refusal, matchID);
    });

    socket.on('update', async (action: unknown, stateID: unknown, matchID: unknown, playerID: unknown) => {
      if (typeof matchID !== 'string' || matchID.length === 0 || matchID.length > 100) {
        return fail('update', { code: 'bad_request', message: 'update needs a matchID.' }, matchID);
      }
      if (typeof playerID !== 'string') {
        return fail(
          'update',
          { code: 'bad_request', message: 'Only a seated player can move (playerID).' },
          matchID,
        );
      }
      if (conn.matchID !== matchID || conn.playerID !== playerID) {
        return fail(
          'update',
          { code: 'not_synced', message: `Sync to match ${matchID} as seat ${playerID} before moving.` },
          matchID,
        );
      }
      const refusal = await engine.submit(matchID, playerID, action, stateID);
      if (refusal) {
        fail('update', refusal, matchID);
        if (refusal.code === 'stale_state') await engine.resync(conn);
      }
    });

    socket.on('chat', async (matchID: unknown, message: unknown, credentials: unknown) => {
      const refusal = await chat.receive(conn, matchID, message, credentials);
      if (refusal) fail('chat', refusal, matchID);
    });

    socket.on('disconnect', () => {
      void engine.disconnect(conn);
    });
  });

  return io;
}

// The console's live feed: socket.io namespace /facilitator, authorised by the session code and token in
// the handshake; every change at any of the session's tables pushes a fresh snapshot (throttled). With
// several server processes the snapshot goes out through the socket.io adapter to every process's
// console sockets in the session's room.

import type { Server as IOServer } from 'socket.io';
import { normaliseCode } from '../codes.ts';
import type { MatchEngine } from '../engine.ts';
import type { ServerErrorCode } from '../errorCodes.ts';
import type { Facilitator } from './controller.ts';
import { sessionSnapshot } from './routes.ts';
import { tokenMatches } from './sessionStore.ts';

export const LIVE_THROTTLE_MS = 50;

export function attachFacilitatorLive(io: IOServer, engine: MatchEngine, fac: Facilitator): void {
  const nsp = io.of('/facilitator');
  nsp.use(async (socket, next) => {
    const auth = (socket.handshake.auth ?? {}) as { code?: unknown; token?: unknown };
    const code = typeof auth.code === 'string' ? normaliseCode(auth.code) : '';
    const fail = async (status: number, message: string) => {
      await fac.sessions.logRefusal(code || null, 'socket /facilitator', socket.handshake.address, message);
      const err = new Error(message) as Error & { data?: unknown };
      const reason: ServerErrorCode = status === 404 ? 'unknown_session' : 'unauthorized';
      err.data = { code: reason, status, message };
      next(err);
    };
    try {
      const session = await fac.sessions.get(code);
      if (!session) return await fail(404, `No class session has the code ${code}.`);
      if (typeof auth.token !== 'string' || auth.token.length === 0)
        return await fail(401, 'This needs the facilitator token.');
      if (!tokenMatches(auth.token, session.tokenHash)) return await fail(403, 'Wrong facilitator token.');
      socket.data.code = session.code;
      next();
    } catch (err) {
      next(err as Error);
    }
  });
  nsp.on('connection', async (socket) => {
    const code = socket.data.code as string;
    void socket.join(code);
    try {
      socket.emit('session', await sessionSnapshot(fac, engine, await fac.session(code)));
    } catch (err) {
      console.error('facilitator live:', err);
    }
  });

  const pending = new Map<string, NodeJS.Timeout>();
  fac.onChange((code) => {
    if (pending.has(code) || fac.stopped) return;
    const t = setTimeout(async () => {
      pending.delete(code);
      if (fac.stopped) return;
      try {
        const session = await fac.sessions.get(code);
        // The room may have console sockets on other processes: the adapter reaches them too.
        const here = nsp.adapter.rooms.get(code)?.size ?? 0;
        if (session && (here > 0 || engine.cluster.distributed))
          nsp.to(code).emit('session', await sessionSnapshot(fac, engine, session));
      } catch (err) {
        console.error('facilitator live:', err);
      }
    }, LIVE_THROTTLE_MS);
    t.unref?.();
    pending.set(code, t);
  });
}

// The console's live feed: socket.io namespace /facilitator, authorised by the session code and token in
// the handshake; every change at any of the session's tables pushes a fresh snapshot (throttled).
import type { Server as IOServer } from 'socket.io';
import { normaliseCode } from '../codes.ts';
import type { MatchEngine } from '../engine.ts';
import type { Facilitator } from './controller.ts';
import { sessionSnapshot } from './routes.ts';
import { tokenMatches } from './sessionStore.ts';

export const LIVE_THROTTLE_MS = 50;

export function attachFacilitatorLive(io: IOServer, engine: MatchEngine, fac: Facilitator): void {
  const nsp = io.of('/facilitator');
  nsp.use((socket, next) => {
    const auth = (socket.handshake.auth ?? {}) as { code?: unknown; token?: unknown };
    const code = typeof auth.code === 'string' ? normaliseCode(auth.code) : '';
    const session = fac.sessions.get(code);
    const fail = (status: number, message: string) => {
      fac.sessions.logRefusal(code || null, 'socket /facilitator', socket.handshake.address, message);
      const err = new Error(message) as Error & { data?: unknown };
      err.data = { code: status === 401 ? 'unauthorized' : 'forbidden', status, message };
      next(err);
    };
    if (!session) return fail(404, `No class session has the code ${code}.`);
    if (typeof auth.token !== 'string' || auth.token.length === 0)
      return fail(401, 'This needs the facilitator token.');
    if (!tokenMatches(auth.token, session.tokenHash)) return fail(403, 'Wrong facilitator token.');
    socket.data.code = session.code;
    next();
  });
  nsp.on('connection', (socket) => {
    const code = socket.data.code as string;
    void socket.join(code);
    socket.emit('session', sessionSnapshot(fac, engine, fac.session(code)));
  });

  const pending = new Map<string, NodeJS.Timeout>();
  fac.onChange((code) => {
    if (pending.has(code) || fac.stopped) return;
    const t = setTimeout(() => {
      pending.delete(code);
      if (fac.stopped) return;
      const session = fac.sessions.get(code);
      if (session && nsp.adapter.rooms.get(code)?.size)
        nsp.to(code).emit('session', sessionSnapshot(fac, engine, session));
    }, LIVE_THROTTLE_MS);
    t.unref?.();
    pending.set(code, t);
  });
}

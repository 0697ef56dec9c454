// The console's live feed: socket.io namespace /facilitator (handshake auth {code, token}); the server pushes
// a 'session' snapshot on connection and after every change at any table. A refused handshake (401/403/404)
// is reported, not retried.
import { useCallback, useEffect, useState } from 'react';
import { io } from 'socket.io-client';
import { serverErrorText } from '../i18n/serverError.ts';
import { ensureScenario } from '../lib/scenarios.ts';
import type { SessionSnapshot } from './sessionApi.ts';

export type LiveStatus = 'connecting' | 'live' | 'reconnecting';

export interface LiveSession {
  readonly snapshot: SessionSnapshot | null;
  readonly status: LiveStatus;
  /** Why the server refused this console (wrong token, unknown class), or null. */
  readonly refused: { readonly status: number; readonly message: string } | null;
  /** Shows a snapshot a control returned, before the next push. */
  readonly apply: (s: SessionSnapshot) => void;
}

export function useLiveSession(code: string, token: string | null): LiveSession {
  const [snapshot, setSnapshot] = useState<SessionSnapshot | null>(null);
  const [status, setStatus] = useState<LiveStatus>('connecting');
  const [refused, setRefused] = useState<LiveSession['refused']>(null);

  useEffect(() => {
    if (!token) return;
    setRefused(null);
    setStatus('connecting');
    const socket = io('/facilitator', { auth: { code, token } });
    let connectedOnce = false;
    // In order; a class on an uploaded scenario shows once the scenario is loaded.
    let shown = Promise.resolve();
    socket.on('session', (s: SessionSnapshot) => {
      shown = shown.then(() =>
        ensureScenario(s.scenario).then(
          () => setSnapshot(s),
          () => setSnapshot(s),
        ),
      );
    });
    socket.on('connect', () => {
      connectedOnce = true;
      setStatus('live');
    });
    socket.on('disconnect', () => setStatus('reconnecting'));
    socket.on(
      'connect_error',
      (err: Error & { data?: { code?: string; status?: number; message?: string } }) => {
        const st = err.data?.status;
        if (st === 401 || st === 403 || st === 404) {
          setRefused({
            status: st,
            message: serverErrorText({ code: err.data?.code, message: err.data?.message ?? err.message }),
          });
          socket.close();
          return;
        }
        setStatus(connectedOnce ? 'reconnecting' : 'connecting');
      },
    );
    return () => {
      socket.close();
    };
  }, [code, token]);

  const apply = useCallback((s: SessionSnapshot) => setSnapshot(s), []);
  return { snapshot, status, refused, apply };
}

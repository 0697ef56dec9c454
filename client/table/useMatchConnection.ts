// React glue for MatchConnection: one connection per mounted table, rendered from its snapshot.
import { useEffect, useState, useSyncExternalStore } from 'react';
import { MatchConnection, type MatchSnapshot } from './matchConnection.ts';

export function useMatchConnection(
  matchID: string,
  playerID: string | null,
  credentials: string | undefined,
): [MatchConnection, MatchSnapshot] {
  const [conn] = useState(() => new MatchConnection(matchID, playerID, credentials));
  useEffect(() => {
    conn.start();
    return () => conn.stop();
  }, [conn]);
  const snap = useSyncExternalStore(conn.subscribe, conn.getSnapshot);
  return [conn, snap];
}

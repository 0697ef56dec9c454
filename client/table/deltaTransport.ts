// boardgame.io's stock SocketIO transport, plus per-seat deltas: it asks the server for them in the
// socket.io handshake (auth {deltas: true}), keeps the last full view it got (sync or update), applies
// each 'ceasefire:patch' to it and hands the Client the result as an ordinary 'update'. A patch that
// does not start from the view it has (a missed message) or does not apply asks for a full sync.
import type { State } from 'boardgame.io';
import { SocketIO } from 'boardgame.io/multiplayer';
import { applyDelta, type DeltaOp, PATCH_EVENT } from '../../server/delta.ts';

type SocketIOOpts = NonNullable<Parameters<typeof SocketIO>[0]>;
type MakeTransport = ReturnType<typeof SocketIO>;
type Transport = ReturnType<MakeTransport>;

interface Internals {
  socket: Transport['socket'] | null;
  matchID: string;
  notifyClient(data: { type: string; args: unknown[] }): void;
}

/** What a delta transport has seen, for tests and diagnostics. */
export interface DeltaStats {
  patches: number;
  fullUpdates: number;
  syncs: number;
  resyncRequests: number;
}

export function DeltaSocketIO(
  opts: SocketIOOpts = {},
  onCreate?: (transport: Transport, stats: DeltaStats) => void,
): MakeTransport {
  const make = SocketIO({ ...opts, socketOpts: { ...opts.socketOpts, auth: { deltas: true } } });
  return (transportOpts) => {
    const transport = make(transportOpts);
    const t = transport as unknown as Internals;
    const stats: DeltaStats = { patches: 0, fullUpdates: 0, syncs: 0, resyncRequests: 0 };
    let base: State | null = null;
    let attached: unknown = null;
    const resync = () => {
      base = null;
      stats.resyncRequests++;
      transport.requestSync();
    };
    const connect = transport.connect.bind(transport);
    transport.connect = () => {
      connect();
      const socket = t.socket;
      if (!socket || socket === attached) return;
      attached = socket;
      socket.on('sync', (matchID: string, info: { state: State }) => {
        if (matchID !== t.matchID) return;
        base = info.state;
        stats.syncs++;
      });
      socket.on('update', (matchID: string, state: State) => {
        if (matchID !== t.matchID) return;
        if (!base || state._stateID >= base._stateID) base = state;
        stats.fullUpdates++;
      });
      socket.on(
        PATCH_EVENT,
        (matchID: string, prevStateID: number, stateID: number, ops: DeltaOp[], deltalog: unknown) => {
          if (matchID !== t.matchID) return;
          if (!base) return; // a sync is on its way
          if (base._stateID !== prevStateID) return resync();
          let next: State;
          try {
            next = applyDelta(base, ops);
          } catch {
            return resync();
          }
          if (next._stateID !== stateID) return resync();
          base = next;
          stats.patches++;
          t.notifyClient({ type: 'update', args: [matchID, next, deltalog] });
        },
      );
      socket.on('disconnect', () => {
        base = null;
      });
    };
    onCreate?.(transport, stats);
    return transport;
  };
}

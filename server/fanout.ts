// Sends a new match state to every connection of the match, each in its own seat's view: a full
// 'update' (boardgame.io's stock event) or, to a connection that asked for deltas, only what changed
// in its view since the state it has ('ceasefire:patch', see delta.ts). The view each seat was last
// sent is kept per match, and the stateID each connection has; a connection whose state is not the
// one kept (it just synced to an older one, or the server restarted) gets the full update instead.
//
//   server -> client: 'ceasefire:patch' (matchID, prevStateID, stateID, ops, deltalog)
import type { State } from 'boardgame.io';
import { type DeltaOp, diff, PATCH_EVENT } from './delta.ts';

/** What the fan-out needs of a connection (engine.ts's Conn). */
export interface FanoutConn {
  readonly playerID: string | null;
  /** The client applies 'ceasefire:patch' (it said so in its socket.io handshake). */
  readonly deltas?: boolean;
  emit(event: string, ...args: unknown[]): void;
}

type Update = { type: string; args: unknown[] };

interface Views {
  stateID: number;
  bySeat: Map<string | null, State>;
}

export class DeltaFanout {
  private readonly views = new Map<string, Views>();
  /** The stateID of the view last sent to each connection. */
  private readonly at = new WeakMap<FanoutConn, number>();
  /** A connection was sent this view in a sync: patches for it start from here. */
  synced(conn: FanoutConn, matchID: string, playerID: string | null, view: State): void {
    this.at.set(conn, view._stateID);
    const views = this.views.get(matchID);
    if (views && views.stateID === view._stateID) views.bySeat.set(playerID, kept(view));
    else this.views.set(matchID, { stateID: view._stateID, bySeat: new Map([[playerID, kept(view)]]) });
  }

  /** Sends an 'update' payload to the room; `filter` gives a seat's 'update' (matchID, view, deltalog). */
  send(matchID: string, room: Iterable<FanoutConn>, filter: (playerID: string | null) => Update): void {
    const prev = this.views.get(matchID);
    const next: Views = { stateID: -1, bySeat: new Map() };
    const updates = new Map<string | null, Update>();
    const patches = new Map<string | null, DeltaOp[]>();
    for (const conn of room) {
      const seat = conn.playerID;
      let data = updates.get(seat);
      if (!data) {
        data = filter(seat);
        updates.set(seat, data);
        next.stateID = (data.args[1] as State)._stateID;
        next.bySeat.set(seat, kept(data.args[1] as State));
      }
      const [, view, log] = data.args as [string, State, unknown];
      const base = prev?.bySeat.get(seat);
      if (conn.deltas && prev && base && this.at.get(conn) === prev.stateID) {
        let ops = patches.get(seat);
        if (!ops) {
          ops = diff(base, view);
          patches.set(seat, ops);
        }
        conn.emit(PATCH_EVENT, matchID, prev.stateID, view._stateID, ops, log);
      } else {
        conn.emit(data.type, ...data.args);
      }
      this.at.set(conn, view._stateID);
    }
    if (next.stateID >= 0) this.views.set(matchID, next);
  }

  /** Nobody is connected to the match any more: its views need not be kept. */
  forget(matchID: string): void {
    this.views.delete(matchID);
  }
}

/**
 * The view as kept for the next diff. boardgame.io's flow edits some ctx objects in place on the next
 * move (activePlayers, _activePlayersNumMoves ...), so ctx and plugins (both small) are copied; G comes
 * out of immer (moves and hooks) frozen, and its untouched branches are shared with the next state,
 * which is what makes the diff cheap.
 */
function kept(view: State): State {
  return { ...view, ctx: copyJson(view.ctx), plugins: copyJson(view.plugins) };
}

/** A deep copy of a small JSON value (much cheaper than structuredClone for these). */
function copyJson<T>(v: T): T {
  if (typeof v !== 'object' || v === null) return v;
  if (Array.isArray(v)) return v.map(copyJson) as T;
  const out: Record<string, unknown> = {};
  for (const key in v) out[key] = copyJson((v as Record<string, unknown>)[key]);
  return out as T;
}

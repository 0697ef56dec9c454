// An in-process match for server tests that need no sockets: a real Ceasefire match in a real
// MatchEngine over a store (SQLite or Postgres), five seats with credentials, connections whose emits are recorded.
import type { Ctx, State } from 'boardgame.io';
import { type GameState, viewFor } from '../../game/index.ts';
import { chooseMove } from '../../server/bench/seat-bot.ts';
import { createSeatedMatch } from '../../server/bench/seatedMatch.ts';
import { ceasefireServerGame } from '../../server/ceasefire.ts';
import { type Conn, MatchEngine } from '../../server/engine.ts';
import type { Store } from '../../server/storage.ts';

export interface EngineMatch {
  readonly engine: MatchEngine;
  readonly matchID: string;
  readonly creds: readonly string[];
  /** Every emit of the match's connections, in order: [connection id, event]. */
  readonly emitted: [string, string][];
  /** Seats the given playerIDs (one connection each, asking for deltas). */
  connect(playerIDs: readonly string[]): Promise<void>;
  /** Has the first active seat whose normal bot finds a move make it; the seat, or null if none could. */
  step(): Promise<string | null>;
  state(): Promise<State>;
}

export async function engineMatch(store: Store, matchID: string, seed: string): Promise<EngineMatch> {
  const serverGame = await ceasefireServerGame();
  const engine = new MatchEngine(store, serverGame);
  const creds = await createSeatedMatch(store, serverGame.game, matchID, seed);
  const emitted: [string, string][] = [];
  const state = async () => (await store.fetch(matchID, { state: true })).state as State;
  return {
    engine,
    matchID,
    creds,
    emitted,
    state,
    async connect(playerIDs) {
      for (const pid of playerIDs) {
        const conn: Conn = {
          id: `${matchID}/${pid}`,
          matchID: null,
          playerID: null,
          deltas: true,
          emit: (event) => {
            emitted.push([`${pid}`, event]);
          },
        };
        const why = await engine.sync(conn, matchID, pid, creds[Number(pid)]);
        if (why) throw new Error(why.message);
      }
    },
    async step() {
      const s = await state();
      if (s.ctx.gameover !== undefined) return null;
      for (let p = 0; p < 5; p++) {
        const pid = String(p);
        if (!engine.game.flow.isPlayerActive(s.G, s.ctx, pid)) continue;
        // The bot decides on its own copy, as a client would.
        const view = viewFor(JSON.parse(JSON.stringify(s.G)) as GameState, pid);
        const choice = chooseMove(view, s.ctx as Ctx, pid, { seed: pid, stateID: s._stateID, failures: 0 });
        if (!choice) continue;
        const why = await engine.submit(
          matchID,
          pid,
          {
            type: 'MAKE_MOVE',
            payload: { type: choice.move, args: choice.args, playerID: pid, credentials: creds[p] },
          },
          s._stateID,
        );
        if (!why) return pid;
      }
      return null;
    },
  };
}

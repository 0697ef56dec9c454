// Hand-made states and matches for the store tests (state in parts, on SQLite and on Postgres).
import type { State } from 'boardgame.io';
import type { Store } from '../../server/storage.ts';

export const metadata = () => ({
  gameName: 'test',
  players: { 0: { id: 0 } },
  createdAt: 1,
  updatedAt: 1,
});

/** A state whose G is `G`, at `stateID` (ctx and plugins small, as a real one's). */
export const stateOf = (G: unknown, stateID: number): State =>
  ({
    G,
    ctx: { turn: stateID, phase: 'p' },
    plugins: {},
    _undo: [],
    _redo: [],
    _stateID: stateID,
  }) as unknown as State;

/** A match whose initial state has this G, with a join code. */
export const create = (store: Store, matchID: string, G: unknown, code: string) =>
  store.createMatch(
    matchID,
    { initialState: stateOf(G, 0), metadata: metadata() },
    { code, hostToken: 'h', kind: 'table' },
  );

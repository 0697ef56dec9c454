// Hand-made states and matches for the store tests (state in parts, on SQLite and on Postgres).
import type { State } from 'boardgame.io';
import { expect } from 'vitest';
import type { GameState } from '../../game/index.ts';
import type { Store } from '../../server/storage.ts';
import type { EngineMatch } from './engine.ts';

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

/**
 * Plays a real match to its end, checking after every move that what another reader gets back
 * (`readBack`) is the committed state, as JSON; the number of moves and of moves that appended to
 * the history.
 */
export async function playCheckingEachMove(
  m: EngineMatch,
  readBack: () => Promise<State | undefined> | State | undefined,
): Promise<{ moves: number; appends: number; end: State }> {
  let moves = 0;
  let appends = 0;
  for (let guard = 0; guard < 2000; guard++) {
    const before = await m.state();
    if (before.ctx.gameover !== undefined) break;
    expect(await m.step(), `someone could move at state ${before._stateID}`).not.toBeNull();
    moves++;
    const committed = await m.state();
    const history = (committed.G as GameState).history;
    const was = (before.G as GameState).history;
    if (history !== was && history.length > was.length) appends++;
    expect(JSON.stringify(await readBack())).toBe(JSON.stringify(committed));
  }
  return { moves, appends, end: await m.state() };
}

/**
 * A sequence of edits of G, each deriving the next G from the previous one as the rules do (unchanged
 * parts shared): every kind of change a store in parts must read back exactly. Starts from a G with
 * `list`, `obj` and `gone`.
 */
export const EDIT_STEPS: readonly ((g: Record<string, unknown>) => Record<string, unknown>)[] = [
  (g) => ({ ...g, list: [...(g.list as unknown[]), { n: 1 }, { n: 2 }] }), // append
  (g) => ({ ...g, z: 2 }), // a plain value
  (g) => ({ ...g, list: (g.list as unknown[]).slice(1) }), // removed from the front
  (g) => ({ ...g, list: [...(g.list as unknown[]), undefined, 'text', () => 1] }), // undefined, a function -> null
  (g) => {
    const { gone: _, ...rest } = g;
    return { ...rest, added: [1, 2] }; // a key removed, a key added
  },
  (g) => ({ ...g, obj: [g.obj] }), // an object becomes an array
  (g) => ({ ...g, obj: { back: true } }), // and back
  (g) => ({ ...g, list: [] }), // emptied
  (g) => ({ ...g, list: [...(g.list as unknown[]), { n: 3 }] }), // and grows again
  (g) => ({ ...g, skipped: undefined }), // a key JSON drops
  (g) => g, // nothing in G changed (a ctx-only move)
];

// The SQLite store keeps a match state in parts and rewrites only what a move changed: whatever the
// sequence of writes, what another process reads back from the file must be exactly the state that
// was committed (same JSON, keys in the same order), a stale write must leave every part as it was,
// and rows stored whole by an older version must still be read and then converted.
import fs from 'node:fs';
import type { State } from 'boardgame.io';
import { afterAll, describe, expect, it } from 'vitest';
import type { GameState } from '../../game/index.ts';
import { SqliteStore, StaleWriteError } from '../../server/store.ts';
import { engineMatch } from '../helpers/engine.ts';
import { tempDir } from '../helpers/server.ts';
import { create, EDIT_STEPS, playCheckingEachMove, stateOf } from '../helpers/stateParts.ts';

const dirs: string[] = [];
const stores: SqliteStore[] = [];
afterAll(async () => {
  for (const s of stores) await s.close();
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
});

function open(dir: string, cacheSize?: number): SqliteStore {
  const store = new SqliteStore(dir, {
    lock: false,
    checkpointInWorker: false,
    ...(cacheSize !== undefined ? { cacheSize } : {}),
  });
  stores.push(store);
  return store;
}

function newDir(): string {
  const dir = tempDir();
  dirs.push(dir);
  return dir;
}

/** A state as another process reads it from the file (nothing cached). */
const readFresh = (dir: string, matchID: string): State | undefined => {
  const reader = new SqliteStore(dir, { lock: false, checkpointInWorker: false });
  try {
    return reader.fetchSync(matchID, { state: true }).state;
  } finally {
    void reader.close();
  }
};

describe('the SQLite store writes a state in parts', () => {
  it('reads back exactly what was committed through appends, rewrites, new and removed keys', async () => {
    const dir = newDir();
    const store = open(dir);
    const first = { a: 1, list: [{ n: 0 }], obj: { x: 1 }, gone: 'soon' };
    await create(store, 'm', first, 'C1');
    expect(JSON.stringify(readFresh(dir, 'm'))).toBe(JSON.stringify(stateOf(first, 0)));

    const steps = EDIT_STEPS;
    let G: Record<string, unknown> = first;
    for (let i = 0; i < steps.length; i++) {
      G = steps[i]!(G);
      const next = stateOf(G, i + 1);
      await store.commit('m', { state: next });
      // What JSON would give: undefined items become null, undefined keys vanish.
      expect(JSON.stringify(readFresh(dir, 'm')), `after step ${i}`).toBe(JSON.stringify(next));
      expect(JSON.stringify((await store.fetch('m', { state: true })).state)).toBe(JSON.stringify(next));
    }
  });

  it('refuses a stale write and leaves every part as it was', async () => {
    const dir = newDir();
    const store = open(dir);
    const G0 = { list: [1], v: 'a' };
    await create(store, 'm', G0, 'C2');
    const G1 = { list: [1, 2], v: 'b' };
    await store.commit('m', { state: stateOf(G1, 1) });
    // A writer still working from state 0 (as another server would be).
    const stale = stateOf({ list: [1, 9, 9], v: 'stale' }, 1);
    await expect(store.commit('m', { state: stale, expected: 0 })).rejects.toBeInstanceOf(StaleWriteError);
    expect(JSON.stringify(readFresh(dir, 'm'))).toBe(JSON.stringify(stateOf(G1, 1)));
    expect(JSON.stringify((await store.fetch('m', { state: true })).state)).toBe(
      JSON.stringify(stateOf(G1, 1)),
    );
  });

  it('writes every part again when it does not hold the stored state (evicted from its cache)', async () => {
    const dir = newDir();
    const store = open(dir, 1);
    let G: Record<string, unknown> = { list: [0], n: 0 };
    for (const id of ['a', 'b']) await create(store, id, G, `C-${id}`);
    // Alternating two matches through a cache of one: every write finds no base for its match.
    for (let i = 1; i <= 6; i++) {
      G = { ...G, list: [...(G.list as unknown[]), i], n: i };
      for (const id of ['a', 'b']) await store.commit(id, { state: stateOf(G, i) });
    }
    for (const id of ['a', 'b'])
      expect(JSON.stringify(readFresh(dir, id))).toBe(JSON.stringify(stateOf(G, 6)));
  });

  it('reads a match stored whole by an older version, then stores it in parts', async () => {
    const dir = newDir();
    const store = open(dir);
    const G0 = { list: [1, 2], v: 'old' };
    await create(store, 'm', G0, 'C3');
    // What an older version left on disk: the whole state in the row, no parts.
    store.db
      .prepare('UPDATE matches SET state = ?, parted = 0 WHERE match_id = ?')
      .run(JSON.stringify(stateOf(G0, 0)), 'm');
    store.db.prepare('DELETE FROM state_parts').run();
    store.db.prepare('DELETE FROM state_items').run();
    // ... and its initial state in its row, not in initial_states.
    store.db.prepare('UPDATE matches SET initial_state = ?').run(JSON.stringify(stateOf(G0, 0)));
    store.db.prepare('DELETE FROM initial_states').run();
    store.forget('m');
    expect(JSON.stringify(readFresh(dir, 'm'))).toBe(JSON.stringify(stateOf(G0, 0)));
    expect((await store.fetch('m', { initialState: true })).initialState).toEqual(stateOf(G0, 0));
    const base = (await store.fetch('m', { state: true })).state!;
    const G1 = { ...(base.G as typeof G0), list: [...(base.G as typeof G0).list, 3] };
    await store.commit('m', { state: stateOf(G1, 1) });
    expect(JSON.stringify(readFresh(dir, 'm'))).toBe(JSON.stringify(stateOf(G1, 1)));
    expect(store.db.prepare('SELECT parted FROM matches').pluck().get()).toBe(1);
  });

  it('keeps the initial state apart from the row a move rewrites, and wipes every part with the match', async () => {
    const dir = newDir();
    const store = open(dir);
    const G0 = { list: [1], big: 'x'.repeat(5000) };
    await create(store, 'm', G0, 'C4');
    await store.commit('m', { state: stateOf({ ...G0, list: [1, 2] }, 1) });
    expect((await store.fetch('m', { initialState: true })).initialState).toEqual(stateOf(G0, 0));
    // Neither the whole state nor the initial state is in the row every move rewrites.
    const rowBytes = store.db
      .prepare('SELECT length(state) + length(initial_state) + length(metadata) FROM matches')
      .pluck()
      .get() as number;
    expect(rowBytes).toBeLessThan(1000);
    await store.wipe('m');
    for (const table of ['matches', 'initial_states', 'state_parts', 'state_items'])
      expect(store.db.prepare(`SELECT COUNT(*) FROM ${table}`).pluck().get(), table).toBe(0);
  });

  it('stores every state of a real Ceasefire game exactly, move after move', async () => {
    const dir = newDir();
    const store = open(dir);
    const m = await engineMatch(store, 'real', 'state-parts');
    await m.connect(['0']);
    const { moves, appends, end } = await playCheckingEachMove(m, () => readFresh(dir, 'real'));
    expect(end.ctx.gameover).toBeDefined();
    expect(moves).toBeGreaterThan(50);
    // The history grew by appends, which is what keeps a move's write small.
    expect(appends).toBeGreaterThan(10);
    // One row per move that added to the history, not one per entry.
    const rows = store.db.prepare("SELECT COUNT(*) FROM state_items WHERE part = 'history'").pluck().get();
    expect(rows).toBeLessThanOrEqual(appends + 1);
    expect((end.G as GameState).history.length).toBeGreaterThan(rows as number);
  }, 120_000);
});

describe('the fan-out', () => {
  it('sends a move to the seat that made it before the other seats', async () => {
    const store = open(newDir());
    const m = await engineMatch(store, 'order', 'mover-first');
    // Seats joined in this order: without the rule the mover would often hear last.
    await m.connect(['4', '3', '2', '1', '0']);
    const movers = new Set<string>();
    for (let i = 0; i < 40; i++) {
      m.emitted.length = 0;
      const mover = await m.step();
      if (mover === null) break;
      movers.add(mover);
      const states = m.emitted.filter(([, event]) => event === 'ceasefire:patch' || event === 'update');
      expect(states.length, `move ${i}`).toBe(5);
      expect(states[0]![0], `move ${i} by seat ${mover}`).toBe(mover);
    }
    expect(movers.size).toBeGreaterThan(1);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GameState } from '../../game/index.ts';
import { PostgresStore } from '../../server/pgStore.ts';
import { StaleWriteError } from '../../server/storage.ts';
import { engineMatch } from '../helpers/engine.ts';
import { newDatabase, postgres, postgresMissing, stopServices } from '../helpers/services.ts';
import { create, EDIT_STEPS, playCheckingEachMove, stateOf } from '../helpers/stateParts.ts';

const stores: PostgresStore[] = [];
afterAll(async () => {
  for (const s of stores) await s.close();
  await stopServices();
});

async function open(url: string, opts: { cacheSize?: number } = {}): Promise<PostgresStore> {
  const store = await PostgresStore.open(url, opts);
  stores.push(store);
  return store;
}

type Rows = { part: string; xmin: string; value: string | null }[];

describe.skipIf(postgresMissing !== null)('the Postgres store writes a state in parts', () => {
  let url: string;
  /** Another server's view: a store that caches nothing, so every read is from the database. */
  let reader: PostgresStore;
  const readFresh = async (matchID: string) => (await reader.fetch(matchID, { state: true })).state;
  const json = (v: unknown) => JSON.stringify(v);
  const rows = async (matchID: string, table: 'state_parts' | 'state_items'): Promise<Rows> =>
    (
      await reader.pool.query(
        `SELECT part, xmin::text AS xmin, ${table === 'state_items' ? "seq || ':' || value" : 'left(value, 20)'} AS value
         FROM ${table} WHERE match_id = $1 ORDER BY part, ${table === 'state_items' ? 'seq' : 'ord'}`,
        [matchID],
      )
    ).rows;

  beforeAll(async () => {
    url = await newDatabase(await postgres());
    reader = await PostgresStore.open(url, { cacheIf: () => false });
    stores.push(reader);
  }, 60_000);

  it('reads back exactly what was committed through appends, rewrites, new and removed keys', async () => {
    const store = await open(url);
    // Keys not in alphabetical order: the order of G's keys is the stored one, not the index's.
    const first = { z: 1, list: [{ n: 0 }], obj: { x: 1 }, gone: 'soon', a: 'last' };
    await create(store, 'm', first, 'C1');
    expect(json(await readFresh('m'))).toBe(json(stateOf(first, 0)));

    const steps = EDIT_STEPS;
    let G: Record<string, unknown> = first;
    for (let i = 0; i < steps.length; i++) {
      G = steps[i]!(G);
      const next = stateOf(G, i + 1);
      await store.commit('m', { state: next });
      // What JSON would give: undefined items become null, undefined keys vanish.
      expect(json(await readFresh('m')), `after step ${i}`).toBe(json(next));
      expect(json((await store.fetch('m', { state: true })).state)).toBe(json(next));
    }
    // The store's own cache was dropped: it reads the parts back the same.
    store.forget('m');
    expect(json((await store.fetch('m', { state: true })).state)).toBe(json(stateOf(G, steps.length)));
  });

  it('writes only the parts a move changed: an append is one new item row, the rest is untouched', async () => {
    const store = await open(url);
    const G0 = { list: [1, 2], other: [3], obj: { big: 'x'.repeat(3000) }, n: 0 };
    await create(store, 'w', G0, 'C2');
    const parts0 = await rows('w', 'state_parts');
    const items0 = await rows('w', 'state_items');
    expect(items0.map((r) => r.value)).toEqual(['0:1,2', '0:3']);
    // The engine reads the state before a move and derives the next from it: that read is the base.
    const read = (await store.fetch('w', { state: true })).state!.G as typeof G0;

    const G1 = { ...read, list: [...read.list, 4, 5] };
    await store.commit('w', { state: stateOf(G1, 1) });
    expect(await rows('w', 'state_parts')).toEqual(parts0); // no part row rewritten (same xmin)
    const items1 = await rows('w', 'state_items');
    expect(items1.map((r) => r.value)).toEqual(['0:1,2', '2:4,5', '0:3']);
    expect(items1[0]).toEqual(items0[0]);
    expect(items1[2]).toEqual(items0[1]);

    const G2 = { ...G1, n: 1 };
    await store.commit('w', { state: stateOf(G2, 2) });
    const parts2 = await rows('w', 'state_parts');
    for (const row of parts2) {
      const before = parts0.find((r) => r.part === row.part)!;
      if (row.part === 'n') expect(row.xmin).not.toBe(before.xmin);
      else expect(row, row.part).toEqual(before);
    }
    expect(await rows('w', 'state_items')).toEqual(items1);

    // An array rewritten whole (not an append) is one row again; its old runs go.
    const G3 = { ...G2, list: [9] };
    await store.commit('w', { state: stateOf(G3, 3) });
    expect((await rows('w', 'state_items')).map((r) => `${r.part} ${r.value}`)).toEqual([
      'list 0:9',
      'other 0:3',
    ]);
    expect(json(await readFresh('w'))).toBe(json(stateOf(G3, 3)));
  });

  it('refuses a stale write and leaves every part as it was', async () => {
    const store = await open(url);
    const G0 = { list: [1], v: 'a' };
    await create(store, 's', G0, 'C3');
    const G1 = { list: [1, 2], v: 'b' };
    await store.commit('s', { state: stateOf(G1, 1) });
    // Another server moves the match on while this one still holds state 1 as its base.
    const other = await open(url);
    const seen = (await other.fetch('s', { state: true })).state!;
    const G2 = { ...(seen.G as typeof G1), list: [1, 2, 3], v: 'c' };
    await other.commit('s', { state: stateOf(G2, 2) });
    const parts = await rows('s', 'state_parts');
    const items = await rows('s', 'state_items');
    // This one's move from state 1: only an append and one value against its base, refused.
    const stale = stateOf({ ...G1, list: [...G1.list, 9], v: 'stale' }, 2);
    await expect(store.commit('s', { state: stale })).rejects.toBeInstanceOf(StaleWriteError);
    // A writer still working from state 0, keys changed (every part written, v dropped), refused too.
    const older = stateOf({ list: [1, 9, 9], extra: 1 }, 1);
    await expect(store.commit('s', { state: older, expected: 0 })).rejects.toBeInstanceOf(StaleWriteError);
    expect(await rows('s', 'state_parts')).toEqual(parts);
    expect(await rows('s', 'state_items')).toEqual(items);
    expect(json(await readFresh('s'))).toBe(json(stateOf(G2, 2)));
    expect(json((await store.fetch('s', { state: true })).state)).toBe(json(stateOf(G2, 2)));
  });

  it('writes every part again when its cached state is not the stored one (evicted, or another server wrote)', async () => {
    const store = await open(url, { cacheSize: 1 });
    let G: Record<string, unknown> = { list: [0], n: 0 };
    for (const id of ['ea', 'eb']) await create(store, id, G, `C-${id}`);
    // Alternating two matches through a cache of one: every write finds no base for its match.
    for (let i = 1; i <= 6; i++) {
      G = { ...G, list: [...(G.list as unknown[]), i], n: i };
      for (const id of ['ea', 'eb']) await store.commit(id, { state: stateOf(G, i) });
    }
    for (const id of ['ea', 'eb']) expect(json(await readFresh(id))).toBe(json(stateOf(G, 6)));

    // A holds state 1 in its cache; B moves the match on to state 2; A then writes state 3 over
    // state 2 (its compare-and-set holds) from its own state 1: its base is not what is stored.
    const a = await open(url);
    const b = await open(url);
    const H1 = { list: [1], keep: { k: 1 }, n: 1 };
    await create(a, 'x', { list: [], keep: H1.keep, n: 0 }, 'C-x');
    await a.commit('x', { state: stateOf(H1, 1) });
    const seen = (await b.fetch('x', { state: true })).state!;
    const H2 = { ...(seen.G as typeof H1), list: [1, 2, 2], keep: { k: 2 } };
    await b.commit('x', { state: stateOf(H2, 2) });
    const H3 = { ...H1, list: [...H1.list, 3], n: 3 }; // shares `keep` with A's state 1
    await a.commit('x', { state: stateOf(H3, 3), expected: 2 });
    expect(json(await readFresh('x'))).toBe(json(stateOf(H3, 3)));
  });

  it('never shows a reader parts of two different states', async () => {
    const store = await open(url);
    let G: Record<string, unknown> = { a: 0, list: [] as number[], b: 0 };
    await create(store, 'r', G, 'C-r');
    const committed = new Set([json(stateOf(G, 0))]);
    let done = false;
    const reads: string[] = [];
    const readers = [0, 1, 2].map(async () => {
      while (!done) reads.push(json(await readFresh('r')));
    });
    for (let i = 1; i <= 60; i++) {
      G = { ...G, a: i, list: i % 7 === 0 ? [i] : [...(G.list as number[]), i], b: i };
      const next = stateOf(G, i);
      committed.add(json(next));
      await store.commit('r', { state: next });
    }
    done = true;
    await Promise.all(readers);
    expect(reads.length).toBeGreaterThan(20);
    for (const r of reads) expect(committed.has(r), r).toBe(true);
  });

  it('reads a match stored whole by an older version, then stores it in parts', async () => {
    // A database made by an older version: no parted column, no part tables, the whole state in the row.
    const oldUrl = await newDatabase(await postgres());
    const first = await open(oldUrl);
    const G0 = { list: [1, 2], v: 'old' };
    await create(first, 'o', G0, 'C-o');
    await first.pool.query("UPDATE matches SET state = $1 WHERE match_id = 'o'", [json(stateOf(G0, 0))]);
    await first.pool.query(
      'ALTER TABLE matches DROP COLUMN parted; DROP TABLE state_parts; DROP TABLE state_items',
    );
    const store = await open(oldUrl); // migrates
    const other = await PostgresStore.open(oldUrl, { cacheIf: () => false });
    stores.push(other);
    expect(json((await other.fetch('o', { state: true })).state)).toBe(json(stateOf(G0, 0)));
    const base = (await store.fetch('o', { state: true })).state!;
    const G1 = { ...(base.G as typeof G0), list: [...(base.G as typeof G0).list, 3] };
    await store.commit('o', { state: stateOf(G1, 1) });
    expect(json((await other.fetch('o', { state: true })).state)).toBe(json(stateOf(G1, 1)));
    const row = (await store.pool.query("SELECT parted, state FROM matches WHERE match_id = 'o'")).rows[0];
    expect(row.parted).toBe(true);
    expect(JSON.parse(row.state).G).toBeNull();
    // The next move appends to what the conversion wrote.
    await store.commit('o', { state: stateOf({ ...G1, list: [...G1.list, 4] }, 2) });
    expect(json((await other.fetch('o', { state: true })).state)).toBe(
      json(stateOf({ ...G1, list: [...G1.list, 4] }, 2)),
    );
    expect(
      (await store.pool.query("SELECT COUNT(*)::int AS n FROM state_items WHERE part = 'list'")).rows[0].n,
    ).toBe(2);
  });

  it('keeps the initial state whole, the row small, and wipes every part with the match', async () => {
    const store = await open(url);
    const G0 = { list: [1], big: 'x'.repeat(5000) };
    await create(store, 'wipe', G0, 'C-wipe');
    await store.commit('wipe', { state: stateOf({ ...G0, list: [1, 2] }, 1) });
    expect((await store.fetch('wipe', { initialState: true })).initialState).toEqual(stateOf(G0, 0));
    const head = (await store.pool.query("SELECT length(state) AS n FROM matches WHERE match_id = 'wipe'"))
      .rows[0].n;
    expect(head).toBeLessThan(200);
    await store.wipe('wipe');
    expect(await readFresh('wipe')).toBeUndefined();
    for (const table of ['matches', 'state_parts', 'state_items'])
      expect(
        (await store.pool.query(`SELECT COUNT(*)::int AS n FROM ${table} WHERE match_id = 'wipe'`)).rows[0].n,
        table,
      ).toBe(0);
  });

  it('stores every state of a real Ceasefire game exactly, move after move', async () => {
    const store = await open(url);
    const m = await engineMatch(store, 'real', 'pg-state-parts');
    await m.connect(['0']);
    const { moves, appends, end } = await playCheckingEachMove(m, () => readFresh('real'));
    expect(end.ctx.gameover).toBeDefined();
    expect(moves).toBeGreaterThan(50);
    expect(appends).toBeGreaterThan(10);
    // One row per move that added to the history, not one per entry.
    const { n } = (
      await store.pool.query(
        "SELECT COUNT(*)::int AS n FROM state_items WHERE match_id = 'real' AND part = 'history'",
      )
    ).rows[0];
    expect(n).toBeLessThanOrEqual(appends + 1);
    expect((end.G as GameState).history.length).toBeGreaterThan(n);
  }, 120_000);

  it('a server starting beside live ones does not lock the matches table (the schema is already there)', async () => {
    // A reader inside a transaction holds the table's lightest lock until it ends: an ALTER TABLE
    // (even one that changes nothing) would have to wait for it, and every move behind that.
    const client = await reader.pool.connect();
    try {
      await client.query('BEGIN');
      await client.query('SELECT 1 FROM matches LIMIT 1');
      // And a writer's lock, as a move's UPDATE holds it: an index build (even one that exists) waits for it.
      await client.query('UPDATE matches SET updated_at = updated_at WHERE false');
      const started = Date.now();
      const second = await Promise.race([
        open(url),
        new Promise<null>((resolve) => setTimeout(() => resolve(null), 5_000)),
      ]);
      expect(second, 'the second store opened while the transaction was open').not.toBeNull();
      expect(Date.now() - started).toBeLessThan(5_000);
      // The indexes the first store made are there (made once, when missing).
      const { rows } = await reader.pool.query(
        `SELECT indexname FROM pg_indexes WHERE indexname IN ('matches_game', 'matches_active', 'access_creator', 'class_setups_owner')`,
      );
      expect(rows.length).toBe(4);
    } finally {
      await client.query('ROLLBACK');
      client.release();
    }
  });
});

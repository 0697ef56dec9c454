// Write conflicts: every state and metadata write is compare-and-set, so a stale writer is refused
// (nothing of it stored) and its clients resync; and a second server process on the same DATA_DIR
// refuses to start with a clear message, while the first keeps every acknowledged move.
import fs from 'node:fs';
import type { LogEntry, State } from 'boardgame.io';
import { createMatch as bgCreateMatch } from 'boardgame.io/internal';
import { afterAll, describe, expect, it } from 'vitest';
import type { FixtureG } from '../../server/bench/fixture-game.ts';
import { PostgresStore } from '../../server/pgStore.ts';
import type { FetchOpts, Store } from '../../server/storage.ts';
import { SqliteStore, StaleWriteError } from '../../server/store.ts';
import { freePort, type ServerProcess, spawnServer, startProcess } from '../helpers/processes.ts';
import {
  api,
  createMatch,
  fixtureServerGame,
  type Recorded,
  rawSocket,
  startServer,
  tempDir,
} from '../helpers/server.ts';
import {
  newDatabase,
  postgres,
  postgresMissing,
  STORE_KINDS,
  stopServices,
  storeMissing,
} from '../helpers/services.ts';

const dirs: string[] = [];
const sockets: Recorded[] = [];
const procs: ServerProcess[] = [];
afterAll(async () => {
  for (const s of sockets) s.close();
  for (const p of procs) await p.kill();
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
  await stopServices();
});

const commit = (playerID: string, credentials: string, value: number) => ({
  type: 'MAKE_MOVE',
  payload: { type: 'commit', args: [value], playerID, credentials },
});
const entry = (n: number) =>
  ({ action: { type: 'MAKE_MOVE', payload: { n } }, _stateID: n }) as unknown as LogEntry;

describe.each(STORE_KINDS)('compare-and-set in the %s store', (kind) => {
  const missing = storeMissing(kind);
  if (missing) {
    it.skip(missing, () => {});
    return;
  }
  it('refuses a write on a state or metadata another writer replaced, and stores nothing of it', async () => {
    let open: () => Promise<Store>;
    if (kind === 'sqlite') {
      const dir = tempDir();
      dirs.push(dir);
      open = async () => new SqliteStore(dir, { lock: false, checkpointInWorker: false });
    } else {
      const url = await newDatabase(await postgres());
      open = () => PostgresStore.open(url);
    }
    const a = await open();
    const b = await open();
    const match = bgCreateMatch({
      game: fixtureServerGame.game,
      numPlayers: 2,
      setupData: undefined,
      unlisted: true,
    });
    if ('setupDataError' in match) throw new Error(match.setupDataError);
    await a.createMatch('m1', match, { code: 'ABCDEF', hostToken: 'h', kind: 'table' });
    // biome-ignore lint/suspicious/noExplicitAny: the test knows what it stored.
    const read = async (s: Store, opts: FetchOpts): Promise<any> => s.fetch('m1', opts);
    const sa = await read(a, { state: true, metadata: true });
    const sb = await read(b, { state: true, metadata: true });
    const next = (s: State<FixtureG>, round: number) => ({
      ...s,
      _stateID: s._stateID + 1,
      G: { ...s.G, round },
    });

    await b.commit('m1', { state: next(sb.state, 7), log: [entry(1)] });
    await expect(a.commit('m1', { state: next(sa.state, 9), log: [entry(1)] })).rejects.toThrow(
      StaleWriteError,
    );
    // State + log + metadata in one transaction: all refused together.
    await expect(
      a.commit('m1', {
        expected: sa.state._stateID,
        state: next(sa.state, 9),
        log: [entry(1)],
        metadata: { ...sa.metadata, setupData: 'from A' },
      }),
    ).rejects.toThrow(StaleWriteError);
    // Metadata alone: the version read travels with the object (spread copies included).
    await b.setMetadata('m1', { ...sb.metadata, setupData: 'from B' });
    await expect(a.setMetadata('m1', { ...sa.metadata, setupData: 'from A' })).rejects.toThrow(
      /changed under this server/,
    );

    const fresh = await open();
    const stored = await read(fresh, { state: true, metadata: true, log: true });
    expect(stored.state.G.round).toBe(7);
    expect(stored.state._stateID).toBe(1);
    expect(stored.log).toHaveLength(1);
    expect(stored.metadata.setupData).toBe('from B');
    // A writer that re-reads goes on from the stored state.
    a.forget('m1');
    const again = await read(a, { state: true });
    expect(again.state.G.round).toBe(7);
    await a.commit('m1', { state: next(again.state, 8), log: [entry(2)] });
    const reread = await open();
    expect((await read(reread, { state: true })).state.G.round).toBe(8);
    await reread.close();
    for (const s of [a, b, fresh]) await s.close();
  });
});

describe.each(STORE_KINDS)(
  'two servers writing one %s store (its lock turned off to force the race)',
  (kind) => {
    const missing = storeMissing(kind);
    if (missing) {
      it.skip(missing, () => {});
      return;
    }
    it("the stale server's move is refused, its client resyncs and moves again; no acknowledged move is lost", async () => {
      const databaseUrl = kind === 'postgres' ? await newDatabase(await postgres()) : undefined;
      const A = await startServer(databaseUrl ? { databaseUrl } : {});
      const B = await startServer(
        databaseUrl
          ? { databaseUrl, exclusiveDataDir: false }
          : { dataDir: A.dataDir, exclusiveDataDir: false },
      );
      try {
        const { matchID, seats } = await createMatch(A.url, { numPlayers: 2, humans: 2 });
        const s0 = await rawSocket(A.url);
        const s1 = await rawSocket(B.url);
        sockets.push(s0, s1);
        s0.socket.emit('sync', matchID, '0', seats[0]!.credentials, 2);
        s1.socket.emit('sync', matchID, '1', seats[1]!.credentials, 2);
        await s0.next('sync');
        await s1.next('sync');

        // A acknowledges seat 0's move (stateID 1). B still holds stateID 0.
        const before0 = s0.events.length;
        s0.socket.emit('update', commit('0', seats[0]!.credentials, 1), 0, matchID, '0');
        const [, acked] = (await s0.next('update', before0)) as [string, State];
        expect(acked._stateID).toBe(1);

        // B's write on stateID 0 is refused; its client is told and gets the stored state.
        const before1 = s1.events.length;
        s1.socket.emit('update', commit('1', seats[1]!.credentials, 2), 0, matchID, '1');
        const [err] = (await s1.next('ceasefire:error', before1)) as [{ code: string; message: string }];
        expect(err.code).toBe('stale_state');
        expect(err.message).toMatch(/another server/);
        const [, synced] = (await s1.next('sync', before1)) as [string, { state: State }];
        expect(synced.state._stateID).toBe(1);
        expect(B.engine.raceCount).toBe(1);

        // Moving again on the fresh state works, and both moves are stored.
        const after = s1.events.length;
        s1.socket.emit('update', commit('1', seats[1]!.credentials, 2), 1, matchID, '1');
        const [, second] = (await s1.next('update', after)) as [string, State<FixtureG>];
        expect(second._stateID).toBe(2);
        const stored: Store = databaseUrl
          ? await PostgresStore.open(databaseUrl)
          : new SqliteStore(A.dataDir, { lock: false, checkpointInWorker: false });
        const { state, log } = (await stored.fetch(matchID, { state: true, log: true })) as {
          state: State;
          log: LogEntry[];
        };
        await stored.close();
        expect(state._stateID).toBe(2);
        expect((state.G as FixtureG).revealed[0]!.orders).toEqual({ government: 1, movement: 2 });
        expect(log.filter((e: LogEntry) => e.action.type === 'MAKE_MOVE')).toHaveLength(2);
      } finally {
        await B.close();
        await A.close();
      }
    });
  },
);

describe('a second server process on the same DATA_DIR', () => {
  it('refuses to start with a clear message; the first keeps serving; after a SIGKILL the directory is free again', async () => {
    const dir = tempDir();
    dirs.push(dir);
    const first = await spawnServer({ DATA_DIR: dir });
    procs.push(first);
    const { matchID, seats } = await createMatch(first.url, { numPlayers: 2, humans: 2 });

    const second = startProcess({ PORT: String(await freePort()), DATA_DIR: dir });
    procs.push(second);
    expect(await second.exited).toBe(1);
    expect(second.output()).toContain(`Another Ceasefire server (pid ${first.pid}`);
    expect(second.output()).toContain(dir);
    expect(second.output()).not.toMatch(/\n\s+at /); // a message, not a stack trace

    // The first server still acknowledges moves.
    const s = await rawSocket(first.url);
    sockets.push(s);
    s.socket.emit('sync', matchID, '0', seats[0]!.credentials, 2);
    await s.next('sync');
    const before = s.events.length;
    s.socket.emit('update', commit('0', seats[0]!.credentials, 3), 0, matchID, '0');
    const [, acked] = (await s.next('update', before)) as [string, State];
    expect(acked._stateID).toBe(1);
    s.close();

    // SIGKILL: the OS drops the lock; a new server starts on the directory with the move kept.
    await first.kill('SIGKILL');
    const third = await spawnServer({ DATA_DIR: dir });
    procs.push(third);
    const seatsNow = await api(third.url, `/api/matches/${matchID}/seats`);
    expect(seatsNow.status).toBe(200);
    const t = await rawSocket(third.url);
    sockets.push(t);
    t.socket.emit('sync', matchID, '0', seats[0]!.credentials, 2);
    const [, info] = (await t.next('sync')) as [string, { state: State }];
    expect(info.state._stateID).toBe(1);
  }, 60_000);
});

describe.skipIf(postgresMissing !== null)(
  'a second server on the same DATABASE_URL without REDIS_URL',
  () => {
    it('refuses to start with a clear message; the first keeps serving; after a SIGKILL the database is free again', async () => {
      const url = await newDatabase(await postgres());
      const first = await spawnServer({ DATABASE_URL: url });
      procs.push(first);
      const { matchID, seats } = await createMatch(first.url, { numPlayers: 2, humans: 2 });
      const second = startProcess({ PORT: String(await freePort()), DATABASE_URL: url });
      procs.push(second);
      expect(await second.exited).toBe(1);
      expect(second.output()).toContain('Another Ceasefire server is using the database');
      expect(second.output()).toContain('REDIS_URL');
      expect(second.output()).not.toMatch(/\n\s+at /);

      const s = await rawSocket(first.url);
      sockets.push(s);
      s.socket.emit('sync', matchID, '0', seats[0]!.credentials, 2);
      await s.next('sync');
      const before = s.events.length;
      s.socket.emit('update', commit('0', seats[0]!.credentials, 3), 0, matchID, '0');
      const [, acked] = (await s.next('update', before)) as [string, State];
      expect(acked._stateID).toBe(1);
      s.close();

      await first.kill('SIGKILL');
      const third = await spawnServer({ DATABASE_URL: url });
      procs.push(third);
      const t = await rawSocket(third.url);
      sockets.push(t);
      t.socket.emit('sync', matchID, '0', seats[0]!.credentials, 2);
      const [, info] = (await t.next('sync')) as [string, { state: State }];
      expect(info.state._stateID).toBe(1);
    }, 60_000);
  },
);

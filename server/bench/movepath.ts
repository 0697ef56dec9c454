// npm run bench:movepath -- [--matches 10] [--moves 2000] [--sync normal|full] [--json]
//
// A repeatable in-process measure of the server's move path, without sockets: real Ceasefire matches
// (fixed seeds, so every run plays the same games) in a real MatchEngine over a real SqliteStore in a
// temp directory, five seated connections per match asking for deltas, as the browser does. Each seat
// is played by the game's normal bot on its own view; only `engine.submit` (checks, the rules, the
// store's compare-and-set commit, the per-seat views, diffs and the connections' emits) is timed, with
// process.cpuUsage around each call: the bots' work between moves is not counted. A connection's
// emit JSON-encodes its arguments, as socket.io's encoder does (the socket writes themselves are not
// here: see npm run bench for the whole server). Reports CPU ms per committed move, the bytes emitted
// per move, and heap per live match (views kept for the diffs, cached state, the matches' queues)
// after a GC if node runs with --expose-gc. Run it as the server runs: NODE_ENV=production.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Ctx, State } from 'boardgame.io';
import { type GameState, viewFor } from '../../game/index.ts';
import { ceasefireServerGame } from '../ceasefire.ts';
import { type Conn, MatchEngine } from '../engine.ts';
import { SqliteStore } from '../store.ts';
import { chooseMove } from './seat-bot.ts';
import { createSeatedMatch } from './seatedMatch.ts';

const argv = process.argv.slice(2);
const arg = (name: string, def: string) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 && argv[i + 1] !== undefined ? argv[i + 1]! : def;
};
const MATCHES = Number(arg('matches', '10'));
const MOVES = Number(arg('moves', '2000'));
const SYNC = arg('sync', 'normal') === 'full' ? 'full' : 'normal';
const JSON_OUT = argv.includes('--json');

const gc = (globalThis as { gc?: () => void }).gc;
const cpuMs = () => {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1000;
};

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ceasefire-movepath-'));
  const serverGame = await ceasefireServerGame();
  const store = new SqliteStore(dir, { synchronous: SYNC });
  const engine = new MatchEngine(store, serverGame);
  // The store's share: CPU inside its commit (JSON of state, log and metadata, the SQL statements).
  let commitMs = 0;
  const commit = store.commit.bind(store);
  store.commit = async (matchID, writes) => {
    const t = cpuMs();
    try {
      return await commit(matchID, writes);
    } finally {
      commitMs += cpuMs() - t;
    }
  };
  let wireBytes = 0;
  let nextMatch = 0;
  const live: { matchID: string; creds: string[] }[] = [];

  const newMatch = async () => {
    const matchID = `bench${nextMatch}`;
    const creds = await createSeatedMatch(store, serverGame.game, matchID, `movepath-${nextMatch++}`);
    for (let p = 0; p < 5; p++) {
      const conn: Conn = {
        id: `${matchID}/${p}`,
        matchID: null,
        playerID: null,
        deltas: true,
        emit: (_event, ...args) => {
          wireBytes += JSON.stringify(args).length;
        },
      };
      const why = await engine.sync(conn, matchID, String(p), creds[p]);
      if (why) throw new Error(why.message);
    }
    return { matchID, creds };
  };
  gc?.();
  const heap0 = process.memoryUsage().heapUsed;
  for (let m = 0; m < MATCHES; m++) live.push(await newMatch());

  let measured = 0;
  let committed = 0;
  let refused = 0;
  let stuck = 0;
  let finished = 0;
  const failures = new Map<string, number>();
  let turn = 0;
  while (committed < MOVES) {
    const slot = turn++ % live.length;
    const { matchID, creds } = live[slot]!;
    const { state } = (await store.fetch(matchID, { state: true })) as { state: State };
    if (state.ctx.gameover !== undefined) {
      finished++;
      live[slot] = await newMatch();
      continue;
    }
    let moved = false;
    for (let p = 0; p < 5 && !moved; p++) {
      const pid = String(p);
      if (!engine.game.flow.isPlayerActive(state.G, state.ctx, pid)) continue;
      const key = `${matchID}:${state._stateID}:${pid}`;
      // The bot decides on its own copy, as a client would: it must not warm the server's caches.
      const view = viewFor(JSON.parse(JSON.stringify(state.G)) as GameState, pid);
      const choice = chooseMove(view, state.ctx as Ctx, pid, {
        seed: pid,
        stateID: state._stateID,
        failures: failures.get(key) ?? 0,
      });
      if (!choice) continue;
      const action = {
        type: 'MAKE_MOVE',
        payload: { type: choice.move, args: choice.args, playerID: pid, credentials: creds[p] },
      };
      const t0 = cpuMs();
      const why = await engine.submit(matchID, pid, action, state._stateID);
      const t1 = cpuMs();
      if (why) {
        refused++;
        failures.set(key, (failures.get(key) ?? 0) + 1);
        continue;
      }
      measured += t1 - t0;
      committed++;
      moved = true;
    }
    if (!moved) {
      // Nobody could move on this state (every seat's choices refused): start this table again.
      stuck++;
      live[slot] = await newMatch();
    }
  }
  gc?.();
  const heap1 = process.memoryUsage().heapUsed;
  await store.close();
  if (process.env.MOVEPATH_KEEP) console.error(`kept ${dir}`);
  else fs.rmSync(dir, { recursive: true, force: true });
  const result = {
    sync: SYNC,
    matches: MATCHES,
    committed,
    refused,
    finished,
    stuck,
    cpuMsPerMove: Math.round((measured / committed) * 1000) / 1000,
    storeCommitCpuMsPerMove: Math.round((commitMs / committed) * 1000) / 1000,
    wireBytesPerMove: Math.round(wireBytes / committed),
    // Finished matches keep their connections (and so their kept views) too: all are live here.
    heapPerLiveMatchKB: gc ? Math.round((heap1 - heap0) / nextMatch / 1024) : null,
  };
  console.log(JSON_OUT ? JSON.stringify(result) : result);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});

// npm run bench -- [--json] [--matches 100,500] [--think-ms 3000] [--seconds 30] [--slice-ms 1000]
//                  [--warmup-round 2] [--burst-seconds 10] [--max-in-flight 64] [--fixture]
//                  [--sync normal|full (default full)] [--full-updates] [--store sqlite|postgres]
//
// Plays Ceasefire on the real server: for each scale (100 and 500 matches by default), a fresh server
// child process (real rules, temp DATA_DIR, --expose-gc), N matches created over HTTP, five socket
// clients per match over loopback (one socket.io connection each, carrying the game namespace with
// per-seat deltas, as the browser does, and a plain echo namespace). Every seat is played by the
// game's normal bot, deciding on the seat's own view (what the client received), like a person's
// browser would; moves go through the real server like anyone's. Then:
//   1. warm-up: moves with no think time until every match has reached `warmup-round` (so that
//      states carry a history, as in a real game; a match stops there), not measured; the matches
//      come in two halves, each warmed up in turn;
//   2. memory: what one more live match costs: server RSS after a GC with all N matches minus with
//      the first half, over the second half (or the heap it added, if more); also the RSS over the
//      fresh server's, over N, and a projection for 1,000 matches;
//   3. paced: for `seconds`, alternating slices of echo and moves, so both sample the same machine
//      (the echo is the floor). Each client waits an exponential think time (mean think-ms) before
//      each message; a move's round trip ends when the server's state message carrying it comes back;
//      each paced move is also split by where its time went (split.ts: up, rules, commit, down);
//   4. burst: moves with no think time: moves/s at saturation and server CPU ms per committed move
//      (the child's process.cpuUsage over the burst / moves committed).
// At most `max-in-flight` moves are in flight over all clients at once (bounded offered load).
// Bytes per update per client: every state message a client receives (patch or full update).
// `--fixture` adds a labelled extra run of the small fixture game at the first scale.
// `--full-updates` turns deltas off (clients take full 'update's), for comparison.
// `--store postgres` runs the server child on Postgres instead of SQLite: the bench starts Debian's
// postgres on loopback in a temp directory (as the tests do, tests/helpers/services.ts) with its
// default durability, gives each scale a fresh database (DATABASE_URL for the child), and stops it
// at the end. The same figures are reported; `--sync` then does not apply.
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type IntervalHistogram, monitorEventLoopDelay, performance } from 'node:perf_hooks';
import Database from 'better-sqlite3';
import type { Ctx } from 'boardgame.io';
import pg from 'pg';
import { io } from 'socket.io-client';
import type { GameState } from '../../game/index.ts';
import { newDatabase, type Service, startPostgres } from '../../tests/helpers/services.ts';
import { BenchArgsError, type Options, parseArgs } from './args.ts';
import { BenchClient, type Decide, Gate, type Samples } from './clients.ts';
import type { FixtureG } from './fixture-game.ts';
import { chooseMove } from './seat-bot.ts';
import { type GcPause, PARTS, type ServerMove, type Split, splitRoundTrips } from './split.ts';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const round = (x: number, d = 3) => Math.round(x * 10 ** d) / 10 ** d;

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i]!;
}

function summary(samples: number[]) {
  const s = [...samples].sort((a, b) => a - b);
  return {
    n: s.length,
    p50: round(percentile(s, 50)),
    p99: round(percentile(s, 99)),
    max: round(s.at(-1) ?? 0),
  };
}

async function startChild(
  dataDir: string,
  sync: string,
  game: string,
  databaseUrl: string | undefined,
): Promise<{ proc: ChildProcess; url: string }> {
  const prof = process.env.BENCH_PROFILE_DIR
    ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE_DIR}`]
    : [];
  const proc = spawn(
    process.execPath,
    ['--expose-gc', ...prof, '--import', 'tsx', 'server/bench/server-child.ts'],
    {
      // As `npm start` runs it: production mode (no per-move dev checks in boardgame.io, immer's build).
      env: {
        ...process.env,
        NODE_ENV: 'production',
        DATA_DIR: dataDir,
        SQLITE_SYNC: sync,
        BENCH_GAME: game,
        ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  let out = '';
  const url = await new Promise<string>((resolve, reject) => {
    const t = setTimeout(() => reject(new Error('bench server did not start')), 60_000);
    proc.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /LISTENING (\S+)/.exec(out);
      if (m) {
        clearTimeout(t);
        resolve(m[1]!);
      }
    });
    proc.on('exit', (code) => reject(new Error(`bench server exited with ${code}`)));
  });
  return { proc, url };
}

async function post(url: string, body: unknown): Promise<Record<string, string>> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${url}: ${res.status} ${await res.text()}`);
  return (await res.json()) as Record<string, string>;
}

interface ChildStats {
  cpuMs: number;
  rss: number;
  heapUsed: number;
  /** V8's heap as reserved (used or not) and memory held outside it (Buffers: socket frames). */
  heapTotal: number;
  external: number;
  moves: number;
  moveServerMs: { p50: number; p99: number };
  /** Wall time of the store's commit per move, in the server (the durable write, fsync included). */
  commitServerMs: { p50: number; p99: number };
  /** The server's event-loop delay p99 in the echo and the move slices (null before any). */
  loopDelayP99Ms: { echo: number | null; moves: number | null };
}

/** Asks the server child for its CPU time, memory (after a GC if asked) and committed moves. */
function statsClient(url: string) {
  const socket = io(`${url}/echo`, { transports: ['websocket'], forceNew: true });
  return {
    get: (gc = false) =>
      new Promise<ChildStats>((resolve) => socket.emit('stats', { gc }, (s: ChildStats) => resolve(s))),
    /** Which slice runs now: the server keeps its event-loop delay apart for each. */
    mode: (mode: 'echo' | 'moves' | 'idle') => socket.emit('mode', mode),
    /** The server's per-move figures count from now on (the paced phase). */
    resetMoveStats: () => new Promise<void>((resolve) => socket.emit('resetMoveStats', () => resolve())),
    /** The paced phase's committed moves as the server marked them, and its GC pauses (split.ts). */
    moveTrace: () =>
      new Promise<{ moves: ServerMove[]; gc: GcPause[] }>((resolve) => socket.emit('moveTrace', resolve)),
    close: () => socket.close(),
  };
}

const ceasefireDecide: Decide = (view, playerID, failures) =>
  chooseMove(view.G as GameState, view.ctx as Ctx, playerID, {
    seed: `${playerID}`,
    stateID: view._stateID,
    failures,
  });

const fixtureDecide: Decide = (view, playerID, failures) => {
  const G = view.G as FixtureG;
  const role = G.seats[playerID];
  if (failures > 0 || !role || G.committed[role] || G.round > G.rounds) return null;
  return { move: 'commit', args: [view._stateID % 4] };
};

interface RunResult {
  game: string;
  matches: number;
  sockets: number;
  thinkMs: number;
  deltas: boolean;
  store: 'sqlite' | 'postgres';
  /** SQLite's synchronous mode; null on Postgres (its defaults: synchronous_commit on). */
  sqliteSynchronous: 'normal' | 'full' | null;
  echoFloorMs: ReturnType<typeof summary>;
  pacedMovesMs: ReturnType<typeof summary> & { movesPerSec: number };
  ratioToEcho: { p50: number; p99: number };
  burst: ReturnType<typeof summary> & { movesPerSec: number };
  serverCpuMsPerMove: { paced: number; burst: number };
  /**
   * With --store postgres: CPU ms of the database's own processes (the postmaster and its backends,
   * from /proc) per committed move in the burst; the server child's figure does not include them.
   */
  databaseCpuMsPerMove: number | null;
  /** Share of one core the server used during the burst (near 1: the server was the bottleneck). */
  serverCoreShareInBurst: number;
  /** CPU ms of the benchmark's own process (the clients and their bots) per move in the burst. */
  clientCpuMsPerMove: number;
  serverTimePerMoveMs: { p50: number; p99: number };
  /** Of that, the store's commit (wall): with SQLite synchronous=full, each commit waits for an fsync. */
  storeCommitMs: { p50: number; p99: number };
  /** The disk's floor: a 4 KB append and fdatasync in the data directory, 200 times (null on Postgres). */
  diskSyncMs: { p50: number; p99: number } | null;
  /** Where the paced round trip goes (up, rules, commit, down), over all moves and the slowest 1%. */
  roundTripSplit: Split;
  /** Event-loop delay p99 of the server and of the bench's own process, in the echo and the move slices. */
  loopDelayP99Ms: {
    server: { echo: number | null; moves: number | null };
    bench: { echo: number | null; moves: number | null };
  };
  bytesPerUpdate: { median: number; p99: number; mean: number; n: number };
  /**
   * What one more live match costs: RSS after all N matches minus after the first half, per match of
   * the second half (or the heap that half added, if more).
   */
  rssPerMatchKB: number;
  heapPerMatchKB: number;
  /** RSS after all N matches minus the fresh server's, over N (includes what the server spends once). */
  rssOverEmptyPerMatchKB: number;
  /** The server's RSS with 1,000 live matches, projected from the live RSS and the per-match figure. */
  rssAt1000MB: number;
  serverHeapTotalMB: number[];
  serverExternalMB: number[];
  serverRssMB: { empty: number; half: number; live: number; end: number };
  warmup: { seconds: number; reachedRound: number };
  moves: {
    sent: number;
    acknowledged: number;
    stored: number;
    refused: Record<string, number>;
    resyncs: number;
  };
  seconds: number;
}

async function runScale(
  matches: number,
  game: 'ceasefire' | 'fixture',
  opts: Options,
  log: (m: string) => void,
  postgres: Service | undefined,
): Promise<RunResult> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ceasefire-bench-'));
  // Each scale gets a fresh, empty database, as it gets a fresh DATA_DIR on SQLite.
  const databaseUrl = postgres ? await newDatabase(postgres) : undefined;
  const { proc, url } = await startChild(dataDir, opts.sync, game, databaseUrl);
  const started = performance.now();
  const stats = statsClient(url);
  try {
    await sleep(300);
    const empty = await stats.get(true);
    log(`[${game} x${matches}] server up at ${url}; creating matches`);
    const samples: Samples = { echo: [], moves: [], updateBytes: [], refusals: new Map() };
    const decide = game === 'fixture' ? fixtureDecide : ceasefireDecide;
    const clients: BenchClient[] = [];
    const gate = new Gate(opts.maxInFlight);
    const CONC = 10;
    const roundOf = (c: BenchClient) => (c.view?.G as { round?: number } | undefined)?.round ?? 0;
    /** Creates `count` matches with their five seated clients, connects them, plays them to the warm-up round. */
    const addMatches = async (count: number) => {
      const added: BenchClient[] = [];
      for (let base = 0; base < count; base += CONC) {
        await Promise.all(
          Array.from({ length: Math.min(CONC, count - base) }, async () => {
            const { matchID } = await post(`${url}/games/ceasefire/create`, {
              numPlayers: 5,
              setupData: game === 'fixture' ? { options: { rounds: 100000 } } : {},
            });
            for (let p = 0; p < 5; p++) {
              const joined = await post(`${url}/games/ceasefire/${matchID}/join`, {
                playerID: String(p),
                playerName: `b${p}`,
              });
              added.push(
                new BenchClient(
                  url,
                  matchID!,
                  String(p),
                  joined.playerCredentials!,
                  samples,
                  decide,
                  gate,
                  opts.deltas,
                ),
              );
            }
          }),
        );
      }
      log(`[${game} x${matches}] connecting ${added.length} sockets`);
      for (let i = 0; i < added.length; i += 50)
        await Promise.all(added.slice(i, i + 50).map((c) => c.connect()));
      clients.push(...added);
      // Warm-up: play fast until every new match is in round `warmupRound` (the fixture: a few seconds).
      const tw = performance.now();
      for (const c of added) c.startMoves(0, game === 'fixture' ? undefined : opts.warmupRound);
      const warmupLimit = game === 'fixture' ? 3_000 : 300_000;
      while (performance.now() - tw < warmupLimit) {
        await sleep(250);
        if (game !== 'fixture' && added.every((c) => c.over || roundOf(c) >= opts.warmupRound)) break;
      }
      for (const c of added) c.stop();
      await waitDrained(added);
      return (performance.now() - tw) / 1000;
    };
    // Memory per live match is what one more match costs: the matches come in two halves, and the
    // RSS after the second half minus the RSS after the first, over the second half's matches, leaves
    // out what a server spends once (compiled code, the young generation grown by the first moves).
    const firstHalf = matches >= 2 ? Math.floor(matches / 2) : matches;
    let warmupSeconds = await addMatches(firstHalf);
    await sleep(500);
    const half = await stats.get(true);
    if (matches > firstHalf) warmupSeconds += await addMatches(matches - firstHalf);
    const warmup = {
      seconds: round(warmupSeconds, 1),
      reachedRound: Math.min(...clients.map(roundOf)),
    };
    await sleep(500);
    const live = await stats.get(true);
    samples.moves.length = 0;
    samples.updateBytes.length = 0;

    log(`[${game} x${matches}] echo floor and paced moves, ${opts.sliceMs} ms slices for ${opts.seconds}s`);
    const slices = Math.max(2, Math.round((opts.seconds * 1000) / opts.sliceMs));
    // The disk's own floor for a durable write, in the data directory, just before the paced phase.
    const diskSync = databaseUrl ? null : diskSyncFloor(dataDir);
    await stats.resetMoveStats();
    samples.traced = [];
    let moveSeconds = 0;
    let pacedCpu = 0;
    let pacedMoves = 0;
    // The bench's own event loop (its 5 x N clients and their bots) in each kind of slice: a message
    // that arrives while a bot decides waits, and that wait is in the round trip measured.
    const benchLoop = {
      echo: monitorEventLoopDelay({ resolution: 1 }),
      moves: monitorEventLoopDelay({ resolution: 1 }),
    };
    for (let k = 0; k < slices; k++) {
      const moves = k % 2 === 1;
      const t = performance.now();
      const before = moves ? await stats.get() : null;
      stats.mode(moves ? 'moves' : 'echo');
      benchLoop[moves ? 'moves' : 'echo'].enable();
      for (const c of clients) {
        if (moves) c.startMoves(opts.thinkMs);
        else c.startEcho(opts.thinkMs);
      }
      await sleep(opts.sliceMs);
      for (const c of clients) c.stop();
      benchLoop.echo.disable();
      benchLoop.moves.disable();
      stats.mode('idle');
      if (moves && before) {
        moveSeconds += (performance.now() - t) / 1000;
        const after = await stats.get();
        pacedCpu += after.cpuMs - before.cpuMs;
        pacedMoves += after.moves - before.moves;
      }
    }
    await waitDrained(clients);
    const serverTrace = await stats.moveTrace();
    const roundTripSplit = splitRoundTrips(samples.traced, serverTrace.moves, serverTrace.gc);
    delete samples.traced;
    const echo = summary(samples.echo);
    const afterPaced = await stats.get();
    const serverMs = afterPaced.moveServerMs;
    const loopP99 = (h: IntervalHistogram) => (h.count > 0 ? round(h.percentile(99) / 1e6, 2) : null);
    const loopDelayP99Ms = {
      server: afterPaced.loopDelayP99Ms ?? { echo: null, moves: null },
      bench: { echo: loopP99(benchLoop.echo), moves: loopP99(benchLoop.moves) },
    };
    const paced = { ...summary(samples.moves), movesPerSec: Math.round(samples.moves.length / moveSeconds) };
    const bytes = [...samples.updateBytes].sort((a, b) => a - b);

    log(`[${game} x${matches}] burst for ${opts.burstSeconds}s (no think time)`);
    samples.moves.length = 0;
    const b0 = await stats.get();
    const d0 = postgres?.pid ? processTreeCpuMs(postgres.pid) : null;
    const c0 = process.cpuUsage();
    const t2 = performance.now();
    for (const c of clients) c.startMoves(0);
    await sleep(opts.burstSeconds * 1000);
    for (const c of clients) c.stop();
    const b1 = await stats.get();
    const d1 = postgres?.pid ? processTreeCpuMs(postgres.pid) : null;
    const burstElapsed = (performance.now() - t2) / 1000;
    const c1 = process.cpuUsage(c0);
    await waitDrained(clients);
    const burst = {
      ...summary(samples.moves),
      movesPerSec: Math.round((b1.moves - b0.moves) / burstElapsed),
    };
    const end = await stats.get();

    stats.close();
    for (const c of clients) c.close();
    proc.kill('SIGTERM');
    await new Promise((r) => proc.once('exit', r));

    // One more match costs at least the heap it adds: when the RSS grew less than the heap (the first
    // half left room in pages already counted), the heap figure is the per-match cost.
    const second = matches - firstHalf;
    const rssMarginal = second > 0 ? (live.rss - half.rss) / second : (live.rss - empty.rss) / matches;
    const heapMarginal =
      second > 0 ? (live.heapUsed - half.heapUsed) / second : (live.heapUsed - empty.heapUsed) / matches;
    const perMatchKB = Math.round(Math.max(rssMarginal, heapMarginal) / 1024);
    const stored = await storedMoves(dataDir, databaseUrl);
    const acknowledged = clients.reduce((n, c) => n + c.acked, 0);
    return {
      game,
      matches,
      sockets: clients.length,
      thinkMs: opts.thinkMs,
      deltas: opts.deltas,
      store: databaseUrl ? 'postgres' : 'sqlite',
      sqliteSynchronous: databaseUrl ? null : opts.sync,
      echoFloorMs: echo,
      pacedMovesMs: paced,
      ratioToEcho: { p50: round(paced.p50 / echo.p50, 2), p99: round(paced.p99 / echo.p99, 2) },
      burst,
      serverCpuMsPerMove: {
        paced: round(pacedCpu / Math.max(1, pacedMoves), 2),
        burst: round((b1.cpuMs - b0.cpuMs) / Math.max(1, b1.moves - b0.moves), 2),
      },
      databaseCpuMsPerMove:
        d0 !== null && d1 !== null ? round((d1 - d0) / Math.max(1, b1.moves - b0.moves), 2) : null,
      serverCoreShareInBurst: round((b1.cpuMs - b0.cpuMs) / (burstElapsed * 1000), 2),
      clientCpuMsPerMove: round((c1.user + c1.system) / 1000 / Math.max(1, b1.moves - b0.moves), 2),
      serverTimePerMoveMs: serverMs,
      storeCommitMs: { p50: afterPaced.commitServerMs.p50, p99: afterPaced.commitServerMs.p99 },
      diskSyncMs: diskSync,
      roundTripSplit,
      loopDelayP99Ms,
      bytesPerUpdate: {
        median: percentile(bytes, 50),
        p99: percentile(bytes, 99),
        mean: Math.round(bytes.reduce((a, b) => a + b, 0) / Math.max(1, bytes.length)),
        n: bytes.length,
      },
      rssPerMatchKB: perMatchKB,
      heapPerMatchKB: Math.round(heapMarginal / 1024),
      rssOverEmptyPerMatchKB: Math.round((live.rss - empty.rss) / matches / 1024),
      rssAt1000MB: Math.round((live.rss + Math.max(0, 1000 - matches) * perMatchKB * 1024) / 2 ** 20),
      // Where the server's memory is, empty / half / live (MB): V8's reserved heap and what lies outside it.
      serverHeapTotalMB: [empty, half, live].map((s) => Math.round(s.heapTotal / 2 ** 20)),
      serverExternalMB: [empty, half, live].map((s) => Math.round(s.external / 2 ** 20)),
      serverRssMB: {
        empty: Math.round(empty.rss / 2 ** 20),
        half: Math.round(half.rss / 2 ** 20),
        live: Math.round(live.rss / 2 ** 20),
        end: Math.round(end.rss / 2 ** 20),
      },
      warmup,
      moves: {
        sent: clients.reduce((n, c) => n + c.sent, 0),
        acknowledged,
        stored,
        refused: Object.fromEntries(samples.refusals),
        resyncs: clients.reduce((n, c) => n + c.resyncs, 0),
      },
      seconds: round((performance.now() - started) / 1000, 1),
    };
  } finally {
    stats.close();
    if (proc.exitCode === null) proc.kill('SIGKILL');
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

/** CPU ms used so far by a process and its live descendants (Linux /proc; clock ticks at 100 Hz). */
function processTreeCpuMs(rootPid: number): number | null {
  const parent = new Map<number, number>();
  const ticks = new Map<number, number>();
  let entries: string[];
  try {
    entries = fs.readdirSync('/proc').filter((e) => /^\d+$/.test(e));
  } catch {
    return null;
  }
  for (const e of entries) {
    try {
      const stat = fs.readFileSync(`/proc/${e}/stat`, 'utf8');
      // Fields after the command name (which may hold spaces): state ppid ... utime(14) stime(15).
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parent.set(Number(e), Number(f[1]));
      ticks.set(Number(e), Number(f[11]) + Number(f[12]));
    } catch {}
  }
  if (!ticks.has(rootPid)) return null;
  let total = 0;
  for (const [pid, t] of ticks) {
    for (let p: number | undefined = pid; p !== undefined && p > 1; p = parent.get(p)) {
      if (p === rootPid) {
        total += t;
        break;
      }
    }
  }
  return total * 10;
}

/** Moves in the stored log once the server child has stopped (to compare with the acknowledged ones). */
/** 200 appends of 4 KB to a file in `dir`, each followed by fdatasync: what a durable write costs the disk. */
function diskSyncFloor(dir: string): { p50: number; p99: number } {
  const file = path.join(dir, 'sync-floor.tmp');
  const fd = fs.openSync(file, 'a');
  const block = Buffer.alloc(4096, 1);
  const ms: number[] = [];
  try {
    for (let i = 0; i < 200; i++) {
      fs.writeSync(fd, block);
      const t = performance.now();
      fs.fdatasyncSync(fd);
      ms.push(performance.now() - t);
    }
  } finally {
    fs.closeSync(fd);
    fs.rmSync(file, { force: true });
  }
  ms.sort((a, b) => a - b);
  return { p50: round(ms[100]!, 3), p99: round(ms[197]!, 3) };
}

async function storedMoves(dataDir: string, databaseUrl: string | undefined): Promise<number> {
  const moveEntries = `'{"action":{"type":"MAKE_MOVE"%'`;
  if (databaseUrl) {
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    try {
      const { rows } = await client.query<{ n: string }>(
        `SELECT COUNT(*) AS n FROM log WHERE entry LIKE ${moveEntries}`,
      );
      return Number(rows[0]?.n ?? 0);
    } finally {
      await client.end();
    }
  }
  const db = new Database(path.join(dataDir, 'ceasefire.sqlite'), { readonly: true });
  try {
    return db.prepare(`SELECT COUNT(*) FROM log WHERE entry LIKE ${moveEntries}`).pluck().get() as number;
  } finally {
    db.close();
  }
}

async function waitDrained(clients: BenchClient[]): Promise<void> {
  const start = Date.now();
  while (clients.some((c) => c.pending) && Date.now() - start < 10_000) await sleep(20);
}

const TARGETS = { p99RatioMax: 3, medianBytesMax: 1536, cpuMsPerMoveMax: 1.5, rssPerMatchKBMax: 250 };

function verdicts(r: RunResult) {
  return {
    p99Ratio: r.ratioToEcho.p99 <= TARGETS.p99RatioMax,
    medianBytes: r.bytesPerUpdate.median <= TARGETS.medianBytesMax,
    cpuPerMove: r.serverCpuMsPerMove.burst <= TARGETS.cpuMsPerMoveMax,
    rssPerMatch: r.rssPerMatchKB <= TARGETS.rssPerMatchKBMax,
  };
}

function splitLine(s: Split): string {
  const all = PARTS.map((k) => `${k} ${s.parts[k].p50}/${s.parts[k].p99}`).join(', ');
  const slow = PARTS.map((k) => `${k} ${s.slowest[k]}`).join(', ');
  return `p50/p99 ms: ${all}; the slowest ${s.slowest.n} (1%, mean ${s.slowest.total} ms): ${slow}; ${s.slowestDuringGc} of them during a GC pause (server GC: ${s.gc.n} pauses, p50 ${s.gc.p50} ms, max ${s.gc.max} ms)`;
}

function print(r: RunResult, label: string): void {
  const v = verdicts(r);
  const ok = (b: boolean) => (b ? 'met' : 'NOT met');
  console.log(`
== ${label}: ${r.game}, ${r.matches} matches, ${r.sockets} sockets, think ${r.thinkMs} ms, deltas ${r.deltas ? 'on' : 'off'}, ${r.store === 'postgres' ? 'Postgres (synchronous_commit on)' : `SQLite synchronous=${r.sqliteSynchronous}`}
warm-up           ${r.warmup.seconds} s, every match in round >= ${r.warmup.reachedRound}
echo floor        p50 ${r.echoFloorMs.p50} ms  p99 ${r.echoFloorMs.p99} ms  (n=${r.echoFloorMs.n})
paced moves       p50 ${r.pacedMovesMs.p50} ms  p99 ${r.pacedMovesMs.p99} ms  ${r.pacedMovesMs.movesPerSec} moves/s  (n=${r.pacedMovesMs.n})
ratio to echo     p50 ${r.ratioToEcho.p50}x  p99 ${r.ratioToEcho.p99}x  (target p99 <= ${TARGETS.p99RatioMax}x at 100: ${ok(v.p99Ratio)})
round trip split  ${splitLine(r.roundTripSplit)}
loop delay p99    server ${r.loopDelayP99Ms.server.echo} ms echo / ${r.loopDelayP99Ms.server.moves} ms moves; bench ${r.loopDelayP99Ms.bench.echo} / ${r.loopDelayP99Ms.bench.moves} ms
saturation        ${r.burst.movesPerSec} moves/s  (round trip p50 ${r.burst.p50} ms, p99 ${r.burst.p99} ms); server used ${r.serverCoreShareInBurst} of a core, the clients ${r.clientCpuMsPerMove} ms CPU per move
server CPU/move   ${r.serverCpuMsPerMove.burst} ms at saturation, ${r.serverCpuMsPerMove.paced} ms paced  (target <= ${TARGETS.cpuMsPerMoveMax}: ${ok(v.cpuPerMove)}); in-handler p50 ${r.serverTimePerMoveMs.p50} ms p99 ${r.serverTimePerMoveMs.p99} ms, of which the store's commit p50 ${r.storeCommitMs.p50} ms p99 ${r.storeCommitMs.p99} ms${r.diskSyncMs ? ` (the disk alone: a 4 KB append + fdatasync p50 ${r.diskSyncMs.p50} ms, p99 ${r.diskSyncMs.p99} ms)` : ''}${r.databaseCpuMsPerMove !== null ? `\nPostgres CPU/move ${r.databaseCpuMsPerMove} ms at saturation (its own processes, besides the server's)` : ''}
bytes per update  median ${r.bytesPerUpdate.median}  p99 ${r.bytesPerUpdate.p99}  mean ${r.bytesPerUpdate.mean}  (n=${r.bytesPerUpdate.n}; target median <= ${TARGETS.medianBytesMax}: ${ok(v.medianBytes)})
RSS per match     ${r.rssPerMatchKB} KB one more live match (heap ${r.heapPerMatchKB} KB), ${r.rssOverEmptyPerMatchKB} KB over the empty server; server ${r.serverRssMB.empty} -> ${r.serverRssMB.half} (half) -> ${r.serverRssMB.live} -> ${r.serverRssMB.end} MB; 1,000 matches ~${r.rssAt1000MB} MB  (target <= ${TARGETS.rssPerMatchKBMax}: ${ok(v.rssPerMatch)})
moves             sent ${r.moves.sent}, acknowledged ${r.moves.acknowledged}, stored ${r.moves.stored}, resyncs ${r.moves.resyncs}, refused ${JSON.stringify(r.moves.refused)}
took ${r.seconds} s`);
}

async function main(): Promise<void> {
  let opts: Options;
  try {
    opts = parseArgs(process.argv.slice(2));
  } catch (err) {
    if (!(err instanceof BenchArgsError)) throw err;
    console.error(`npm run bench: ${err.message}`);
    process.exit(2);
  }
  const log = (msg: string) => (opts.json ? console.error(msg) : console.log(msg));
  const load0 = os.loadavg();
  const t0 = performance.now();
  const runs: { label: string; result: RunResult }[] = [];
  const done = (label: string, result: RunResult) => {
    runs.push({ label, result });
    // With --json, each run's figures also go to stderr as soon as they are in (a long run shows progress).
    if (opts.json) console.error(JSON.stringify({ label, ...result }));
  };
  let postgres: Service | undefined;
  if (opts.store === 'postgres') {
    log('starting Postgres on loopback (a temp cluster, stopped at the end)');
    postgres = await startPostgres();
  }
  try {
    for (const n of opts.scales) done('Ceasefire', await runScale(n, 'ceasefire', opts, log, postgres));
    if (opts.fixture) {
      done(
        'extra: fixture game (not Ceasefire)',
        await runScale(opts.scales[0] ?? 100, 'fixture', opts, log, postgres),
      );
    }
  } finally {
    await postgres?.stop();
  }
  const machine = {
    cpus: os.cpus().length,
    loadAverageAtStart: load0.map((x) => round(x, 2)),
    loadAverageAtEnd: os.loadavg().map((x) => round(x, 2)),
    seconds: round((performance.now() - t0) / 1000, 1),
  };
  if (opts.json) {
    console.log(
      JSON.stringify(
        { machine, targets: TARGETS, runs: runs.map((r) => ({ ...r, verdicts: verdicts(r.result) })) },
        null,
        2,
      ),
    );
  } else {
    console.log(
      `\nmachine: ${machine.cpus} cores, load average ${machine.loadAverageAtStart.join(' ')} at start, ${machine.loadAverageAtEnd.join(' ')} at end`,
    );
    for (const r of runs) print(r.result, r.label);
  }
  if (runs.some((r) => r.result.moves.acknowledged > r.result.moves.stored)) process.exitCode = 1;
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});

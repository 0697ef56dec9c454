// The server process the benchmark measures: the real createServer with the real rules (or the
// fixture game: BENCH_GAME=fixture), on SQLite in DATA_DIR or on Postgres (DATABASE_URL), limits
// opened up for one loopback client machine, plus a plain socket.io echo namespace (the floor) that
// also answers 'stats' (CPU time, memory after a GC, committed moves) for the benchmark.
import { type IntervalHistogram, monitorEventLoopDelay, PerformanceObserver } from 'node:perf_hooks';
import { createServer } from '../app.ts';
import { ceasefireServerGame } from '../ceasefire.ts';
import { fixtureServerGame } from './fixture-game.ts';
import type { GcPause, ServerMove } from './split.ts';

const server = await createServer({
  game: process.env.BENCH_GAME === 'fixture' ? fixtureServerGame : await ceasefireServerGame(),
  port: 0,
  host: '127.0.0.1',
  dataDir: process.env.DATA_DIR ?? './data-bench',
  staticDir: '/nonexistent',
  synchronous: process.env.SQLITE_SYNC === 'normal' ? 'normal' : 'full',
  // The bench's --store postgres: a database of the Postgres it started (a lone server, as npm start).
  ...(process.env.DATABASE_URL ? { databaseUrl: process.env.DATABASE_URL } : {}),
  limits: {
    httpBurst: 100_000,
    httpRate: 100_000,
    socketBurst: 1000,
    socketRate: 1000,
    // Every simulated player is on this one machine: per-IP limits opened up too.
    socketsPerIp: 100_000,
    socketEventBurstPerIp: 1_000_000,
    socketEventRatePerIp: 1_000_000,
    createBurstPerIp: 100_000,
    createPerMinutePerIp: 1_000_000,
    liveMatchesPerIp: 100_000,
  },
});

const gc = (globalThis as { gc?: () => void }).gc;

// The server's event-loop delay, kept apart for the echo slices and the move slices (the bench says
// which is running): how long a message could wait before the server even looked at it.
const loop = {
  echo: monitorEventLoopDelay({ resolution: 1 }),
  moves: monitorEventLoopDelay({ resolution: 1 }),
};
// Each paced move's marks and the GC pauses, on the wall clock the bench's clients share (split.ts).
const epoch = (t: number) => performance.timeOrigin + t;
let traced: ServerMove[] | null = null;
const gcPauses: GcPause[] = [];
server.engine.moveTimed = (m) => {
  traced?.push([
    m.matchID,
    m.playerID,
    m.stateID,
    epoch(m.started),
    epoch(m.commitStarted),
    epoch(m.committed),
  ]);
};
new PerformanceObserver((list) => {
  if (traced) for (const e of list.getEntries()) gcPauses.push([epoch(e.startTime), e.duration]);
}).observe({ entryTypes: ['gc'] });

const p99 = (h: IntervalHistogram) => (h.count > 0 ? Math.round(h.percentile(99) / 1e4) / 100 : null);

server.io.of('/echo').on('connection', (socket) => {
  socket.on('echo', (payload: unknown) => {
    socket.emit('echo', payload);
  });
  socket.on('mode', (mode: unknown) => {
    loop.echo.disable();
    loop.moves.disable();
    if (mode === 'echo' || mode === 'moves') loop[mode].enable();
  });
  // The paced phase starts: the per-move figures (in-handler time, commit wait) count from here.
  socket.on('resetMoveStats', (reply: () => void) => {
    server.engine.stats.reset();
    server.engine.commitStats.reset();
    traced = [];
    gcPauses.length = 0;
    reply();
  });
  // The paced phase is over: its moves' marks and GC pauses (tracing stops).
  socket.on('moveTrace', (reply: (trace: { moves: ServerMove[]; gc: GcPause[] }) => void) => {
    reply({ moves: traced ?? [], gc: [...gcPauses] });
    traced = null;
  });
  socket.on('stats', (opts: { gc?: boolean } | undefined, reply: (stats: unknown) => void) => {
    if (opts?.gc && gc) {
      gc();
      gc();
    }
    const cpu = process.cpuUsage();
    const mem = process.memoryUsage();
    reply({
      cpuMs: (cpu.user + cpu.system) / 1000,
      rss: mem.rss,
      heapUsed: mem.heapUsed,
      heapTotal: mem.heapTotal,
      external: mem.external,
      moves: server.engine.stats.count,
      moveServerMs: server.engine.stats.summary(),
      commitServerMs: server.engine.commitStats.summary(),
      loopDelayP99Ms: { echo: p99(loop.echo), moves: p99(loop.moves) },
      gc: gc !== undefined,
    });
  });
});

console.log(`LISTENING ${server.url}`);
const stop = async () => {
  await server.close();
  process.exit(0);
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);

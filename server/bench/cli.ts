// npm run bench -- [--json] [--matches 100] [--think-ms 1000] [--seconds 40] [--slice-ms 1000]
//                  [--warmup-seconds 3] [--burst-seconds 10] [--sync normal|full (default full)]
//
// Starts the real server in a child process (fixture game, temp DATA_DIR), creates N matches over
// HTTP, connects five socket clients per match over loopback (one socket.io connection each,
// carrying the game namespace and a plain echo namespace), then:
//   1. warm-up: moves, not measured;
//   2. paced: for `seconds`, alternating slices of echo and moves, so that both sample the same
//      machine conditions. In echo slices every client sends a move-sized message to the plain
//      socket.io echo namespace of the same server and times its return (the floor); in move slices
//      every client plays a legal move whenever its seat has one and times the round trip until the
//      server's update carrying that move comes back. Both wait an exponential think time (mean
//      think-ms) before each message;
//   3. burst: moves with no think time, to find the server's capacity in moves per second.
// Then it stops the server and reads the SQLite log to check that no acknowledged move was lost and
// none was stored twice. Server RSS per match = (RSS with all matches connected - RSS at start) / N.
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import Database from 'better-sqlite3';
import { Manager, type Socket } from 'socket.io-client';
import type { FixtureG } from './fixture-game.ts';

interface Options {
  matches: number;
  thinkMs: number;
  seconds: number;
  burstSeconds: number;
  warmupSeconds: number;
  sliceMs: number;
  json: boolean;
  sync: 'normal' | 'full';
}

function parseArgs(argv: string[]): Options {
  const get = (name: string, def: number) => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 && argv[i + 1] !== undefined ? Number(argv[i + 1]) : def;
  };
  return {
    matches: get('matches', 100),
    thinkMs: get('think-ms', 1000),
    seconds: get('seconds', 40),
    burstSeconds: get('burst-seconds', 10),
    warmupSeconds: get('warmup-seconds', 3),
    sliceMs: get('slice-ms', 1000),
    json: argv.includes('--json'),
    sync: argv[argv.indexOf('--sync') + 1] === 'normal' && argv.includes('--sync') ? 'normal' : 'full',
  };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i]!;
}

function summary(samples: number[]) {
  const s = [...samples].sort((a, b) => a - b);
  const round = (x: number) => Math.round(x * 1000) / 1000;
  return {
    n: s.length,
    p50: round(percentile(s, 50)),
    p99: round(percentile(s, 99)),
    max: round(s[s.length - 1] ?? 0),
  };
}

async function startChild(dataDir: string, sync: string): Promise<{ proc: ChildProcess; url: string }> {
  const prof = process.env.BENCH_PROFILE_DIR
    ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE_DIR}`]
    : [];
  const proc = spawn(process.execPath, [...prof, '--import', 'tsx', 'server/bench/server-child.ts'], {
    env: { ...process.env, DATA_DIR: dataDir, SQLITE_SYNC: sync },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  const url = await new Promise<string>((resolve, reject) => {
    const t = setTimeout(() => reject(new Error('bench server did not start')), 30_000);
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

async function health(url: string): Promise<{ rss: number; moveServerMs: { p50: number; p99: number } }> {
  return (await (await fetch(`${url}/health`)).json()) as {
    rss: number;
    moveServerMs: { p50: number; p99: number };
  };
}

type Mode = 'idle' | 'echo' | 'moves';

class BenchClient {
  readonly game: Socket;
  readonly echo: Socket;
  mode: Mode = 'idle';
  think = 0;
  G: FixtureG | undefined;
  stateID = -1;
  pending: { tag: string; t0: number } | null = null;
  echoPending: number | null = null;
  seq = 0;
  readonly acked: string[] = [];
  readonly sent: string[] = [];
  errors = 0;
  timer: NodeJS.Timeout | null = null;

  constructor(
    readonly manager: Manager,
    readonly matchID: string,
    readonly matchIndex: number,
    readonly playerID: string,
    readonly credentials: string,
    readonly samples: { echo: number[]; moves: number[]; at: number[] },
  ) {
    this.game = manager.socket('/ceasefire');
    this.echo = manager.socket('/echo');
    this.game.on('sync', (_m: string, info: { state: { G: FixtureG; _stateID: number } }) => {
      this.G = info.state.G;
      this.stateID = info.state._stateID;
      this.maybeMove();
    });
    this.game.on(
      'update',
      (
        _m: string,
        state: { G: FixtureG; _stateID: number },
        deltalog: { action: { payload: { playerID: string; args: unknown[] } } }[],
      ) => {
        if (state._stateID > this.stateID) {
          this.G = state.G;
          this.stateID = state._stateID;
        }
        if (this.pending) {
          for (const entry of deltalog ?? []) {
            const p = entry.action.payload;
            const pending = this.pending;
            if (pending && p.playerID === this.playerID && p.args?.[1] === pending.tag) {
              this.samples.moves.push(performance.now() - pending.t0);
              this.samples.at.push(pending.t0);
              this.acked.push(pending.tag);
              this.pending = null;
            }
          }
        }
        this.maybeMove();
      },
    );
    this.game.on('ceasefire:error', (err: { code: string; message: string }) => {
      this.errors++;
      if (this.errors < 5)
        console.error(`client ${this.matchIndex}/${this.playerID}: ${err.code} ${err.message}`);
      this.pending = null;
    });
    this.echo.on('echo', () => {
      if (this.echoPending !== null) this.samples.echo.push(performance.now() - this.echoPending);
      this.echoPending = null;
      this.scheduleEcho();
    });
  }

  async connect(): Promise<void> {
    await Promise.all(
      [this.game, this.echo].map(
        (s) =>
          new Promise<void>((resolve, reject) => {
            if (s.connected) return resolve();
            s.once('connect', () => resolve());
            s.once('connect_error', reject);
          }),
      ),
    );
    this.game.emit('sync', this.matchID, this.playerID, this.credentials, 5);
    await new Promise<void>((resolve) => {
      const check = () => (this.G ? resolve() : setTimeout(check, 5));
      check();
    });
  }

  private delay(): number {
    return this.think <= 0 ? 0 : -Math.log(1 - Math.random()) * this.think;
  }

  startEcho(think: number): void {
    this.mode = 'echo';
    this.think = think;
    this.scheduleEcho();
  }

  private scheduleEcho(): void {
    if (this.mode !== 'echo' || this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      if (this.mode !== 'echo') return;
      this.echoPending = performance.now();
      // About the size of a move message.
      this.echo.emit('echo', {
        type: 'MAKE_MOVE',
        payload: {
          type: 'commit',
          args: [1, 'x'.repeat(12)],
          playerID: this.playerID,
          credentials: this.credentials,
        },
      });
    }, this.delay());
  }

  startMoves(think: number): void {
    this.mode = 'moves';
    this.think = think;
    this.maybeMove();
  }

  stop(): void {
    this.mode = 'idle';
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private maybeMove(): void {
    if (this.mode !== 'moves' || this.pending || this.timer || !this.G) return;
    const role = this.G.seats[this.playerID];
    if (!role || this.G.committed[role] || this.G.round > this.G.rounds) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      if (this.mode !== 'moves' || this.pending || !this.G) return;
      const r = this.G.seats[this.playerID]!;
      if (this.G.committed[r]) return;
      const tag = `${this.matchIndex}-${this.playerID}-${this.seq++}`;
      this.pending = { tag, t0: performance.now() };
      this.sent.push(tag);
      this.game.emit(
        'update',
        {
          type: 'MAKE_MOVE',
          payload: {
            type: 'commit',
            args: [this.seq % 4, tag],
            playerID: this.playerID,
            credentials: this.credentials,
          },
        },
        this.stateID,
        this.matchID,
        this.playerID,
      );
    }, this.delay());
  }
}

async function main(): Promise<void> {
  const opts = parseArgs(process.argv.slice(2));
  const log = (msg: string) => {
    if (!opts.json) console.log(msg);
    else console.error(msg);
  };
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ceasefire-bench-'));
  const { proc, url } = await startChild(dataDir, opts.sync);
  const started = performance.now();
  try {
    await sleep(300);
    const rss0 = (await health(url)).rss;
    log(`server up at ${url}; creating ${opts.matches} matches`);

    const samples = { echo: [] as number[], moves: [] as number[], at: [] as number[] };
    const clients: BenchClient[] = [];
    const CONC = 10;
    for (let base = 0; base < opts.matches; base += CONC) {
      await Promise.all(
        Array.from({ length: Math.min(CONC, opts.matches - base) }, async (_, k) => {
          const m = base + k;
          const { matchID } = await post(`${url}/games/ceasefire/create`, {
            numPlayers: 5,
            setupData: { options: { rounds: 100000 } },
          });
          for (let p = 0; p < 5; p++) {
            const joined = await post(`${url}/games/ceasefire/${matchID}/join`, {
              playerID: String(p),
              playerName: `b${p}`,
            });
            const manager = new Manager(url, { transports: ['websocket'], reconnection: false });
            clients.push(
              new BenchClient(manager, matchID!, m, String(p), joined.playerCredentials!, samples),
            );
          }
        }),
      );
    }
    log(`connecting ${clients.length} sockets`);
    for (let i = 0; i < clients.length; i += 50)
      await Promise.all(clients.slice(i, i + 50).map((c) => c.connect()));
    await sleep(500);
    const rss1 = (await health(url)).rss;

    // Warm-up (not measured): JIT, caches, the first rounds.
    log(`warm-up for ${opts.warmupSeconds}s`);
    for (const c of clients) c.startMoves(opts.thinkMs);
    await sleep(opts.warmupSeconds * 1000);
    for (const c of clients) c.stop();
    await waitDrained(clients);
    samples.moves.length = 0;
    samples.at.length = 0;

    // Echo and moves alternate in short slices over the same period, so that both see the same
    // machine (other processes, GC, ...): the echo slices are the floor for the move slices.
    log(
      `echo floor and paced moves, alternating ${opts.sliceMs} ms slices for ${opts.seconds}s (think ${opts.thinkMs} ms)`,
    );
    const slices = Math.max(2, Math.round((opts.seconds * 1000) / opts.sliceMs));
    let moveSeconds = 0;
    for (let k = 0; k < slices; k++) {
      const moves = k % 2 === 1;
      const t = performance.now();
      for (const c of clients) {
        if (moves) c.startMoves(opts.thinkMs);
        else c.startEcho(opts.thinkMs);
      }
      await sleep(opts.sliceMs);
      for (const c of clients) c.stop();
      if (moves) moveSeconds += (performance.now() - t) / 1000;
    }
    await waitDrained(clients);
    const echo = summary(samples.echo);
    // Server-side time per move (checks, rules, commit, fan-out) over its last 10k moves: mostly these.
    const serverMs = (await health(url)).moveServerMs;
    const paced = { ...summary(samples.moves), movesPerSec: Math.round(samples.moves.length / moveSeconds) };

    log(`burst for ${opts.burstSeconds}s (no think time)`);
    samples.moves.length = 0;
    samples.at.length = 0;
    const t2 = performance.now();
    for (const c of clients) c.startMoves(0);
    await sleep(opts.burstSeconds * 1000);
    for (const c of clients) c.stop();
    const burstElapsed = (performance.now() - t2) / 1000;
    await waitDrained(clients);
    const burst = { ...summary(samples.moves), movesPerSec: Math.round(samples.moves.length / burstElapsed) };
    const rss2 = (await health(url)).rss;

    for (const c of clients) c.manager.engine?.close();
    proc.kill('SIGTERM');
    await new Promise((r) => proc.once('exit', r));

    // Every acknowledged move is in the log exactly once; nothing is there that no client sent.
    const db = new Database(path.join(dataDir, 'ceasefire.sqlite'), { readonly: true });
    const stored = new Map<string, number>();
    for (const row of db.prepare('SELECT entry FROM log').pluck().iterate() as Iterable<string>) {
      const tag = (JSON.parse(row) as { action: { payload: { args: unknown[] } } }).action.payload.args?.[1];
      if (typeof tag === 'string') stored.set(tag, (stored.get(tag) ?? 0) + 1);
    }
    db.close();
    const sentAll = new Set(clients.flatMap((c) => c.sent));
    const ackedAll = clients.flatMap((c) => c.acked);
    const lost = ackedAll.filter((t) => !stored.has(t)).length;
    const duplicated = [...stored.values()].filter((n) => n > 1).length;
    const phantom = [...stored.keys()].filter((t) => !sentAll.has(t)).length;
    const unacked = [...sentAll].filter((t) => !ackedAll.includes(t)).length;
    const refused = clients.reduce((n, c) => n + c.errors, 0);

    const ratio = Math.round((paced.p99 / echo.p99) * 100) / 100;
    const result = {
      matches: opts.matches,
      sockets: clients.length,
      thinkMs: opts.thinkMs,
      sqliteSynchronous: opts.sync,
      echoFloorMs: echo,
      pacedMovesMs: paced,
      burstMovesMs: burst,
      p99RatioToEcho: ratio,
      serverTimePerMoveMs: serverMs,
      target: { p99RatioMax: 5, met: ratio <= 5 && lost === 0 && duplicated === 0 },
      serverRssPerMatchKB: Math.round((rss1 - rss0) / opts.matches / 1024),
      serverRssMB: {
        start: Math.round(rss0 / 2 ** 20),
        connected: Math.round(rss1 / 2 ** 20),
        end: Math.round(rss2 / 2 ** 20),
      },
      moves: {
        sent: sentAll.size,
        acknowledged: ackedAll.length,
        stored: stored.size,
        lost,
        duplicated,
        phantom,
        unacknowledged: unacked,
        refused,
      },
      seconds: Math.round((performance.now() - started) / 100) / 10,
    };
    if (opts.json) console.log(JSON.stringify(result, null, 2));
    else {
      console.log(`
matches ${result.matches}, sockets ${result.sockets}, think ${opts.thinkMs} ms, sqlite synchronous=${opts.sync}
echo floor      p50 ${echo.p50} ms  p99 ${echo.p99} ms  (n=${echo.n})
paced moves     p50 ${paced.p50} ms  p99 ${paced.p99} ms  ${paced.movesPerSec} moves/s  (n=${paced.n})
burst moves     p50 ${burst.p50} ms  p99 ${burst.p99} ms  ${burst.movesPerSec} moves/s  (n=${burst.n})
server time per move p50 ${serverMs.p50} ms  p99 ${serverMs.p99} ms
p99 ratio to echo ${ratio} (target <= 5): ${result.target.met ? 'met' : 'NOT met'}
server RSS ${result.serverRssMB.start} -> ${result.serverRssMB.connected} -> ${result.serverRssMB.end} MB; ${result.serverRssPerMatchKB} KB per match
moves sent ${result.moves.sent}, acknowledged ${result.moves.acknowledged}, stored ${result.moves.stored}, lost ${lost}, duplicated ${duplicated}, phantom ${phantom}, refused ${refused}
took ${result.seconds} s`);
    }
    if (lost > 0 || duplicated > 0 || phantom > 0) process.exitCode = 1;
  } finally {
    if (proc.exitCode === null) proc.kill('SIGKILL');
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

async function waitDrained(clients: BenchClient[]): Promise<void> {
  const start = Date.now();
  while (clients.some((c) => c.pending) && Date.now() - start < 10_000) await sleep(20);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});

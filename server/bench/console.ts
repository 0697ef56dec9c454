// npm run bench:console -- [--json] [--tables 8] [--seconds 20]
//
// A class under load: the real server (child process, real rules) runs a session of N tables with five
// socket clients each (every seat a person), plus the facilitator console on the /facilitator socket.
// Each client answers its seat's phase (choose the crisis option, say Ready, send orders, answer a
// pledge) after a short think time. For every such move we time how long until the console's live
// snapshot shows it (the seat ready / orders in, or the table in a later phase): the console update
// latency a teacher sees. Printed as p50/p99, with moves and snapshots per second.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { io, type Socket } from 'socket.io-client';

const argv = process.argv.slice(2);
const num = (name: string, def: number) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? Number(argv[i + 1]) : def;
};
const TABLES = num('tables', 8);
const SECONDS = num('seconds', 20);
const JSON_OUT = argv.includes('--json');
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface Seat {
  playerID: string;
  credentials: string;
}
interface TableSnap {
  index: number;
  matchID: string;
  round: number;
  phase: string | null;
  seats: { playerID: string; ready: boolean; ordersIn: boolean }[];
}
type State = {
  _stateID: number;
  ctx: { phase: string; activePlayers?: Record<string, unknown> | null; gameover?: unknown };
  G: Record<string, any>;
};

async function post(url: string, body: unknown, headers: Record<string, string> = {}) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${url}: ${res.status} ${await res.text()}`);
  return res.json() as Promise<any>;
}

function pct(s: number[], p: number): number {
  const a = [...s].sort((x, y) => x - y);
  return a.length ? a[Math.min(a.length - 1, Math.max(0, Math.ceil((p / 100) * a.length) - 1))]! : Number.NaN;
}

/** The one move that moves this seat's phase along, if it has one (seen on its own view). */
function nextMove(st: State, playerID: string): { move: string; args: unknown[] } | null {
  if (st.ctx.gameover !== undefined || !st.ctx.activePlayers || !(playerID in st.ctx.activePlayers))
    return null;
  const role = st.G.seats[Number(playerID)];
  const me = st.G.roles[role];
  switch (st.ctx.phase) {
    case 'crisis':
      return st.G.crisis?.chooser === role && st.G.crisis.choice === null
        ? { move: 'chooseCrisis', args: ['__first__'] }
        : null;
    case 'negotiation':
      return me.ready ? null : { move: 'ready', args: [] };
    case 'orders':
      return me.ordersIn ? null : { move: 'submitOrders', args: [] };
    case 'review': {
      const p = st.G.pledges.find((x: any) => x.guarantor === role && x.status === 'triggered');
      if (p) return { move: 'answerPledge', args: [p.id, false] };
      return me.ready ? null : { move: 'ready', args: [] };
    }
  }
  return null;
}

async function main() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ceasefire-console-bench-'));
  const proc = spawn(process.execPath, ['--import', 'tsx', 'server/bench/console-child.ts'], {
    env: { ...process.env, DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    const t = setTimeout(() => reject(new Error('server did not start')), 30_000);
    proc.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /LISTENING (\S+)/.exec(out);
      if (m) {
        clearTimeout(t);
        resolve(m[1]!);
      }
    });
  });
  const session = await post(`${url}/api/sessions`, { tables: TABLES });
  const auth = { authorization: `Bearer ${session.facilitatorToken}` };
  const events = (await import('../../game/content/events.ts')).events;

  // Every seat claimed by a person (a socket client).
  const seats: Seat[][] = [];
  for (const t of session.tables) {
    const row: Seat[] = [];
    for (let p = 0; p < 5; p++)
      row.push(
        await post(`${url}/api/join/${t.joinCode}`, { name: `S${t.index}-${p}`, playerID: String(p) }),
      );
    seats.push(row);
  }

  // The console.
  const pending: {
    table: number;
    playerID: string;
    move: string;
    round: number;
    phase: string;
    t0: number;
  }[] = [];
  const latencies: number[] = [];
  let snapshots = 0;
  const consoleSock = io(`${url}/facilitator`, {
    auth: { code: session.code, token: session.facilitatorToken },
    transports: ['websocket'],
  });
  consoleSock.on('session', (snap: { tables: TableSnap[] }) => {
    snapshots++;
    const now = performance.now();
    for (let i = pending.length - 1; i >= 0; i--) {
      const p = pending[i]!;
      const t = snap.tables[p.table]!;
      const seat = t.seats.find((s) => s.playerID === p.playerID);
      const moved = t.round !== p.round || t.phase !== p.phase;
      const shown =
        moved ||
        (p.move === 'ready' && seat?.ready) ||
        (p.move === 'submitOrders' && seat?.ordersIn) ||
        (p.move !== 'ready' && p.move !== 'submitOrders' && moved);
      if (shown) {
        latencies.push(now - p.t0);
        pending.splice(i, 1);
      }
    }
  });
  await new Promise((r) => consoleSock.once('session', r));
  await post(`${url}/api/sessions/${session.code}/control`, { action: 'start', table: 'all' }, auth);

  // The players.
  let moves = 0;
  let refused = 0;
  const codes: Record<string, number> = {};
  const sockets: Socket[] = [];
  const deadline = performance.now() + SECONDS * 1000;
  for (const t of session.tables) {
    for (let p = 0; p < 5; p++) {
      const seat = seats[t.index]![p]!;
      const sock = io(`${url}/ceasefire`, { transports: ['websocket'] });
      sockets.push(sock);
      let state: State | null = null;
      let busy = false;
      const act = async () => {
        if (!state || busy || performance.now() > deadline) return;
        const m = nextMove(state, seat.playerID);
        if (!m) return;
        busy = true;
        await sleep(50 + Math.random() * 200);
        const st = state;
        if (m.move === 'chooseCrisis')
          m.args = [events.find((e) => e.id === st.G.crisis.card)!.choice!.options[0]!.id];
        pending.push({
          table: t.index,
          playerID: seat.playerID,
          move: m.move,
          round: st.G.round,
          phase: st.ctx.phase,
          t0: performance.now(),
        });
        moves++;
        sock.emit(
          'update',
          {
            type: 'MAKE_MOVE',
            payload: { type: m.move, args: m.args, playerID: seat.playerID, credentials: seat.credentials },
          },
          st._stateID,
          t.matchID,
          seat.playerID,
        );
        busy = false;
      };
      sock.on('sync', (_id: string, data: { state: State }) => {
        state = data.state;
        void act();
      });
      sock.on('update', (_id: string, s: State) => {
        state = s;
        void act();
      });
      sock.on('ceasefire:error', (e: { code?: string }) => {
        refused++;
        codes[e.code ?? '?'] = (codes[e.code ?? '?'] ?? 0) + 1;
        // Time only moves the server accepted: drop this seat's pending move.
        const i = pending.findIndex((p) => p.table === t.index && p.playerID === seat.playerID);
        if (i >= 0) pending.splice(i, 1);
        sock.emit('sync', t.matchID, seat.playerID, seat.credentials, 5);
      });
      sock.emit('sync', t.matchID, seat.playerID, seat.credentials, 5);
    }
  }
  while (performance.now() < deadline) await sleep(200);
  await sleep(500);
  const rounds = (
    (await (await fetch(`${url}/api/sessions/${session.code}`, { headers: auth })).json()) as {
      tables: TableSnap[];
    }
  ).tables.map((t) => t.round);
  for (const s of sockets) s.close();
  consoleSock.close();
  proc.kill('SIGTERM');
  const r = (x: number) => Math.round(x * 10) / 10;
  const out = {
    tables: TABLES,
    clients: TABLES * 5,
    seconds: SECONDS,
    moves,
    refused,
    refusedByCode: codes,
    movesPerSecond: r(moves / SECONDS),
    consoleSnapshots: snapshots,
    consoleLatencyMs: {
      n: latencies.length,
      p50: r(pct(latencies, 50)),
      p99: r(pct(latencies, 99)),
      max: r(Math.max(...latencies)),
    },
    unmatched: pending.length,
    roundsReached: rounds,
  };
  if (JSON_OUT) console.log(JSON.stringify(out, null, 2));
  else
    console.log(
      `Console under load: ${out.tables} tables x 5 clients, ${out.moves} moves in ${SECONDS}s (${out.movesPerSecond}/s), ` +
        `${out.consoleSnapshots} console snapshots.\nConsole update latency: p50 ${out.consoleLatencyMs.p50} ms, p99 ${out.consoleLatencyMs.p99} ms ` +
        `(n=${out.consoleLatencyMs.n}, unmatched ${out.unmatched}). Rounds reached: ${rounds.join(', ')}.`,
    );
  fs.rmSync(dataDir, { recursive: true, force: true });
  process.exit(0);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});

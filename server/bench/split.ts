// Where a move's round trip goes (npm run bench): each paced move as its client timed it (sent,
// heard) joined with the server's own marks for it (handler started, commit started, committed), on
// the wall clock both processes share (performance.timeOrigin + now()), split into: up (sent to the
// server's handler: the client's send, the wire, the server's loop busy with other work), rules (the
// checks and the rules up to the commit), commit (the store's write and its durable sync, with the
// wait for the loop to take it), down (committed to the mover hearing it: its view, diff and emit,
// the wire, the client's loop). The slowest moves' split says what the p99 is made of; GC pauses in
// the window say how often the collector was part of it.

/** The client's side of one move: who, on which state, and when it was sent and acknowledged. */
export type ClientMove = readonly [
  matchID: string,
  playerID: string,
  stateID: number,
  sent: number,
  heard: number,
];

/** The server's side of one committed move (epoch ms, performance.timeOrigin + now()). */
export type ServerMove = readonly [
  matchID: string,
  playerID: string,
  stateID: number,
  started: number,
  commitStarted: number,
  committed: number,
];

/** A GC pause in the server: start (epoch ms) and duration (ms). */
export type GcPause = readonly [start: number, ms: number];

export const PARTS = ['up', 'rules', 'commit', 'down'] as const;
export type Part = (typeof PARTS)[number];

export interface Split {
  /** Client moves joined with the server's marks (a move refused or not traced is left out). */
  joined: number;
  /** p50 and p99 of each part over every joined move. */
  parts: Record<Part, { p50: number; p99: number }>;
  /** The slowest 1% of round trips (at least one move): their mean total and mean of each part. */
  slowest: { n: number; total: number } & Record<Part, number>;
  /** Of the slowest, how many overlapped a GC pause in the server. */
  slowestDuringGc: number;
  gc: { n: number; p50: number; max: number; totalMs: number };
}

const r2 = (x: number) => Math.round(x * 100) / 100;
const pct = (sorted: readonly number[], p: number) =>
  sorted.length === 0 ? 0 : sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * (sorted.length - 1)))]!;

export function splitRoundTrips(
  client: readonly ClientMove[],
  server: readonly ServerMove[],
  gcs: readonly GcPause[],
): Split {
  const byKey = new Map<string, ServerMove>();
  for (const s of server) byKey.set(`${s[0]}\u0000${s[1]}\u0000${s[2]}`, s);
  const rows: ({ total: number; sent: number; heard: number } & Record<Part, number>)[] = [];
  for (const [m, p, id, sent, heard] of client) {
    const s = byKey.get(`${m}\u0000${p}\u0000${id}`);
    if (!s) continue;
    const [, , , started, commitStarted, committed] = s;
    rows.push({
      total: heard - sent,
      sent,
      heard,
      up: started - sent,
      rules: commitStarted - started,
      commit: committed - commitStarted,
      down: heard - committed,
    });
  }
  const parts = Object.fromEntries(
    PARTS.map((k) => {
      const v = rows.map((r) => r[k]).sort((a, b) => a - b);
      return [k, { p50: r2(pct(v, 50)), p99: r2(pct(v, 99)) }];
    }),
  ) as Split['parts'];
  rows.sort((a, b) => a.total - b.total);
  const slow = rows.slice(Math.min(rows.length - 1, Math.floor(rows.length * 0.99)));
  const mean = (k: Part | 'total') =>
    slow.length === 0 ? 0 : r2(slow.reduce((a, r) => a + r[k], 0) / slow.length);
  const slowest = {
    n: slow.length,
    total: mean('total'),
    ...(Object.fromEntries(PARTS.map((k) => [k, mean(k)])) as Record<Part, number>),
  };
  const first = rows.reduce((a, r) => Math.min(a, r.sent), Number.POSITIVE_INFINITY);
  const last = rows.reduce((a, r) => Math.max(a, r.heard), Number.NEGATIVE_INFINITY);
  const inWindow = gcs.filter(([t, ms]) => t + ms >= first && t <= last);
  const slowestDuringGc = slow.filter((r) =>
    inWindow.some(([t, ms]) => t < r.heard && t + ms > r.sent),
  ).length;
  const pauses = inWindow.map(([, ms]) => ms).sort((a, b) => a - b);
  return {
    joined: rows.length,
    parts,
    slowest,
    slowestDuringGc,
    gc: {
      n: pauses.length,
      p50: r2(pct(pauses, 50)),
      max: r2(pauses.at(-1) ?? 0),
      totalMs: r2(pauses.reduce((a, b) => a + b, 0)),
    },
  };
}

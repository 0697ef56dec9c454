// Per-seat deltas on the wire, with the real rules and real sockets: boardgame.io's own Client over
// the delta transport for every seat and a spectator plays a whole game (the game's bots decide on
// each seat's view); whatever a client rebuilt from patches equals a fresh sync, mid-game and at
// the end; no patch carries another seat's secret; histories are only appended; a gap or a
// reconnection gives a full sync.
import { Client } from 'boardgame.io/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DeltaSocketIO, type DeltaStats } from '../../client/table/deltaTransport.ts';
import { Ceasefire, type GameState } from '../../game/index.ts';
import { chooseMove } from '../../server/bench/seat-bot.ts';
import { ceasefireServerGame } from '../../server/ceasefire.ts';
import { APPEND, type DeltaOp, PATCH_EVENT } from '../../server/delta.ts';
import { createMatch, rawSocket, sleep, startServer, waitFor } from '../helpers/server.ts';

let server: Awaited<ReturnType<typeof startServer>>;

beforeAll(async () => {
  server = await startServer({ game: await ceasefireServerGame() });
});
afterAll(async () => {
  await server.close();
});

type DeltaClient = ReturnType<typeof Client<GameState>>;
interface Transport {
  socket: {
    onAny(fn: (event: string, ...args: unknown[]) => void): void;
    listeners(event: string): ((...args: unknown[]) => void)[];
    disconnect(): void;
    connect(): void;
    connected: boolean;
    on(event: string, fn: (...args: unknown[]) => void): void;
  };
}

interface Watched {
  playerID: string | null;
  client: DeltaClient;
  transport: Transport;
  stats: DeltaStats;
  patches: { prevStateID: number; stateID: number; ops: DeltaOp[]; bytes: number }[];
  fullBytes: number[];
  drive: boolean;
  kick: () => void;
  inFlight: () => boolean;
  errors: string[];
}

function connect(matchID: string, playerID: string | null, credentials?: string): Watched {
  const holder: { transport?: Transport; stats?: DeltaStats } = {};
  const client = Client<GameState>({
    game: Ceasefire,
    matchID,
    debug: false,
    multiplayer: DeltaSocketIO({ server: server.url, socketOpts: { transports: ['websocket'] } }, (t, s) => {
      holder.transport = t as unknown as Transport;
      holder.stats = s;
    }),
    ...(playerID !== null ? { playerID } : {}),
    ...(credentials !== undefined ? { credentials } : {}),
  });
  client.start();
  const w: Watched = {
    playerID,
    client,
    transport: holder.transport!,
    stats: holder.stats!,
    patches: [],
    fullBytes: [],
    drive: false,
    kick: () => undefined,
    inFlight: () => false,
    errors: [],
  };
  w.transport.socket.onAny((event, ...args) => {
    if (event === PATCH_EVENT) {
      const [, prevStateID, stateID, ops] = args as [string, number, number, DeltaOp[]];
      w.patches.push({ prevStateID, stateID, ops, bytes: JSON.stringify(args).length });
    }
    if (event === 'update') w.fullBytes.push(JSON.stringify(args).length);
  });
  return w;
}

/** Plays the seat with the game's bot whenever the client shows a new state (one move in flight). */
function drive(w: Watched, matchID: string): void {
  const pid = w.playerID!;
  let failures = 0;
  let lastState = -1;
  let inFlight = false;
  const step = () => {
    if (!w.drive || inFlight) return;
    const st = w.client.getState();
    if (!st?.isConnected) return;
    if (st._stateID !== lastState) failures = 0;
    lastState = st._stateID;
    const choice = chooseMove(st.G, st.ctx, pid, {
      seed: `${matchID}:${pid}`,
      stateID: st._stateID,
      failures,
    });
    if (!choice) return;
    const fn = (w.client.moves as Record<string, (...a: unknown[]) => void>)[choice.move];
    if (!fn) return;
    inFlight = true;
    fn(...choice.args);
  };
  w.client.subscribe((st) => {
    if (st && st._stateID !== lastState) inFlight = false;
    setTimeout(step, 0);
  });
  w.inFlight = () => inFlight;
  w.transport.socket.on('ceasefire:error', (e) => {
    const code = (e as { code: string }).code;
    w.errors.push(code);
    inFlight = false;
    // Refused moves are retried at once (the bot picks another); a seat told to slow down waits for
    // its message bucket to refill, as a person would, instead of giving up on the state.
    if (code === 'rate_limited') {
      setTimeout(step, 1_100);
      return;
    }
    failures++;
    setTimeout(step, 0);
  });
  w.kick = () => setTimeout(step, 0);
  w.drive = true;
  w.kick();
}

function resume(all: Watched[]): void {
  for (const w of all) {
    w.drive = true;
    w.kick();
  }
}

async function freshSync(matchID: string, playerID: string | null, credentials?: string) {
  const raw = await rawSocket(server.url);
  raw.socket.emit('sync', matchID, playerID, credentials, 5);
  const [, info] = await raw.next('sync');
  raw.close();
  return (info as { state: { G: GameState; ctx: unknown; _stateID: number } }).state;
}

interface ServerState {
  G: GameState;
  ctx: { gameover?: unknown; phase?: string | null; activePlayers?: unknown };
  _stateID: number;
}
const serverState = async (matchID: string) =>
  (await server.store.fetch(matchID, { state: true })).state as ServerState;

/** Waits for the server state to reach `until`; on a timeout, says where each seat stood. */
async function playUntil(all: Watched[], matchID: string, until: (st: ServerState) => boolean, what: string) {
  try {
    await waitFor(async () => until(await serverState(matchID)), what, 90_000);
  } catch (err) {
    const st = await serverState(matchID);
    const seats = all.map((w) => {
      const c = w.client.getState();
      return `${w.playerID}@${c?._stateID} in-flight=${w.inFlight()} errors=${w.errors.join(',')}`;
    });
    const log = (
      (await server.store.fetch(matchID, { log: true })).log as {
        action: { type: string; payload: { type: string; playerID: string } };
        phase: string;
        _stateID: number;
        automatic?: boolean;
      }[]
    ).slice(-25);
    console.error(
      log
        .map(
          (e) =>
            `${e._stateID} ${e.phase} ${e.action.type}:${e.action.payload.type} by ${e.action.payload.playerID}${e.automatic ? ' (auto)' : ''}`,
        )
        .join('\n'),
    );
    throw new Error(
      `${(err as Error).message}: round ${st.G.round}, phase ${String(st.ctx.phase)}, state ${st._stateID}, active ${JSON.stringify(st.ctx.activePlayers)}; ${seats.join('; ')}`,
    );
  }
}

async function settle(all: Watched[], matchID: string): Promise<void> {
  // Moves sent before the drivers paused may still be on their way: wait until nothing moves.
  const caughtUp = async () => {
    const id = (await serverState(matchID))._stateID;
    return all.every((w) => !w.transport.socket.connected || w.client.getState()?._stateID === id);
  };
  for (let stable = 0; stable < 3; ) {
    await server.engine.idle();
    await sleep(100);
    stable = (await caughtUp()) && all.every((w) => !w.inFlight()) ? stable + 1 : 0;
  }
}

async function expectEqualToFreshSync(all: Watched[], matchID: string, creds: Record<string, string>) {
  for (const w of all) {
    const fresh = await freshSync(matchID, w.playerID, w.playerID === null ? undefined : creds[w.playerID]);
    const mine = w.client.getState()!;
    expect(mine._stateID).toBe(fresh._stateID);
    expect(JSON.parse(JSON.stringify({ G: mine.G, ctx: mine.ctx }))).toEqual({ G: fresh.G, ctx: fresh.ctx });
  }
}

describe('per-seat deltas on the wire', () => {
  it('every seat and a spectator rebuild the exact view from patches over a whole game, without secrets', async () => {
    const { matchID, seats } = await createMatch(server.url, { setupData: {} });
    const creds = Object.fromEntries(seats.map((s) => [s.playerID, s.credentials]));
    const full0 = (await serverState(matchID)).G;
    const roleOf = (pid: string | null) => (pid === null ? null : full0.seats[Number(pid)]!);
    const players = seats.map((s) => connect(matchID, s.playerID, s.credentials));
    const spectator = connect(matchID, null);
    const all = [...players, spectator];
    await waitFor(() => all.every((w) => w.client.getState()?.isConnected), 'every client synced');

    for (const w of players) drive(w, matchID);
    // A game can collapse early (the bots are not always careful): the checks below hold either way.
    await playUntil(
      players,
      matchID,
      (st) => st.G.round >= 2 || st.ctx.gameover !== undefined,
      'a round played',
    );
    for (const w of players) w.drive = false;
    await settle(all, matchID);

    // Mid-game: every rebuilt view equals a fresh sync, and it was rebuilt from patches.
    await expectEqualToFreshSync(all, matchID, creds);
    for (const w of all) {
      expect(w.stats.patches).toBeGreaterThan(20);
      expect(w.stats.fullUpdates).toBe(0);
    }

    // A gap: a patch that does not start from the client's state makes it ask for a full sync.
    const seat0 = players[0]!;
    const syncs = seat0.stats.syncs;
    const current = seat0.client.getState()!._stateID;
    for (const fn of seat0.transport.socket.listeners(PATCH_EVENT))
      fn(matchID, current + 5, current + 6, [], []);
    await waitFor(() => seat0.stats.syncs > syncs, 'a resync after the gap');
    expect(seat0.stats.resyncRequests).toBe(1);

    // The spectator drops out for a while, then comes back: it gets a sync, then patches again.
    spectator.transport.socket.disconnect();
    resume(players);
    const away = (await serverState(matchID))._stateID;
    await playUntil(
      players,
      matchID,
      (st) => st._stateID >= away + 15 || st.ctx.gameover !== undefined,
      'moves',
    );
    for (const w of players) w.drive = false;
    await settle(players, matchID);
    const overWhileAway = (await serverState(matchID)).ctx.gameover !== undefined;
    const specSyncs = spectator.stats.syncs;
    const specPatches = spectator.stats.patches;
    spectator.transport.socket.connect();
    await waitFor(() => spectator.stats.syncs > specSyncs, 'the spectator resynced');
    resume(players);
    await playUntil(players, matchID, (st) => st.ctx.gameover !== undefined, 'the game to end');
    await settle(all, matchID);
    if (!overWhileAway) expect(spectator.stats.patches).toBeGreaterThan(specPatches);
    await expectEqualToFreshSync(all, matchID, creds);

    // No patch before the final state (the debrief reveals everything) carries another role's secret;
    // the redacted parts of other roles never change, so no op reaches them at all.
    const finalID = (await serverState(matchID))._stateID;
    let appends = 0;
    const full = (await serverState(matchID)).G;
    for (const w of all) {
      const me = roleOf(w.playerID);
      const secrets: string[] = [];
      for (const [role, s] of Object.entries(full.secret)) {
        if (role === me) continue;
        if (s.agenda) secrets.push(`"${s.agenda}"`);
        if (s.spoilerType) secrets.push(`"${s.spoilerType}"`);
      }
      expect(secrets.length).toBeGreaterThan(0);
      for (const p of w.patches) {
        if (p.stateID === finalID) continue;
        const json = JSON.stringify(p.ops);
        for (const s of secrets) expect(json, `${me ?? 'spectator'} got ${s}`).not.toContain(s);
        for (const [kind, path] of p.ops) {
          if (path[0] === 'G' && path[1] === 'secret') {
            expect(path[2], `${me ?? 'spectator'}: ${path.join('.')}`).toBe(me);
          }
          // A history only grows: its entries are appended, never resent.
          if (path[0] === 'G' && path[1] === 'history') {
            expect(kind, `an op on ${path.join('.')}`).toBe(APPEND);
            appends++;
          }
        }
      }
    }

    expect(appends).toBeGreaterThan(all.length * 8);

    // What it saves: patches are a small part of the full views they replace.
    const patchBytes = all.flatMap((w) => w.patches.map((p) => p.bytes)).sort((a, b) => a - b);
    const viewBytes = JSON.stringify(await freshSync(matchID, null)).length;
    const median = patchBytes[Math.floor(patchBytes.length / 2)]!;
    expect(median).toBeLessThan(viewBytes / 4);
    for (const w of all) w.client.stop();
    await sleep(50);
  }, 240_000);
});

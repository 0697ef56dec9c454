// The benchmark's socket clients: one socket.io connection per seat carrying the game namespace
// (with per-seat deltas, as the browser client) and a plain echo namespace (the floor). Each keeps
// its seat's view from syncs, updates and patches, and plays what its Seat decides on that view.
import { performance } from 'node:perf_hooks';
import { Manager, type Socket } from 'socket.io-client';
import { applyDelta, type DeltaOp, PATCH_EVENT } from '../delta.ts';
import type { ClientMove } from './split.ts';

export type Mode = 'idle' | 'echo' | 'moves';

/** What a seat plays: the next move on this view (null: nothing to do now). */
export type Decide = (
  view: { G: unknown; ctx: { gameover?: unknown }; _stateID: number },
  playerID: string,
  failures: number,
) => { move: string; args: unknown[] } | null;

export interface Samples {
  echo: number[];
  moves: number[];
  /** Bytes of each state message received ('ceasefire:patch' or 'update'), per client. */
  updateBytes: number[];
  refusals: Map<string, number>;
  /** Each acknowledged move in 'moves' mode on the wall clock (split.ts), when the bench traces. */
  traced?: ClientMove[];
}

/**
 * At most `max` moves in flight over all clients: the offered load stays bounded when clients play
 * with no think time, so queues (and socket.io's pings behind them) do not grow without end.
 */
export class Gate {
  inFlight = 0;
  private readonly waiting: BenchClient[] = [];
  constructor(readonly max: number) {}

  take(c: BenchClient): boolean {
    if (this.inFlight < this.max) {
      this.inFlight++;
      return true;
    }
    this.waiting.push(c);
    return false;
  }

  /** Frees a place and hands it to the first waiting client that can still move. */
  release(): void {
    this.inFlight--;
    for (let next = this.waiting.shift(); next; next = this.waiting.shift()) if (next.wake()) return;
  }
}

interface View {
  G: unknown;
  ctx: { gameover?: unknown };
  _stateID: number;
}

interface LogEntry {
  action: { type: string; payload: { type: string; playerID: string } };
}

export class BenchClient {
  readonly game: Socket;
  readonly echo: Socket;
  readonly manager: Manager;
  mode: Mode = 'idle';
  think = 0;
  view: View | null = null;
  pending: { move: string; t0: number; stateID: number } | null = null;
  echoPending: number | null = null;
  failures = 0;
  failedAt = -1;
  acked = 0;
  sent = 0;
  resyncs = 0;
  timer: NodeJS.Timeout | null = null;

  constructor(
    url: string,
    readonly matchID: string,
    readonly playerID: string,
    readonly credentials: string,
    readonly samples: Samples,
    readonly decide: Decide,
    readonly gate: Gate,
    deltas = true,
  ) {
    this.manager = new Manager(url, { transports: ['websocket'], reconnection: false });
    this.game = this.manager.socket('/ceasefire', { auth: { deltas } });
    this.echo = this.manager.socket('/echo');
    this.game.on('sync', (_m: string, info: { state: View }) => {
      this.view = info.state;
      this.onState([]);
    });
    this.game.on('update', (_m: string, state: View, log: LogEntry[]) => {
      this.samples.updateBytes.push(bytes(['update', _m, state, log]));
      if (!this.view || state._stateID > this.view._stateID) this.view = state;
      this.onState(log);
    });
    this.game.on(PATCH_EVENT, (m: string, prev: number, next: number, ops: DeltaOp[], log: LogEntry[]) => {
      this.samples.updateBytes.push(bytes([PATCH_EVENT, m, prev, next, ops, log]));
      if (!this.view || this.view._stateID !== prev) {
        this.resyncs++;
        this.game.emit('sync', this.matchID, this.playerID, this.credentials, 5);
        return;
      }
      this.view = applyDelta(this.view, ops);
      this.onState(log);
    });
    this.game.on('ceasefire:error', (err: { code: string }) => {
      this.samples.refusals.set(err.code, (this.samples.refusals.get(err.code) ?? 0) + 1);
      if (this.pending) {
        this.done();
        const at = this.view?._stateID ?? -1;
        this.failures = this.failedAt === at ? this.failures + 1 : 1;
        this.failedAt = at;
      }
      this.maybeMove();
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
    const start = Date.now();
    while (!this.view) {
      if (Date.now() - start > 30_000) throw new Error(`no sync for ${this.matchID}/${this.playerID}`);
      await new Promise((r) => setTimeout(r, 5));
    }
  }

  close(): void {
    this.stop();
    this.manager.engine?.close();
  }

  private onState(log: readonly LogEntry[]): void {
    const pending = this.pending;
    if (pending) {
      for (const entry of log) {
        const a = entry.action;
        if (
          a.type === 'MAKE_MOVE' &&
          a.payload.playerID === this.playerID &&
          a.payload.type === pending.move
        ) {
          if (this.mode === 'moves') {
            const heard = performance.now();
            this.samples.moves.push(heard - pending.t0);
            const at = performance.timeOrigin;
            this.samples.traced?.push([
              this.matchID,
              this.playerID,
              pending.stateID,
              at + pending.t0,
              at + heard,
            ]);
          }
          this.acked++;
          this.done();
          break;
        }
      }
    }
    this.maybeMove();
  }

  private done(): void {
    this.pending = null;
    this.gate.release();
  }

  /** The gate has room again: try to move (false if this client cannot move now). */
  wake(): boolean {
    if (this.mode !== 'moves' || this.pending || !this.view || this.over || this.reachedRound()) return false;
    this.maybeMove();
    return true;
  }

  startEcho(think: number): void {
    this.mode = 'echo';
    this.think = think;
    this.scheduleEcho();
  }

  /**
   * Plays with this think time; with `untilRound`, stops once its match reaches that round (a warm-up
   * then leaves every match at the same point, however long the slowest takes).
   */
  startMoves(think: number, untilRound?: number): void {
    this.mode = 'moves';
    this.think = think;
    this.untilRound = untilRound;
    this.maybeMove();
  }

  stop(): void {
    this.mode = 'idle';
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  get over(): boolean {
    return this.view?.ctx.gameover !== undefined;
  }

  private delay(): number {
    return this.think <= 0 ? 0 : -Math.log(1 - Math.random()) * this.think;
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
          type: 'addOrder',
          args: [{ type: 'patrol', region: 'north' }, { reason: 'x'.repeat(60) }],
          playerID: this.playerID,
          credentials: this.credentials,
        },
      });
    }, this.delay());
  }

  private untilRound: number | undefined;

  private reachedRound(): boolean {
    const round = (this.view?.G as { round?: number } | undefined)?.round;
    return this.untilRound !== undefined && round !== undefined && round >= this.untilRound;
  }

  private maybeMove(): void {
    if (this.mode !== 'moves' || this.pending || this.timer || !this.view || this.over) return;
    if (this.reachedRound()) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      const view = this.view;
      if (this.mode !== 'moves' || this.pending || !view || this.over) return;
      const failures = this.failedAt === view._stateID ? this.failures : 0;
      if (!this.gate.take(this)) return;
      const choice = this.decide(view, this.playerID, failures);
      if (!choice) {
        this.gate.release();
        return;
      }
      this.pending = { move: choice.move, t0: performance.now(), stateID: view._stateID };
      this.sent++;
      this.game.emit(
        'update',
        {
          type: 'MAKE_MOVE',
          payload: {
            type: choice.move,
            args: choice.args,
            playerID: this.playerID,
            credentials: this.credentials,
          },
        },
        view._stateID,
        this.matchID,
        this.playerID,
      );
    }, this.delay());
  }
}

/** The size of a socket.io event as it travels (JSON text; the framing adds a few bytes). */
function bytes(args: unknown[]): number {
  return Buffer.byteLength(JSON.stringify(args));
}

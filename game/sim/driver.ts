// A direct, mutable driver for the Ceasefire Game definition: the same moves, phases and hooks that
// boardgame.io runs, called in the order boardgame.io's flow calls them (see Process, StartPhase,
// EndPhase, EndGame in boardgame.io 0.50.2 src/core/flow.ts), with the same seeded PRNG (Alea).
//
// Why: boardgame.io wraps every move and hook in Immer 9, whose copy-on-read of frozen objects costs
// ~25 µs even for a `ready` move; a whole game then costs ~25 ms in the reducer alone, far from the
// 100 games/s the balance benchmark needs. This driver mutates G in place instead. It is NOT a copy of
// the rules: it only calls `Ceasefire.moves[...]` and `Ceasefire.phases[...]`. tests/bots checks that it
// produces exactly the same G as boardgame.io's own reducer for the same seed and the same decisions.
//
// It supports only the flow features the Ceasefire game uses (phases with start/next/endIf/onBegin/
// onEnd, turn.onBegin, turn.activePlayers, events.setActivePlayers, game endIf) and refuses a game
// definition that uses anything else.
import type { Ctx, Game } from 'boardgame.io';
import { INVALID_MOVE, TurnOrder } from 'boardgame.io/core';
import type { GameState } from '../types.ts';

// ── boardgame.io's PRNG (Alea, from its random plugin), so a seed gives the same numbers ──────────

function mash(): (data: string) => number {
  let n = 0xefc8249d;
  return (data: string) => {
    for (let i = 0; i < data.length; i++) {
      n += data.charCodeAt(i);
      let h = 0.02519603282416938 * n;
      n = h >>> 0;
      h -= n;
      h *= n;
      n = h >>> 0;
      h -= n;
      n += h * 0x100000000;
    }
    return (n >>> 0) * 2.3283064365386963e-10;
  };
}

/** The PRNG state boardgame.io keeps in `plugins.random.data.prngstate`. */
export interface AleaState {
  c: number;
  s0: number;
  s1: number;
  s2: number;
}

export function aleaSeed(seed: string | number): AleaState {
  const m = mash();
  const st: AleaState = { c: 1, s0: m(' '), s1: m(' '), s2: m(' ') };
  const s = String(seed);
  st.s0 -= m(s);
  if (st.s0 < 0) st.s0 += 1;
  st.s1 -= m(s);
  if (st.s1 < 0) st.s1 += 1;
  st.s2 -= m(s);
  if (st.s2 < 0) st.s2 += 1;
  return st;
}

export function aleaNext(st: AleaState): number {
  const t = 2091639 * st.s0 + st.c * 2.3283064365386963e-10;
  st.s0 = st.s1;
  st.s1 = st.s2;
  st.c = Math.trunc(t);
  st.s2 = t - st.c;
  return st.s2;
}

// ── The driver ────────────────────────────────────────────────────────────────────────────────────

type AnyFn = (...args: never[]) => unknown;
interface TurnConfig {
  onBegin?: AnyFn;
  onEnd?: AnyFn;
  onMove?: AnyFn;
  endIf?: AnyFn;
  activePlayers?: { all?: null; value?: Record<string, null> };
  [k: string]: unknown;
}
interface PhaseConfig {
  start?: boolean;
  next?: string | AnyFn;
  endIf?: AnyFn;
  onBegin?: AnyFn;
  onEnd?: AnyFn;
  turn?: TurnConfig;
  [k: string]: unknown;
}

/** A mutable ctx with the fields boardgame.io's ctx has for this game (phase, activePlayers, turn...). */
export interface DriverCtx {
  numPlayers: number;
  turn: number;
  currentPlayer: string;
  playOrder: string[];
  playOrderPos: number;
  phase: string | null;
  activePlayers: Record<string, null> | null;
  gameover?: unknown;
}

/** A fresh mutable copy of a ctx's fields the driver uses (boardgame.io's, a stored one, a view's). */
export function driverCtxOf(ctx: unknown): DriverCtx {
  const c = ctx as DriverCtx;
  return {
    numPlayers: c.numPlayers,
    turn: c.turn,
    currentPlayer: c.currentPlayer,
    playOrder: [...c.playOrder],
    playOrderPos: c.playOrderPos,
    phase: c.phase,
    activePlayers: c.activePlayers ? { ...c.activePlayers } : null,
    ...(c.gameover !== undefined ? { gameover: c.gameover } : {}),
  };
}

export interface DriverState {
  G: GameState;
  ctx: DriverCtx;
  prng: AleaState;
}

type Ev =
  | { fn: 'StartGame' }
  | { fn: 'StartPhase' }
  | { fn: 'StartTurn' }
  | { fn: 'UpdatePhase'; phase: string | null }
  | { fn: 'EndPhase'; turn: number }
  | { fn: 'EndGame'; arg: unknown }
  | { fn: 'OnMove' }
  | { fn: 'UpdateActivePlayers'; arg: { all?: null; value?: Record<string, null> } };

/** Drives one match of `game` in place. Throws on a game definition it cannot drive faithfully. */
export class Driver {
  readonly state: DriverState;
  private readonly phases: Record<string, PhaseConfig>;
  private readonly pendingEvents: Array<{ turn: number; arg: { value?: Record<string, null> } }> = [];

  constructor(
    private readonly game: Game<GameState>,
    state: DriverState,
  ) {
    this.phases = (game.phases ?? {}) as unknown as Record<string, PhaseConfig>;
    // boardgame.io's ProcessGameConfig fills in defaults on these same objects (wrapped hooks, a
    // default turn order, empty stages); those are fine. Anything else this driver does not model is refused.
    for (const [name, p] of Object.entries(this.phases)) {
      const t = p.turn ?? {};
      const bad =
        p.moves !== undefined ||
        (t.order !== undefined && t.order !== TurnOrder.DEFAULT) ||
        Object.keys((t.stages as object | undefined) ?? {}).length > 0 ||
        t.minMoves !== undefined ||
        t.maxMoves !== undefined ||
        t.moveLimit !== undefined;
      if (bad) throw new Error(`Driver: phase ${name} uses flow features this driver does not model`);
    }
    if (game.turn || game.plugins?.length || game.onEnd)
      throw new Error('Driver: game-level turn, plugins and onEnd are not supported');
    this.state = state;
  }

  /** A new match, as boardgame.io's InitializeGame would make it for this seed. */
  static create(
    game: Game<GameState, Record<string, unknown>, unknown>,
    numPlayers: number,
    seed: string,
    setupData?: unknown,
  ): Driver {
    const first = Object.entries(game.phases ?? {}).find(([, p]) => p.start)?.[0] ?? null;
    const ctx: DriverCtx = {
      numPlayers,
      turn: 0,
      currentPlayer: '0',
      playOrder: Array.from({ length: numPlayers }, (_, i) => String(i)),
      playOrderPos: 0,
      phase: first,
      activePlayers: null,
    };
    const prng = aleaSeed(seed);
    const d = new Driver(game as Game<GameState>, { G: {} as GameState, ctx, prng });
    const setup = game.setup as (a: unknown, s: unknown) => GameState;
    d.state.G = setup({ ...d.apis(), ctx: { ...ctx } }, setupData);
    d.run([{ fn: 'StartGame' }]);
    return d;
  }

  get G(): GameState {
    return this.state.G;
  }
  get ctx(): Ctx {
    return this.state.ctx as unknown as Ctx;
  }

  isActive(playerID: string): boolean {
    const { ctx } = this.state;
    return ctx.activePlayers ? playerID in ctx.activePlayers : ctx.currentPlayer === playerID;
  }

  /** Seats that may move now, in seat order (as boardgame.io lists ctx.activePlayers). */
  activeSeats(): string[] {
    const { ctx } = this.state;
    if (ctx.gameover !== undefined) return [];
    return Object.keys(ctx.activePlayers ?? { [ctx.currentPlayer]: null });
  }

  /** Make a move like boardgame.io's MAKE_MOVE; returns false (and changes nothing) if it is refused. */
  move(playerID: string, name: string, args: readonly unknown[]): boolean {
    const { ctx } = this.state;
    const def = (this.game.moves as Record<string, unknown>)[name] as { move: AnyFn } | AnyFn | undefined;
    if (!def || ctx.gameover !== undefined || !this.isActive(playerID)) return false;
    const fn = (typeof def === 'function' ? def : def.move) as (c: unknown, ...a: unknown[]) => unknown;
    const r = fn(this.context(playerID), ...args);
    if (r === INVALID_MOVE) return false;
    if (r !== undefined) this.state.G = r as GameState;
    this.hook(this.phase().turn?.onMove, playerID);
    this.run([{ fn: 'OnMove' }]);
    return true;
  }

  private api: Record<string, unknown> | null = null;
  /** The plugin APIs hooks and moves receive (random, events, log), made once per match. */
  private apis(): Record<string, unknown> {
    if (this.api) return this.api;
    const prng = this.state.prng;
    const unsupported = (what: string) => () => {
      throw new Error(`Driver: ${what} is not supported`);
    };
    const pending = this.pendingEvents;
    const state = this.state;
    this.api = {
      random: {
        Number: () => aleaNext(prng),
        Die: unsupported('random.Die'),
        Shuffle: unsupported('random.Shuffle'),
      },
      events: {
        setActivePlayers: (arg: { value?: Record<string, null> }) => {
          pending.push({ turn: state.ctx.turn, arg });
        },
      },
      log: { setMetadata: () => undefined },
    };
    return this.api;
  }

  /**
   * The argument moves, hooks and triggers receive: { random, events, log, G, ctx, playerID }. One object
   * is reused (none of the game's functions keeps it), which saves an allocation per call.
   */
  private ctxArg: Record<string, unknown> | null = null;
  private context(playerID?: string): Record<string, unknown> {
    if (!this.ctxArg) this.ctxArg = { ...this.apis() };
    const c = this.ctxArg;
    c.G = this.state.G;
    c.ctx = this.state.ctx;
    c.playerID = playerID;
    return c;
  }

  private hook(h: AnyFn | undefined, playerID?: string): void {
    if (!h) return;
    const r = (h as (c: unknown) => unknown)(this.context(playerID));
    if (r !== undefined) this.state.G = r as GameState;
  }

  private trigger(h: AnyFn | undefined): unknown {
    if (!h) return undefined;
    return (h as (c: unknown) => unknown)(this.context());
  }

  private phase(): PhaseConfig {
    const p = this.state.ctx.phase;
    return p ? (this.phases[p] ?? {}) : {};
  }

  /** boardgame.io's Process(): run events, checking game end, then phase end, after each. */
  private run(events: Ev[]): void {
    const ended = new Set<string | null>();
    for (let i = 0; i < events.length; i++) {
      const e = events[i]!;
      if (e.fn === 'EndPhase') {
        const p = this.state.ctx.phase;
        if (ended.has(p)) {
          this.state.ctx.phase = null;
          break;
        }
        ended.add(p);
      }
      const next: Ev[] = [];
      this.apply(e, next);
      if (e.fn === 'EndGame') break;
      const over = this.trigger(this.game.endIf as AnyFn | undefined);
      if (over) {
        events.push({ fn: 'EndGame', arg: over });
        continue;
      }
      if (this.trigger(this.phase().endIf)) {
        events.push({ fn: 'EndPhase', turn: this.state.ctx.turn });
        continue;
      }
      if ((e.fn === 'OnMove' || e.fn === 'UpdateActivePlayers') && this.trigger(this.phase().turn?.endIf))
        throw new Error('Driver: ending a turn by turn.endIf is not modelled');
      events.push(...next);
    }
    // The events plugin is flushed after the action: stage events queued by turn.onBegin.
    if (events === this.flushing) return;
    while (this.pendingEvents.length > 0) {
      const q = this.pendingEvents.splice(0);
      for (const ev of q) {
        if (this.state.ctx.gameover !== undefined) break;
        if (ev.turn !== this.state.ctx.turn) continue;
        this.flushing = [{ fn: 'UpdateActivePlayers', arg: ev.arg }];
        this.run(this.flushing);
        this.flushing = null;
      }
    }
  }
  private flushing: Ev[] | null = null;

  private apply(e: Ev, next: Ev[]): void {
    const { ctx } = this.state;
    switch (e.fn) {
      case 'StartGame':
        next.push({ fn: 'StartPhase' });
        return;
      case 'StartPhase':
        this.hook(this.phase().onBegin);
        next.push({ fn: 'StartTurn' });
        return;
      case 'StartTurn': {
        // InitTurnOrderState with TurnOrder.DEFAULT, then SetActivePlayers(turn.activePlayers || {}).
        ctx.playOrderPos = ctx.turn === 0 ? ctx.playOrderPos : (ctx.playOrderPos + 1) % ctx.playOrder.length;
        ctx.currentPlayer = ctx.playOrder[ctx.playOrderPos]!;
        ctx.activePlayers = setActive(ctx, this.phase().turn?.activePlayers ?? {});
        ctx.turn += 1;
        this.hook(this.phase().turn?.onBegin);
        return;
      }
      case 'UpdatePhase': {
        const p = e.phase ? this.phases[e.phase] : undefined;
        const nx = typeof p?.next === 'function' ? this.trigger(p.next) : p?.next;
        ctx.phase = typeof nx === 'string' ? nx : null;
        next.push({ fn: 'StartPhase' });
        return;
      }
      case 'EndPhase': {
        // EndTurn (forced): turn.onEnd, then no active players.
        if (e.turn === ctx.turn) {
          this.hook(this.phase().turn?.onEnd);
          ctx.activePlayers = null;
        }
        const phase = ctx.phase;
        next.push({ fn: 'UpdatePhase', phase });
        if (phase === null) return;
        this.hook(this.phase().onEnd);
        ctx.phase = null;
        return;
      }
      case 'EndGame': {
        // EndPhase without a turn (so EndTurn does nothing) and without a next phase.
        if (ctx.phase !== null) {
          this.hook(this.phase().onEnd);
          ctx.phase = null;
        }
        ctx.gameover = e.arg === undefined ? true : e.arg;
        return;
      }
      case 'OnMove':
        return;
      case 'UpdateActivePlayers':
        ctx.activePlayers = setActive(ctx, e.arg);
        return;
    }
  }
}

function setActive(
  ctx: DriverCtx,
  arg: { all?: null; value?: Record<string, null> } & Record<string, unknown>,
): Record<string, null> | null {
  for (const k of Object.keys(arg))
    if (k !== 'all' && k !== 'value') throw new Error(`Driver: setActivePlayers "${k}" is not supported`);
  const out: Record<string, null> = {};
  if ('all' in arg) for (const id of ctx.playOrder) out[id] = null;
  if (arg.value) for (const id of Object.keys(arg.value)) out[id] = null;
  return Object.keys(out).length > 0 ? out : null;
}

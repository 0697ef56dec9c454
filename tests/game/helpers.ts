// Shared test helpers: a typed boardgame.io Client "table", seeded RNGs and plain states for resolution tests.
import type { Ctx } from 'boardgame.io';
import { Client } from 'boardgame.io/client';
import { expect } from 'vitest';
import { Ceasefire } from '../../game/index.ts';
import { checkMove, legalMoves } from '../../game/legal.ts';
import { getScenario } from '../../game/scenario.ts';
import { initialState, type SetupData } from '../../game/setup.ts';
import { hashSeed, mulberry32 } from '../../game/sim/runner.ts';
import type { DraftState, Rng } from '../../game/state.ts';
import type { GameState, Order, PrivateRoleState, RoleId, UnitCounts } from '../../game/types.ts';

export const SEATS = ['0', '1', '2', '3', '4'] as const;
export const GOV = '0';
export const MOV = '1';
export const SPO = '2';
export const UN = '3';
export const REG = '4';
export const ROLE_OF: Readonly<Record<string, RoleId>> = {
  '0': 'government',
  '1': 'movement',
  '2': 'spoiler',
  '3': 'un',
  '4': 'regional',
};

/** The full (unfiltered) boardgame.io state of a local match. */
export interface FullState {
  readonly G: GameState;
  readonly ctx: Ctx;
  readonly _stateID: number;
}

interface RawClient {
  start(): void;
  stop(): void;
  getState(): (FullState & { log: unknown[] }) | null;
  updatePlayerID(id: string | null): void;
  moves: Record<string, (...args: unknown[]) => void>;
  store: { getState(): FullState };
  playerID: string | null;
}

/** A seeded generator for tests (the same one the runner's policies use). */
export function seeded(seed: string | number): () => number {
  return mulberry32(typeof seed === 'number' ? seed : hashSeed(seed));
}

export function rngOf(seed: string | number): Rng {
  const next = seeded(seed);
  return { next };
}

/** A fresh opening state (round 0) of the default scenario, as plain mutable JSON. */
export function freshState(seed: string | number = 'state', data: SetupData = {}): DraftState {
  return initialState(getScenario(), rngOf(seed), data) as DraftState;
}

export function order(G: DraftState, role: RoleId, ...orders: Order[]): void {
  G.secret[role]!.orders.push(...(orders as DraftState['secret'][string]['orders']));
}

export function units(G: GameState, region: string, role: RoleId): UnitCounts {
  return G.regions.find((r) => r.id === region)!.units[role]!;
}

export function regionOf(G: DraftState, id: string): DraftState['regions'][number] {
  return G.regions.find((r) => r.id === id)!;
}

export const HIDDEN_SECRET: PrivateRoleState = {
  agenda: '',
  caches: {},
  spoilerType: null,
  orders: [],
  lastOrders: [],
  induced: 0,
};

export interface TableOptions {
  readonly seed?: string;
  readonly setupData?: SetupData;
  /** Change the opening state (after the regular setup, before round 1 begins). */
  readonly tweak?: (G: DraftState) => void;
  /** Put these crisis cards on top of the deck, in this order. */
  readonly deck?: readonly string[];
}

/** A local boardgame.io Client match driven seat by seat, with the full state at hand. */
export class Table {
  readonly client: RawClient;

  constructor(opts: TableOptions = {}) {
    const base = Ceasefire.setup!;
    const game = {
      ...Ceasefire,
      seed: opts.seed ?? 'table',
      // A local Client never passes setupData to setup (boardgame.io 0.50 only does so on a server): bind it here.
      setup: (ctx: Parameters<typeof base>[0]) => {
        const G = base(ctx, opts.setupData ?? {}) as DraftState;
        if (opts.deck) G.deck = [...opts.deck, ...G.deck.filter((c) => !opts.deck!.includes(c))];
        opts.tweak?.(G);
        return G;
      },
    };
    this.client = Client({ game, numPlayers: 5 } as never) as never;
    this.client.start();
  }

  get full(): FullState {
    return this.client.store.getState();
  }
  get G(): GameState {
    return this.full.G;
  }
  get ctx(): Ctx {
    return this.full.ctx;
  }
  get phase(): string {
    return this.ctx.phase;
  }
  role(pid: string): GameState['roles'][string] {
    return this.G.roles[ROLE_OF[pid]!]!;
  }

  /** The state as the client shows it to this seat (its player view). */
  viewAs(pid: string | null): GameState {
    this.client.updatePlayerID(pid);
    return this.client.getState()!.G;
  }

  /** Make a move as a seat; true if boardgame.io accepted it (the state advanced). */
  move(pid: string | null, name: string, ...args: unknown[]): boolean {
    const before = this.full._stateID;
    this.client.updatePlayerID(pid);
    this.client.moves[name]!(...args);
    return this.full._stateID !== before;
  }

  /** Make a move that must be accepted. */
  ok(pid: string, name: string, ...args: unknown[]): void {
    const why = checkMove(this.G, this.ctx, pid, name, args);
    expect(why, `${name}(${JSON.stringify(args)}) by ${pid}`).toBeNull();
    expect(this.move(pid, name, ...args), `${name} accepted`).toBe(true);
  }

  /** checkMove gives this reason code, and the client refuses the move leaving the state unchanged. */
  refused(pid: string | null, name: string, args: readonly unknown[], code: string): void {
    expect(checkMove(this.G, this.ctx, pid, name, args)?.code, `${name}(${JSON.stringify(args)})`).toBe(code);
    // A local Client without a playerID plays "hotseat" as ctx.currentPlayer, so a spectator's move cannot be
    // dispatched here; the server refuses it (no credentials). checkMove's verdict is what we can check.
    if (pid === null) return;
    const before = this.full;
    const accepted = this.move(pid, name, ...args);
    expect(accepted, `${name} must be refused`).toBe(false);
    expect(this.full.G).toEqual(before.G);
    expect(this.full.ctx).toEqual(before.ctx);
  }

  legal(pid: string) {
    return legalMoves(this.G, this.ctx, pid);
  }

  /** Everyone who is not yet ready says ready (negotiation or review). */
  readyAll(): void {
    for (const pid of SEATS) if (!this.G.result && !this.role(pid).ready) this.ok(pid, 'ready');
  }

  /** Everyone who has not yet sent orders sends what is queued. */
  submitAll(): void {
    for (const pid of SEATS) if (!this.G.result && !this.role(pid).ordersIn) this.ok(pid, 'submitOrders');
  }

  stop(): void {
    this.client.stop();
  }
}

/** A crisis card with no choice and effects that touch no funds, Fear, units or consent. */
export const QUIET_CARD = 'reconstructionMilestone';

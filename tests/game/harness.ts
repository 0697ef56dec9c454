// Test harness without Vitest (usable from a plain tsx script for profiling): a typed local boardgame.io
// Client match, seeded RNGs, plain states for resolution tests, and a driver that plays matches to the end.
import type { Ctx } from 'boardgame.io';
import { Client } from 'boardgame.io/client';
import { decide, type PolicyName } from '../../game/bots/index.ts';
import { Ceasefire } from '../../game/index.ts';
import { type LegalMove, legalMoves } from '../../game/legal.ts';
import { actionDef, getScenario, roleDef } from '../../game/scenario.ts';
import { initialState, type SetupData } from '../../game/setup.ts';
import { type Agent, hashSeed, mulberry32 } from '../../game/sim/runner.ts';
import type { DraftState, Rng } from '../../game/state.ts';
import type {
  GameState,
  Order,
  OrderType,
  Pledge,
  PrivateRoleState,
  RoleId,
  UnitCounts,
} from '../../game/types.ts';

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

/**
 * The default scenario's data (game/content/default.ts). Its numbers (start funds, income, Fear, costs,
 * thresholds, spoiler-type effects) are tuned for balance: tests read them from here instead of repeating them.
 */
export const SCENARIO = getScenario();

/** A role's opening data in the default scenario: start funds, income, Fear, militancy, approval... */
export function roleData(role: RoleId) {
  return roleDef(SCENARIO, role);
}

/** What an order costs in the default scenario. */
export function cost(type: OrderType): number {
  return actionDef(SCENARIO, type).cost;
}

/** Give every role plenty of money: for tests of rules that have nothing to do with funds. */
export function rich(G: DraftState, funds = 50): void {
  for (const r of Object.values(G.roles)) r.funds = funds;
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

/** Bot agents for a policy per seat that throw on any decision not among the seat's legal moves. */
export function checkedAgents(seed: string, policies: readonly PolicyName[]): Record<string, Agent> {
  const out: Record<string, Agent> = {};
  policies.forEach((policy, seat) => {
    out[String(seat)] = (view, ctx, pid) => {
      const d = decide(view, ctx, pid, { policy, seed });
      if (d) {
        const key = JSON.stringify(d.args);
        if (!legalMoves(view, ctx, pid).some((m) => m.move === d.move && JSON.stringify(m.args) === key))
          throw new Error(`${policy} bot of seat ${pid} chose an illegal ${d.move} ${key}`);
      }
      return d;
    };
  });
  return out;
}

/** Put a pledge in force on a plain state: the UN's force pledge for the Movement, made in round 1. */
export function addPledge(G: DraftState, p: Partial<Pledge> = {}): DraftState['pledges'][number] {
  const full = {
    id: G.nextId++,
    round: 1,
    guarantor: 'un',
    protects: 'movement',
    region: 'any',
    trigger: 'attack',
    response: 'force',
    unEndorsed: true,
    weight: 2,
    reserved: { capability: 2, funds: 2 },
    expires: 3,
    relief: 0,
    honouredTimes: 0,
    status: 'active',
    violator: null,
    triggerRegion: null,
    ...p,
  } as DraftState['pledges'][number];
  G.pledges.push(full);
  return full;
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
  smuggled: 0,
};

export interface TableOptions {
  readonly seed?: string;
  readonly setupData?: SetupData;
  /** Change the opening state (after the regular setup, before round 1 begins). */
  readonly tweak?: (G: DraftState) => void;
  /** Put these crisis cards on top of the deck, in this order. */
  readonly deck?: readonly string[];
  /** Seats at the table (the scenario's role count; 5 for the default). */
  readonly numPlayers?: number;
}

/** A local boardgame.io Client match driven seat by seat, with the full state at hand. */
export class Match {
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
    this.client = Client({ game, numPlayers: opts.numPlayers ?? 5 } as never) as never;
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

  legal(pid: string): LegalMove[] {
    return legalMoves(this.G, this.ctx, pid);
  }

  stop(): void {
    this.client.stop();
  }
}

/** A crisis card with no choice and effects that touch no funds, Fear, units or consent. */
export const QUIET_CARD = 'reconstructionMilestone';

/** A chooser may answer IDLE: the seat waits (e.g. it said ready and waits for the others). */
export const IDLE = '__idle';

/** How a scripted or random seat picks one of its legal moves (it sees only its own view). */
export type Chooser = (
  view: GameState,
  ctx: Ctx,
  pid: string,
  legal: readonly LegalMove[],
  rand: () => number,
) => LegalMove;

export interface DriveOptions {
  /** Called with the full state before every move (and once at the end). */
  readonly onState?: (s: FullState) => void;
  /** Called after every move with the seat, the move and whether boardgame.io accepted it. */
  readonly onMove?: (
    pid: string,
    m: LegalMove,
    accepted: boolean,
    before: FullState,
    after: FullState,
  ) => void;
  readonly maxMoves?: number;
}

/**
 * Play a match to the end like game/sim/runner.ts does (every active seat with a legal move acts in turn),
 * but with the full state at hand so tests can check invariants and that each move was accepted.
 * Throws on a dead end: no active seat has a legal move before the game is over.
 */
export function drive(t: Match, choose: Chooser, rand: () => number, opts: DriveOptions = {}): number {
  const max = opts.maxMoves ?? 20_000;
  let moves = 0;
  for (;;) {
    const st = t.full;
    opts.onState?.(st);
    if (st.ctx.gameover) return moves;
    if (moves > max) throw new Error(`no end within ${max} moves`);
    let anyLegal = false;
    let acted = false;
    for (const pid of Object.keys(st.ctx.activePlayers ?? { [st.ctx.currentPlayer]: null })) {
      const before = t.full;
      if (before.ctx.gameover) break;
      const view = Ceasefire.playerView!({ G: before.G, ctx: before.ctx, playerID: pid });
      const legal = legalMoves(view, before.ctx, pid);
      if (legal.length === 0) continue;
      anyLegal = true;
      const m = choose(view, before.ctx, pid, legal, rand);
      if (m.move === IDLE) continue;
      t.client.updatePlayerID(pid);
      t.client.moves[m.move]!(...m.args);
      const after = t.full;
      moves++;
      acted = true;
      opts.onMove?.(pid, m, after._stateID !== before._stateID, before, after);
    }
    if (!anyLegal) throw new Error(`dead end in phase ${st.ctx.phase}: no active seat has a legal move`);
    if (!acted) throw new Error(`stall in phase ${st.ctx.phase}: every seat with a move chose to wait`);
  }
}

/** Uniform among legal moves, but resumeWar only with probability `war` per decision. */
export function uniform(war = 0.002): Chooser {
  return (_v, _c, _p, legal, rand) => {
    const peaceful = legal.filter((m) => m.move !== 'resumeWar');
    if (peaceful.length === 0 || (peaceful.length < legal.length && rand() < war))
      return legal.find((m) => m.move === 'resumeWar') ?? legal[0]!;
    return peaceful[Math.floor(rand() * peaceful.length)]!;
  };
}

/**
 * Uniform among the kinds of legal move (ready, makeOffer, addOrder, ...), then uniform among that kind's
 * arguments; resumeWar only with probability `war`. Plain uniform play is dominated by the many argument
 * variants of makeOffer, makePledge and addOrder: seats spam offers for hundreds of moves and attack so often
 * that games collapse in 2-3 rounds. By kind, games last about 6 rounds and reach every phase and the elections.
 */
export function byKind(war = 0.002): Chooser {
  return (_v, _c, _p, legal, rand) => {
    const kinds = [...new Set(legal.map((m) => m.move))].filter((n) => n !== 'resumeWar');
    if (kinds.length === 0 || (kinds.length < legal.length && rand() < war))
      return legal.find((m) => m.move === 'resumeWar') ?? legal[0]!;
    const kind = kinds[Math.floor(rand() * kinds.length)]!;
    const options = legal.filter((m) => m.move === kind);
    return options[Math.floor(rand() * options.length)]!;
  };
}

/** A seat that has said ready waits for the others instead of making more moves (as people do). */
export function patient(inner: Chooser): Chooser {
  return (view, ctx, pid, legal, rand) => {
    const me = view.roles[view.seats[Number(pid)]!];
    if (me?.ready && (ctx.phase === 'negotiation' || ctx.phase === 'review')) return { move: IDLE, args: [] };
    return inner(view, ctx, pid, legal, rand);
  };
}

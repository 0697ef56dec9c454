// Shapes shared by the server modules. The server knows nothing of Ceasefire's rules: it drives any
// boardgame.io Game plus the few hooks below (legality, refusal reasons, seat roles).
import type { Ctx, Game } from 'boardgame.io';
import type { ServerErrorCode } from './errorCodes.ts';

/** A game's own refusal codes (its legality check's: Ceasefire's are upper case, game/errors.ts). */
export type GameRefusalCode = Uppercase<string>;

export interface MoveChoice {
  readonly move: string;
  readonly args?: readonly unknown[];
}

/** Why a request or a move was refused. Sent as HTTP `{error, message}` or socket `ceasefire:error`. */
export interface Refusal {
  readonly code: ServerErrorCode | GameRefusalCode;
  readonly message: string;
}

// biome-ignore lint/suspicious/noExplicitAny: G is game-defined.
export type AnyG = any;

/** What the server needs from the rules module (game/index.ts exports all of these for Ceasefire). */
export interface ServerGame {
  // biome-ignore lint/suspicious/noExplicitAny: any boardgame.io game.
  readonly game: Game<any>;
  /** Players when the creator does not say (Ceasefire: the scenario's seats, 5 by default). */
  readonly defaultNumPlayers?: number | ((setupData: unknown) => number);
  /** Moves the seat may make now; computed on what the seat may see. Bots pick among them. */
  readonly legalMoves?: (G: AnyG, ctx: Ctx, playerID: string) => readonly MoveChoice[];
  /** Why a move would be refused, or null when it is acceptable. Computed on the full state. */
  readonly checkMove?: (
    G: AnyG,
    ctx: Ctx,
    playerID: string,
    moveName: string,
    args: readonly unknown[],
  ) => Refusal | null;
  /**
   * A move sent on an outdated state (another seat moved meanwhile) is re-checked with checkMove on
   * the current state and applied if acceptable (default true when checkMove is given); false refuses
   * it as stale, as the stock server does.
   */
  readonly recheckStaleMoves?: boolean;
  /** Accept UNDO / REDO from players (default false: the undo history is then not even stored). */
  readonly allowUndo?: boolean;
  /** Bot policies by name (a seat's `bot.policy`); 'random' is built in. */
  readonly botPolicies?: Readonly<Record<string, BotPolicy>>;
  /** The role a seat plays (public). Default: `G.seats[playerID]`. */
  readonly roleOf?: (G: AnyG, playerID: string) => string | undefined;
}

/** Per-seat bot configuration, kept (public) in the seat's metadata `data.bot`. */
export interface BotConfig {
  readonly policy: string;
  readonly difficulty: string;
}

export interface BotPolicyInput {
  readonly matchID: string;
  /** The bot's player view of G: never the hidden state. */
  readonly G: AnyG;
  readonly ctx: Ctx;
  readonly playerID: string;
  readonly legal: readonly MoveChoice[];
  readonly difficulty: string;
  /** Deterministic in [0,1) per match, state and seat. */
  readonly random: () => number;
}

/** Chooses a move for a bot seat; null to pass for now. */
export type BotPolicy = (input: BotPolicyInput) => MoveChoice | null | Promise<MoveChoice | null>;

// The vocabulary of the bots: policies, personalities, options and what a decision returns.

/**
 * How a bot plays.
 * - random: any legal move except undoing its own (removing an order, withdrawing an offer or pledge);
 *   a quarter of the time it marks itself ready or sends its orders, so every game ends.
 * - passive: only what the rules force: it chooses when a crisis card asks it to (the option that costs
 *   it least), marks itself ready, sends no orders (they become "hold"), makes no offers or pledges.
 * - easy: the role's flowchart, but it skips steps now and then, never starts a negotiation and is slow
 *   to honour a costly pledge.
 * - normal: the role's flowchart (see the role files), negotiating and honouring its word by its policy.
 * - hard: normal, plus a search at the decisions that matter most (its orders, pledges and offers, a
 *   triggered pledge, a crisis card):
 *   it samples what it cannot see, plays the rest of the game forward with normal bots and keeps
 *   the plan that wins most often. Bounded in samples (deterministic) and in time.
 */
export type PolicyName = 'random' | 'passive' | 'easy' | 'normal' | 'hard';
export const POLICIES: readonly PolicyName[] = ['random', 'passive', 'easy', 'normal', 'hard'];

/**
 * The temperament of a faction or spoiler bot, drawn per game (or set).
 * - cautious: protects its own fighters and its word first; never the first to shoot.
 * - hawkish: keeps fighters and caches in reserve, answers fear with force, breaks deals that bind it.
 * - opportunist: keeps its word while it pays; strikes where nobody is watching if it gains.
 */
export type Personality = 'cautious' | 'hawkish' | 'opportunist';
export const PERSONALITIES: readonly Personality[] = ['cautious', 'hawkish', 'opportunist'];

export interface BotOptions {
  /** Default: normal. Also accepts 'bot' difficulty names used by the server (easy/normal/hard). */
  readonly policy?: PolicyName;
  /**
   * A seed for the bot's own choices (e.g. the match id or the simulation seed). With the same seed
   * and the same view the bot makes the same decision. Default: derived from the public state.
   */
  readonly seed?: string | number;
  /** A seeded random in [0,1) (the server's per-decision random); used by the random policy only. */
  readonly rand?: () => number;
  /** Temperament; default drawn from the seed for factions and spoilers (guarantors have none). */
  readonly personality?: Personality;
  /** Hard only: wall-clock cap per decision in ms (default 80; the search stops early if reached). */
  readonly budgetMs?: number;
  /** Hard only: how many sampled games per candidate plan (default 4). */
  readonly samples?: number;
}

/** A bot's decision: one of legalMoves(view, ctx, playerID), and why, in plain words. */
export interface Decision {
  readonly move: string;
  readonly args: readonly unknown[];
  readonly reason: string;
}

// Server-side bots. A seat whose metadata says `data.bot = {policy, difficulty}` is played here:
// whenever the seat is active, the runner asks its policy for a move among the seat's legal moves
// (computed on the seat's player view, never the hidden state) and submits it through the engine,
// with the seat's own credentials, like any client. The default policy picks a random legal move;
// the bots issue plugs real policies in through `policies`.
import type { Ctx, Server } from 'boardgame.io';
import type { MatchEngine } from './engine.ts';
import type { BotConfig, BotPolicy, MoveChoice } from './types.ts';

export const randomPolicy: BotPolicy = ({ legal, random }) =>
  legal.length === 0 ? null : (legal[Math.floor(random() * legal.length)] ?? null);

export interface BotRunnerOptions {
  /** Pause before a bot acts, so people can follow (ms). */
  readonly delayMs?: number;
  readonly policies?: Readonly<Record<string, BotPolicy>>;
  /** At most this many moves per seat per turn and phase (a guard against endless optional moves). */
  readonly maxMovesPerTurn?: number;
}

export function botOf(metadata: Server.MatchData | undefined, playerID: string): BotConfig | undefined {
  const seat = metadata?.players[Number(playerID)];
  const bot = (seat?.data as { bot?: BotConfig } | undefined)?.bot;
  return bot && typeof bot.policy === 'string' ? bot : undefined;
}

export class BotRunner {
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly counts = new Map<string, { key: string; n: number }>();
  private readonly failures = new Map<string, number>();
  private readonly delayMs: number;
  private readonly maxMoves: number;
  private readonly policies: Record<string, BotPolicy>;
  private stopped = false;

  constructor(
    private readonly engine: MatchEngine,
    opts: BotRunnerOptions = {},
  ) {
    this.delayMs = opts.delayMs ?? 400;
    this.maxMoves = opts.maxMovesPerTurn ?? 60;
    this.policies = { random: randomPolicy, ...engine.serverGame.botPolicies, ...opts.policies };
    engine.onCommit((matchID) => this.schedule(matchID));
  }

  /** Looks at every unfinished match (after a restart). */
  async resumeAll(): Promise<void> {
    for (const matchID of await this.engine.store.activeMatchIDs()) this.schedule(matchID);
  }

  schedule(matchID: string): void {
    if (this.stopped || this.timers.has(matchID)) return;
    const timer = setTimeout(() => {
      this.timers.delete(matchID);
      void this.engine
        .enqueue(matchID, () => this.act(matchID))
        .catch((err: unknown) => {
          console.error(`bot error in match ${matchID}:`, err);
        });
    }, this.delayMs);
    timer.unref?.();
    this.timers.set(matchID, timer);
  }

  stop(): void {
    this.stopped = true;
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
  }

  /**
   * What this seat's bot (or the normal bot, for a person's seat) would play among the legal moves that
   * `keep` accepts, on the seat's own view: the facilitator hands a decision nobody made in time to it.
   */
  async decide(
    matchID: string,
    playerID: string,
    keep: (m: MoveChoice) => boolean,
  ): Promise<MoveChoice | null> {
    const { state, metadata } = await this.engine.store.fetch(matchID, { state: true, metadata: true });
    const { legalMoves } = this.engine.serverGame;
    if (!state || !metadata || !legalMoves) return null;
    const view = this.engine.viewOf(state, playerID);
    const legal = legalMoves(view.G, view.ctx as Ctx, playerID).filter(keep);
    if (legal.length === 0) return null;
    const bot = botOf(metadata, playerID);
    const policy = this.policies[bot?.policy ?? 'normal'] ?? this.policies.normal ?? randomPolicy;
    try {
      const choice = await policy({
        matchID,
        G: view.G,
        ctx: view.ctx as Ctx,
        playerID,
        legal,
        difficulty: bot?.difficulty ?? 'normal',
        random: seededRandom(`${matchID}:${playerID}:${state._stateID}:decide`),
      });
      const same = (m: MoveChoice) =>
        choice !== null &&
        m.move === choice.move &&
        JSON.stringify(m.args ?? []) === JSON.stringify(choice.args ?? []);
      return legal.find(same) ?? legal[0] ?? null;
    } catch (err) {
      console.error(`bot policy failed deciding in match ${matchID}:`, err);
      return legal[0] ?? null;
    }
  }

  /**
   * Runs inside the match's queue: one move for each active bot seat. Only the match's owner plays its
   * bots (cluster.ts); another process asks the owner to look instead.
   */
  private async act(matchID: string): Promise<void> {
    if (this.stopped) return;
    if (!(await this.engine.owns(matchID))) {
      this.engine.pokeOwner(matchID);
      return;
    }
    const { legalMoves } = this.engine.serverGame;
    for (const playerID of await this.activeBotSeats(matchID)) {
      const { state, metadata } = await this.engine.store.fetch(matchID, { state: true, metadata: true });
      if (!state || !metadata || state.ctx.gameover !== undefined) return;
      const bot = botOf(metadata, playerID);
      if (!bot || !this.engine.game.flow.isPlayerActive(state.G, state.ctx, playerID)) continue;
      const turnKey = `${state.ctx.turn}:${state.ctx.phase}`;
      const countKey = `${matchID}:${playerID}`;
      const count = this.counts.get(countKey);
      const n = count && count.key === turnKey ? count.n : 0;
      if (n >= this.maxMoves) continue;
      const view = this.engine.viewOf(state, playerID);
      const legal: readonly MoveChoice[] = legalMoves ? legalMoves(view.G, view.ctx as Ctx, playerID) : [];
      if (legal.length === 0) continue;
      // An unknown policy name falls back to the game's 'normal' bot, else to random legal moves.
      // After a refusal on this very state, fall back to a random legal move; after three, wait for
      // the state to change (another seat's move, a phase change) rather than insist.
      const failKey = `${matchID}:${playerID}:${state._stateID}`;
      const failures = this.failures.get(failKey) ?? 0;
      if (failures >= 3) continue;
      const chosen = this.policies[bot.policy] ?? this.policies.normal ?? randomPolicy;
      const policy = failures > 0 ? randomPolicy : chosen;
      const random = seededRandom(`${failKey}:${failures}`);
      let choice: MoveChoice | null;
      try {
        choice = await policy({
          matchID,
          G: view.G,
          ctx: view.ctx as Ctx,
          playerID,
          legal,
          difficulty: bot.difficulty,
          random,
        });
      } catch (err) {
        console.error(`bot policy ${bot.policy} failed in match ${matchID}:`, err);
        choice = null;
      }
      if (!choice) continue;
      this.counts.set(countKey, { key: turnKey, n: n + 1 });
      const credentials = metadata.players[Number(playerID)]?.credentials;
      const refusal = await this.engine.submitNow(
        matchID,
        playerID,
        {
          type: 'MAKE_MOVE',
          payload: { type: choice.move, args: [...(choice.args ?? [])], playerID, credentials },
        },
        state._stateID,
      );
      if (refusal?.code === 'paused') return; // the facilitator's resume wakes the bots again
      if (refusal) {
        // A legal-looking move the rules refused: count it, so a confused policy cannot loop forever.
        if (this.failures.size > 10_000) this.failures.clear();
        this.failures.set(failKey, failures + 1);
        console.warn(
          `bot ${playerID} in ${matchID}: ${choice.move} refused (${refusal.code}: ${refusal.message})`,
        );
        this.schedule(matchID);
      }
    }
  }

  private async activeBotSeats(matchID: string): Promise<string[]> {
    const { state, metadata } = await this.engine.store.fetch(matchID, { state: true, metadata: true });
    if (!state || !metadata || state.ctx.gameover !== undefined) return [];
    return Object.keys(metadata.players).filter(
      (pid) =>
        botOf(metadata, pid) !== undefined && this.engine.game.flow.isPlayerActive(state.G, state.ctx, pid),
    );
  }
}

/** A small deterministic PRNG (mulberry32) seeded from a string. */
export function seededRandom(seed: string): () => number {
  let h = 1779033703 ^ seed.length;
  for (let i = 0; i < seed.length; i++) {
    h = Math.imul(h ^ seed.charCodeAt(i), 3432918353);
    h = (h << 13) | (h >>> 19);
  }
  let a = h >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

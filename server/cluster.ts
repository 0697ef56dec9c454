// What one server process needs to know of the others: who applies a match's writes (the owner), how
// to hand an action to that owner, and how to tell the other processes' connections of a change.
// LocalCluster is the single process (it owns every match); RedisCluster (redisCluster.ts, REDIS_URL)
// holds a lease per match in Redis and relays over Redis pub/sub.
import type { Refusal } from './types.ts';

/** A seat's action handed to the match's owner. */
export interface ForwardedAction {
  readonly matchID: string;
  readonly playerID: string;
  readonly action: unknown;
  readonly stateID: unknown;
  /** The facilitator's own hand (it passes a paused table). */
  readonly asFacilitator?: boolean;
}

/** What a process tells the others' connections in a match (each applies it to its own). */
export type RoomMessage =
  /** boardgame.io payloads ('update' with the new state, 'matchData'), fanned out per seat. */
  | {
      readonly t: 'flush';
      readonly payloads: readonly { type: string; args: unknown[] }[];
      /** The seat that moved: its connections hear first. */
      readonly first?: string;
    }
  /** An event for the connections of these seats (null: spectators), or all of them. */
  | {
      readonly t: 'emit';
      readonly event: string;
      readonly args: unknown[];
      readonly seats?: (string | null)[];
    }
  /** The seat's connections are unseated (the seat changed hands). */
  | { readonly t: 'evict'; readonly playerID: string; readonly refusal: Refusal }
  /** The owner should look at the match (bots, timers): something changed elsewhere. */
  | { readonly t: 'touch' };

export interface Cluster {
  /** This process, as the others know it. */
  readonly id: string;
  /** Other processes may serve the same matches (socket.io rooms span processes). */
  readonly distributed: boolean;
  /** Whether this process holds the match now (no waiting, no asking: for caches). */
  holds(matchID: string): boolean;
  /** True if this process may apply the match's writes now (it takes the match if nobody has it). */
  own(matchID: string): Promise<boolean>;
  /**
   * Hands an action to the match's owner and resolves with its answer; 'local' when the owner is gone
   * and this process has taken the match over (apply it here).
   */
  forward(req: ForwardedAction): Promise<Refusal | null | 'local'>;
  /** Tells the other processes' connections in the match. */
  publish(matchID: string, msg: RoomMessage): void;
  /** This process has connections in the match (true) or no longer (false): hear its messages or not. */
  watch(matchID: string, watching: boolean): void;
  /** Handlers: another process's room message; an action forwarded here; a match taken over here. */
  onMessage(handler: (matchID: string, msg: RoomMessage) => void): void;
  onForwarded(handler: (req: ForwardedAction) => Promise<Refusal | null>): void;
  onAcquired(handler: (matchID: string) => void): void;
  /** Gives up every match (a clean shutdown) and disconnects. */
  close(): Promise<void>;
}

/** One process: it owns every match; there is nobody to tell. */
export class LocalCluster implements Cluster {
  readonly id = 'local';
  readonly distributed = false;
  holds(): boolean {
    return true;
  }
  async own(): Promise<boolean> {
    return true;
  }
  async forward(): Promise<'local'> {
    return 'local';
  }
  publish(): void {}
  watch(): void {}
  onMessage(): void {}
  onForwarded(): void {}
  onAcquired(): void {}
  async close(): Promise<void> {}
}

// The one storage interface the engine and every server module use: matches (state, log, metadata),
// join codes and host tokens, chat and class sessions. Implemented by SqliteStore (store.ts, the embedded
// default) and PostgresStore (pgStore.ts, DATABASE_URL). Every method is async; every state and metadata
// write is compare-and-set, so a writer working from an old read is refused (StaleWriteError) and
// nothing of its write is stored, however many processes share the store.
import type { LogEntry, Server, State } from 'boardgame.io';
import type { SessionStore } from './facilitator/sessionStore.ts';

/** A write refused because the stored row changed since it was read (another writer won). */
export class StaleWriteError extends Error {
  readonly code = 'stale_write';
  constructor(
    readonly matchID: string,
    what: string,
  ) {
    super(`Match ${matchID} changed under this server (${what}); the write was refused.`);
  }
}

/**
 * The stored version of a metadata object, carried on the object itself (a symbol: copied by spread,
 * which the Master uses to derive new metadata, and never serialised).
 */
export const METADATA_VERSION: unique symbol = Symbol('metadataVersion');
export type Versioned = { [METADATA_VERSION]?: number };

export type FetchOpts = { state?: boolean; log?: boolean; metadata?: boolean; initialState?: boolean };
export interface FetchResult {
  state?: State | undefined;
  log?: LogEntry[] | undefined;
  metadata?: Server.MatchData | undefined;
  initialState?: State | undefined;
}
export type ListOpts = {
  gameName?: string;
  where?: { isGameover?: boolean; updatedBefore?: number; updatedAfter?: number };
};

export interface StoredChat {
  readonly seq: number;
  readonly id: string;
  readonly sender: string;
  /** null for the table; a playerID for a private message. */
  readonly to: string | null;
  readonly text: string;
  readonly at: number;
}

/** 'solo': one person against bots, who takes no new players; 'table': friends or a class table. */
export type TableKind = 'table' | 'solo';

/** Who may reach a match and manage its seats. Never sent to a client but the table's creator. */
export interface MatchAccess {
  readonly matchID: string;
  readonly code: string;
  /** The table host's credential (the creator's; the facilitator's for class tables). */
  readonly hostToken: string;
  readonly kind: TableKind;
}

export interface NewAccess {
  readonly code: string;
  readonly hostToken: string;
  readonly kind: TableKind;
  /** The creating address, hashed (for the live-matches cap). */
  readonly creator?: string | undefined;
}

/** One move's writes, stored together in one transaction or not at all. */
export interface Commit {
  /** The stateID the new state replaces (default: state._stateID - 1). */
  readonly expected?: number;
  readonly state?: State;
  readonly log?: readonly LogEntry[];
  /** Written only if its METADATA_VERSION is still the stored one (none: over whatever is there). */
  readonly metadata?: Server.MatchData;
}

export interface Store {
  readonly kind: 'sqlite' | 'postgres';
  /** Class sessions, their students and per-table controls (the facilitator's data). */
  readonly sessions: SessionStore;

  fetch(matchID: string, opts: FetchOpts): Promise<FetchResult>;
  /** Creates the match and its access row (join code, host token) in one transaction. */
  createMatch(
    matchID: string,
    match: { initialState: State; metadata: Server.MatchData },
    access: NewAccess,
  ): Promise<void>;
  /**
   * Writes state (+ log) and/or metadata in one transaction, each compare-and-set; throws
   * StaleWriteError and stores nothing when another writer got there first. A state for an unknown
   * match is dropped.
   */
  commit(matchID: string, writes: Commit): Promise<void>;
  /** commit({metadata}). */
  setMetadata(matchID: string, metadata: Server.MatchData): Promise<void>;
  /** Drops what this process remembers of a match (a cached state), so the next read is fresh. */
  forget(matchID: string): void;
  has(matchID: string): Promise<boolean>;
  /** Deletes a match with its log, chat and access row. */
  wipe(matchID: string): Promise<void>;
  listMatches(opts?: ListOpts): Promise<string[]>;
  /** Matches not yet over (bots resume on them after a restart). */
  activeMatchIDs(): Promise<string[]>;
  countMatches(): Promise<number>;

  codeTaken(code: string): Promise<boolean>;
  /** Matches created by `creator` (a hashed address) that are not over and changed since `since`. */
  liveMatchesBy(creator: string, since: number): Promise<number>;
  accessByCode(code: string): Promise<MatchAccess | undefined>;
  accessByMatch(matchID: string): Promise<MatchAccess | undefined>;

  /** Appends a message; null if a message with this id is already stored (a resend). */
  addChat(matchID: string, msg: Omit<StoredChat, 'seq'>): Promise<StoredChat | null>;
  chatCount(matchID: string): Promise<number>;
  listChat(matchID: string): Promise<StoredChat[]>;

  close(): Promise<void>;
}

export const isGameover = (metadata: Server.MatchData): boolean =>
  metadata.gameover !== undefined && metadata.gameover !== null;

// The match engine: drives boardgame.io's Master for every match, one action at a time per match,
// and fans the results out to the connections in that match, each through its own player view.
//
// Guarantees on top of the stock Master:
// - a match exists only if the lobby created it (the Master's create-on-sync is never reached);
// - only MAKE_MOVE / GAME_EVENT (and UNDO / REDO when the game allows them) are accepted, by the
//   seat named in the payload, with that seat's credentials: no client can push a raw state;
// - every refusal has a code and a message (checkMove from the rules explains refused moves);
// - broadcasts are held back until the Master's storage writes have returned (durable first);
// - the initial state in a sync goes through the player view too (the stock sync sends it raw);
// - a connection that asks for deltas gets only what changed in its view (fanout.ts);
// - every write is compare-and-set (storage.ts): a move whose write another writer beat is refused
//   ('stale_state'), nothing of it is stored or sent, and the match's connections get a fresh sync;
// - with several processes (cluster.ts) only the match's owner applies its moves: another process
//   forwards them, and every change reaches every process's connections in the match.
//
// The Master works on a MatchSnapshot: the match as the engine read it from the store, with the
// Master's writes held in memory; the engine then commits them in one compare-and-set transaction.
import type { Ctx, LogEntry, Server, State } from 'boardgame.io';
import { getFilterPlayerView, ProcessGameConfig, Sync } from 'boardgame.io/internal';
import { Master } from 'boardgame.io/master';
import { type Cluster, LocalCluster, type RoomMessage } from './cluster.ts';
import { secretsEqual } from './codes.ts';
import type { ServerErrorCode } from './errorCodes.ts';
import { DeltaFanout } from './fanout.ts';
import { type FetchResult, StaleWriteError, type Store } from './storage.ts';
import type { Refusal, ServerGame } from './types.ts';

type MasterTransport = ConstructorParameters<typeof Master>[2];
type MasterAuth = ConstructorParameters<typeof Master>[3];
type Payload = Parameters<MasterTransport['sendAll']>[0];
type ProcessedGame = ReturnType<typeof ProcessGameConfig>;

/** One connected client (a socket), as the engine sees it. */
export interface Conn {
  readonly id: string;
  matchID: string | null;
  playerID: string | null;
  emit(event: string, ...args: unknown[]): void;
  /** False once the connection is gone (a sync queued before a disconnect must not seat it). */
  isOpen?(): boolean;
  /** The client applies per-seat patches ('ceasefire:patch') instead of full updates. */
  readonly deltas?: boolean;
}

export interface CredentialedAction {
  type: string;
  payload: { type: string; args?: unknown; playerID?: unknown; credentials?: unknown };
}

export type CommitListener = (matchID: string, state: State) => void;

/** A committed move's marks in the server (performance.now() values), for MatchEngine.moveTimed. */
export interface MoveMarks {
  readonly matchID: string;
  readonly playerID: string;
  /** The state the client moved on. */
  readonly stateID: number;
  readonly started: number;
  readonly commitStarted: number;
  readonly committed: number;
}

/** Who is acting: the facilitator's own hand passes a paused table. */
export interface ActOptions {
  readonly asFacilitator?: boolean;
}

export type Guard = (
  matchID: string,
  playerID: string,
  opts: ActOptions,
) => Refusal | null | Promise<Refusal | null>;

/**
 * The match as read from the store, for one Master call: reads come from it, writes are held in it
 * (the engine commits them afterwards in one transaction).
 */
class MatchSnapshot extends Sync {
  state: State | undefined;
  log: LogEntry[] = [];
  metadata: Server.MatchData | undefined;
  constructor(private readonly read: FetchResult) {
    super();
  }
  override connect(): void {}
  override createMatch(): void {
    throw new Error('matches are created by the lobby only');
  }
  fetch(
    _matchID: string,
    opts: { state?: boolean; metadata?: boolean; log?: boolean; initialState?: boolean },
    // biome-ignore lint/suspicious/noExplicitAny: boardgame.io's generic fetch signature.
  ): any {
    const r = this.read;
    return {
      ...(opts.state ? { state: this.state ?? r.state } : {}),
      ...(opts.metadata ? { metadata: this.metadata ?? r.metadata } : {}),
      ...(opts.log ? { log: r.log } : {}),
      ...(opts.initialState ? { initialState: r.initialState } : {}),
    };
  }
  setState(_matchID: string, state: State, deltalog?: LogEntry[]): void {
    this.state = state;
    if (deltalog) this.log.push(...deltalog);
  }
  setMetadata(_matchID: string, metadata: Server.MatchData): void {
    this.metadata = metadata;
  }
  wipe(): void {}
  override listMatches(): string[] {
    return [];
  }
}

export const refuse = (code: ServerErrorCode, message: string): Refusal => ({ code, message });

/** The log action type of a change made outside any move that its maker recorded (an inject). */
export const MUTATION = 'CEASEFIRE_MUTATION';
export interface MutationNote {
  readonly type: string;
  readonly args: readonly unknown[];
}
/** Edits a copy of the state; may record what it did (logged), returns a refusal or nothing. */
export type Mutation = (state: State, record: (note: MutationNote) => void) => Refusal | undefined;

const ACTIONS = new Set(['MAKE_MOVE', 'GAME_EVENT']);
const UNDO_ACTIONS = new Set(['UNDO', 'REDO']);

/** Public view of match metadata: the seats without their credentials. */
export function filterMetadata(metadata: Server.MatchData) {
  return Object.values(metadata.players).map(({ credentials: _c, ...rest }) => rest);
}

export class MatchEngine {
  readonly game: ProcessedGame;
  private readonly filter: ReturnType<typeof getFilterPlayerView>;
  private readonly rooms = new Map<string, Set<Conn>>();
  private readonly queues = new Map<string, Promise<unknown>>();
  private readonly listeners: CommitListener[] = [];
  private readonly syncListeners: ((conn: Conn, matchID: string) => void | Promise<void>)[] = [];
  private readonly auth: MasterAuth;
  /** Server time per committed move (checks, rules, store commit, fan-out), for /health and the bench. */
  readonly stats = new MoveStats();
  /** Wall time of the store's commit of each move (a durable write: with SQLite synchronous=full, an fsync). */
  readonly commitStats = new MoveStats();
  /**
   * Told of each committed move's marks (performance.now(): handler start, commit start, committed),
   * before its fan-out: the bench splits a move's round trip with them (server/bench/split.ts).
   */
  moveTimed: ((marks: MoveMarks) => void) | null = null;
  private readonly guards: Guard[] = [];
  private readonly presenceListeners: ((matchID: string) => void)[] = [];
  private readonly fanout = new DeltaFanout();

  constructor(
    readonly store: Store,
    readonly serverGame: ServerGame,
    readonly cluster: Cluster = new LocalCluster(),
  ) {
    this.game = ProcessGameConfig(serverGame.game);
    this.filter = getFilterPlayerView(this.game);
    this.auth = {
      authenticateCredentials: ({ playerID, credentials, metadata }: AuthArgs) =>
        this.credentialsValid(metadata, playerID, credentials),
    } as unknown as MasterAuth;
    cluster.onMessage((matchID, msg) => void this.remote(matchID, msg));
    cluster.onForwarded((req) =>
      this.submit(req.matchID, req.playerID, req.action, req.stateID, {
        asFacilitator: req.asFacilitator === true,
      }),
    );
    cluster.onAcquired((matchID) => {
      // Taken over from a process that is gone: read afresh, and wake the bots and timers.
      this.store.forget(matchID);
      void this.touch(matchID);
    });
  }

  /** UNDO / REDO only when the server game opts in and the game does not disable them. */
  get undoAllowed(): boolean {
    return this.serverGame.allowUndo === true && !this.game.disableUndo;
  }

  get name(): string {
    return this.game.name ?? 'default';
  }

  credentialsValid(metadata: Server.MatchData | undefined, playerID: unknown, credentials: unknown): boolean {
    if (!metadata || typeof playerID !== 'string') return false;
    const seat = (metadata.players as Record<string, Server.PlayerMetadata | undefined>)[playerID];
    return secretsEqual(credentials, seat?.credentials);
  }

  onCommit(listener: CommitListener): void {
    this.listeners.push(listener);
  }

  /** Told when a seat connects or disconnects, or a connection joins or leaves a match (presence). */
  onPresence(listener: (matchID: string) => void): void {
    this.presenceListeners.push(listener);
  }

  private presence(matchID: string): void {
    for (const l of this.presenceListeners) l(matchID);
  }

  /** A check run before every seat action (e.g. the facilitator's pause); a refusal stops the action. */
  addGuard(guard: Guard): void {
    this.guards.push(guard);
  }

  /** Whether this process applies the match's writes now (see cluster.ts). */
  owns(matchID: string): Promise<boolean> {
    return this.cluster.own(matchID);
  }

  /** Asks the match's owner, wherever it runs, to look at the match (bots, timers). */
  pokeOwner(matchID: string): void {
    this.cluster.publish(matchID, { t: 'touch' });
  }

  /**
   * Changes a match's state outside any move (a facilitator inject), inside the match's queue: `change`
   * gets a copy of the state to edit and returns a refusal or nothing. The new state is stored first,
   * then sent to every connection through its own player view, then the commit listeners hear of it.
   */
  mutate(matchID: string, change: Mutation): Promise<Refusal | null> {
    return this.enqueue(matchID, () => this.mutateNow(matchID, change));
  }

  /** `mutate` for a caller already running inside the match's queue (enqueue). */
  async mutateNow(matchID: string, change: Mutation): Promise<Refusal | null> {
    const { state, metadata } = await this.store.fetch(matchID, { state: true, metadata: true });
    if (!state || !metadata) return refuse('unknown_match', `There is no match "${matchID}".`);
    if (state.ctx.gameover !== undefined) return refuse('game_over', 'The game is over.');
    const next = structuredClone(state);
    const notes: MutationNote[] = [];
    const why = change(next, (note) => notes.push(note));
    if (why) return why;
    // Recorded changes go to the log as MUTATION entries (no seat), so a replay can make them again.
    const log = notes.map(
      (note) =>
        ({
          action: { type: MUTATION, payload: { type: note.type, args: note.args } },
          _stateID: state._stateID,
          turn: state.ctx.turn,
          phase: state.ctx.phase,
        }) as unknown as LogEntry,
    );
    next._stateID = state._stateID + 1;
    const over = this.game.endIf?.({ G: next.G, ctx: next.ctx } as never);
    if (over !== undefined) {
      next.ctx = { ...next.ctx, gameover: over };
      metadata.gameover = over;
      metadata.updatedAt = Date.now();
    }
    try {
      await this.store.commit(matchID, {
        expected: state._stateID,
        state: next,
        log,
        ...(over !== undefined ? { metadata } : {}),
      });
    } catch (err) {
      return this.lostRace(matchID, err);
    }
    this.flush(matchID, [{ type: 'update', args: [matchID, next] }]);
    for (const listener of this.listeners) listener(matchID, next);
    return null;
  }

  /** Tells the commit listeners (bots, timers) to look at a match, e.g. one just created. */
  async touch(matchID: string): Promise<void> {
    const { state } = await this.store.fetch(matchID, { state: true });
    if (state) for (const listener of this.listeners) listener(matchID, state);
  }

  /** Called inside the match's queue right after a connection was synced (chat history replay). */
  onSynced(listener: (conn: Conn, matchID: string) => void | Promise<void>): void {
    this.syncListeners.push(listener);
  }

  /** Runs fn after every earlier task of this match has finished: one task at a time per match. */
  enqueue<T>(matchID: string, fn: () => T | Promise<T>): Promise<T> {
    const prev = this.queues.get(matchID) ?? Promise.resolve();
    const run = prev.then(fn, fn);
    const tail = run.then(
      () => undefined,
      () => undefined,
    );
    this.queues.set(matchID, tail);
    tail.then(() => {
      if (this.queues.get(matchID) === tail) this.queues.delete(matchID);
    });
    return run;
  }

  /** Resolves when every queued task (of every match) has run. */
  async idle(): Promise<void> {
    while (this.queues.size > 0) await Promise.all([...this.queues.values()]);
  }

  /** This process's connections in the match (emitTo reaches every process's). */
  connsOf(matchID: string): ReadonlySet<Conn> {
    return this.rooms.get(matchID) ?? new Set();
  }

  roomCount(): number {
    return this.rooms.size;
  }

  /**
   * Sends an event to every connection in the match, in every process: all of them, or those of the
   * given seats (null: spectators).
   */
  emitTo(matchID: string, event: string, args: unknown[], seats?: (string | null)[]): void {
    this.emitLocal(matchID, event, args, seats);
    this.cluster.publish(matchID, { t: 'emit', event, args, ...(seats ? { seats } : {}) });
  }

  private emitLocal(matchID: string, event: string, args: unknown[], seats?: (string | null)[]): void {
    for (const conn of this.rooms.get(matchID) ?? []) {
      if (!seats || seats.includes(conn.playerID)) conn.emit(event, ...args);
    }
  }

  /** Another process's news for this process's connections in a match. */
  private async remote(matchID: string, msg: RoomMessage): Promise<void> {
    switch (msg.t) {
      case 'flush':
        // Another process wrote the match: what this one remembers of it is old.
        if (msg.payloads.some((p) => p.type === 'update')) this.store.forget(matchID);
        this.flushLocal(matchID, msg.payloads as Payload[], msg.first);
        return;
      case 'emit':
        this.emitLocal(matchID, msg.event, msg.args, msg.seats);
        return;
      case 'evict':
        this.evictLocal(matchID, msg.playerID, msg.refusal);
        return;
      case 'touch':
        if (await this.cluster.own(matchID)) await this.touch(matchID);
        return;
    }
  }

  // ---------------------------------------------------------------- sync / connection

  /** A client asks for the match state (first connection, reconnection, or a switch of match). */
  sync(conn: Conn, matchID: string, playerID: string | null, credentials: unknown): Promise<Refusal | null> {
    return this.enqueue(matchID, async () => {
      const read = await this.store.fetch(matchID, {
        state: true,
        metadata: true,
        log: true,
        initialState: true,
      });
      const metadata = read.metadata;
      if (!metadata || !read.state) return refuse('unknown_match', `There is no match "${matchID}".`);
      if (playerID !== null) {
        if (!(playerID in metadata.players)) {
          return refuse('unknown_seat', `Match ${matchID} has no seat "${playerID}".`);
        }
        if (!this.credentialsValid(metadata, playerID, credentials)) {
          return refuse('unauthorized', `Wrong or missing credentials for seat ${playerID}.`);
        }
      }
      if (conn.matchID !== null && (conn.matchID !== matchID || conn.playerID !== playerID)) {
        await this.leave(conn);
      }
      const buffer: Payload[] = [];
      const result = await this.master(new MatchSnapshot(read), buffer, conn).onSync(
        matchID,
        playerID,
        typeof credentials === 'string' ? credentials : undefined,
      );
      if (result && 'error' in result) return refuse('sync_failed', result.error);
      if (conn.isOpen && !conn.isOpen()) return null;
      this.join(conn, matchID, playerID);
      if (playerID !== null) await this.connectionChange(read, matchID, playerID, credentials, true);
      this.flush(matchID, buffer);
      for (const listener of this.syncListeners) await listener(conn, matchID);
      this.presence(matchID);
      // A match nobody holds (its process is gone) is taken by the process its players are on.
      void this.cluster.own(matchID).catch(() => false);
      return null;
    });
  }

  /** The connection is gone (or switches match): mark its seat disconnected if it was the last one. */
  disconnect(conn: Conn): Promise<void> {
    const matchID = conn.matchID;
    if (matchID === null) return Promise.resolve();
    return this.enqueue(matchID, () => this.leave(conn));
  }

  private async leave(conn: Conn): Promise<void> {
    const { matchID, playerID } = conn;
    if (matchID === null) return;
    const room = this.rooms.get(matchID);
    room?.delete(conn);
    if (room && room.size === 0) this.dropRoom(matchID);
    conn.matchID = null;
    conn.playerID = null;
    this.presence(matchID);
    if (playerID === null) return;
    for (const other of room ?? []) if (other.playerID === playerID) return;
    const read = await this.store.fetch(matchID, { metadata: true });
    const seat = read.metadata?.players[Number(playerID)];
    if (!read.metadata || !seat) return;
    const buffer: Payload[] = [];
    await this.connectionChange(read, matchID, playerID, seat.credentials, false, buffer);
    this.flush(matchID, buffer);
    this.presence(matchID);
  }

  /** A seat's connected flag; another writer's newer metadata wins (the flag is refreshed on the next sync). */
  private async connectionChange(
    read: FetchResult,
    matchID: string,
    playerID: string,
    credentials: unknown,
    connected: boolean,
    buffer: Payload[] = [],
  ): Promise<void> {
    const snapshot = new MatchSnapshot(read);
    await this.master(snapshot, buffer, null).onConnectionChange(
      matchID,
      playerID,
      credentials as string,
      connected,
    );
    if (!snapshot.metadata) return;
    try {
      await this.store.setMetadata(matchID, snapshot.metadata);
    } catch (err) {
      if (!(err instanceof StaleWriteError)) throw err;
      buffer.length = 0;
      return;
    }
    this.flush(matchID, buffer.splice(0));
  }

  /**
   * Another writer changed the match first: the write was refused (nothing stored). This server's
   * copy is dropped and every connection in the match gets the stored state afresh.
   */
  private lostRace(matchID: string, err: unknown): Refusal {
    if (!(err instanceof StaleWriteError)) throw err;
    this.store.forget(matchID);
    this.raceCount++;
    for (const conn of this.rooms.get(matchID) ?? []) void this.resyncNow(conn);
    return refuse(
      'stale_state',
      'The match changed on another server before this action was stored; resynchronising.',
    );
  }

  /** Writes refused because another writer had changed the match first (for /health and tests). */
  raceCount = 0;

  private join(conn: Conn, matchID: string, playerID: string | null): void {
    let room = this.rooms.get(matchID);
    if (!room) {
      room = new Set();
      this.rooms.set(matchID, room);
      this.cluster.watch(matchID, true);
    }
    room.add(conn);
    conn.matchID = matchID;
    conn.playerID = playerID;
  }

  // ---------------------------------------------------------------- moves

  /** A seat's action (from a socket or a bot). Resolves to null when committed, else the refusal. */
  submit(
    matchID: string,
    playerID: string,
    action: unknown,
    stateID: unknown,
    opts: ActOptions = {},
  ): Promise<Refusal | null> {
    return this.enqueue(matchID, () => this.submitNow(matchID, playerID, action, stateID, opts));
  }

  /**
   * submit() for callers already running inside this match's queue (bots, the facilitator). In a
   * cluster the match's owner applies it: another process forwards it there.
   */
  async submitNow(
    matchID: string,
    playerID: string,
    action: unknown,
    stateID: unknown,
    opts: ActOptions = {},
  ): Promise<Refusal | null> {
    const shape = checkActionShape(action, stateID);
    if (shape) return shape;
    while (!(await this.cluster.own(matchID))) {
      const answer = await this.cluster.forward({
        matchID,
        playerID,
        action,
        stateID,
        ...(opts.asFacilitator ? { asFacilitator: true } : {}),
      });
      if (answer !== 'local') return answer;
    }
    return this.apply(matchID, playerID, action as CredentialedAction, stateID as number, opts);
  }

  private async apply(
    matchID: string,
    playerID: string,
    act: CredentialedAction,
    stateID: number,
    opts: ActOptions,
  ): Promise<Refusal | null> {
    const started = performance.now();
    const read = await this.store.fetch(matchID, { metadata: true, state: true });
    const { metadata, state } = read;
    if (!metadata || !state) return refuse('unknown_match', `There is no match "${matchID}".`);
    if (!(playerID in metadata.players))
      return refuse('unknown_seat', `Match ${matchID} has no seat "${playerID}".`);
    if (!this.credentialsValid(metadata, playerID, act.payload.credentials)) {
      return refuse('unauthorized', `Wrong or missing credentials for seat ${playerID}.`);
    }
    if (act.payload.playerID !== playerID) {
      return refuse(
        'wrong_seat',
        `The action names seat ${String(act.payload.playerID)}, not your seat ${playerID}.`,
      );
    }
    const undoable = UNDO_ACTIONS.has(act.type) && this.undoAllowed;
    if (!ACTIONS.has(act.type) && !undoable) {
      return refuse('forbidden_action', `Action type "${act.type}" is not accepted by the server.`);
    }
    const { ctx, G } = state;
    if (ctx.gameover !== undefined) return refuse('game_over', 'The game is over.');
    for (const guard of this.guards) {
      const why = await guard(matchID, playerID, opts);
      if (why) return why;
    }
    if (!this.game.flow.isPlayerActive(G, ctx, playerID)) {
      return refuse('not_active', `Seat ${playerID} cannot act now (phase "${ctx.phase}").`);
    }
    const name = act.payload.type;
    // boardgame.io's reducer runs any flow event a client sends (endPhase, endGame ...), enabled or
    // not: only the events the game enables for clients may pass.
    if (act.type === 'GAME_EVENT' && !this.game.flow.enabledEventNames.includes(name)) {
      return refuse('forbidden_event', `The event "${name}" cannot be sent by a player.`);
    }
    let ignoreStale = false;
    if (act.type === 'MAKE_MOVE') {
      const move = this.game.flow.getMove(ctx, name, playerID);
      if (!move) {
        return refuse(
          'unknown_move',
          `Move "${name}" is not available to seat ${playerID} now (phase "${ctx.phase}").`,
        );
      }
      ignoreStale = typeof move === 'object' && move.ignoreStaleStateID === true;
    }
    // Simultaneous phases: another seat's move makes this one's stateID stale. A move the rules can
    // re-check (checkMove) against the current state is judged on that state instead of refused.
    const recheck =
      act.type === 'MAKE_MOVE' &&
      this.serverGame.checkMove !== undefined &&
      this.serverGame.recheckStaleMoves !== false;
    if (state._stateID !== stateID && !ignoreStale && !recheck) {
      return refuse(
        'stale_state',
        `The action was made on an old state (${String(stateID)}, now ${state._stateID}); resynchronising.`,
      );
    }
    if (act.type === 'MAKE_MOVE' && this.serverGame.checkMove) {
      const args = Array.isArray(act.payload.args) ? act.payload.args : [];
      let why: Refusal | null;
      try {
        why = this.serverGame.checkMove(G, ctx as Ctx, playerID, name, args);
      } catch (err) {
        why = refuse('invalid_move', `The move could not be checked: ${(err as Error).message}`);
      }
      if (why) return why;
    }

    const buffer: Payload[] = [];
    let next: State | undefined;
    const snapshot = new MatchSnapshot(read);
    const master = this.master(snapshot, buffer, null);
    master.subscribe(({ state: s }) => {
      next = s;
    });
    let result: Awaited<ReturnType<Master['onUpdate']>>;
    try {
      result = await master.onUpdate(act as never, recheck ? state._stateID : stateID, matchID, playerID);
    } catch (err) {
      return refuse('move_failed', `The move failed on the server: ${(err as Error).message}`);
    }
    if (result && 'error' in result) return refuse('refused', result.error);
    if (!next || next._stateID === state._stateID || !snapshot.state) {
      return refuse('invalid_move', `The rules refused "${name}" for seat ${playerID}.`);
    }
    // Durable first: only once state, log and metadata are committed do clients hear of the move.
    // Without undo, boardgame.io's undo history (a copy of G per move of the turn) is dead weight
    // that would be rewritten with every move: it is not stored.
    const commitStarted = performance.now();
    try {
      await this.store.commit(matchID, {
        expected: state._stateID,
        state: this.undoAllowed ? snapshot.state : withoutUndo(snapshot.state),
        log: snapshot.log,
        ...(snapshot.metadata ? { metadata: snapshot.metadata } : {}),
      });
    } catch (err) {
      return this.lostRace(matchID, err);
    }
    const committed = performance.now();
    this.commitStats.record(committed - commitStarted);
    this.moveTimed?.({ matchID, playerID, stateID, started, commitStarted, committed });
    this.flush(matchID, buffer, playerID);
    this.stats.record(performance.now() - started);
    const committedState = next;
    for (const listener of this.listeners) listener(matchID, committedState);
    return null;
  }

  /** Sends a fresh sync to one connection (after a stale action, for instance). */
  resync(conn: Conn): Promise<Refusal | null> {
    if (conn.matchID === null) return Promise.resolve(null);
    return this.enqueue(conn.matchID, async () => {
      await this.resyncNow(conn);
      return null;
    });
  }

  /**
   * A fresh sync for a connection already seated (inside its match's queue). The Master checks
   * credentials on sync: the seat's current ones are used, since the connection proved them when it
   * synced and is unseated whenever they change.
   */
  private async resyncNow(conn: Conn): Promise<void> {
    const { matchID, playerID } = conn;
    if (matchID === null) return;
    const read = await this.store.fetch(matchID, {
      state: true,
      metadata: true,
      log: true,
      initialState: true,
    });
    const credentials = playerID === null ? undefined : read.metadata?.players[Number(playerID)]?.credentials;
    if (!read.state) return;
    await this.master(new MatchSnapshot(read), [], conn).onSync(matchID, playerID, credentials);
  }

  // ---------------------------------------------------------------- metadata (lobby)

  /**
   * Changes a match's metadata inside its queue (so no Master write of this process can overwrite
   * it), stores it (compare-and-set) and tells the connected clients. `change` returns a refusal to
   * abort, or a value to return.
   */
  updateMetadata<T>(
    matchID: string,
    change: (metadata: Server.MatchData) => T | Refusal | Promise<T | Refusal>,
  ): Promise<{ ok: T } | { refused: Refusal }> {
    return this.enqueue(matchID, async () => {
      // Another process may write the match's metadata meanwhile (a seat's connected flag): the change
      // is made again on what is stored then, a few times, before giving up.
      for (let attempt = 1; ; attempt++) {
        this.pendingEvictions.delete(matchID);
        const { metadata } = await this.store.fetch(matchID, { metadata: true });
        if (!metadata) return { refused: refuse('unknown_match', `There is no match "${matchID}".`) };
        let result: T | Refusal;
        try {
          result = await change(metadata);
        } catch (err) {
          this.pendingEvictions.delete(matchID);
          throw err;
        }
        if (isRefusal(result)) {
          this.pendingEvictions.delete(matchID);
          return { refused: result };
        }
        metadata.updatedAt = Date.now();
        try {
          await this.store.setMetadata(matchID, metadata);
        } catch (err) {
          this.pendingEvictions.delete(matchID);
          if (!(err instanceof StaleWriteError)) throw err;
          if (attempt < 5) continue;
          const msg = 'The table changed on another server meanwhile; nothing was changed. Try again.';
          return { refused: refuse('conflict', msg) };
        }
        const evictions = this.pendingEvictions.get(matchID) ?? [];
        this.pendingEvictions.delete(matchID);
        for (const e of evictions) this.evict(matchID, e.playerID, e.refusal);
        this.flush(matchID, [{ type: 'matchData', args: [matchID, filterMetadata(metadata)] }]);
        await this.touch(matchID);
        this.pokeOwner(matchID);
        return { ok: result as T };
      }
    });
  }

  /** Evictions asked for inside updateMetadata's `change`, per match, done once the change is stored. */
  private readonly pendingEvictions = new Map<string, { playerID: string; refusal: Refusal }[]>();

  /**
   * Unseats a seat's connections, in every process (the seat gets new credentials: a bot took it
   * over, or a human took it from a bot). Inside updateMetadata's `change` it happens once the new
   * metadata is stored.
   */
  evictSeat(matchID: string, playerID: string, refusal: Refusal): void {
    const list = this.pendingEvictions.get(matchID) ?? [];
    list.push({ playerID, refusal });
    this.pendingEvictions.set(matchID, list);
  }

  private evict(matchID: string, playerID: string, refusal: Refusal): void {
    this.evictLocal(matchID, playerID, refusal);
    this.cluster.publish(matchID, { t: 'evict', playerID, refusal });
  }

  private evictLocal(matchID: string, playerID: string, refusal: Refusal): void {
    const room = this.rooms.get(matchID);
    if (!room) return;
    for (const conn of [...room]) {
      if (conn.playerID !== playerID) continue;
      room.delete(conn);
      conn.matchID = null;
      conn.playerID = null;
      conn.emit('ceasefire:error', { ...refusal, event: 'seat', matchID });
    }
    if (room.size === 0) this.dropRoom(matchID);
  }

  private dropRoom(matchID: string): void {
    this.rooms.delete(matchID);
    this.fanout.forget(matchID);
    this.cluster.watch(matchID, false);
  }

  // ---------------------------------------------------------------- fan-out

  /**
   * Sends payloads to every connection in the match (in every process), each filtered for its seat.
   * The connections of `first` (the seat that made the move) hear of it before the others: the player
   * waiting on a move sees it soonest.
   */
  flush(matchID: string, payloads: readonly Payload[], first?: string): void {
    if (payloads.length === 0) return;
    this.flushLocal(matchID, payloads, first);
    this.cluster.publish(matchID, { t: 'flush', payloads, ...(first !== undefined ? { first } : {}) });
  }

  private flushLocal(matchID: string, payloads: readonly Payload[], first?: string): void {
    const seated = this.rooms.get(matchID);
    if (!seated || payloads.length === 0) return;
    const room = first === undefined ? seated : moverFirst(seated, first);
    for (const payload of payloads) {
      if (payload.type === 'update') {
        this.fanout.send(matchID, room, (playerID) => this.filterFor(playerID, payload));
        continue;
      }
      const perSeat = new Map<string | null, { type: string; args: unknown[] }>();
      for (const conn of room) {
        let data = perSeat.get(conn.playerID);
        if (!data) {
          data = this.filterFor(conn.playerID, payload);
          perSeat.set(conn.playerID, data);
        }
        conn.emit(data.type, ...data.args);
      }
    }
  }

  /** The player view of a state, as a client with this playerID would receive it. */
  viewOf(state: State, playerID: string | null): State {
    const data = this.filterFor(playerID, { type: 'update', args: ['', state] });
    return data.args[1] as State;
  }

  private filterFor(playerID: string | null, payload: Payload): { type: string; args: unknown[] } {
    const data = this.filter(playerID as string, payload) as { type: string; args: unknown[] };
    if (data.type === 'sync') {
      const [matchID, info] = data.args as [string, { initialState?: State; log?: LogEntry[] }];
      if (info.initialState) {
        const initialState = this.viewOf(info.initialState, playerID);
        return { type: 'sync', args: [matchID, { ...info, initialState }] };
      }
    }
    return data;
  }

  private master(storage: MatchSnapshot, buffer: Payload[], direct: Conn | null): Master {
    const transport: MasterTransport = {
      send: ({ playerID, ...data }) => {
        if (!direct) return;
        const filtered = this.filterFor(playerID as string | null, data as Payload);
        if (filtered.type === 'sync') {
          const [matchID, info] = filtered.args as [string, { state: State }];
          this.fanout.synced(direct, matchID, (playerID as string | null | undefined) ?? null, info.state);
        }
        direct.emit(filtered.type, ...filtered.args);
      },
      sendAll: (payload) => {
        buffer.push(payload);
      },
    };
    return new Master(this.game, storage, transport, this.auth);
  }
}

interface AuthArgs {
  playerID: string;
  credentials?: string;
  metadata?: Server.MatchData;
}

/** The room's connections, those of seat `first` ahead of the others (otherwise in their order). */
function moverFirst(room: ReadonlySet<Conn>, first: string): Conn[] {
  const ahead: Conn[] = [];
  const rest: Conn[] = [];
  for (const conn of room) (conn.playerID === first ? ahead : rest).push(conn);
  return ahead.length === 0 ? rest : ahead.concat(rest);
}

const withoutUndo = (state: State): State =>
  state._undo.length === 0 && state._redo.length === 0 ? state : { ...state, _undo: [], _redo: [] };

function isRefusal(value: unknown): value is Refusal {
  return (
    typeof value === 'object' &&
    value !== null &&
    'code' in value &&
    'message' in value &&
    Object.keys(value).length === 2
  );
}

/** Garbage in, clear refusal out: the shape the stock client sends for a move or an event. */
export function checkActionShape(action: unknown, stateID: unknown): Refusal | null {
  if (typeof action !== 'object' || action === null || Array.isArray(action)) {
    return refuse('bad_request', 'The action must be an object {type, payload}.');
  }
  const { type, payload } = action as { type?: unknown; payload?: unknown };
  if (typeof type !== 'string') return refuse('bad_request', 'The action has no type.');
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) {
    return refuse('bad_request', 'The action has no payload.');
  }
  const p = payload as Record<string, unknown>;
  if (typeof p.type !== 'string' || p.type.length === 0 || p.type.length > 100) {
    return refuse('bad_request', 'The action payload needs a move or event name.');
  }
  if (p.args !== undefined && p.args !== null && !Array.isArray(p.args)) {
    return refuse('bad_request', 'The move arguments must be an array.');
  }
  if (typeof p.playerID !== 'string') return refuse('bad_request', 'The action payload has no playerID.');
  if (!Number.isInteger(stateID)) return refuse('bad_request', 'The stateID must be an integer.');
  return null;
}

/** Count and recent durations of committed moves. */
export class MoveStats {
  count = 0;
  private readonly recent: number[] = [];
  private next = 0;

  record(ms: number): void {
    this.count++;
    if (this.recent.length < 10_000) this.recent.push(ms);
    else this.recent[this.next++ % 10_000] = ms;
  }

  reset(): void {
    this.recent.length = 0;
    this.next = 0;
  }

  summary(): { count: number; p50: number; p99: number } {
    const s = [...this.recent].sort((a, b) => a - b);
    const at = (p: number) =>
      Math.round((s[Math.min(s.length - 1, Math.floor(p * s.length))] ?? 0) * 1000) / 1000;
    return { count: this.count, p50: at(0.5), p99: at(0.99) };
  }
}

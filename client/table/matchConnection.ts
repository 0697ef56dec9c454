// One live connection to a match: boardgame.io's Client over the SocketIO transport with per-seat deltas
// (deltaTransport.ts), plus what the server adds (refusal reasons on 'ceasefire:error', chat history
// replay, timers), as a store for React.
import type { Ctx } from 'boardgame.io';
import { Client } from 'boardgame.io/client';
import { Ceasefire, checkMove, type GameState } from '../../game/index.ts';
import { t } from '../i18n/i18n.ts';
import { moveErrorText } from '../i18n/moveError.ts';
import { serverErrorText } from '../i18n/serverError.ts';
import { DeltaSocketIO } from './deltaTransport.ts';

export interface ChatLine {
  readonly id: string;
  readonly sender: string;
  readonly text: string;
  /** null: the whole table; else the playerID of a private message's recipient. */
  readonly to: string | null;
  readonly at: number;
}

export interface SeatMeta {
  readonly id: number;
  readonly name?: string;
  readonly isConnected?: boolean;
  readonly data?: { bot?: { policy: string; difficulty: string } };
}

export interface Notice {
  readonly id: number;
  readonly text: string;
  /** Where it came from: our own check before sending, or the server. */
  readonly source: 'check' | 'server' | 'connection';
}

/** A phase timer, when the facilitator runs one (server event 'ceasefire:status', GET /api/matches/:id/status). */
export interface TimerInfo {
  readonly phase: string;
  readonly round?: number;
  readonly endsAt: number | null;
  readonly paused: boolean;
}

/** The facilitator's public controls of a table, as the server sends them. */
interface TableStatus {
  readonly matchID?: string;
  readonly paused?: boolean;
  readonly timer?: { phase: string; endsAt: number; round?: number } | null;
  readonly inClass?: boolean;
  readonly advisor?: boolean;
}

export type Connection = 'connecting' | 'online' | 'reconnecting';

/** How long the facilitator's broadcast banner stays before it goes by itself. */
export const BROADCAST_MS = 20_000;

export interface MatchSnapshot {
  readonly G: GameState | null;
  readonly ctx: Ctx | null;
  readonly stateID: number;
  readonly seats: readonly SeatMeta[];
  readonly chat: readonly ChatLine[];
  readonly connection: Connection;
  readonly notice: Notice | null;
  /** The server no longer accepts this browser's seat (taken over, or unknown credentials). */
  readonly seatLost: string | null;
  readonly timer: TimerInfo | null;
  /** The facilitator paused the table: moves are refused until it resumes. */
  readonly paused: boolean;
  /** The facilitator's latest message to every table. */
  readonly broadcast: { readonly text: string; readonly at: number } | null;
  /** Whether the advisor may be asked: in a class as the facilitator decides; null until the server says. */
  readonly advisor: { readonly inClass: boolean; readonly allowed: boolean } | null;
}

interface ServerError {
  code: string;
  message: string;
  event?: string;
  matchID?: string;
}

interface SocketLike {
  on(event: string, fn: (...args: never[]) => void): void;
  off(event: string): void;
  io: { on(event: string, fn: (...args: never[]) => void): void };
}

const EMPTY: MatchSnapshot = {
  G: null,
  ctx: null,
  stateID: -1,
  seats: [],
  chat: [],
  connection: 'connecting',
  notice: null,
  seatLost: null,
  timer: null,
  paused: false,
  broadcast: null,
  advisor: null,
};

let noticeId = 0;

export const UPDATE_MARK = 'ceasefire:update';
export const RENDER_MEASURE = 'ceasefire:render';

export class MatchConnection {
  private client: ReturnType<typeof Client<GameState>> | null = null;
  private snap: MatchSnapshot = EMPTY;
  private readonly listeners = new Set<() => void>();
  private readonly chatById = new Map<string, ChatLine>();
  private chatSeen = 0;
  private everConnected = false;
  /** The last move sent, resent once if the server says it was made on a stale state. */
  private pending: { move: string; args: unknown[]; retried: boolean } | null = null;
  private resendOnSync = false;
  private phaseKey = '';
  private statusPushes = 0;

  constructor(
    readonly matchID: string,
    readonly playerID: string | null,
    private readonly credentials: string | undefined,
  ) {}

  subscribe = (l: () => void): (() => void) => {
    this.listeners.add(l);
    return () => this.listeners.delete(l);
  };

  getSnapshot = (): MatchSnapshot => this.snap;

  private set(patch: Partial<MatchSnapshot>): void {
    this.snap = { ...this.snap, ...patch };
    for (const l of this.listeners) l();
  }

  start(): void {
    if (this.client) return;
    const client = Client<GameState>({
      game: Ceasefire,
      multiplayer: DeltaSocketIO(),
      matchID: this.matchID,
      debug: false,
      ...(this.playerID !== null ? { playerID: this.playerID } : {}),
      ...(this.credentials ? { credentials: this.credentials } : {}),
    });
    this.client = client;
    client.subscribe((state) => this.onState(state));
    client.start();
    const socket = (client as unknown as { transport: { socket?: SocketLike } }).transport.socket;
    if (!socket) return;
    socket.on('ceasefire:error', (e: ServerError) => this.onServerError(e));
    socket.on('ceasefire:status', (s: TableStatus) => {
      this.statusPushes++;
      this.onStatus(s);
    });
    socket.on('ceasefire:broadcast', (b: { matchID?: string; text?: unknown; at?: unknown }) => {
      if (b.matchID !== this.matchID || typeof b.text !== 'string') return;
      const broadcast = { text: b.text, at: typeof b.at === 'number' ? b.at : Date.now() };
      this.set({ broadcast });
      // The banner is a notice, not a fixture: it goes after a while (the chat keeps the message).
      window.setTimeout(() => {
        if (this.snap.broadcast === broadcast) this.set({ broadcast: null });
      }, BROADCAST_MS);
    });
    socket.on('connect', () => void this.fetchStatus());
    socket.on('connect_error', () =>
      this.set({ connection: this.everConnected ? 'reconnecting' : 'connecting' }),
    );
    socket.on('disconnect', () => this.set({ connection: 'reconnecting' }));
  }

  private onStatus(s: TableStatus): void {
    if (s.matchID !== undefined && s.matchID !== this.matchID) return;
    const paused = Boolean(s.paused);
    const t = s.timer;
    this.set({
      paused,
      ...(s.advisor !== undefined
        ? { advisor: { inClass: s.inClass === true, allowed: s.advisor === true } }
        : {}),
      timer: t
        ? { phase: t.phase, endsAt: t.endsAt, paused, ...(t.round !== undefined ? { round: t.round } : {}) }
        : null,
    });
  }

  /** A table's pause and timer on (re)connection; tables outside a class session have none. */
  private async fetchStatus(): Promise<void> {
    const pushes = this.statusPushes;
    try {
      const res = await fetch(`/api/matches/${encodeURIComponent(this.matchID)}/status`);
      const body = res.ok ? ((await res.json()) as TableStatus) : null;
      // A status pushed by the server while this request ran is newer than its answer.
      if (body && pushes === this.statusPushes) this.onStatus(body);
    } catch {
      // No status route or offline: no timer to show.
    }
  }

  dismissBroadcast(): void {
    this.set({ broadcast: null });
  }

  stop(): void {
    this.client?.stop();
    this.client = null;
  }

  private onState(state: ReturnType<NonNullable<typeof this.client>['getState']>): void {
    const client = this.client;
    if (!client) return;
    const chat = this.mergeChat(client.chatMessages);
    const seats = (client.matchData ?? []) as unknown as SeatMeta[];
    const connected = state?.isConnected ?? false;
    if (connected && state) this.everConnected = true;
    const connection: Connection =
      connected && state ? 'online' : this.everConnected ? 'reconnecting' : 'connecting';
    const fresh = state !== null && (state._stateID !== this.snap.stateID || this.snap.G === null);
    const clearNotice = connection === 'online' && this.snap.notice?.source === 'connection';
    // Marks the arrival of a new state; the table measures from here to its commit (see useRenderTiming).
    if (fresh) performance.mark(UPDATE_MARK);
    this.set({
      chat,
      seats,
      connection,
      ...(fresh && state ? { G: state.G, ctx: state.ctx, stateID: state._stateID } : {}),
      ...(clearNotice ? { notice: null } : {}),
    });
    if (this.resendOnSync && fresh) this.resend();
    // A phase timer starts with its phase: ask for the table's status whenever the phase changes.
    const phaseKey = state ? `${state.G.round}:${String(state.ctx.phase)}` : '';
    if (phaseKey && phaseKey !== this.phaseKey) {
      const first = this.phaseKey === '';
      this.phaseKey = phaseKey;
      if (!first) void this.fetchStatus();
    }
  }

  private mergeChat(
    messages: readonly { id: string; sender: string; payload: unknown }[],
  ): readonly ChatLine[] {
    if (messages.length === this.chatSeen) return this.snap.chat;
    for (const m of messages.slice(this.chatSeen)) {
      if (this.chatById.has(m.id)) continue;
      const p = m.payload as { text?: unknown; to?: unknown; at?: unknown } | string;
      const text = typeof p === 'string' ? p : typeof p?.text === 'string' ? p.text : '';
      if (!text) continue;
      this.chatById.set(m.id, {
        id: m.id,
        sender: String(m.sender),
        text,
        to: typeof p === 'object' && typeof p.to === 'string' ? p.to : null,
        at: typeof p === 'object' && typeof p.at === 'number' ? p.at : Date.now(),
      });
    }
    this.chatSeen = messages.length;
    return [...this.chatById.values()].sort((a, b) => a.at - b.at);
  }

  private onServerError(e: ServerError): void {
    if (e.matchID && e.matchID !== this.matchID) return;
    if (e.code === 'stale_state' && this.pending && !this.pending.retried) {
      // Someone else moved first; the server resyncs us and we try once more on the fresh state.
      this.resendOnSync = true;
      return;
    }
    if (
      e.event === 'seat' ||
      (e.event === 'sync' && (e.code === 'unauthorized' || e.code === 'unknown_seat'))
    ) {
      this.set({ seatLost: serverErrorText(e) });
      return;
    }
    if (e.event === 'sync' && e.code === 'unknown_match') {
      this.set({ seatLost: serverErrorText(e) });
      return;
    }
    this.pending = null;
    this.notify(serverErrorText(e), 'server');
  }

  private resend(): void {
    this.resendOnSync = false;
    const p = this.pending;
    if (!p) return;
    this.pending = null;
    this.act(p.move, p.args, true);
  }

  notify(text: string, source: Notice['source']): void {
    this.set({ notice: { id: ++noticeId, text, source } });
  }

  dismiss(): void {
    this.set({ notice: null });
  }

  /**
   * Makes a move after checking it with the rules (checkMove): a refused move is not sent, and its
   * reason is shown. Returns whether it was sent.
   */
  act(move: string, args: unknown[] = [], retried = false): boolean {
    const { G, ctx } = this.snap;
    const client = this.client;
    if (!client || !G || !ctx) {
      this.notify(t('conn.notConnected'), 'connection');
      return false;
    }
    if (this.snap.connection !== 'online') {
      this.notify(t('conn.offlineMove'), 'connection');
      return false;
    }
    const why = checkMove(G, ctx, this.playerID, move, args);
    if (why) {
      if (!retried) this.notify(moveErrorText(why), 'check');
      return false;
    }
    const dispatch = (client.moves as Record<string, ((...a: unknown[]) => void) | undefined>)[move];
    if (!dispatch) {
      this.notify(t('conn.noMove', { move }), 'check');
      return false;
    }
    this.pending = { move, args, retried };
    if (this.snap.notice?.source !== 'connection') this.set({ notice: null });
    dispatch(...args);
    return true;
  }

  /** Table chat (to = null) or a private message to one seat. */
  say(text: string, to: string | null): void {
    if (!this.client || this.playerID === null) return;
    if (this.snap.connection !== 'online') {
      this.notify(t('conn.offlineChat'), 'connection');
      return;
    }
    this.client.sendChatMessage({ text, to });
  }
}

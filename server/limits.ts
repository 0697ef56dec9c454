// Per-client-IP limits, so one machine cannot take more than its share: live socket connections,
// socket events (shared by all of that IP's connections), match creation (a token bucket) and live
// matches (created by the IP, not over, and played in the last day). Every refusal has a reason.
import { KeyedLimiter } from './guard.ts';
import type { Refusal } from './types.ts';

export interface IpLimitOptions {
  /** Live socket connections per IP (default 150: a classroom behind one NAT address fits). */
  readonly socketsPerIp?: number;
  /** Socket events per IP, all its connections together: burst and per second (default 600, 300). */
  readonly socketEventBurstPerIp?: number;
  readonly socketEventRatePerIp?: number;
  /** Matches created per IP: burst and per minute (default 30 and 10). */
  readonly createBurstPerIp?: number;
  readonly createPerMinutePerIp?: number;
  /** Matches created by an IP that are still live (not over, played in the last day); default 60. */
  readonly liveMatchesPerIp?: number;
}

export const LIVE_WINDOW_MS = 24 * 60 * 60 * 1000;

export class IpLimits {
  private readonly sockets = new Map<string, number>();
  private readonly events: KeyedLimiter;
  private readonly creates: KeyedLimiter;
  readonly socketsPerIp: number;
  readonly liveMatchesPerIp: number;

  constructor(
    opts: IpLimitOptions,
    /** Live matches created by this IP (from the store). */
    private readonly liveMatchesOf: (ip: string) => Promise<number>,
  ) {
    this.socketsPerIp = opts.socketsPerIp ?? 150;
    this.liveMatchesPerIp = opts.liveMatchesPerIp ?? 60;
    this.events = new KeyedLimiter(opts.socketEventBurstPerIp ?? 600, opts.socketEventRatePerIp ?? 300);
    this.creates = new KeyedLimiter(opts.createBurstPerIp ?? 30, (opts.createPerMinutePerIp ?? 10) / 60);
  }

  /** A new socket connection from `ip`: counted if accepted (call socketClosed when it goes). */
  socketOpened(ip: string): Refusal | null {
    const n = this.sockets.get(ip) ?? 0;
    if (n >= this.socketsPerIp) {
      return {
        code: 'too_many_connections',
        message: `At most ${this.socketsPerIp} connections from one address; close some tabs or devices.`,
      };
    }
    this.sockets.set(ip, n + 1);
    return null;
  }

  socketClosed(ip: string): void {
    const n = (this.sockets.get(ip) ?? 1) - 1;
    if (n <= 0) this.sockets.delete(ip);
    else this.sockets.set(ip, n);
  }

  socketEvent(ip: string): boolean {
    return this.events.take(ip);
  }

  /** `count` new matches for `ip` (a class creates several at once). */
  async createMatches(ip: string, count = 1): Promise<Refusal | null> {
    const live = await this.liveMatchesOf(ip);
    if (live + count > this.liveMatchesPerIp) {
      return {
        code: 'too_many_matches',
        message: `This address already has ${live} games in play (at most ${this.liveMatchesPerIp}); finish or leave some first.`,
      };
    }
    if (!this.creates.take(ip, count)) {
      return { code: 'rate_limited', message: 'Too many new games from this address; wait a minute.' };
    }
    return null;
  }
}

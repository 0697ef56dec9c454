// Several server processes on one Postgres, coordinated through Redis (REDIS_URL):
// - a lease per match (SET key NX PX, renewed every leaseMs/3 by a check-and-extend script): the one
//   process holding it applies the match's moves; a process stops applying them a quarter lease
//   before its lease could lapse unless it renewed it, and the store's compare-and-set refuses any
//   write that slips through anyway (a stale owner can never overwrite an acknowledged move);
// - another process forwards a seat's action to the owner over the owner's own pub/sub channel and
//   relays the answer; if nobody is subscribed there (the owner is gone), it waits for the lease to
//   lapse and takes the match over;
// - every change to a match (new state, seats, chat, status) is published on the match's channel, which
//   the processes with connections in that match (and its owner) subscribe to;
// - the socket.io Redis adapter makes socket.io rooms (the facilitator console's) span processes.
// A message starts with its sender's id and a newline, so a process skips its own without parsing it.
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import { createAdapter } from '@socket.io/redis-adapter';
import { Redis } from 'ioredis';
import type { Cluster, ForwardedAction, RoomMessage } from './cluster.ts';
import type { Refusal } from './types.ts';

export interface RedisClusterOptions {
  /** Lease length (ms, default 5000): how long a dead owner's matches wait before another takes them. */
  readonly leaseMs?: number;
  /** A held match with no connections here and no move for this long is given up (default 60 s). */
  readonly idleMs?: number;
  /** Key and channel prefix (default 'ceasefire'). */
  readonly prefix?: string;
}

const RENEW = `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('pexpire', KEYS[1], ARGV[2]) else return 0 end`;
const RELEASE = `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end`;

type Wire =
  | { kind: 'req'; id: string; req: ForwardedAction }
  | { kind: 'res'; id: string; result: Refusal | null };

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The owner started on a forwarded action and went silent: the client resyncs to see what happened. */
const UNKNOWN_OUTCOME: Refusal = {
  code: 'stale_state',
  message: 'The server applying this match stopped answering; resynchronising to show what was stored.',
};

export class RedisCluster implements Cluster {
  readonly id = `${os.hostname()}/${process.pid}/${randomBytes(4).toString('hex')}`;
  readonly distributed = true;
  private readonly leaseMs: number;
  private readonly idleMs: number;
  private readonly prefix: string;
  /** Matches this process holds: until when (local clock) it may apply their writes. */
  private readonly held = new Map<string, number>();
  private readonly lastUsed = new Map<string, number>();
  /** Matches with connections here. */
  private readonly watched = new Set<string>();
  private readonly subscribed = new Set<string>();
  private readonly pending = new Map<string, (result: Refusal | null) => void>();
  private messageHandlers: ((matchID: string, msg: RoomMessage) => void)[] = [];
  private forwardHandler: ((req: ForwardedAction) => Promise<Refusal | null>) | undefined;
  private acquiredHandlers: ((matchID: string) => void)[] = [];
  private timer: NodeJS.Timeout | undefined;
  private closed = false;
  /** Leases taken over from a process that was gone (for /health and the tests). */
  takeovers = 0;

  private constructor(
    private readonly cmd: Redis,
    private readonly sub: Redis,
    opts: RedisClusterOptions,
  ) {
    this.leaseMs = opts.leaseMs ?? 5000;
    this.idleMs = opts.idleMs ?? 60_000;
    this.prefix = opts.prefix ?? 'ceasefire';
    cmd.defineCommand('renewLease', { numberOfKeys: 1, lua: RENEW });
    cmd.defineCommand('releaseLease', { numberOfKeys: 1, lua: RELEASE });
    sub.on('messageBuffer', (channel: Buffer, message: Buffer) => this.receive(channel.toString(), message));
  }

  static async connect(url: string, opts: RedisClusterOptions = {}): Promise<RedisCluster> {
    const cmd = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 3 });
    const sub = cmd.duplicate();
    await Promise.all([cmd.connect(), sub.connect()]);
    for (const r of [cmd, sub]) r.on('error', (err: Error) => console.error('redis:', err.message));
    const cluster = new RedisCluster(cmd, sub, opts);
    await sub.subscribe(cluster.inbox(cluster.id));
    cluster.timer = setInterval(() => void cluster.tick(), Math.max(50, Math.floor(cluster.leaseMs / 3)));
    cluster.timer.unref();
    return cluster;
  }

  /** The socket.io adapter over the same Redis (its own subscriber connection). */
  adapter(): ReturnType<typeof createAdapter> {
    const sub = this.cmd.duplicate();
    sub.on('error', (err: Error) => console.error('redis (adapter):', err.message));
    this.extra.push(sub);
    return createAdapter(this.cmd, sub, { key: `${this.prefix}-io` });
  }

  private readonly extra: Redis[] = [];

  private leaseKey = (matchID: string) => `${this.prefix}:lease:${matchID}`;
  private channel = (matchID: string) => `${this.prefix}:m:${matchID}`;
  private inbox = (id: string) => `${this.prefix}:i:${id}`;
  /** Stop applying writes this long before a lease could lapse. */
  private get margin(): number {
    return Math.floor(this.leaseMs / 4);
  }

  holds(matchID: string): boolean {
    const until = this.held.get(matchID);
    return until !== undefined && Date.now() < until - this.margin;
  }

  async own(matchID: string): Promise<boolean> {
    if (this.closed) return false;
    this.lastUsed.set(matchID, Date.now());
    if (this.holds(matchID)) return true;
    const key = this.leaseKey(matchID);
    const sent = Date.now();
    if (this.held.has(matchID)) {
      // Close to its end: renew before applying anything.
      const renewed = await (this.cmd as Redis & LeaseCommands).renewLease(key, this.id, this.leaseMs);
      if (renewed === 1) {
        this.held.set(matchID, sent + this.leaseMs);
        return true;
      }
      this.lose(matchID);
    }
    const got = await this.cmd.set(key, this.id, 'PX', this.leaseMs, 'NX');
    if (got !== 'OK') return false;
    await this.gain(matchID, sent);
    return true;
  }

  private async gain(matchID: string, sent: number): Promise<void> {
    this.held.set(matchID, sent + this.leaseMs);
    await this.subscribe(matchID);
    for (const h of this.acquiredHandlers) h(matchID);
  }

  private lose(matchID: string): void {
    this.held.delete(matchID);
    this.lastUsed.delete(matchID);
    void this.unsubscribeIfUnused(matchID);
  }

  async forward(req: ForwardedAction): Promise<Refusal | null | 'local'> {
    const key = this.leaseKey(req.matchID);
    for (;;) {
      if (this.closed) return { code: 'shutting_down', message: 'This server is shutting down; try again.' };
      const owner = await this.cmd.get(key);
      if (owner === null || owner === this.id) {
        if (await this.own(req.matchID)) return 'local';
        continue; // another process took it meanwhile: ask that one
      }
      const id = randomBytes(8).toString('hex');
      const answer = new Promise<Refusal | null>((resolve) => this.pending.set(id, resolve));
      const receivers = await this.cmd.publish(this.inbox(owner), this.encode({ kind: 'req', id, req }));
      if (receivers === 0) {
        // Nobody listens there: the owner is gone. Its lease lapses within leaseMs; then take over.
        this.pending.delete(id);
        const ttl = await this.cmd.pttl(key);
        await sleep(Math.max(20, Math.min(ttl, this.leaseMs)));
        if (await this.own(req.matchID)) {
          this.takeovers++;
          return 'local';
        }
        continue;
      }
      const result = await this.awaitAnswer(id, answer, owner, key);
      if (result !== 'retry') return result;
      // The owner is gone or lost the match before starting on the action: it is ours to pass on.
    }
  }

  /**
   * Waits for the owner's answer while it is alive and still holds the match (a busy owner is waited
   * for, never asked twice). If it dies or loses the match first, the action is taken back, unless the
   * owner already started on it (each forwarded action is claimed once in Redis by whoever applies it).
   */
  private async awaitAnswer(
    id: string,
    answer: Promise<Refusal | null>,
    owner: string,
    key: string,
  ): Promise<Refusal | null | 'retry'> {
    for (;;) {
      const settled = await Promise.race([answer, sleep(this.leaseMs / 2).then(() => 'wait' as const)]);
      if (settled !== 'wait') return settled;
      const [subs, holder] = await Promise.all([
        this.cmd.pubsub('NUMSUB', this.inbox(owner)) as Promise<[string, number]>,
        this.cmd.get(key),
      ]);
      if (Number(subs[1]) > 0 && holder === owner) continue;
      if (await this.claim(id)) {
        this.pending.delete(id);
        return 'retry';
      }
      const late = await Promise.race([answer, sleep(this.leaseMs).then(() => 'late' as const)]);
      this.pending.delete(id);
      return late === 'late' ? UNKNOWN_OUTCOME : late;
    }
  }

  /** Claims a forwarded action for applying (true once per action id, cluster-wide). */
  private async claim(id: string): Promise<boolean> {
    return (await this.cmd.set(`${this.prefix}:req:${id}`, this.id, 'PX', 60_000, 'NX')) === 'OK';
  }

  publish(matchID: string, msg: RoomMessage): void {
    if (this.closed) return;
    this.cmd.publish(this.channel(matchID), this.encode(msg)).catch((err: Error) => {
      console.error(`redis publish for match ${matchID}:`, err.message);
    });
  }

  watch(matchID: string, watching: boolean): void {
    if (watching) {
      this.watched.add(matchID);
      void this.subscribe(matchID);
    } else {
      this.watched.delete(matchID);
      void this.unsubscribeIfUnused(matchID);
    }
  }

  onMessage(handler: (matchID: string, msg: RoomMessage) => void): void {
    this.messageHandlers.push(handler);
  }

  onForwarded(handler: (req: ForwardedAction) => Promise<Refusal | null>): void {
    this.forwardHandler = handler;
  }

  onAcquired(handler: (matchID: string) => void): void {
    this.acquiredHandlers.push(handler);
  }

  private async subscribe(matchID: string): Promise<void> {
    if (this.subscribed.has(matchID)) return;
    this.subscribed.add(matchID);
    await this.sub.subscribe(this.channel(matchID)).catch(() => this.subscribed.delete(matchID));
  }

  private async unsubscribeIfUnused(matchID: string): Promise<void> {
    if (this.held.has(matchID) || this.watched.has(matchID) || !this.subscribed.has(matchID)) return;
    this.subscribed.delete(matchID);
    await this.sub.unsubscribe(this.channel(matchID)).catch(() => undefined);
  }

  private encode(payload: unknown): string {
    return `${this.id}\n${JSON.stringify(payload)}`;
  }

  private receive(channel: string, message: Buffer): void {
    const nl = message.indexOf(10);
    if (nl < 0) return;
    const from = message.subarray(0, nl).toString();
    if (from === this.id) return; // this process's own message
    let payload: unknown;
    try {
      payload = JSON.parse(message.subarray(nl + 1).toString());
    } catch {
      return;
    }
    const matchPrefix = `${this.prefix}:m:`;
    if (channel.startsWith(matchPrefix)) {
      const matchID = channel.slice(matchPrefix.length);
      for (const h of this.messageHandlers) h(matchID, payload as RoomMessage);
      return;
    }
    const wire = payload as Wire;
    if (wire.kind === 'res') {
      const resolve = this.pending.get(wire.id);
      this.pending.delete(wire.id);
      resolve?.(wire.result);
      return;
    }
    if (wire.kind === 'req' && this.forwardHandler) {
      const handler = this.forwardHandler;
      // Not if the sender took the action back (this process was stopped or lost the match meanwhile).
      void this.claim(wire.id)
        .then((mine) => (mine ? handler(wire.req) : undefined))
        .catch(
          (err: unknown): Refusal => ({
            code: 'move_failed',
            message: `The move failed on the server: ${(err as Error).message}`,
          }),
        )
        .then((result) =>
          result === undefined
            ? undefined
            : this.cmd.publish(this.inbox(from), this.encode({ kind: 'res', id: wire.id, result })),
        )
        .catch((err: Error) => console.error('redis reply:', err.message));
    }
  }

  /** Renews held leases, gives up idle ones, and takes free matches that have connections here. */
  private async tick(): Promise<void> {
    if (this.closed) return;
    const now = Date.now();
    const renew = [...this.held.keys()];
    const free = [...this.watched].filter((m) => !this.held.has(m));
    try {
      const pipe = this.cmd.pipeline();
      for (const m of renew) {
        const idle = !this.watched.has(m) && now - (this.lastUsed.get(m) ?? 0) > this.idleMs;
        if (idle) (pipe as unknown as LeaseCommands).releaseLease(this.leaseKey(m), this.id);
        else (pipe as unknown as LeaseCommands).renewLease(this.leaseKey(m), this.id, this.leaseMs);
      }
      for (const m of free) pipe.set(this.leaseKey(m), this.id, 'PX', this.leaseMs, 'NX');
      const results = (await pipe.exec()) ?? [];
      renew.forEach((m, i) => {
        const [err, value] = results[i] ?? [new Error('no reply'), 0];
        const idle = !this.watched.has(m) && now - (this.lastUsed.get(m) ?? 0) > this.idleMs;
        if (!err && value === 1 && !idle) this.held.set(m, now + this.leaseMs);
        else this.lose(m);
      });
      for (let i = 0; i < free.length; i++) {
        const [err, value] = results[renew.length + i] ?? [null, null];
        if (!err && value === 'OK') {
          this.takeovers++;
          await this.gain(free[i]!, now);
        }
      }
    } catch (err) {
      console.error('redis lease renewal:', (err as Error).message);
    }
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    if (this.timer) clearInterval(this.timer);
    // A clean shutdown gives every match up at once: another process takes them on their next move.
    const pipe = this.cmd.pipeline();
    for (const m of this.held.keys())
      (pipe as unknown as LeaseCommands).releaseLease(this.leaseKey(m), this.id);
    await pipe.exec().catch(() => undefined);
    this.held.clear();
    for (const resolve of this.pending.values())
      resolve({ code: 'shutting_down', message: 'This server is shutting down; try again.' });
    this.pending.clear();
    this.sub.disconnect();
    for (const r of this.extra) r.disconnect();
    await this.cmd.quit().catch(() => undefined);
  }
}

interface LeaseCommands {
  renewLease(key: string, id: string, ms: number): Promise<number>;
  releaseLease(key: string, id: string): Promise<number>;
}

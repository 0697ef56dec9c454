// Vitest helpers on top of the harness: a Table whose moves must be accepted or refused with a reason code.
import { expect } from 'vitest';
import { checkMove } from '../../game/legal.ts';
import { Match, SEATS } from './harness.ts';

export * from './harness.ts';

export class Table extends Match {
  /** Make a move that must be accepted. */
  ok(pid: string, name: string, ...args: unknown[]): void {
    const why = checkMove(this.G, this.ctx, pid, name, args);
    expect(why, `${name}(${JSON.stringify(args)}) by ${pid}`).toBeNull();
    expect(this.move(pid, name, ...args), `${name} accepted`).toBe(true);
  }

  /** checkMove gives this reason code, and the client refuses the move leaving the state unchanged. */
  refused(pid: string | null, name: string, args: readonly unknown[], code: string): void {
    expect(checkMove(this.G, this.ctx, pid, name, args)?.code, `${name}(${JSON.stringify(args)})`).toBe(code);
    // A local Client without a playerID plays "hotseat" as ctx.currentPlayer, so a spectator's move cannot be
    // dispatched here; the server refuses it (no credentials). checkMove's verdict is what we can check.
    if (pid === null) return;
    const before = this.full;
    const accepted = this.move(pid, name, ...args);
    expect(accepted, `${name} must be refused`).toBe(false);
    expect(this.full.G).toEqual(before.G);
    expect(this.full.ctx).toEqual(before.ctx);
  }

  /** Everyone who is not yet ready says ready (negotiation or review). */
  readyAll(): void {
    for (const pid of SEATS) if (!this.G.result && !this.role(pid).ready) this.ok(pid, 'ready');
  }

  /** Everyone who has not yet sent orders sends what is queued. */
  submitAll(): void {
    for (const pid of SEATS) if (!this.G.result && !this.role(pid).ordersIn) this.ok(pid, 'submitOrders');
  }
}

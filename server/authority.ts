// Who may change a seat. The table host holds the match's host token (returned once, to the creator
// of the table; the facilitator's console holds it for class tables, and a class session's own token
// counts too); a seat holds its credentials. Refusals: 401 when no credential came with the request,
// 403 when a wrong one did or the table does not allow the change.
import type { IncomingHttpHeaders } from 'node:http';
import type { Server } from 'boardgame.io';
import { secretsEqual } from './codes.ts';
import type { MatchAccess } from './storage.ts';
import type { Refusal } from './types.ts';

export type Authority = { readonly role: 'host' } | { readonly role: 'seat' } | { readonly role: 'none' };

/** The credentials a request may carry: in its body, or as headers. */
export interface Presented {
  readonly hostToken?: string | undefined;
  readonly facilitatorToken?: string | undefined;
  readonly credentials?: string | undefined;
}

/** An HTTP refusal thrown by route handlers (the error handler turns it into {error, message}). */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: Refusal['code'],
    message: string,
  ) {
    super(message);
  }
}

/** A host token in the body (`hostToken` or `facilitatorToken`) or a header (X-Host-Token, X-Facilitator-Token, Bearer). */
export function presentedToken(body: Presented, headers: IncomingHttpHeaders): string | undefined {
  const header = (name: string) => {
    const v = headers[name];
    return typeof v === 'string' && v.length > 0 ? v : undefined;
  };
  const bearer = /^Bearer\s+(\S+)$/i.exec(header('authorization') ?? '')?.[1];
  return (
    body.hostToken ??
    body.facilitatorToken ??
    header('x-host-token') ??
    header('x-facilitator-token') ??
    bearer
  );
}

export class SeatAuthority {
  private readonly hostChecks: ((matchID: string, token: string) => boolean | Promise<boolean>)[] = [];

  constructor(private readonly accessOf: (matchID: string) => Promise<MatchAccess | undefined>) {}

  /** Another credential that counts as the host's for some matches (a class session's token). */
  addHostCheck(check: (matchID: string, token: string) => boolean | Promise<boolean>): void {
    this.hostChecks.push(check);
  }

  async isHost(matchID: string, token: unknown): Promise<boolean> {
    if (typeof token !== 'string' || token.length === 0) return false;
    const access = await this.accessOf(matchID);
    if (access && secretsEqual(token, access.hostToken)) return true;
    for (const check of this.hostChecks) if (await check(matchID, token)) return true;
    return false;
  }

  /**
   * What the request may do to seat `playerID`: as the host, as that seat, or nothing. A token or
   * credentials that are present but wrong are refused (403) rather than ignored.
   */
  async resolve(
    matchID: string,
    metadata: Server.MatchData,
    playerID: string,
    body: Presented,
    headers: IncomingHttpHeaders,
  ): Promise<Authority> {
    const token = presentedToken(body, headers);
    if (token !== undefined) {
      if (await this.isHost(matchID, token)) return { role: 'host' };
      throw new HttpError(403, 'unauthorized', 'Wrong host or facilitator token for this table.');
    }
    if (body.credentials !== undefined) {
      const seat = (metadata.players as Record<string, Server.PlayerMetadata | undefined>)[playerID];
      if (secretsEqual(body.credentials, seat?.credentials)) return { role: 'seat' };
      throw new HttpError(403, 'unauthorized', `Invalid credentials for player ${playerID}.`);
    }
    return { role: 'none' };
  }

  /** resolve(), then refuse unless the request is the host or (when `seatMay`) that seat. */
  async require(
    what: string,
    seatMay: boolean,
    ...args: Parameters<SeatAuthority['resolve']>
  ): Promise<Exclude<Authority, { role: 'none' }>> {
    const auth = await this.resolve(...args);
    if (auth.role === 'host') return auth;
    if (auth.role === 'seat' && seatMay) return auth;
    if (auth.role === 'seat') {
      throw new HttpError(403, 'host_required', `Only the table's host can ${what}.`);
    }
    throw new HttpError(
      401,
      'host_required',
      seatMay
        ? `To ${what}, send the seat's credentials or the table's host token.`
        : `Only the table's host can ${what}: send the host token.`,
    );
  }
}

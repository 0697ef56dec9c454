// The server's HTTP routes: boardgame.io's Lobby API (through LobbyClient) plus join codes and seats.
import { LobbyClient, LobbyClientError } from 'boardgame.io/client';

export const GAME_NAME = 'ceasefire';

export type Difficulty = 'easy' | 'normal' | 'hard';

export interface BotConfig {
  readonly policy: string;
  readonly difficulty: string;
}

export interface SeatInfo {
  readonly playerID: string;
  readonly role?: string;
  readonly name?: string;
  readonly bot?: BotConfig;
  readonly connected: boolean;
}

export interface CodeInfo {
  readonly matchID: string;
  readonly gameName: string;
  readonly joinCode: string;
  readonly gameover: boolean;
  readonly seats: readonly SeatInfo[];
}

export interface Claimed {
  readonly matchID: string;
  readonly playerID: string;
  readonly credentials: string;
}

export interface Created {
  readonly matchID: string;
  readonly joinCode: string;
  readonly facilitatorToken: string;
}

/** A refused request, with the server's own explanation. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

const lobby = new LobbyClient({ server: '' });

/** The bot for a difficulty: the bots' policies are named after their levels. */
export function botFor(difficulty: Difficulty): BotConfig {
  return { policy: difficulty, difficulty };
}

async function call<T>(method: 'GET' | 'POST', url: string, body?: unknown): Promise<T> {
  let res: Response;
  try {
    res = await fetch(url, {
      method,
      headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  } catch {
    throw new ApiError(0, 'offline', 'The server cannot be reached. Check your connection and try again.');
  }
  const data = (await res.json().catch(() => ({}))) as { error?: string; message?: string };
  if (!res.ok) throw new ApiError(res.status, data.error ?? 'error', data.message ?? `HTTP ${res.status}`);
  return data as T;
}

function fromLobbyError(e: unknown): never {
  if (e instanceof LobbyClientError) {
    const d = e.details as { error?: string; message?: string } | string | undefined;
    const status = Number(/\d{3}/.exec(e.message)?.[0] ?? 0);
    if (typeof d === 'object' && d) throw new ApiError(status, d.error ?? 'error', d.message ?? e.message);
    throw new ApiError(status, 'error', typeof d === 'string' && d ? d : e.message);
  }
  throw new ApiError(0, 'offline', 'The server cannot be reached. Check your connection and try again.');
}

export async function createTable(opts: {
  readonly scenario: string;
  readonly numPlayers: number;
  readonly bots: Readonly<Record<string, BotConfig>>;
}): Promise<Created> {
  try {
    const created = (await lobby.createMatch(GAME_NAME, {
      numPlayers: opts.numPlayers,
      setupData: { scenario: opts.scenario },
      bots: opts.bots,
      unlisted: true,
    } as Parameters<LobbyClient['createMatch']>[1])) as unknown as Created;
    return created;
  } catch (e) {
    return fromLobbyError(e);
  }
}

export const lookupCode = (code: string) => call<CodeInfo>('GET', `/api/join/${encodeURIComponent(code)}`);

export const joinByCode = (code: string, name: string, playerID?: string) =>
  call<Claimed>('POST', `/api/join/${encodeURIComponent(code)}`, {
    name,
    ...(playerID !== undefined ? { playerID } : {}),
  });

export const matchSeats = (matchID: string) =>
  call<{ matchID: string; seats: SeatInfo[] }>('GET', `/api/matches/${encodeURIComponent(matchID)}/seats`);

export const claimSeat = (matchID: string, playerID: string, name: string) =>
  call<Claimed>(
    'POST',
    `/api/matches/${encodeURIComponent(matchID)}/seats/${encodeURIComponent(playerID)}/claim`,
    { name },
  );

/** Hands my seat to a bot (I leave the table; the game goes on). */
export const handToBot = (matchID: string, playerID: string, credentials: string, difficulty: Difficulty) =>
  call<{ bot: BotConfig }>(
    'POST',
    `/api/matches/${encodeURIComponent(matchID)}/seats/${encodeURIComponent(playerID)}/bot`,
    { credentials, ...botFor(difficulty) },
  );

/** Lets a bot play a seat nobody has taken (no credentials needed for an empty seat). */
export const botForEmptySeat = (matchID: string, playerID: string, difficulty: Difficulty) =>
  call<{ bot: BotConfig }>(
    'POST',
    `/api/matches/${encodeURIComponent(matchID)}/seats/${encodeURIComponent(playerID)}/bot`,
    botFor(difficulty),
  );

/** Whether the server knows this match (and its seats), through the Lobby API. */
export async function getMatch(matchID: string) {
  try {
    return await lobby.getMatch(GAME_NAME, matchID);
  } catch (e) {
    return fromLobbyError(e);
  }
}

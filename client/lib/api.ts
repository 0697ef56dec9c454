// The server's HTTP routes: boardgame.io's Lobby API (through LobbyClient) plus join codes and seats.
import { LobbyClient, LobbyClientError } from 'boardgame.io/client';
import type { ShownVariables, Variables } from '../../game/variables.ts';
import { serverErrorText } from '../i18n/serverError.ts';

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
  /** A solo game takes no one else (it can be watched). */
  readonly kind?: 'table' | 'solo';
  readonly gameover: boolean;
  readonly seats: readonly SeatInfo[];
  /** The scenario id and its variables as players may see them (a fixed spoiler type shows as "fixed"). */
  readonly scenario?: string;
  readonly variables?: ShownVariables;
}

export interface Claimed {
  readonly matchID: string;
  readonly playerID: string;
  readonly credentials: string;
}

export interface Created {
  readonly matchID: string;
  readonly joinCode: string;
  /** The host's credential: a bot's seat can only be given to a person, or a seat to a bot, with it. */
  readonly hostToken: string;
  readonly kind: 'table' | 'solo';
  /** A solo game's own seat, taken at creation. */
  readonly seat?: { readonly playerID: string; readonly credentials: string };
}

/** A refused request, with the server's own explanation. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** A refused scenario upload: every problem with its path. */
    readonly issues?: readonly { readonly path: string; readonly message: string }[],
  ) {
    // What the player reads: in their language (the server's own sentence stays in serverMessage).
    super(serverErrorText({ code, message }));
    this.serverMessage = message;
  }
  /** The server's sentence as sent (English). */
  readonly serverMessage: string;
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
  /** A solo game: I take this seat now, bots take the rest, nobody else can join. */
  readonly solo?: { readonly playerID: string; readonly name: string };
  /** Scenario variables that differ from the scenario's own (game/variables.ts). */
  readonly variables?: Variables;
}): Promise<Created> {
  try {
    const created = (await lobby.createMatch(GAME_NAME, {
      numPlayers: opts.numPlayers,
      setupData: { scenario: opts.scenario, ...(opts.variables ? { variables: opts.variables } : {}) },
      bots: opts.bots,
      ...(opts.solo ? { solo: opts.solo } : {}),
    } as Parameters<LobbyClient['createMatch']>[1])) as unknown as Created;
    return created;
  } catch (e) {
    return fromLobbyError(e);
  }
}

export const lookupCode = (code: string) => call<CodeInfo>('GET', `/api/join/${encodeURIComponent(code)}`);

/** Takes a free seat (or, for the table's host, a bot's seat) with the table's code. */
export const joinByCode = (code: string, name: string, playerID?: string, hostToken?: string) =>
  call<Claimed>('POST', `/api/join/${encodeURIComponent(code)}`, {
    name,
    ...(playerID !== undefined ? { playerID } : {}),
    ...(hostToken !== undefined ? { hostToken } : {}),
  });

export const matchSeats = (matchID: string) =>
  call<{ matchID: string; seats: SeatInfo[] }>('GET', `/api/matches/${encodeURIComponent(matchID)}/seats`);

/** Takes a free seat; a bot's seat needs the host's token. */
export const claimSeat = (matchID: string, playerID: string, name: string, hostToken?: string) =>
  call<Claimed>(
    'POST',
    `/api/matches/${encodeURIComponent(matchID)}/seats/${encodeURIComponent(playerID)}/claim`,
    { name, ...(hostToken !== undefined ? { hostToken } : {}) },
  );

/** Hands my seat to a bot (I leave the table; the game goes on). */
export const handToBot = (matchID: string, playerID: string, credentials: string, difficulty: Difficulty) =>
  call<{ bot: BotConfig }>(
    'POST',
    `/api/matches/${encodeURIComponent(matchID)}/seats/${encodeURIComponent(playerID)}/bot`,
    { credentials, ...botFor(difficulty) },
  );

/** The host lets a bot play a seat nobody has taken. */
export const botForEmptySeat = (
  matchID: string,
  playerID: string,
  difficulty: Difficulty,
  hostToken: string,
) =>
  call<{ bot: BotConfig }>(
    'POST',
    `/api/matches/${encodeURIComponent(matchID)}/seats/${encodeURIComponent(playerID)}/bot`,
    { hostToken, ...botFor(difficulty) },
  );

/** Whether the server knows this match (and its seats), through the Lobby API. */
export async function getMatch(matchID: string) {
  try {
    return await lobby.getMatch(GAME_NAME, matchID);
  } catch (e) {
    return fromLobbyError(e);
  }
}

// HTTP routes: boardgame.io's Lobby REST API (so LobbyClient works) plus Ceasefire's join codes and
// seat management. Bodies are checked with the zod schemas in schemas.ts; who may change a seat is
// decided by authority.ts. Every refusal is an HTTP status with JSON {error, message} and changes nothing.
import { createHash } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import type { Server } from 'boardgame.io';
import { createMatch } from 'boardgame.io/internal';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { HttpError, type Presented, type SeatAuthority } from './authority.ts';
import { botOf } from './bots.ts';
import { isWellFormedCode, newJoinCode, newMatchID, newSecret, normaliseCode } from './codes.ts';
import { type MatchEngine, refuse } from './engine.ts';
import { isInternal } from './internal.ts';
import type { IpLimits } from './limits.ts';
import {
  botBody,
  claimBody,
  codeJoinBody,
  createBody,
  joinBody,
  parseBody,
  playAgainBody,
  seatActionBody,
  updateBody,
} from './schemas.ts';
import type { TableKind } from './storage.ts';
import type { BotConfig, Refusal } from './types.ts';

export { HttpError };

const fail = (status: number, code: Refusal['code'], message: string): never => {
  throw new HttpError(status, code, message);
};

/** Player data from a client may not carry the server-owned `bot` marker. */
function clientData(value: unknown): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  const { bot: _bot, ...rest } = value as Record<string, unknown>;
  return rest;
}

function botConfig(v: { policy?: string | undefined; difficulty?: string | undefined }): BotConfig {
  // The client names policies after levels: either one implies the other; 'normal' by default.
  const policy = v.policy ?? v.difficulty ?? 'normal';
  return { policy, difficulty: v.difficulty ?? policy };
}

/** The setup a match's public listing shows: everything but a fixed spoiler type. */
export function publicSetup(setupData: unknown): unknown {
  if (typeof setupData !== 'object' || setupData === null) return setupData;
  const { spoilerType: _t, variables, ...rest } = setupData as Record<string, unknown>;
  if (typeof variables !== 'object' || variables === null) return rest;
  const { spoilerTypes, ...vars } = variables as Record<string, unknown>;
  const hidden =
    spoilerTypes && typeof spoilerTypes === 'object'
      ? Object.fromEntries(
          Object.entries(spoilerTypes).map(([r, t]) => [r, t === 'random' ? 'random' : 'fixed']),
        )
      : undefined;
  return { ...rest, variables: { ...vars, ...(hidden ? { spoilerTypes: hidden } : {}) } };
}

/** The scenario id and (public) variables of a match's setup, for pages shown before sitting down. */
export function publicScenario(setupData: unknown): { scenario?: string; variables?: unknown } {
  const shown = publicSetup(setupData) as { scenario?: unknown; variables?: unknown } | undefined;
  return {
    ...(typeof shown?.scenario === 'string' ? { scenario: shown.scenario } : {}),
    ...(shown?.variables !== undefined ? { variables: shown.variables } : {}),
  };
}

const seatsOf = (metadata: Server.MatchData) => metadata.players as Record<string, Server.PlayerMetadata>;

function unwrap<T>(result: { ok: T } | { refused: Refusal }): T {
  if ('refused' in result) {
    const status = result.refused.code.startsWith('unknown_')
      ? 404
      : result.refused.code === 'unauthorized'
        ? 403
        : 409;
    return fail(status, result.refused.code, result.refused.message);
  }
  return result.ok;
}

export interface CreateInput {
  readonly numPlayers?: number | undefined;
  readonly setupData?: unknown;
  readonly public?: boolean | undefined;
  readonly bots?:
    | readonly string[]
    | Readonly<Record<string, { policy?: string | undefined; difficulty?: string | undefined }>>
    | undefined;
  readonly solo?: { readonly playerID: string; readonly name: string } | undefined;
}

export interface LobbyOptions {
  /** Per-IP creation limits (the server's own requests, see internal.ts, are not counted). */
  readonly limits?: IpLimits;
}

/** How an address is kept with the matches it created (for the live-matches cap): hashed. */
export const creatorOf = (ip: string): string =>
  createHash('sha256').update(ip).digest('base64url').slice(0, 22);

export function registerLobby(
  app: FastifyInstance,
  engine: MatchEngine,
  authority: SeatAuthority,
  opts: LobbyOptions = {},
): void {
  const store = engine.store;
  const game = engine.game;
  const gameName = engine.name;
  const roleOf = (G: unknown, playerID: string): string | undefined =>
    engine.serverGame.roleOf
      ? engine.serverGame.roleOf(G, playerID)
      : (G as { seats?: Record<string, string> } | null)?.seats?.[playerID];

  const checkGame = (name: string) => {
    if (name !== gameName) fail(404, 'unknown_game', `Game ${name} not found.`);
  };

  const metadataOf = async (matchID: string): Promise<Server.MatchData> => {
    const { metadata } = await store.fetch(matchID, { metadata: true });
    return metadata ?? fail(404, 'unknown_match', `Match ${matchID} not found.`);
  };

  const publicMatch = (matchID: string, metadata: Server.MatchData) => ({
    ...metadata,
    // A spoiler type the facilitator fixed stays secret: only the server and the facilitator know it.
    ...(metadata.setupData ? { setupData: publicSetup(metadata.setupData) } : {}),
    matchID,
    players: Object.values(metadata.players).map(({ credentials: _c, ...rest }) => rest),
  });

  const botName = (G: unknown, pid: string) => `Bot (${roleOf(G, pid) ?? pid})`;

  /**
   * Creates a match with a join code and a host token; seats listed in `bots` are played by the
   * server. A solo table seats its one person at once and takes no one else.
   */
  const create = async (
    body: CreateInput,
    inherit?: { bots: Record<string, BotConfig>; hostToken: string; kind: TableKind },
    creator?: string,
  ) => {
    const byDefault = engine.serverGame.defaultNumPlayers;
    let numPlayers =
      (typeof byDefault === 'function' ? byDefault(body.setupData) : byDefault) ?? game.minPlayers ?? 2;
    if (body.numPlayers !== undefined) {
      const n = body.numPlayers;
      if (
        n < 1 ||
        (game.minPlayers !== undefined && n < game.minPlayers) ||
        (game.maxPlayers !== undefined && n > game.maxPlayers)
      ) {
        fail(400, 'bad_request', 'Invalid numPlayers');
      }
      numPlayers = n;
    }
    let match: ReturnType<typeof createMatch>;
    try {
      match = createMatch({ game, numPlayers, setupData: body.setupData, unlisted: body.public !== true });
    } catch (err) {
      return fail(400, 'bad_setup', `The match could not be set up: ${(err as Error).message}`);
    }
    if ('setupDataError' in match) return fail(400, 'bad_setup', match.setupDataError);
    const seats = seatsOf(match.metadata);
    const bots: Record<string, BotConfig> = { ...inherit?.bots };
    if (Array.isArray(body.bots)) {
      for (const pid of body.bots) bots[pid] = botConfig({});
    } else if (body.bots) {
      for (const [pid, cfg] of Object.entries(body.bots)) bots[pid] = botConfig(cfg);
    }
    const solo = body.solo;
    if (solo) {
      if (!seats[solo.playerID]) fail(400, 'bad_request', `There is no seat ${solo.playerID}.`);
      if (bots[solo.playerID]) fail(400, 'bad_request', 'Your own seat cannot be a bot in a solo game.');
      // Every other seat is a bot: nobody else can join a solo table.
      for (const pid of Object.keys(seats)) if (pid !== solo.playerID) bots[pid] ??= botConfig({});
    }
    for (const [pid, cfg] of Object.entries(bots)) {
      const seat = seats[pid];
      if (!seat) fail(400, 'bad_request', `There is no seat ${pid} for a bot.`);
      seat!.name = botName(match.initialState.G, pid);
      seat!.credentials = newSecret();
      seat!.data = { bot: cfg };
    }
    let seat: { playerID: string; credentials: string } | undefined;
    if (solo) {
      const credentials = newSecret();
      Object.assign(seats[solo.playerID]!, { name: solo.name, credentials });
      seat = { playerID: solo.playerID, credentials };
    }
    const matchID = newMatchID();
    const joinCode = await newJoinCode((c) => store.codeTaken(c));
    const hostToken = inherit?.hostToken ?? newSecret();
    const kind: TableKind = inherit?.kind ?? (solo ? 'solo' : 'table');
    await store.createMatch(matchID, match, { code: joinCode, hostToken, kind, creator });
    if (Object.keys(bots).length > 0) await engine.touch(matchID);
    return { matchID, joinCode, hostToken, kind, ...(seat ? { seat } : {}) };
  };

  interface ClaimRequest {
    readonly playerID: string | undefined;
    readonly name: string;
    readonly data?: unknown;
    readonly presented: Presented;
    readonly headers: IncomingHttpHeaders;
    /** The server itself seats the caller (play again): no solo or host check. */
    readonly trusted?: boolean;
  }

  /**
   * Seats a person: anyone may take a free seat (they know the code); a bot's seat needs the host;
   * a solo table takes nobody. The seat gets fresh credentials.
   */
  const claim = async (matchID: string, req: ClaimRequest) => {
    const credentials = newSecret();
    const playerID = unwrap(
      await engine.updateMetadata(matchID, async (metadata) => {
        const seats = seatsOf(metadata);
        if (!req.trusted && (await store.accessByMatch(matchID))?.kind === 'solo') {
          fail(403, 'solo_table', 'This is a solo game: nobody else can take a seat.');
        }
        let pid = req.playerID;
        if (pid === undefined) {
          pid = Object.keys(seats).find((id) => !seats[id]?.name);
          if (pid === undefined) {
            return refuse(
              'match_full',
              `Match ${matchID} reached maximum number of players (${Object.keys(seats).length})`,
            );
          }
        }
        const seat = seats[pid];
        if (!seat) return refuse('unknown_seat', `Player ${pid} not found`);
        const wasBot = botOf(metadata, pid) !== undefined;
        if (seat.name && !wasBot) return refuse('seat_taken', `Player ${pid} not available`);
        if (wasBot && !req.trusted) {
          await authority.require(
            'give a bot’s seat to a person',
            false,
            matchID,
            metadata,
            pid,
            req.presented,
            req.headers,
          );
        }
        seat.name = req.name;
        seat.credentials = credentials;
        seat.isConnected = false;
        if (req.data !== undefined) seat.data = clientData(req.data);
        else if (wasBot) delete seat.data;
        if (wasBot)
          engine.evictSeat(matchID, pid, refuse('seat_reassigned', 'A person took over this seat.'));
        return pid;
      }),
    );
    return { playerID, credentials };
  };

  // ------------------------------------------------------------ boardgame.io Lobby API

  app.get('/games', async () => [gameName]);

  app.post<{ Params: { name: string } }>('/games/:name/create', async (req) => {
    checkGame(req.params.name);
    const body = parseBody(createBody, req.body);
    const internal = isInternal(req.headers);
    const refused = internal ? null : await opts.limits?.createMatches(req.ip);
    if (refused) fail(429, refused.code, refused.message);
    return create(body, undefined, internal ? undefined : creatorOf(req.ip));
  });

  // Only tables created with `public: true` are listed; every other match id stays unguessable.
  app.get<{ Params: { name: string }; Querystring: Record<string, string | undefined> }>(
    '/games/:name',
    async (req) => {
      checkGame(req.params.name);
      const q = req.query;
      const isGameover = q.isGameover === 'true' ? true : q.isGameover === 'false' ? false : undefined;
      const before = Number.parseInt(q.updatedBefore ?? '', 10);
      const after = Number.parseInt(q.updatedAfter ?? '', 10);
      const ids = await store.listMatches({
        gameName,
        where: {
          ...(isGameover !== undefined ? { isGameover } : {}),
          ...(before > 0 ? { updatedBefore: before } : {}),
          ...(after > 0 ? { updatedAfter: after } : {}),
        },
      });
      const matches = [];
      for (const id of ids) {
        const metadata = await metadataOf(id);
        if (metadata.unlisted === false) matches.push(publicMatch(id, metadata));
      }
      return { matches };
    },
  );

  app.get<{ Params: { name: string; id: string } }>('/games/:name/:id', async (req) => {
    checkGame(req.params.name);
    return publicMatch(req.params.id, await metadataOf(req.params.id));
  });

  app.post<{ Params: { name: string; id: string } }>('/games/:name/:id/join', async (req) => {
    checkGame(req.params.name);
    const body = parseBody(joinBody, req.body);
    await metadataOf(req.params.id);
    const { playerID, credentials } = await claim(req.params.id, {
      playerID: body.playerID,
      name: body.playerName,
      data: body.data,
      presented: body,
      headers: req.headers,
    });
    return { playerID, playerCredentials: credentials };
  });

  /** Frees a seat: its own credentials (leaving) or the host's token. */
  app.post<{ Params: { name: string; id: string } }>('/games/:name/:id/leave', async (req) => {
    checkGame(req.params.name);
    const body = parseBody(seatActionBody, req.body);
    const playerID = body.playerID;
    const matchID = req.params.id;
    unwrap(
      await engine.updateMetadata(matchID, async (metadata) => {
        const seat = seatsOf(metadata)[playerID];
        if (!seat) return refuse('unknown_seat', `Player ${playerID} not found`);
        await authority.require('free this seat', true, matchID, metadata, playerID, body, req.headers);
        delete seat.name;
        delete seat.credentials;
        delete seat.data;
        seat.isConnected = false;
        engine.evictSeat(matchID, playerID, refuse('seat_left', 'This seat was freed.'));
        return true;
      }),
    );
    // Unlike the stock server, the match is kept when its last player leaves: nobody loses a game.
    return {};
  });

  /**
   * The next game with the same bots, host and kind of table; the caller keeps their seat in it
   * (its credentials come back with the answer when the seat was free).
   */
  app.post<{ Params: { name: string; id: string } }>('/games/:name/:id/playAgain', async (req) => {
    checkGame(req.params.name);
    const body = parseBody(playAgainBody, req.body);
    const matchID = req.params.id;
    const playerID = body.playerID;
    let playerName = '';
    // Made once, even if the change is made again on newer metadata (another server wrote it meanwhile).
    let made: Awaited<ReturnType<typeof create>> | undefined;
    const result = unwrap(
      await engine.updateMetadata(matchID, async (metadata) => {
        const seat = seatsOf(metadata)[playerID];
        if (!seat) return refuse('unknown_seat', `Player ${playerID} not found`);
        if (!engine.credentialsValid(metadata, playerID, body.credentials)) {
          return refuse('unauthorized', `Invalid credentials for player ${playerID}`);
        }
        playerName = seat.name ?? 'Player';
        if (metadata.nextMatchID) return { nextMatchID: metadata.nextMatchID };
        const bots: Record<string, BotConfig> = {};
        for (const pid of Object.keys(metadata.players)) {
          const bot = botOf(metadata, pid);
          if (bot) bots[pid] = bot;
        }
        const access = await store.accessByMatch(matchID);
        made ??= await create(
          {
            numPlayers: body.numPlayers ?? Object.keys(metadata.players).length,
            setupData: body.setupData ?? metadata.setupData,
            public: metadata.unlisted === false,
          },
          { bots, hostToken: access?.hostToken ?? newSecret(), kind: access?.kind ?? 'table' },
        );
        const next = made;
        metadata.nextMatchID = next.matchID;
        return { nextMatchID: next.matchID };
      }),
    );
    const next = await metadataOf(result.nextMatchID);
    const mine = seatsOf(next)[playerID];
    if (mine && !mine.name) {
      const seat = await claim(result.nextMatchID, {
        playerID,
        name: playerName,
        presented: {},
        headers: {},
        trusted: true,
      });
      return { ...result, ...seat };
    }
    return result;
  });

  const updatePlayer = async (matchID: string, raw: unknown) => {
    const body = parseBody(updateBody, raw);
    const playerID = body.playerID;
    unwrap(
      await engine.updateMetadata(matchID, (metadata) => {
        const seat = seatsOf(metadata)[playerID];
        if (!seat) return refuse('unknown_seat', `Player ${playerID} not found`);
        if (!engine.credentialsValid(metadata, playerID, body.credentials)) {
          return refuse('unauthorized', `Invalid credentials for player ${playerID}`);
        }
        if (body.newName) seat.name = body.newName;
        if (body.data !== undefined) {
          const bot = botOf(metadata, playerID);
          seat.data = bot ? { ...(clientData(body.data) as object), bot } : clientData(body.data);
        }
        return true;
      }),
    );
    return {};
  };
  app.post<{ Params: { name: string; id: string } }>('/games/:name/:id/update', async (req) => {
    checkGame(req.params.name);
    return updatePlayer(req.params.id, req.body);
  });
  app.post<{ Params: { name: string; id: string } }>('/games/:name/:id/rename', async (req) => {
    checkGame(req.params.name);
    return updatePlayer(req.params.id, req.body);
  });

  // ------------------------------------------------------------ join codes and seats

  const byCode = async (raw: string) => {
    const code = normaliseCode(raw);
    if (!isWellFormedCode(code)) fail(400, 'bad_code', 'A join code is 6 letters and digits.');
    return (await store.accessByCode(code)) ?? fail(404, 'unknown_code', `No match has the code ${code}.`);
  };

  const seatList = async (matchID: string, metadata: Server.MatchData) => {
    const { initialState } = await store.fetch(matchID, { initialState: true });
    return Object.entries(seatsOf(metadata)).map(([playerID, seat]) => {
      const bot = botOf(metadata, playerID);
      const role = roleOf(initialState?.G, playerID);
      return {
        playerID,
        ...(role !== undefined ? { role } : {}),
        ...(seat.name ? { name: seat.name } : {}),
        ...(bot ? { bot } : {}),
        connected: seat.isConnected === true,
      };
    });
  };

  app.get<{ Params: { code: string } }>('/api/join/:code', async (req) => {
    const access = await byCode(req.params.code);
    const metadata = await metadataOf(access.matchID);
    return {
      matchID: access.matchID,
      gameName: metadata.gameName,
      joinCode: access.code,
      kind: access.kind,
      gameover: metadata.gameover !== undefined && metadata.gameover !== null,
      seats: await seatList(access.matchID, metadata),
      // What the table plays, for the seat picker: a fixed spoiler type shows only as "fixed".
      ...publicScenario(metadata.setupData),
    };
  });

  app.post<{ Params: { code: string } }>('/api/join/:code', async (req) => {
    const access = await byCode(req.params.code);
    const body = parseBody(codeJoinBody, req.body);
    const { playerID, credentials } = await claim(access.matchID, {
      playerID: body.playerID,
      name: (body.name ?? body.playerName)!,
      presented: body,
      headers: req.headers,
    });
    return { matchID: access.matchID, playerID, credentials, gameName };
  });

  app.get<{ Params: { id: string } }>('/api/matches/:id/seats', async (req) => ({
    matchID: req.params.id,
    seats: await seatList(req.params.id, await metadataOf(req.params.id)),
  }));

  /** A person takes a seat: a free one (anyone), a bot's (the host only); never at a solo table. */
  app.post<{ Params: { id: string; pid: string } }>('/api/matches/:id/seats/:pid/claim', async (req) => {
    const body = parseBody(claimBody, req.body);
    if (!/^\d{1,2}$/.test(req.params.pid)) fail(400, 'bad_request', 'No seat.');
    await metadataOf(req.params.id);
    const { playerID, credentials } = await claim(req.params.id, {
      playerID: req.params.pid,
      name: (body.name ?? body.playerName)!,
      presented: body,
      headers: req.headers,
    });
    return { matchID: req.params.id, playerID, credentials };
  });

  /** Hands a seat to a bot: the seat's own credentials (my seat) or the host's token (any seat). */
  app.post<{ Params: { id: string; pid: string } }>('/api/matches/:id/seats/:pid/bot', async (req) => {
    const body = parseBody(botBody, req.body);
    const matchID = req.params.id;
    const playerID = /^\d{1,2}$/.test(req.params.pid) ? req.params.pid : fail(400, 'bad_request', 'No seat.');
    const cfg = botConfig(body);
    const bot = unwrap(
      await engine.updateMetadata(matchID, async (metadata) => {
        const seat = seatsOf(metadata)[playerID];
        if (!seat) return refuse('unknown_seat', `Player ${playerID} not found`);
        await authority.require(
          'hand this seat to a bot',
          true,
          matchID,
          metadata,
          playerID,
          body,
          req.headers,
        );
        const { initialState } = await store.fetch(matchID, { initialState: true });
        seat.name = botName(initialState?.G, playerID);
        seat.credentials = newSecret();
        seat.data = { bot: cfg };
        seat.isConnected = false;
        engine.evictSeat(matchID, playerID, refuse('seat_reassigned', 'A bot now plays this seat.'));
        return cfg;
      }),
    );
    return { matchID, playerID, bot };
  });
}

export function sendError(reply: FastifyReply, status: number, code: Refusal['code'], message: string) {
  return reply.code(status).type('application/json').send({ error: code, message });
}

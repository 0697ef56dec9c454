// HTTP routes: boardgame.io's Lobby REST API (so LobbyClient works) plus Ceasefire's join codes and
// seat management. Every refusal is an HTTP status with JSON {error, message} and changes nothing.
import type { Server } from 'boardgame.io';
import { createMatch } from 'boardgame.io/internal';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { botOf } from './bots.ts';
import {
  isWellFormedCode,
  newJoinCode,
  newMatchID,
  newSecret,
  normaliseCode,
  secretsEqual,
} from './codes.ts';
import { type MatchEngine, refuse } from './engine.ts';
import type { BotConfig, Refusal } from './types.ts';

const MAX_NAME = 40;

export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

const fail = (status: number, code: string, message: string): never => {
  throw new HttpError(status, code, message);
};

type Body = Record<string, unknown>;
const bodyOf = (body: unknown): Body =>
  typeof body === 'object' && body !== null && !Array.isArray(body) ? (body as Body) : {};

function name(value: unknown, field = 'playerName'): string {
  if (typeof value !== 'string' || value.trim().length === 0)
    fail(400, 'bad_request', `${field} is required.`);
  const trimmed = (value as string).trim();
  if (trimmed.length > MAX_NAME) fail(400, 'bad_request', `${field} is at most ${MAX_NAME} characters.`);
  return trimmed;
}

function optionalPlayerID(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'number' && Number.isInteger(value)) return String(value);
  if (typeof value === 'string' && /^\d{1,2}$/.test(value)) return value;
  return fail(400, 'bad_request', 'playerID must be a seat number.');
}

/** Player data from a client may not carry the server-owned `bot` marker. */
function clientData(value: unknown): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  const { bot: _bot, ...rest } = value as Record<string, unknown>;
  return rest;
}

function botConfig(value: unknown): BotConfig {
  const v = bodyOf(value);
  const ok = (x: unknown): x is string => typeof x === 'string' && /^[\w-]{1,40}$/.test(x);
  // The client names policies after levels: either one implies the other; 'normal' by default.
  const policy = ok(v.policy) ? v.policy : ok(v.difficulty) ? v.difficulty : 'normal';
  const difficulty = ok(v.difficulty) ? v.difficulty : policy;
  return { policy, difficulty };
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

export function registerLobby(app: FastifyInstance, engine: MatchEngine): void {
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

  const metadataOf = (matchID: string): Server.MatchData => {
    const { metadata } = store.fetch(matchID, { metadata: true }) as { metadata?: Server.MatchData };
    return metadata ?? fail(404, 'unknown_match', `Match ${matchID} not found.`);
  };

  const publicMatch = (matchID: string, metadata: Server.MatchData) => ({
    ...metadata,
    matchID,
    players: Object.values(metadata.players).map(({ credentials: _c, ...rest }) => rest),
  });

  /** Creates a match with a join code; seats listed in `bots` are played by the server. */
  const create = (body: Body, inheritBots?: Record<string, BotConfig>) => {
    const byDefault = engine.serverGame.defaultNumPlayers;
    let numPlayers =
      (typeof byDefault === 'function' ? byDefault(body.setupData) : byDefault) ?? game.minPlayers ?? 2;
    if (body.numPlayers !== undefined) {
      const n = Number(body.numPlayers);
      if (
        !Number.isInteger(n) ||
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
      match = createMatch({ game, numPlayers, setupData: body.setupData, unlisted: body.unlisted === true });
    } catch (err) {
      return fail(400, 'bad_setup', `The match could not be set up: ${(err as Error).message}`);
    }
    if ('setupDataError' in match) return fail(400, 'bad_setup', match.setupDataError);
    const bots: Record<string, BotConfig> = { ...inheritBots };
    if (Array.isArray(body.bots)) {
      for (const pid of body.bots) bots[optionalPlayerID(pid) ?? ''] = botConfig({});
    } else if (typeof body.bots === 'object' && body.bots !== null) {
      for (const [pid, cfg] of Object.entries(body.bots)) bots[optionalPlayerID(pid) ?? ''] = botConfig(cfg);
    }
    for (const [pid, cfg] of Object.entries(bots)) {
      const seat = seatsOf(match.metadata)[pid];
      if (!seat) fail(400, 'bad_request', `There is no seat ${pid} for a bot.`);
      seat!.name = `Bot (${roleOf(match.initialState.G, pid) ?? pid})`;
      seat!.credentials = newSecret();
      seat!.data = { bot: cfg };
    }
    const matchID = newMatchID();
    const joinCode = newJoinCode((c) => store.codeTaken(c));
    const facilitatorToken = newSecret();
    store.createMatchWithAccess(matchID, match, { code: joinCode, facilitatorToken });
    if (Object.keys(bots).length > 0) engine.touch(matchID);
    return { matchID, joinCode, facilitatorToken, bots };
  };

  /** Seats a human in a free seat or a bot's seat; the seat gets fresh credentials. */
  const claim = async (
    matchID: string,
    requested: string | undefined,
    playerName: string,
    data?: unknown,
  ) => {
    const credentials = newSecret();
    const playerID = unwrap(
      await engine.updateMetadata(matchID, (metadata) => {
        const seats = seatsOf(metadata);
        let pid = requested;
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
        seat.name = playerName;
        seat.credentials = credentials;
        seat.isConnected = false;
        if (data !== undefined) seat.data = clientData(data);
        else if (wasBot) delete seat.data;
        if (wasBot)
          engine.evictSeat(matchID, pid, refuse('seat_reassigned', 'A person took over this seat.'));
        return pid;
      }),
    );
    return { playerID, credentials };
  };

  const authorise = (
    metadata: Server.MatchData,
    matchID: string,
    playerID: string,
    body: Body,
    headerToken: unknown,
  ) => {
    const token = body.facilitatorToken ?? headerToken;
    if (token !== undefined) {
      const access = store.accessByMatch(matchID);
      if (access && secretsEqual(token, access.facilitatorToken)) return;
      fail(403, 'unauthorized', 'Wrong facilitator token.');
    }
    if (!engine.credentialsValid(metadata, playerID, body.credentials)) {
      fail(403, 'unauthorized', `Invalid credentials for player ${playerID}.`);
    }
  };

  // ------------------------------------------------------------ boardgame.io Lobby API

  app.get('/games', async () => [gameName]);

  app.post<{ Params: { name: string } }>('/games/:name/create', async (req) => {
    checkGame(req.params.name);
    const { matchID, joinCode, facilitatorToken } = create(bodyOf(req.body));
    return { matchID, joinCode, facilitatorToken };
  });

  app.get<{ Params: { name: string }; Querystring: Record<string, string | undefined> }>(
    '/games/:name',
    async (req) => {
      checkGame(req.params.name);
      const q = req.query;
      const isGameover = q.isGameover === 'true' ? true : q.isGameover === 'false' ? false : undefined;
      const before = Number.parseInt(q.updatedBefore ?? '', 10);
      const after = Number.parseInt(q.updatedAfter ?? '', 10);
      const ids = store.listMatches({
        gameName,
        where: {
          ...(isGameover !== undefined ? { isGameover } : {}),
          ...(before > 0 ? { updatedBefore: before } : {}),
          ...(after > 0 ? { updatedAfter: after } : {}),
        },
      });
      const matches = [];
      for (const id of ids) {
        const metadata = metadataOf(id);
        if (!metadata.unlisted) matches.push(publicMatch(id, metadata));
      }
      return { matches };
    },
  );

  app.get<{ Params: { name: string; id: string } }>('/games/:name/:id', async (req) => {
    checkGame(req.params.name);
    return publicMatch(req.params.id, metadataOf(req.params.id));
  });

  app.post<{ Params: { name: string; id: string } }>('/games/:name/:id/join', async (req) => {
    checkGame(req.params.name);
    const body = bodyOf(req.body);
    if (!body.playerName) fail(403, 'bad_request', 'playerName is required');
    const playerName = name(body.playerName);
    metadataOf(req.params.id);
    const { playerID, credentials } = await claim(
      req.params.id,
      optionalPlayerID(body.playerID),
      playerName,
      body.data,
    );
    return { playerID, playerCredentials: credentials };
  });

  app.post<{ Params: { name: string; id: string } }>('/games/:name/:id/leave', async (req) => {
    checkGame(req.params.name);
    const body = bodyOf(req.body);
    const playerID = optionalPlayerID(body.playerID) ?? fail(403, 'bad_request', 'playerID is required');
    const matchID = req.params.id;
    unwrap(
      await engine.updateMetadata(matchID, (metadata) => {
        const seat = seatsOf(metadata)[playerID];
        if (!seat) return refuse('unknown_seat', `Player ${playerID} not found`);
        if (!engine.credentialsValid(metadata, playerID, body.credentials)) {
          return refuse('unauthorized', `Invalid credentials for player ${playerID}`);
        }
        delete seat.name;
        delete seat.credentials;
        delete seat.data;
        seat.isConnected = false;
        engine.evictSeat(matchID, playerID, refuse('seat_left', 'You left this seat.'));
        return true;
      }),
    );
    // Unlike the stock server, the match is kept when its last player leaves: nobody loses a game.
    return {};
  });

  app.post<{ Params: { name: string; id: string } }>('/games/:name/:id/playAgain', async (req) => {
    checkGame(req.params.name);
    const body = bodyOf(req.body);
    const matchID = req.params.id;
    const playerID = optionalPlayerID(body.playerID) ?? fail(403, 'bad_request', 'playerID is required');
    const result = unwrap(
      await engine.updateMetadata(matchID, (metadata) => {
        if (!seatsOf(metadata)[playerID]) return refuse('unknown_seat', `Player ${playerID} not found`);
        if (!engine.credentialsValid(metadata, playerID, body.credentials)) {
          return refuse('unauthorized', `Invalid credentials for player ${playerID}`);
        }
        if (metadata.nextMatchID) return { nextMatchID: metadata.nextMatchID };
        const bots: Record<string, BotConfig> = {};
        for (const pid of Object.keys(metadata.players)) {
          const bot = botOf(metadata, pid);
          if (bot) bots[pid] = bot;
        }
        const next = create(
          {
            numPlayers: body.numPlayers ?? Object.keys(metadata.players).length,
            setupData: body.setupData ?? metadata.setupData,
            unlisted: body.unlisted,
          },
          bots,
        );
        metadata.nextMatchID = next.matchID;
        return { nextMatchID: next.matchID };
      }),
    );
    return result;
  });

  const updatePlayer = async (matchID: string, body: Body) => {
    const playerID = optionalPlayerID(body.playerID) ?? fail(403, 'bad_request', 'playerID is required');
    if (body.data === undefined && !body.newName) fail(403, 'bad_request', 'newName or data is required');
    const newName = body.newName ? name(body.newName, 'newName') : undefined;
    unwrap(
      await engine.updateMetadata(matchID, (metadata) => {
        const seat = seatsOf(metadata)[playerID];
        if (!seat) return refuse('unknown_seat', `Player ${playerID} not found`);
        if (!engine.credentialsValid(metadata, playerID, body.credentials)) {
          return refuse('unauthorized', `Invalid credentials for player ${playerID}`);
        }
        if (newName) seat.name = newName;
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
    return updatePlayer(req.params.id, bodyOf(req.body));
  });
  app.post<{ Params: { name: string; id: string } }>('/games/:name/:id/rename', async (req) => {
    checkGame(req.params.name);
    return updatePlayer(req.params.id, bodyOf(req.body));
  });

  // ------------------------------------------------------------ join codes and seats

  const byCode = (raw: string) => {
    const code = normaliseCode(raw);
    if (!isWellFormedCode(code)) fail(400, 'bad_code', 'A join code is 6 letters and digits.');
    return store.accessByCode(code) ?? fail(404, 'unknown_code', `No match has the code ${code}.`);
  };

  const seatList = (matchID: string, metadata: Server.MatchData) => {
    const { initialState } = store.fetch(matchID, { initialState: true }) as {
      initialState?: { G: unknown };
    };
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
    const access = byCode(req.params.code);
    const metadata = metadataOf(access.matchID);
    return {
      matchID: access.matchID,
      gameName: metadata.gameName,
      joinCode: access.code,
      gameover: metadata.gameover !== undefined && metadata.gameover !== null,
      seats: seatList(access.matchID, metadata),
    };
  });

  app.post<{ Params: { code: string } }>('/api/join/:code', async (req) => {
    const access = byCode(req.params.code);
    const body = bodyOf(req.body);
    const playerName = name(body.name ?? body.playerName, 'name');
    const { playerID, credentials } = await claim(
      access.matchID,
      optionalPlayerID(body.playerID),
      playerName,
    );
    return { matchID: access.matchID, playerID, credentials, gameName };
  });

  app.get<{ Params: { id: string } }>('/api/matches/:id/seats', async (req) => ({
    matchID: req.params.id,
    seats: seatList(req.params.id, metadataOf(req.params.id)),
  }));

  /** A human takes over a seat (free, or played by a bot). */
  app.post<{ Params: { id: string; pid: string } }>('/api/matches/:id/seats/:pid/claim', async (req) => {
    const body = bodyOf(req.body);
    const playerName = name(body.name ?? body.playerName, 'name');
    const pid = optionalPlayerID(req.params.pid) ?? fail(400, 'bad_request', 'No seat.');
    metadataOf(req.params.id);
    const { playerID, credentials } = await claim(req.params.id, pid, playerName);
    return { matchID: req.params.id, playerID, credentials };
  });

  /** Hands a seat to a bot: with the seat's credentials or the facilitator token. */
  app.post<{ Params: { id: string; pid: string } }>('/api/matches/:id/seats/:pid/bot', async (req) => {
    const body = bodyOf(req.body);
    const matchID = req.params.id;
    const playerID = optionalPlayerID(req.params.pid) ?? fail(400, 'bad_request', 'No seat.');
    const cfg = botConfig(body);
    const bot = unwrap(
      await engine.updateMetadata(matchID, (metadata) => {
        const seat = seatsOf(metadata)[playerID];
        if (!seat) return refuse('unknown_seat', `Player ${playerID} not found`);
        if (seat.credentials)
          authorise(metadata, matchID, playerID, body, req.headers['x-facilitator-token']);
        else if (body.facilitatorToken !== undefined || req.headers['x-facilitator-token'] !== undefined) {
          authorise(metadata, matchID, playerID, body, req.headers['x-facilitator-token']);
        }
        const { initialState } = store.fetch(matchID, { initialState: true }) as {
          initialState?: { G: unknown };
        };
        seat.name = `Bot (${roleOf(initialState?.G, playerID) ?? playerID})`;
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

export function sendError(reply: FastifyReply, status: number, code: string, message: string) {
  return reply.code(status).type('application/json').send({ error: code, message });
}

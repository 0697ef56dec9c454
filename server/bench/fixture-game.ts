// A tiny game with Ceasefire's shape (seats -> roles, secrets under G.secret[role], simultaneous
// secret orders, a player view, legalMoves and checkMove) for server tests and the benchmark, so
// neither depends on the real rules.
import type { Ctx, Game } from 'boardgame.io';
import { ActivePlayers, INVALID_MOVE } from 'boardgame.io/core';
import type { MoveChoice, Refusal, ServerGame } from '../types.ts';

export interface FixtureG {
  seats: Record<string, string>;
  round: number;
  rounds: number;
  committed: Record<string, boolean>;
  revealed: { round: number; orders: Record<string, number> }[];
  secret: Record<string, { agenda: string; order: number | null; tag: string | null }>;
}

const ROLES = ['government', 'movement', 'spoiler', 'un', 'regional', 'observer', 'donor'];

function roleOf(G: FixtureG, playerID: string): string | undefined {
  return G.seats[playerID];
}

export function fixtureCheckMove(
  G: FixtureG,
  ctx: Ctx,
  playerID: string,
  move: string,
  args: readonly unknown[],
): Refusal | null {
  if (ctx.gameover !== undefined) return { code: 'game_over', message: 'The game is over.' };
  const role = roleOf(G, playerID);
  if (!role) return { code: 'no_role', message: `Seat ${playerID} has no role.` };
  if (move !== 'commit') return { code: 'unknown_move', message: `There is no move "${move}".` };
  const [value, tag] = args;
  if (!Number.isInteger(value) || (value as number) < 0 || (value as number) > 3) {
    return { code: 'bad_value', message: 'An order is a whole number from 0 to 3.' };
  }
  if (tag !== undefined && (typeof tag !== 'string' || tag.length > 64)) {
    return { code: 'bad_tag', message: 'A tag is a short string.' };
  }
  if (G.committed[role]) {
    return { code: 'already_committed', message: `${role} has already sent its orders this round.` };
  }
  return null;
}

export function fixtureLegalMoves(G: FixtureG, ctx: Ctx, playerID: string): MoveChoice[] {
  if (ctx.gameover !== undefined) return [];
  const role = roleOf(G, playerID);
  if (!role || G.committed[role]) return [];
  return [0, 1, 2, 3].map((v) => ({ move: 'commit', args: [v] }));
}

export const FixtureGame: Game<FixtureG, Record<string, unknown>, { options?: { rounds?: number } }> = {
  name: 'ceasefire',
  minPlayers: 2,
  maxPlayers: 7,
  disableUndo: true,
  validateSetupData: (setupData, numPlayers) => {
    const rounds = setupData?.options?.rounds;
    if (rounds !== undefined && (!Number.isInteger(rounds) || rounds < 1 || rounds > 100000)) {
      return 'options.rounds must be a whole number from 1 to 100000';
    }
    if (numPlayers < 2 || numPlayers > 7) return 'numPlayers must be 2 to 7';
    return undefined;
  },
  setup: ({ ctx }, setupData) => {
    const seats: Record<string, string> = {};
    const committed: Record<string, boolean> = {};
    const secret: FixtureG['secret'] = {};
    for (let i = 0; i < ctx.numPlayers; i++) {
      const role = ROLES[i] ?? `role${i}`;
      seats[String(i)] = role;
      committed[role] = false;
      secret[role] = { agenda: `SECRET-AGENDA-${role}`, order: null, tag: null };
    }
    return { seats, round: 1, rounds: setupData?.options?.rounds ?? 3, committed, revealed: [], secret };
  },
  turn: { activePlayers: ActivePlayers.ALL },
  moves: {
    commit: {
      ignoreStaleStateID: true,
      redact: true,
      move: ({ G, ctx, playerID }, value: number, tag?: string) => {
        if (fixtureCheckMove(G, ctx, playerID, 'commit', [value, tag]) !== null) return INVALID_MOVE;
        const role = G.seats[playerID]!;
        G.committed[role] = true;
        G.secret[role]!.order = value;
        G.secret[role]!.tag = tag ?? null;
        if (Object.values(G.committed).every(Boolean)) {
          const orders: Record<string, number> = {};
          for (const [r, s] of Object.entries(G.secret)) {
            orders[r] = s.order ?? 0;
            s.order = null;
            s.tag = null;
            G.committed[r] = false;
          }
          G.revealed.push({ round: G.round, orders });
          // Keep the state's size steady over long benchmark games.
          if (G.revealed.length > 3) G.revealed.shift();
          G.round += 1;
        }
      },
    },
  },
  endIf: ({ G }) => (G.round > G.rounds ? { rounds: G.rounds } : undefined),
  playerView: ({ G, playerID }) => {
    const role = playerID === null || playerID === undefined ? undefined : G.seats[playerID];
    const secret: FixtureG['secret'] = {};
    if (role && G.secret[role]) secret[role] = G.secret[role];
    return { ...G, secret };
  },
};

export const fixtureServerGame: ServerGame = {
  game: FixtureGame,
  defaultNumPlayers: 5,
  legalMoves: fixtureLegalMoves,
  checkMove: fixtureCheckMove,
};

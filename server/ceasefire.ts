// Ceasefire's rules plugged into the server: the Game, legality, refusal reasons, seats per scenario
// and the bots of game/bots (one policy per level; the client names policies after levels).
import { Ceasefire, checkMove, getScenario, legalMoves } from '../game/index.ts';
import type { BotPolicy, BotPolicyInput, MoveChoice, ServerGame } from './types.ts';

type ServerPolicyFn = (input: {
  G: unknown;
  ctx: unknown;
  playerID: string;
  difficulty?: string;
  random?: () => number;
  seed?: string;
}) => MoveChoice | null;

/** The game's bots, if game/bots provides them (a variable path keeps this file independent of it). */
export async function loadBotPolicies(): Promise<Record<string, BotPolicy>> {
  const botsPath = '../game/bots/index.ts';
  let mod: { serverPolicy?: ServerPolicyFn; POLICIES?: readonly string[] };
  try {
    mod = (await import(botsPath)) as typeof mod;
  } catch {
    return {};
  }
  const serverPolicy = mod.serverPolicy;
  if (!serverPolicy) return {};
  const names = mod.POLICIES ?? ['easy', 'normal', 'hard'];
  return Object.fromEntries(
    names.map((name) => [
      name,
      (input: BotPolicyInput) =>
        serverPolicy({
          G: input.G,
          ctx: input.ctx,
          playerID: input.playerID,
          difficulty: name,
          random: input.random,
          seed: `${input.matchID}:${input.playerID}`,
        }),
    ]),
  );
}

export async function ceasefireServerGame(): Promise<ServerGame> {
  return {
    game: Ceasefire as ServerGame['game'],
    defaultNumPlayers: (setupData: unknown) => {
      try {
        return getScenario((setupData as { scenario?: string } | undefined)?.scenario).roles.length;
      } catch {
        return 5;
      }
    },
    legalMoves: (G, ctx, playerID) => legalMoves(G, ctx, playerID),
    checkMove: (G, ctx, playerID, move, args) => checkMove(G, ctx, playerID, move, [...args]),
    botPolicies: await loadBotPolicies(),
  };
}

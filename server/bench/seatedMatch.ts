// A real Ceasefire match stored with five named, credentialed seats (no lobby): for the in-process
// move-path bench and the server tests that drive a MatchEngine directly.
import type { Game } from 'boardgame.io';
import { createMatch } from 'boardgame.io/internal';
import type { Store } from '../storage.ts';

/** Creates the match under `matchID` (its join code too) with the given seed; the seats' credentials. */
export async function createSeatedMatch(
  store: Store,
  game: Game,
  matchID: string,
  seed: string,
): Promise<string[]> {
  const match = createMatch({ game: { ...game, seed }, numPlayers: 5, setupData: {}, unlisted: true });
  if ('setupDataError' in match) throw new Error(String(match.setupDataError));
  const creds: string[] = [];
  for (let p = 0; p < 5; p++) {
    const seat = match.metadata.players[p]!;
    seat.name = `p${p}`;
    seat.credentials = `cred-${matchID}-${p}`;
    creds.push(seat.credentials);
  }
  await store.createMatch(matchID, match, { code: matchID, hostToken: 'h', kind: 'table' });
  return creds;
}

// Ending a game early: collapse when Tension reaches its maximum or a faction resumes the war.
import { getScenario } from './scenario.ts';
import { finalResult } from './scoring.ts';
import { type DraftState, log } from './state.ts';
import type { EarlyElections, GameState, WarResult } from './types.ts';

export function collapse(G: DraftState, cause: string, war: WarResult | null = null): void {
  if (G.result) return;
  log(G, 'end', cause);
  G.result = finalResult(G, cause, true, war) as DraftState['result'];
}

/** This round's crisis asks a seat to decide and it has not answered yet. */
export function crisisDecisionPending(G: GameState): boolean {
  return G.crisis !== null && G.crisis.chooser !== null && G.crisis.choice === null;
}

/**
 * Collapse if Tension is at its maximum. While a crisis decision is pending the check waits: the
 * decision is shown and answered first (it may lower Tension), and chooseCrisis checks again.
 */
export function checkTension(G: DraftState): void {
  if (crisisDecisionPending(G)) return;
  const s = getScenario(G.scenario);
  if (G.tracks.tension >= s.tuning.tensionMax)
    collapse(
      G,
      `Round ${G.round}: Tension reached ${s.tuning.tensionMax}. The ceasefire collapsed into renewed fighting.`,
    );
}

const EARLY_CAUSE: Readonly<Record<EarlyElections, string>> = {
  facilitator: 'the facilitator called the elections early; they were held on the spot.',
  clock:
    'the lesson clock called the elections early: there was not time for another full round; they were held on the spot.',
  deadline: 'the lesson time ran out, so the lesson clock called the elections; they were held on the spot.',
};

/**
 * The game ends now: the elections are held on the spot, scored as after the last round. Called by the
 * facilitator ("end all games now") or by the lesson clock (game/clock.ts decides when).
 */
export function holdElectionsNow(G: DraftState, by: EarlyElections = 'facilitator'): void {
  if (G.result) return;
  const s = getScenario(G.scenario);
  const cause = `Round ${G.round}: ${EARLY_CAUSE[by]}`;
  const res = { ...finalResult(G, cause, false), calledEarly: by };
  G.result = res as DraftState['result'];
  const winners = res.scores
    .filter((x) => x.won)
    .map((x) => s.roles.find((r) => r.id === x.role)?.name ?? x.role);
  log(G, 'end', `${cause} Outcome: ${res.grade}. Winners: ${winners.join(', ') || 'nobody'}.`);
}

// Ending a game early: collapse when Tension reaches its maximum or a faction resumes the war.
import { getScenario } from './scenario.ts';
import { finalResult } from './scoring.ts';
import { type DraftState, log } from './state.ts';
import type { WarResult } from './types.ts';

export function collapse(G: DraftState, cause: string, war: WarResult | null = null): void {
  if (G.result) return;
  log(G, 'end', cause);
  G.result = finalResult(G, cause, true, war) as DraftState['result'];
}

export function checkTension(G: DraftState): void {
  const s = getScenario(G.scenario);
  if (G.tracks.tension >= s.tuning.tensionMax)
    collapse(
      G,
      `Round ${G.round}: Tension reached ${s.tuning.tensionMax}. The ceasefire collapsed into renewed fighting.`,
    );
}

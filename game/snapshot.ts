// The numbers the debrief charts per round (round 0 is the opening position).
import { credibility } from './credibility.ts';
import { getScenario, rolesOfKind } from './scenario.ts';
import type { GameState, RoundSnapshot } from './types.ts';

export function snapshotOf(G: GameState): RoundSnapshot {
  const s = getScenario(G.scenario);
  const pick = (f: (r: GameState['roles'][string]) => number, kind: string) =>
    Object.fromEntries(s.roles.filter((r) => r.kind === kind).map((r) => [r.id, f(G.roles[r.id]!)]));
  return {
    round: G.round,
    tracks: { ...G.tracks },
    fear: pick((r) => r.fear, 'faction'),
    approval: pick((r) => r.approval, 'guarantor'),
    credibility: Object.fromEntries(rolesOfKind(s, 'guarantor').map((g) => [g, credibility(G.roles[g]!)])),
  };
}

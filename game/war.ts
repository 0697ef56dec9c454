// Resuming the war: a choice with an expected utility (Doyle & Sambanis, seed 000), decided by forces.

import type { Scenario } from './content/schema.ts';
import { total } from './legal.ts';
import { otherFaction } from './scenario.ts';
import type { Rng } from './state.ts';
import type { GameState, RoleId } from './types.ts';

/**
 * What a faction could field if the war resumed now: its active fighters, half its cantoned ones (their
 * weapons are in the camps' stores) and its hidden caches. Disarmed and reintegrated fighters are gone.
 */
export function fieldStrength(G: GameState, role: RoleId): number {
  let n = 0;
  for (const r of G.regions) {
    const u = r.units[role];
    if (u) n += u.active + 0.5 * u.cantoned;
  }
  for (const v of Object.values(G.secret[role]?.caches ?? {})) n += v;
  return n;
}

/**
 * Guarantor force that would fight for `role`: active force pledges that protect it (their weight,
 * doubled: a credible enforcement pledge), one more for each time one was honoured, and peacekeepers
 * standing where its fighters are.
 */
export function interventionFor(G: GameState, role: RoleId): number {
  let n = 0;
  for (const p of G.pledges)
    if (p.status === 'active' && p.response === 'force' && (p.protects === role || p.protects === 'all'))
      n += 2 * p.weight + p.honouredTimes;
  for (const r of G.regions) {
    const u = r.units[role];
    if (u && u.active + u.cantoned + u.disarmed > 0) n += total(r.peacekeepers);
  }
  return n;
}

/**
 * The chance that `resumer` wins a war it restarts now: the forces decide it, as in a battle of
 * attrition (cubed strengths), so the stronger side usually wins and an even war is a coin toss that
 * nobody should start lightly. Guarantor force that would fight for the other side counts against it:
 * a credible enforcement pledge makes the war a losing bet.
 */
export function warOdds(G: GameState, s: Scenario, resumer: RoleId): number {
  const other = otherFaction(s, resumer);
  const a = fieldStrength(G, resumer);
  const d = fieldStrength(G, other) + interventionFor(G, other);
  if (a <= 0) return 0;
  return a ** 3 / (a ** 3 + d ** 3);
}

export function fightWar(G: GameState, s: Scenario, resumer: RoleId, rng: Rng) {
  const opponent = otherFaction(s, resumer);
  const odds = warOdds(G, s, resumer);
  return {
    resumer,
    opponent,
    strength: fieldStrength(G, resumer),
    opposing: fieldStrength(G, opponent),
    intervention: interventionFor(G, opponent),
    resumerWon: rng.next() < odds,
  };
}

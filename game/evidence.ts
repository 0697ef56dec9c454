// What the table can know of the spoiler's hidden type: the evidence in its behaviour (Stedman's types
// are inferred from what a spoiler does), read only from what a seat may see (its view's history and
// offers). The bots judge the spoiler with it, and the table shows it to players.
import type { Scenario } from './content/schema.ts';
import { getScenario } from './scenario.ts';
import type { GameState, RoleId } from './types.ts';

export interface Attack {
  readonly round: number;
  /** Who the table believes attacked (monitored: the truth; else the rumour). */
  readonly by: RoleId;
  readonly victim: RoleId;
  readonly verified: boolean;
}

/** Attacks reported in the history lines this view holds (resolution step "violations"). */
export function attacksOf(G: GameState, s: Scenario): Attack[] {
  const byName = new Map(s.roles.map((r) => [r.name, r.id]));
  const out: Attack[] = [];
  for (const h of G.history) {
    if (h.step !== 'violations') continue;
    const seen = /Monitors confirm: the (.+?) attacked the (.+?) in the /.exec(h.text);
    if (seen) {
      const by = byName.get(seen[1]!);
      const victim = byName.get(seen[2]!);
      if (by && victim) out.push({ round: h.round, by, victim, verified: true });
      continue;
    }
    const rumour = /: the (.+?) was attacked in the .*rumours blame the (.+?)\.$/.exec(h.text);
    if (rumour) {
      const victim = byName.get(rumour[1]!);
      const by = byName.get(rumour[2]!);
      if (by && victim) out.push({ round: h.round, by, victim, verified: false });
    }
  }
  return out;
}

export interface Evidence {
  readonly round: number;
  /** How much it points to a hardline (total) spoiler (+) or a moderate one (−). */
  readonly weight: number;
  readonly text: string;
}

/** Every piece of public evidence about a spoiler's intentions, oldest first. */
export function spoilerEvidence(
  G: GameState,
  sp: RoleId,
  attacks = attacksOf(G, getScenario(G.scenario)),
): Evidence[] {
  const out: Evidence[] = [];
  for (const a of attacks)
    if (a.by === sp)
      out.push({
        round: a.round,
        weight: a.verified ? 1.5 : 1,
        text: a.verified
          ? 'an attack confirmed by monitors'
          : 'an attack rumoured to be its doing (unverified)',
      });
  for (const h of G.history)
    if (h.step === 'spoiler' && h.text.includes('intimidated voters'))
      out.push({ round: h.round, weight: 0.75, text: 'voters and officials intimidated' });
  for (const o of G.offers)
    if (o.from === sp && !o.private && o.give.some((t) => t.kind === 'noAttack'))
      out.push({ round: o.round, weight: -2.5, text: 'a public offer of a truce' });
  return out.sort((a, b) => a.round - b.round);
}

/**
 * How hardline the spoiler looks from outside, 0..10: 4 to begin with, then the evidence of the last
 * two rounds (a truce offer only counts in its round and the next).
 */
export function hardlineOf(G: GameState, sp: RoleId, attacks?: Attack[]): number {
  let score = 4;
  let truce = false;
  for (const e of spoilerEvidence(G, sp, attacks)) {
    if (e.weight < 0) truce ||= e.round >= G.round - 1;
    else if (e.round >= G.round - 2) score += e.weight;
  }
  if (truce) score -= 2.5;
  return Math.max(0, Math.min(10, score));
}

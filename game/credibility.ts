// Guarantor credibility (capability x will x domestic approval, and its record) and what a pledge
// weighs (Dowty: the probability that something will be done x the strength of the pledge).
import type { Scenario } from './content/schema.ts';
import { clamp } from './state.ts';
import type { GameState, PledgeResponse, PublicRoleState, RoleId } from './types.ts';

/**
 * Credibility 0..10: the geometric mean of capability, political will and domestic approval (seed 003:
 * credibility rests on military capabilities, political will and domestic processes; any one at zero
 * makes a promise empty), plus one per pledge honoured and minus three per pledge broken (seed 000:
 * empty promises do more harm than none).
 */
export function credibility(r: PublicRoleState): number {
  if (r.kind !== 'guarantor') return 0;
  const base = Math.round(Math.cbrt(r.capability * r.will * r.approval));
  return clamp(base + r.honoured - 3 * r.broken, 0, 10);
}

/** Strength of what is promised: force weighs more than sanctions. */
export const PLEDGE_STRENGTH: Readonly<Record<PledgeResponse, number>> = { force: 3, sanctions: 2 };

/** Weight 0..3 = credibility (probability of action) x strength of the pledge (Dowty, seed 000). */
export function pledgeWeight(r: PublicRoleState, response: PledgeResponse): number {
  return Math.round((credibility(r) * PLEDGE_STRENGTH[response]) / 10);
}

/** What a pledge sets aside for its term: forces for force, the funds to honour it for both. */
export function pledgeReserve(s: Scenario, response: PledgeResponse): { capability: number; funds: number } {
  return s.tuning.pledges[response];
}

/** Honouring costs domestic approval when forces go in (casualties); its funds were set aside. */
export const HONOUR_APPROVAL: Readonly<Record<PledgeResponse, number>> = { force: 1, sanctions: 0 };

/** Capability a guarantor has committed: forces reserved by pledges in force and peacekeepers deployed. */
export function capabilityInUse(G: GameState, g: RoleId): number {
  let n = 0;
  for (const p of G.pledges)
    if (p.guarantor === g && (p.status === 'active' || p.status === 'triggered')) n += p.reserved.capability;
  for (const r of G.regions) n += r.peacekeepers[g] ?? 0;
  return n;
}

/** Capability still free for new commitments (enforcement, coercion, patrols, more peacekeepers). */
export function freeCapability(G: GameState, g: RoleId): number {
  const r = G.roles[g];
  return r ? r.capability - capabilityInUse(G, g) : 0;
}

export function credibilityOf(G: GameState, role: RoleId): number {
  const r = G.roles[role];
  return r ? credibility(r) : 0;
}

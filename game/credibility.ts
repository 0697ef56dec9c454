// Guarantor credibility (capability, will, domestic approval, record) and pledge weight (Dowty).

import { clamp } from './state.ts';
import type { GameState, PledgeResponse, PublicRoleState, RoleId } from './types.ts';

/**
 * Credibility 0..10: the mean of capability, political will and domestic approval (overview, seed 003),
 * plus one per pledge honoured and minus three per pledge broken (seed 000: empty promises do more harm).
 */
export function credibility(r: PublicRoleState): number {
  if (r.kind !== 'guarantor') return 0;
  const base = Math.round((r.capability + r.will + r.approval) / 3);
  return clamp(base + r.honoured - 3 * r.broken, 0, 10);
}

/** Strength of what is promised: force weighs more than sanctions. */
export const PLEDGE_STRENGTH: Readonly<Record<PledgeResponse, number>> = { force: 3, sanctions: 2 };

/** Weight 0..3 = credibility (probability of action) x strength of the pledge (Dowty, seed 000). */
export function pledgeWeight(r: PublicRoleState, response: PledgeResponse): number {
  return Math.round((credibility(r) * PLEDGE_STRENGTH[response]) / 10);
}

/** Costs of honouring a triggered pledge: funds and domestic approval (casualties for force). */
export const HONOUR_COST: Readonly<Record<PledgeResponse, { funds: number; approval: number }>> = {
  force: { funds: 2, approval: 1 },
  sanctions: { funds: 1, approval: 0 },
};

export function credibilityOf(G: GameState, role: RoleId): number {
  const r = G.roles[role];
  return r ? credibility(r) : 0;
}

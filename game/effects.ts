// Applying a crisis card's effects (data) to the state draft.
import type { Effect, Scenario } from './content/schema.ts';
import { monitored } from './legal.ts';
import {
  addFear,
  addTrack,
  clamp,
  type DraftState,
  type Rng,
  regionName,
  roleName,
  rollInt,
} from './state.ts';
import type { RoleId } from './types.ts';

export function selectRoles(s: Scenario, sel: string): RoleId[] {
  if (sel === 'all') return s.roles.map((r) => r.id);
  if (sel === 'factions') return s.roles.filter((r) => r.kind === 'faction').map((r) => r.id);
  if (sel === 'guarantors') return s.roles.filter((r) => r.kind === 'guarantor').map((r) => r.id);
  if (sel === 'spoilers') return s.roles.filter((r) => r.kind === 'spoiler').map((r) => r.id);
  return s.roles.some((r) => r.id === sel) ? [sel] : [];
}

function selectRegions(G: DraftState, sel: string, rng: Rng): DraftState['regions'] {
  if (sel === 'all') return G.regions;
  if (sel === 'spoils') return G.regions.filter((r) => r.spoils > 0);
  if (sel === 'unmonitored') return G.regions.filter((r) => !monitored(r));
  if (sel === 'random') {
    const r = G.regions[rollInt(rng, G.regions.length)];
    return r ? [r] : [];
  }
  return G.regions.filter((r) => r.id === sel);
}

/** Apply effects and return plain-language notes of what changed. */
export function applyEffects(G: DraftState, s: Scenario, effects: readonly Effect[], rng: Rng): string[] {
  const notes: string[] = [];
  const sign = (d: number) => (d > 0 ? `+${d}` : String(d));
  for (const f of effects) {
    switch (f.kind) {
      case 'track':
        addTrack(G, s, f.track, f.delta);
        notes.push(`${f.track} ${sign(f.delta)}`);
        break;
      case 'fear':
        for (const r of selectRoles(s, f.role)) addFear(G, r, f.delta);
        notes.push(`Fear of ${f.role} ${sign(f.delta)}`);
        break;
      case 'funds':
        for (const r of selectRoles(s, f.role)) {
          const st = G.roles[r];
          if (st) st.funds = Math.max(0, st.funds + f.delta);
        }
        notes.push(`funds of ${f.role} ${sign(f.delta)}`);
        break;
      case 'approval':
      case 'will':
        for (const r of selectRoles(s, f.role)) {
          const st = G.roles[r];
          if (st && st.kind === 'guarantor') st[f.kind] = clamp(st[f.kind] + f.delta, 0, 10);
        }
        notes.push(`${f.kind} of ${f.role} ${sign(f.delta)}`);
        break;
      case 'militancy':
        for (const r of selectRoles(s, 'spoilers')) {
          const st = G.roles[r]!;
          st.militancy = clamp(st.militancy + f.delta, 0, 10);
        }
        notes.push(`spoiler militancy ${sign(f.delta)}`);
        break;
      case 'stability':
      case 'refugees':
        for (const reg of selectRegions(G, f.region, rng)) {
          reg[f.kind] = clamp(reg[f.kind] + f.delta, 0, 5);
          notes.push(`${f.kind} in the ${regionName(s, reg.id)} ${sign(f.delta)}`);
        }
        break;
      case 'units':
        for (const reg of selectRegions(G, f.region, rng))
          for (const r of selectRoles(s, f.role)) {
            const u = reg.units[r];
            if (!u) continue;
            u.active = Math.max(0, u.active + f.delta);
            notes.push(`${roleName(s, r)} fighters in the ${regionName(s, reg.id)} ${sign(f.delta)}`);
          }
        break;
      case 'consent':
        for (const reg of selectRegions(G, f.region, rng))
          for (const r of selectRoles(s, f.role))
            if (r in reg.consent) {
              reg.consent[r] = f.grant;
              notes.push(
                `${roleName(s, r)} ${f.grant ? 'grants' : 'withdraws'} consent in the ${regionName(s, reg.id)}`,
              );
            }
        break;
      case 'sanctionNeighbour':
        G.neighbourSanctioned = Math.max(G.neighbourSanctioned, f.rounds);
        notes.push(`the neighbour is sanctioned for ${f.rounds} round(s)`);
        break;
      case 'modifier':
        if (!G.modifiers.includes(f.modifier)) G.modifiers.push(f.modifier);
        notes.push(
          {
            donorFatigue: 'donor fatigue halves aid this round',
            councilDeadlock: 'the Security Council is deadlocked this round',
            electionDelay: 'the election date slips',
          }[f.modifier],
        );
        if (f.modifier === 'electionDelay') addTrack(G, s, 'election', -1);
        break;
    }
  }
  return notes;
}

// Applying a crisis card's effects (data) to the state draft.
import type { Effect, Scenario } from './content/schema.ts';
import { monitored } from './legal.ts';
import { ddrProgress } from './resolve.ts';
import {
  addFear,
  addFunds,
  addMilitancy,
  addStability,
  addStat,
  addTrack,
  addUnits,
  clamp,
  type DraftState,
  type Rng,
  regionName,
  roleName,
  rollInt,
  setTrack,
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

/** Apply effects and return plain-language notes of what changed; `cause` names the card (and choice). */
export function applyEffects(
  G: DraftState,
  s: Scenario,
  effects: readonly Effect[],
  rng: Rng,
  cause: string,
): string[] {
  const notes: string[] = [];
  const sign = (d: number) => (d > 0 ? `+${d}` : String(d));
  for (const f of effects) {
    switch (f.kind) {
      case 'track':
        // The DDR track is computed from the fighters; a card's DDR effect persists as an adjustment.
        if (f.track === 'ddr') {
          G.ddrAdjust += f.delta;
          setTrack(G, s, 'ddr', ddrProgress(G, s), cause);
        } else addTrack(G, s, f.track, f.delta, cause);
        notes.push(`${f.track} ${sign(f.delta)}`);
        break;
      case 'fear':
        for (const r of selectRoles(s, f.role)) addFear(G, r, f.delta, cause);
        notes.push(`Fear of ${f.role} ${sign(f.delta)}`);
        break;
      case 'funds':
        for (const r of selectRoles(s, f.role)) addFunds(G, r, f.delta, cause);
        notes.push(`funds of ${f.role} ${sign(f.delta)}`);
        break;
      case 'approval':
      case 'will':
      case 'capability':
        for (const r of selectRoles(s, f.role)) addStat(G, r, f.kind, f.delta, cause);
        notes.push(`${f.kind} of ${f.role} ${sign(f.delta)}`);
        break;
      case 'militancy':
        {
          const spoilers = selectRoles(s, 'spoilers');
          for (const r of spoilers) addMilitancy(G, r, f.delta, cause);
          // A scenario without a spoiler: the card's line about militancy has nobody to apply to.
          if (spoilers.length > 0) notes.push(`spoiler militancy ${sign(f.delta)}`);
        }
        break;
      case 'stability':
        for (const reg of selectRegions(G, f.region, rng)) {
          addStability(G, reg, f.delta, cause);
          notes.push(`stability in the ${regionName(s, reg.id)} ${sign(f.delta)}`);
        }
        break;
      case 'refugees':
        for (const reg of selectRegions(G, f.region, rng)) {
          reg.refugees = clamp(reg.refugees + f.delta, 0, 5);
          notes.push(`refugees in the ${regionName(s, reg.id)} ${sign(f.delta)}`);
        }
        break;
      case 'units':
        for (const reg of selectRegions(G, f.region, rng))
          for (const r of selectRoles(s, f.role)) {
            if (!reg.units[r]) continue;
            addUnits(G, reg, r, 'active', f.delta, cause);
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
        if (f.modifier === 'electionDelay') addTrack(G, s, 'election', -1, cause);
        break;
    }
  }
  return notes;
}

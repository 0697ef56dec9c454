// The spoiler bot, as a priority flowchart driven by its hidden type (Stedman: limited, greedy, total).
//
// Orders:
//   total  — 1. attack where it hurts the peace most: defenceless fighters, regions without monitors
//               (rumours then blame a faction), factions whose Fear is close to breaking point, and
//               camps under a promise nobody has tested (a broken guarantee does more for a collapse
//               than many attacks); avoids peacekeepers and tested pledges where its fighters are few;
//            2. recruit, first where disarmed fighters wait without jobs; 3. intimidate voters;
//            4. smuggle to pay for it all.
//   greedy — 1. smuggle from the richest spoils it holds; 2. keep fighters at the mines and the border;
//            3. strike only as an opportunist or a hawk, where nobody watches, and once to test an
//            untested guarantee; it stops when pushed back (sanctions, coercion, an honoured pledge).
//   limited— 1. smuggle a little; 2. offers a truce to earn a seat at the table (inducements); ignored,
//            it uses violence to be heard (a hawk more), and stops while it is being brought in.
// Within the militancy limit on violent orders. It keeps a no-attack deal if it is limited, or greedy
// and not a hawk; a total spoiler takes the money and breaks its word.
// Negotiation: takes any money offered; a limited spoiler signals it wants in (a public no-attack offer
// to the guarantors) until it has had two inducements.
import { violentLimit } from '../legal.ts';
import type { RegionState, RoleId } from '../types.ts';
import {
  bestOption,
  custodianUsed,
  fundsIn,
  type Legal,
  nameOf,
  offeredThisRound,
  openOffersToMe,
  type Plan,
  pick,
  placeOf,
  promisedNotToAttack,
  type Values,
} from './common.ts';
import {
  cover,
  guaranteeHasTeeth,
  type Knowledge,
  monitored,
  shield,
  unitsOf,
  untested,
} from './knowledge.ts';
import type { Decision } from './types.ts';

export function spoilerValues(k: Knowledge): Values {
  const type = k.secret.spoilerType ?? 'greedy';
  const total = type === 'total';
  return {
    tension: total ? 1 : type === 'greedy' ? 0 : -0.4,
    election: total ? -0.5 : 0,
    ddr: total ? -0.3 : 0,
    reform: 0,
    reconstruction: total ? -0.3 : 0,
    expectations: total ? 0.2 : 0,
    myFear: 0,
    otherFear: total ? 0.4 : 0,
    myFunds: type === 'greedy' ? 1 : 0.5,
    spoilerFunds: 0,
    otherFunds: 0,
    approval: 0,
    will: 0,
    militancy: total ? 0.3 : -0.1,
    stability: total ? -0.2 : 0,
    refugees: total ? 0.2 : 0,
    myUnits: 0.6,
    spoilerUnits: 0,
    consent: 0,
    sanctions: -0.8,
    fatigue: 0.2,
    deadlock: 0.3,
    delay: total ? 0.5 : 0,
  };
}

function exposedFaction(k: Knowledge, r: RegionState): number {
  let n = 0;
  for (const f of k.factions) {
    const u = unitsOf(r, f);
    n += u.cantoned + u.disarmed;
  }
  return n;
}

interface Target {
  region: string;
  target: RoleId;
  value: number;
  why: string;
}

/**
 * Factions' fighters the spoiler could strike, best first. `probe` > 0 values a target covered by a
 * promise nobody has tested yet (a broken guarantee does more for a collapse than many attacks;
 * one that is honoured tells a greedy spoiler to stop).
 */
function targets(k: Knowledge, cautiousWhere: boolean, probe = 0): Target[] {
  const out: Target[] = [];
  const breakingPoint = k.s.tuning.fearBlocksDdr;
  for (const r of k.G.regions) {
    const mine = unitsOf(r, k.role).active;
    if (mine < 1) continue;
    for (const f of k.factions) {
      const u = unitsOf(r, f);
      if (u.active + u.cantoned + u.disarmed < 1) continue;
      const fear = k.G.roles[f]!.fear;
      const pledged = cover(k, f, r.id);
      let value = 1 + 0.5 * (u.cantoned + u.disarmed) - 0.3 * u.active;
      if (!monitored(r)) value += 1;
      if (fear >= breakingPoint - 2 && fear < breakingPoint) value += 1;
      value -= 0.7 * shield(r);
      const test = probe > 0 && untested(k, f, r.id);
      if (pledged > 0 && mine <= 2 && !test) value -= 0.5 * pledged;
      if (test) value += probe;
      if (cautiousWhere && (monitored(r) || (pledged > 0 && !test))) continue;
      const why = [
        u.cantoned + u.disarmed > 0
          ? `${u.cantoned + u.disarmed} of its fighters there cannot defend themselves`
          : '',
        !monitored(r) ? 'no monitor will see who did it' : '',
        fear >= breakingPoint - 2 && fear < breakingPoint
          ? `its Fear (${fear}) is close to breaking point`
          : '',
        test ? 'a promise to protect them has never been put to the test' : '',
      ].filter(Boolean);
      out.push({ region: r.id, target: f, value, why: why.join(', ') || 'every attack raises Tension' });
    }
  }
  return out.sort((a, b) => b.value - a.value);
}

export function planSpoiler(k: Knowledge, P: Plan): void {
  const { G, me } = k;
  const type = k.secret.spoilerType ?? 'greedy';
  const skip = k.level === 'easy' ? k.stream('easy-skip') : null;
  const step = () => !skip || skip() >= 0.3;
  let violent = violentLimit(me.militancy);
  const promised = promisedNotToAttack(k);
  const keepsWord = type === 'limited' || (type === 'greedy' && k.persona !== 'hawkish');
  const mayHit = (t: RoleId) => !promised.has(t) || !keepsWord;
  const spoils = [...G.regions]
    .filter((r) => r.spoils > 0 && unitsOf(r, k.role).active > 0)
    .sort((a, b) => (b.patrolled ? b.spoils / 2 : b.spoils) - (a.patrolled ? a.spoils / 2 : a.spoils));
  // One smuggling order per region a round (the rules would take more; the routes would not).
  const smuggle = (n: number) => {
    for (const r of spoils.slice(0, n))
      if (!P.has('smuggle', r.id))
        P.add(
          { type: 'smuggle', region: r.id },
          `Smuggle out of ${placeOf(k, r.id)}: its spoils are worth ${r.spoils} and our men hold the routes.`,
        );
  };
  const attack = (t: Target, reason: string) => {
    if (violent < 1 || !mayHit(t.target)) return;
    if (P.add({ type: 'attack', region: t.region, target: t.target }, reason)) violent--;
  };

  if (type === 'total') {
    const hawk = k.persona === 'hawkish';
    const list = targets(k, k.persona === 'cautious', 1.5);
    // Every attack counts: the best targets first, the same one again if nothing else is in reach
    // (a cautious total spoiler spreads its attacks instead).
    const queue = hawk || k.persona === 'opportunist' ? [...list, ...list] : list;
    for (const t of queue) {
      if (P.full || violent < 1) break;
      if (!step()) continue;
      attack(
        t,
        `Attack ${nameOf(k, t.target)} in ${placeOf(k, t.region)}: ${t.why}. Every attack pushes the deal towards collapse.`,
      );
    }
    // Recruit where idle ex-combatants wait, else next to the factions' camps, where the rules allow.
    const spots = G.regions
      .filter((r) => P.valid({ type: 'recruit', region: r.id }))
      .map((r) => ({
        r,
        idle: k.factions.reduce((n, f) => n + unitsOf(r, f).disarmed, 0),
        near: exposedFaction(k, r) + k.factions.reduce((n, f) => n + unitsOf(r, f).active, 0) / 2,
      }))
      .filter((x) => x.idle + x.near > 0)
      .sort((a, b) => b.idle * 3 + b.near - (a.idle * 3 + a.near));
    const spot = spots[0];
    if (spot && step())
      P.add(
        { type: 'recruit', region: spot.r.id },
        `Recruit in ${placeOf(k, spot.r.id)}: ${spot.idle > 0 ? 'disarmed fighters there are still waiting for the jobs they were promised' : 'our gunmen must stand where the factions camp'}.`,
      );
    if (violent > 0 && step()) {
      const r = G.regions.find((x) => unitsOf(x, k.role).active > 0 && !monitored(x));
      if (
        r &&
        P.add(
          { type: 'intimidate', region: r.id },
          `Intimidate voters in ${placeOf(k, r.id)}: elections that cannot be held are a peace that cannot be finished.`,
        )
      )
        violent--;
    }
    smuggle(3);
    return;
  }

  // Greedy and limited spoilers use violence as a lever, not an end: how much depends on temperament,
  // on whether anyone pushes back (sanctions, coercion) and, for a limited one, on being ignored.
  const pressure = (n: number, why: string, probe = 0) => {
    const list = targets(k, k.persona !== 'hawkish', probe);
    for (const t of list.slice(0, n)) {
      if (!step()) continue;
      attack(t, `Attack ${nameOf(k, t.target)} in ${placeOf(k, t.region)}: ${t.why}. ${why}`);
    }
  };
  if (type === 'greedy') {
    const saveFor = k.roundsLeft <= 2 ? 8 : 0;
    smuggle(2);
    // Violence draws coercion, which costs cash: a greedy spoiler uses it only while nobody pushes back.
    // A guarantee shown to have teeth (an honoured pledge) is a push too: the greedy weigh costs.
    const pushed =
      G.neighbourSanctioned > 0 || guaranteeHasTeeth(k) || custodianUsed(k, 'coerce', k.role, G.round - 1);
    const n = pushed ? 0 : k.persona === 'hawkish' ? 2 : k.persona === 'opportunist' ? 1 : 0;
    pressure(n, 'A reminder that peace must pay us our share.');
    // Before it counts on a guarantee being empty, a greedy spoiler finds out: one strike where an
    // untested promise covers the factions (if it is honoured, violence no longer pays).
    if (!pushed && violent > 0 && G.round >= 2) {
      const probe = targets(k, false, 3).find((t) => untested(k, t.target, t.region));
      if (probe && step())
        attack(
          probe,
          `Test the guarantee in ${placeOf(k, probe.region)}: ${probe.why}. If the guarantor does not answer, nothing stops us taking our share.`,
        );
    }
    const rich = [...G.regions].filter((r) => r.spoils >= 2).sort((a, b) => b.spoils - a.spoils);
    const unheld = rich.find((r) => unitsOf(r, k.role).active === 0);
    if (unheld && me.funds - 2 >= saveFor && k.roundsLeft >= 2 && step())
      P.add(
        { type: 'recruit', region: unheld.id },
        `Recruit in ${placeOf(k, unheld.id)} to take its spoils (${unheld.spoils}) back.`,
      );
    smuggle(3);
    return;
  }

  // limited
  smuggle(1);
  if (k.secret.induced < 2) {
    // Ignored, a limited spoiler uses violence to be heard (and stops once it is brought in).
    const courted = custodianUsed(k, 'induce', k.role, G.round - 1);
    const ignored = G.round >= 2 && (k.secret.induced === 0 || !courted);
    const n = k.persona === 'hawkish' ? (ignored ? 2 : 1) : ignored ? 1 : 0;
    pressure(n, 'Nobody has offered us a place at the table, so we remind them we exist.', 1);
  }
}

export function spoilerNegotiate(k: Knowledge, legal: Legal): Decision | null {
  const type = k.secret.spoilerType ?? 'greedy';
  for (const o of openOffersToMe(k)) {
    const net = fundsIn(o.give) - fundsIn(o.ask);
    const accept = net >= 0;
    const m = legal.find('answerOffer', (a) => a[0] === o.id && a[1] === accept);
    if (m)
      return pick(
        m,
        accept
          ? `Accept offer #${o.id} from ${nameOf(k, o.from)}: money on the table.`
          : `Refuse offer #${o.id}: it asks more than it gives.`,
      );
  }
  if (k.me.ready) return null;
  if (type === 'limited' && k.secret.induced < 2 && k.level !== 'easy' && k.persona !== 'hawkish') {
    for (const g of k.guarantors) {
      if (offeredThisRound(k, g, false)) continue;
      const m = legal.find(
        'makeOffer',
        (a) => (a[0] as { to: string; private: boolean }).to === g && !(a[0] as { private: boolean }).private,
      );
      if (m)
        return pick(
          m,
          `Offer ${nameOf(k, g)} a public truce: we can be part of the solution if we get a place in it.`,
        );
    }
  }
  const ready = legal.find('ready');
  return ready ? pick(ready, 'Nothing more to say this round.') : null;
}

export function spoilerCrisis(k: Knowledge, legal: Legal): Decision | null {
  const best = bestOption(k, spoilerValues(k));
  if (!best) return null;
  const m = legal.find('chooseCrisis', (a) => a[0] === best.id);
  return m ? pick(m, `Choose "${best.label}".`) : null;
}

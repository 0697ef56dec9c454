// The faction bots (Government, Movement, and any faction a scenario adds), as a priority flowchart.
//
// Orders, in priority order (at most the round's order slots, within its funds):
//   1. Hawkish and too afraid to demobilize: rearm fighters left defenceless where guns face them.
//   2. Strike if its temperament allows (see `attackPlan`): hawks retaliate and pre-empt; opportunists
//      hit defenceless rivals where no monitor watches; the cautious never shoot first.
//   3. Reintegrate the most disarmed fighters waiting in one region (they become voters) — if there are
//      jobs (reconstruction not too far behind expectations).
//   4. Rebuild when civilians' expectations run ahead of reconstruction (the incumbent sooner).
//   5. Disarm, then canton, fighters where leaving them defenceless is safe enough: few hostile guns,
//      or peacekeepers, credible pledges and monitors that deter an attack. How much danger it accepts
//      falls with its Fear and depends on its temperament (Walter's commitment problem).
//   6. The incumbent reforms the security sector when the other side's Fear is high (or its agenda asks).
//   7. Grant consent back where a mission cannot deploy; campaign with funds left over; hide a cache late
//      in the game if its secret agenda needs one (where no monitor looks).
// Negotiation: answer offers (take what costs nothing, refuse what costs more than it gives), offer
// the other faction a public no-attack pact when it is about to leave fighters defenceless, and pay
// the spoiler to stay away from its camps if it can spare the money. It resumes the war when it expects
// to lose the peace and the odds are worth it (see `warChoice`); the cautious never do.
import { otherFaction } from '../scenario.ts';
import { PARTY_STRENGTH } from '../scoring.ts';
import type { RegionState, RoleId } from '../types.ts';
import { warOdds } from '../war.ts';
import {
  bestOption,
  fundsIn,
  type Legal,
  myAgenda,
  nameOf,
  offeredThisRound,
  openOffersToMe,
  type Plan,
  type Planned,
  pick,
  placeOf,
  promisedNotToAttack,
  promisesNoAttack,
  type Values,
} from './common.ts';
import {
  attacksBy,
  cover,
  danger,
  gap,
  hostileActive,
  JOBS_GAP,
  type Knowledge,
  monitored,
  shield,
  unitsOf,
  untested,
} from './knowledge.ts';
import type { Decision } from './types.ts';

export function factionValues(k: Knowledge): Values {
  const hawk = k.persona === 'hawkish';
  return {
    tension: hawk ? -0.3 : -0.6,
    election: 0.4,
    ddr: 0.2,
    reform: k.role === k.factions[0] ? 0.3 : 0.1,
    reconstruction: 0.4,
    expectations: -0.3,
    myFear: -0.9,
    otherFear: hawk ? 0 : -0.2,
    myFunds: 0.6,
    spoilerFunds: -0.3,
    otherFunds: -0.1,
    approval: 0,
    will: 0,
    militancy: -0.4,
    stability: 0.2,
    refugees: -0.2,
    myUnits: hawk ? 0.8 : 0.3,
    spoilerUnits: -0.5,
    consent: 0,
    sanctions: 0.4,
    fatigue: -0.5,
    deadlock: -0.2,
    delay: k.role === k.factions[0] ? 0.2 : -0.6,
  };
}

/** How much danger to its defenceless fighters the faction accepts (Fear makes it warier). */
function tolerance(k: Knowledge): number {
  const base = k.persona === 'hawkish' ? 0 : k.persona === 'opportunist' ? 1 : 0.5;
  return base - Math.max(0, k.me.fear - 5) * 0.25;
}

function exposed(r: RegionState, role: RoleId): number {
  const u = unitsOf(r, role);
  return u.cantoned + u.disarmed;
}

function agendaCaches(k: Knowledge): number {
  const a = myAgenda(k);
  return a?.kind === 'cachesAtLeast' ? a.value : 0;
}

function agendaIs(k: Knowledge, kind: string): boolean {
  return myAgenda(k)?.kind === kind;
}

/** Political strength a faction has or will soon have: its voters, and fighters on their way to being voters. */
function potential(k: Knowledge, role: RoleId): number {
  let n = k.G.roles[role]!.political;
  for (const r of k.G.regions) {
    const u = unitsOf(r, role);
    n += u.disarmed + u.cantoned / 2;
  }
  return n;
}

/**
 * Strikes the faction would make this round, best first (empty for the cautious).
 * The commitment problem (Walter): defenceless fighters of the rival are a temptation when the rival
 * is ahead or catching up in the race for votes, and nobody watches or protects them. Hawks also
 * hit back at whoever was blamed for attacking them, rumour or not, and clear militias from their camps.
 */
function attackPlan(k: Knowledge, P: Plan): Planned[] {
  if (k.persona === 'cautious') return [];
  const hawk = k.persona === 'hawkish';
  const other = otherFaction(k.s, k.role);
  const promised = promisedNotToAttack(k);
  const out: Array<Planned & { value: number }> = [];
  const hitBack = attacksBy(k, other, 1, k.role) > 0;
  const race = potential(k, other) - potential(k, k.role);
  const tempted = race >= (hawk ? -2 : -1);
  for (const r of k.G.regions) {
    const mine = P.free(r.id).active;
    if (mine < 1) continue;
    const ex = exposed(r, other);
    const theirs = unitsOf(r, other);
    // A hawk discounts a promise nobody has tested (Dowty: what counts is the probability that
    // something will be done, and that is unknown until someone tries).
    const promise = hawk && untested(k, other, r.id) ? 0 : cover(k, other, r.id);
    const deterred = promise + shield(r) * 2 + (monitored(r) ? 1.5 : 0);
    const bound = promised.has(other) && !(hawk && hitBack);
    if (theirs.active + ex > 0 && !bound) {
      if (hawk && hitBack && mine + 1 >= theirs.active)
        out.push({
          order: { type: 'attack', region: r.id, target: other },
          reason: `Strike back at ${nameOf(k, other)} in ${placeOf(k, r.id)}: it was blamed for attacking us last round and must learn that it costs.`,
          value: 2 + ex,
        });
      else if (tempted && ex >= 2 && mine > theirs.active && deterred <= (hawk ? 1.5 : 0))
        out.push({
          order: { type: 'attack', region: r.id, target: other },
          reason: `Hit the ${ex} defenceless fighters of ${nameOf(k, other)} in ${placeOf(k, r.id)} before they become its voters (it is ${race >= 0 ? 'ahead of' : 'catching up with'} us): ${deterred > 0 ? 'little' : 'no monitor, peacekeeper or pledge'} protects them.`,
          value: ex - theirs.active,
        });
    }
    if (hawk)
      for (const sp of k.spoilers) {
        const u = unitsOf(r, sp);
        if (u.active > 0 && mine > u.active && exposed(r, k.role) > 0 && !promised.has(sp))
          out.push({
            order: { type: 'attack', region: r.id, target: sp },
            reason: `Clear the militia of ${nameOf(k, sp)} out of ${placeOf(k, r.id)}: it threatens our camps and we outgun it.`,
            value: 1 + exposed(r, k.role) / 2,
          });
      }
  }
  return out.sort((a, b) => b.value - a.value).slice(0, 1);
}

export function planFaction(k: Knowledge, P: Plan): void {
  const { G, s, me } = k;
  const incumbent = k.role === k.factions[0];
  const blocked = me.fear >= s.tuning.fearBlocksDdr;
  const g = gap(G);
  const tol = tolerance(k);
  const skip = k.level === 'easy' ? k.stream('easy-skip') : null;
  const step = () => !skip || skip() >= 0.3; // easy bots forget a step now and then
  const other = otherFaction(s, k.role);
  const mine = (r: RegionState) => unitsOf(r, k.role);

  // 1. Hawks who are too afraid to demobilize take their fighters back.
  if (k.persona === 'hawkish' && blocked)
    for (const r of [...G.regions].sort((a, b) => danger(k, b, k.role) - danger(k, a, k.role))) {
      const ex = exposed(r, k.role);
      if (ex > 0 && danger(k, r, k.role) >= 2)
        P.add(
          { type: 'rearm', region: r.id, count: Math.min(ex, 2) },
          `Rearm ${Math.min(ex, 2)} fighter(s) in ${placeOf(k, r.id)}: our Fear is ${me.fear} and ${hostileActive(k, r, k.role)} hostile fighter(s) stand next to our camps with nothing to stop them.`,
        );
    }

  // 2. Strikes the temperament allows.
  if (step()) for (const a of attackPlan(k, P)) P.add(a.order, a.reason);

  // 2b. Hide a cache late (before the other orders fill the slots) if the secret agenda needs it (where no monitor looks).
  const need = agendaCaches(k) - Object.values(k.secret.caches).reduce((n, v) => n + v, 0);
  if (need > 0 && k.roundsLeft <= 1 && step()) {
    // Where no monitor looks (they would find it), our own ground first.
    const spots = [...G.regions]
      .filter((r) => !monitored(r))
      .sort((a, b) => {
        const u = (r: RegionState) => mine(r).active + mine(r).cantoned + mine(r).disarmed;
        return u(b) - u(a);
      });
    for (const spot of spots.slice(0, need))
      P.add(
        { type: 'cache', region: spot.id },
        `Hide weapons in ${placeOf(k, spot.id)}, where no monitor looks: insurance in case the other side cheats.`,
      );
  }

  // 3. Reintegrate where the most disarmed fighters wait.
  if (g < JOBS_GAP && step()) {
    const waiting = [...G.regions]
      .filter((r) => mine(r).disarmed > 0)
      .sort((a, b) => mine(b).disarmed - mine(a).disarmed);
    for (const r of waiting.slice(0, 2)) {
      const n = P.free(r.id).disarmed;
      P.add(
        { type: 'reintegrate', region: r.id, count: n },
        `Reintegrate ${n} disarmed fighter(s) from ${placeOf(k, r.id)}: jobs exist (expectations ${G.tracks.expectations}, reconstruction ${G.tracks.reconstruction}) and each one becomes a voter for us.`,
      );
    }
  }

  // 4. Rebuild when civilians expect more than they get.
  const waitingJobs = G.regions.some((r) => mine(r).disarmed + mine(r).cantoned > 0);
  if ((incumbent ? g >= 3 : g >= JOBS_GAP - 1 && waitingJobs) && step()) {
    const home = [...G.regions]
      .filter((r) => mine(r).active + mine(r).cantoned + mine(r).disarmed > 0)
      .sort((a, b) => a.stability - b.stability)[0];
    if (home)
      P.add(
        { type: 'reconstruct', region: home.id },
        `Rebuild in ${placeOf(k, home.id)}: expectations (${G.tracks.expectations}) run ${g} ahead of reconstruction (${G.tracks.reconstruction}); unrest would raise Tension and leave no jobs for fighters.`,
      );
  }

  // 5. Disarm, then canton, where it is safe enough.
  if (!blocked && step()) {
    const safe = (r: RegionState) => danger(k, r, k.role) <= tol;
    const why = (r: RegionState) => {
      const d = danger(k, r, k.role);
      const guards = [
        shield(r) > 0 ? 'peacekeepers' : '',
        monitored(r) ? 'monitors' : '',
        cover(k, k.role, r.id) > 0 ? 'pledges' : '',
      ].filter(Boolean);
      return hostileActive(k, r, k.role) === 0
        ? 'no hostile fighters are there'
        : `${guards.join(' and ') || 'the balance of forces'} make an attack unlikely (danger ${d.toFixed(1)}, we accept ${Math.max(0, tol).toFixed(1)} at Fear ${me.fear})`;
    };
    for (const r of [...G.regions].sort((a, b) => mine(b).cantoned - mine(a).cantoned)) {
      const n = P.free(r.id).cantoned;
      if (n > 0 && safe(r))
        P.add(
          { type: 'disarm', region: r.id, count: n },
          `Disarm ${n} cantoned fighter(s) in ${placeOf(k, r.id)}: ${why(r)}.`,
          1,
        );
    }
    for (const r of [...G.regions].sort((a, b) => mine(b).active - mine(a).active)) {
      const free = P.free(r.id).active;
      // Hawks keep one fighter in arms wherever hostile guns are.
      const reserve = k.persona === 'hawkish' && hostileActive(k, r, k.role) > 0 ? 1 : 0;
      const n = free - reserve;
      if (n > 0 && safe(r))
        P.add(
          { type: 'canton', region: r.id, count: n },
          `Canton ${n} fighter(s) in ${placeOf(k, r.id)}: ${why(r)}.`,
        );
    }
  }

  // 6. Security-sector reform (only roles that may): when the other side is afraid, or by agenda.
  const otherFear = G.roles[other]!.fear;
  if ((otherFear >= 7 || agendaIs(k, 'trackAtLeast')) && step())
    P.add(
      { type: 'reform' },
      `Reform the police and army: ${nameOf(k, other)}'s Fear is ${otherFear}, and a reformed army is less threatening to it.`,
    );

  // 7a. Grant consent back where it is missing, so missions can deploy (not hawks).
  if (k.persona !== 'hawkish')
    for (const r of G.regions)
      if (r.consent[k.role] === false && step())
        P.add(
          { type: 'consent', region: r.id, grant: true },
          `Grant consent again in ${placeOf(k, r.id)}: monitors there protect us as much as they watch us.`,
        );

  // 7c. Campaign with what is left.
  while (!P.full && P.canAfford('campaign') && step())
    if (
      !P.add(
        { type: 'campaign' },
        `Campaign as a party: political strength ${me.political} against ${G.roles[other]!.political} for ${nameOf(k, other)}.`,
      )
    )
      break;
}

// ── Negotiation ─────────────────────────────────────────────────────────────────────────────────

export function factionNegotiate(k: Knowledge, legal: Legal): Decision | null {
  // Answer offers first: take what costs nothing or pays, refuse what costs more than it gives.
  for (const o of openOffersToMe(k)) {
    const net = fundsIn(o.give) - fundsIn(o.ask);
    const bindsMe = promisesNoAttack(o.ask);
    const accept = net >= 0 && (net > 0 || promisesNoAttack(o.give) || !bindsMe);
    const m = legal.find('answerOffer', (a) => a[0] === o.id && a[1] === accept);
    if (m)
      return pick(
        m,
        accept
          ? `Accept ${nameOf(k, o.from)}'s offer #${o.id}: ${net > 0 ? `${net} funds` : 'a promise of no attacks'} for ${bindsMe ? 'our word not to attack it' : 'nothing we need'}${k.persona === 'hawkish' ? ' — words are cheap' : ''}.`
          : `Refuse offer #${o.id}: it costs us more than it gives.`,
      );
  }
  if (k.me.ready) return null;
  if (k.level !== 'easy') {
    const other = otherFaction(k.s, k.role);
    // A public no-attack pact with the other faction while our fighters are (or will be) defenceless.
    if (k.me.fear >= 5 && k.persona !== 'hawkish' && !offeredThisRound(k, other, false)) {
      const m = legal.find(
        'makeOffer',
        (a) =>
          (a[0] as { to: string; private: boolean }).to === other && !(a[0] as { private: boolean }).private,
      );
      if (m)
        return pick(
          m,
          `Offer ${nameOf(k, other)} a public pact: neither side attacks this round. Our Fear is ${k.me.fear}; a promise made before everyone is worth something.`,
        );
    }
    // Pay the spoiler to stay away from our camps (the cautious and opportunists, if they can spare it).
    for (const sp of k.spoilers) {
      const threat = k.G.regions.some((r) => exposed(r, k.role) > 0 && unitsOf(r, sp).active > 0);
      if (threat && k.me.funds >= 3 && k.persona !== 'hawkish' && !offeredThisRound(k, sp, true)) {
        const m = legal.find(
          'makeOffer',
          (a) =>
            (a[0] as { to: string; private: boolean }).to === sp && (a[0] as { private: boolean }).private,
        );
        if (m)
          return pick(
            m,
            `Quietly pay ${nameOf(k, sp)} 1 fund to leave our camps alone: its gunmen stand next to fighters of ours who cannot defend themselves.`,
          );
      }
    }
  }
  // War as a choice with an expected utility (Doyle & Sambanis): a faction that expects to lose the
  // peace (behind in the race for votes, or too afraid to go on) and sees a clear military edge — as far
  // as it can see: unmonitored regions hide how many of the rival's fighters are really in the camps —
  // restarts the war. Credible force pledged to the other side counts against it. The cautious never do.
  const war = warChoice(k);
  if (war && legal.has('resumeWar')) return pick(legal.find('resumeWar')!, war);
  const ready = legal.find('ready');
  return ready ? pick(ready, 'Nothing more to negotiate this round.') : null;
}

/** Why this faction would restart the war now, or null: a clear edge and a peace it expects to lose. */
export function warChoice(k: Knowledge): string | null {
  if (k.persona === 'cautious' || k.level === 'easy' || k.G.round < 2) return null;
  const other = otherFaction(k.s, k.role);
  const odds = warOdds(k.G, k.s, k.role);
  const afraid = k.me.fear >= k.s.tuning.fearBlocksDdr;
  const losingVotes =
    k.role === k.factions[0]
      ? potential(k, other) > potential(k, k.role) + 1
      : k.roundsLeft <= 1 && potential(k, k.role) < PARTY_STRENGTH;
  // A side that will lose the elections has little to lose by fighting and takes a long shot; one
  // that is only afraid strikes first only with the odds in its favour (pre-emption needs an edge).
  const hawk = k.persona === 'hawkish';
  const need = losingVotes ? (hawk ? 0.2 : 0.3) : afraid ? (hawk ? 0.5 : 0.6) : 2;
  if (odds < need) return null;
  return `Resume the war: we would likely lose the peace (${losingVotes ? `${nameOf(k, other)} is ahead in the race for votes` : `our Fear is ${k.me.fear}`}), and our forces give us about ${Math.round(odds * 100)}% odds of winning against its fighters and whatever force the guarantors have pledged to defend it.`;
}

export function factionCrisis(k: Knowledge, legal: Legal): Decision | null {
  const best = bestOption(k, factionValues(k));
  if (!best) return null;
  const m = legal.find('chooseCrisis', (a) => a[0] === best.id);
  return m
    ? pick(m, `Choose "${best.label}": it serves our fighters, our Fear and our standing best.`)
    : null;
}

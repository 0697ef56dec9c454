// The guarantor bots (UN Mission, Regional Power, and any guarantor a scenario adds), as flowcharts.
// A guarantor with UN legitimacy plays the UN Mission's chart; any other plays the Regional Power's.
//
// UN Mission orders:
//   1. Monitors where the factions' fighters are, first where both sides' fighters meet (verification
//      lowers Fear: seed 000, monitoring and CBMs).
//   2. Peacekeepers where cantoned or disarmed fighters face hostile guns.
//   3. Against the spoiler, by how hardline it looks (its militancy and the attacks it is blamed for):
//      enforcement (Chapter VII) when it masses gunmen next to defenceless camps; socialization while it
//      looks in between; inducement once it looks moderate (Stedman's custodian strategies).
//   4. Aid when expectations run ahead of reconstruction; 5. the multidimensional mandate.
// Regional Power orders:
//   1. Sanction the hostile neighbour while the spoiler looks dangerous; 2. coerce it when it looks
//   hardline and voters still allow it; 3. enforce against massed gunmen; 4. patrol the richest spoils
//   the spoiler holds; 5. aid (the mines first if its firms want them stable); 6. monitors.
//   It avoids peacekeepers, whose casualties drain approval at home (seed 003).
// Negotiation: one public pledge a round while it stands behind fewer than three and is credible —
// impartial ("all"), where the factions' fighters are and the spoiler's are fewest; force if it can
// pay to honour it, else sanctions. The Regional Power withdraws pledges when approval at home runs
// out, and may announce an exit date for the last round to reassure its voters.
// Review: honour a triggered pledge if it can pay; the Regional Power breaks one late in the game when
// honouring would cost the approval its objective needs.
import { freeCapability, pledgeReserve } from '../credibility.ts';
import { type Attack, spoilerEvidence } from '../evidence.ts';
import type { PledgeInput } from '../legal.ts';
import { honourCost } from '../legal.ts';
import type { RegionState, RoleId } from '../types.ts';
import {
  bestOption,
  custodianOrder,
  custodianUsed,
  fundsIn,
  type Legal,
  myAgenda,
  nameOf,
  openOffersToMe,
  type Plan,
  pick,
  placeOf,
  type Values,
} from './common.ts';
import {
  bothConsent,
  credOf,
  gap,
  type Knowledge,
  monitored,
  shield,
  spoilerHardline,
  unitsOf,
} from './knowledge.ts';
import type { Decision } from './types.ts';

const isUN = (k: Knowledge) => Boolean(k.s.roles.find((r) => r.id === k.role)?.un);

export function guarantorValues(k: Knowledge): Values {
  const un = isUN(k);
  return {
    tension: -1,
    election: 0.5,
    ddr: 0.3,
    reform: 0.2,
    reconstruction: 0.4,
    expectations: -0.3,
    myFear: 0,
    otherFear: -0.4,
    myFunds: 0.4,
    spoilerFunds: -0.3,
    otherFunds: 0,
    approval: un ? 0.8 : 1.2,
    will: 0.5,
    militancy: -0.5,
    stability: 0.2,
    refugees: -0.2,
    myUnits: 0,
    spoilerUnits: -0.5,
    consent: 0.5,
    sanctions: un ? 0.8 : 0.5,
    fatigue: -1,
    deadlock: un ? -1 : 0,
    delay: -0.5,
  };
}

function factionUnits(k: Knowledge, r: RegionState) {
  let active = 0;
  let exposed = 0;
  let sides = 0;
  for (const f of k.factions) {
    const u = unitsOf(r, f);
    active += u.active;
    exposed += u.cantoned + u.disarmed;
    if (u.active + u.cantoned + u.disarmed > 0) sides++;
  }
  return { active, exposed, sides };
}

function spoilerActive(k: Knowledge, r: RegionState): number {
  let n = 0;
  for (const sp of k.spoilers) n += unitsOf(r, sp).active;
  return n;
}

function hasLeft(k: Knowledge): boolean {
  return k.me.exitRound !== null && k.G.round >= k.me.exitRound;
}

/** The spoiler that looks most hardline from outside (the first of equals), or undefined without one. */
export function mostHardline(k: Knowledge): RoleId | undefined {
  let best: RoleId | undefined;
  let most = -1;
  for (const sp of k.spoilers) {
    const h = spoilerHardline(k, sp);
    if (h > most) {
      most = h;
      best = sp;
    }
  }
  return best;
}

export function planGuarantor(k: Knowledge, P: Plan): void {
  const { G } = k;
  if (hasLeft(k)) return;
  const un = isUN(k);
  const skip = k.level === 'easy' ? k.stream('easy-skip') : null;
  const step = () => !skip || skip() >= 0.3;
  // With several spoilers, the chart answers the one that looks most hardline (ties: the first seat)
  // with force, and engages the one that looks most moderate: a custodian order works on one spoiler.
  const sp = mostHardline(k);
  const hard = sp ? spoilerHardline(k, sp) : 0;
  // Engagement looks for the spoiler that looks most moderate: it is the one an inducement can bring in.
  const soft = k.spoilers.reduce<RoleId | undefined>(
    (best, x) => (best === undefined || spoilerHardline(k, x) < spoilerHardline(k, best) ? x : best),
    undefined,
  );
  const mild = soft ? spoilerHardline(k, soft) : 0;
  const g = gap(G);
  // Guarantors play this chart as "cautious"; the hard bot's search also weighs a coercive stance
  // (coerce and enforce sooner) and a frugal one (no force: monitors, aid, engagement).
  const coercive = k.persona === 'hawkish';
  const frugal = k.persona === 'opportunist';
  const missionFree = (r: RegionState) => !monitored(r) && bothConsent(r);
  const byFactions = [...G.regions].sort((a, b) => {
    const fa = factionUnits(k, a);
    const fb = factionUnits(k, b);
    return fb.sides * 10 + fb.exposed * 2 + fb.active - (fa.sides * 10 + fa.exposed * 2 + fa.active);
  });
  const massed = sp
    ? [...G.regions]
        .filter(
          (r) => unitsOf(r, sp).active >= 2 && factionUnits(k, r).exposed + factionUnits(k, r).active > 0,
        )
        .sort((a, b) => unitsOf(b, sp).active - unitsOf(a, sp).active)[0]
    : undefined;
  const enforce = (minHard: number) => {
    if (frugal || !massed || hard < minHard - (coercive ? 1.5 : 0) || !step()) return;
    P.add(
      { type: 'enforce', region: massed.id },
      `Enforce in ${placeOf(k, massed.id)}: ${unitsOf(massed, sp!).active} spoiler gunmen stand next to the factions' fighters and the spoiler looks hardline (${hard.toFixed(1)}/10). Coercion beats confidence-building against such spoilers.`,
    );
  };
  // A public offer of a truce is a signal worth testing with money, even after some violence
  // (a limited spoiler uses violence to be heard, and stops once it is brought in): the UN answers it
  // first, before its other orders fill the round.
  const truce =
    un &&
    k.spoilers.some((x) =>
      spoilerEvidence(G, x, k.attacks as Attack[]).some((e) => e.weight < 0 && e.round >= G.round - 1),
    );
  const whom = (x: RoleId) => (k.spoilers.length > 1 ? nameOf(k, x) : 'the spoiler');
  let engaged = false;
  const custodian = () => {
    if (engaged || !sp || !step() || (coercive && mild >= 3.5)) return;
    engaged = true;
    // Inducement rewards moderation, but paid too readily it is what every spoiler learns to wait for:
    // one guarantor at a time, at most every fourth round (the UN leads; the Regional Power only for
    // a spoiler that looks clearly moderate).
    const recently = custodianUsed(k, 'induce', soft!, G.round - 1);
    if ((mild < (un ? 5.5 : 4) && !recently) || (truce && mild < 7.5))
      P.add(
        custodianOrder(k, 'induce', soft!),
        truce
          ? `Induce ${whom(soft!)}: it publicly offered a truce (it looks ${mild.toFixed(1)}/10 hardline), and a limited spoiler can be brought in with money and a place in the process.`
          : `Induce ${whom(soft!)}: it looks moderate (${mild.toFixed(1)}/10), and a limited spoiler can be brought in with money and a place in the process.`,
      );
    else if (mild < 6.5)
      P.add(
        custodianOrder(k, 'socialize', soft!),
        `Engage ${k.spoilers.length > 1 ? `the leaders of ${nameOf(k, soft!)}` : "the spoiler's leaders"}: it looks neither moderate nor hardline yet (${mild.toFixed(1)}/10); socialization lowers the militancy of all but a total spoiler.`,
      );
  };
  const aid = (why: string, region?: RegionState) => {
    const r = region ?? [...G.regions].sort((a, b) => a.stability - b.stability)[0]!;
    if (step()) P.add({ type: 'aid', region: r.id }, `Fund reconstruction in ${placeOf(k, r.id)}: ${why}`);
  };

  if (un) {
    if (truce) custodian();
    let monitors = 0;
    for (const r of byFactions) {
      if (monitors >= 2 || factionUnits(k, r).sides === 0) break;
      if (
        missionFree(r) &&
        step() &&
        P.add(
          { type: 'monitors', region: r.id },
          `Deploy monitors to ${placeOf(k, r.id)}: ${factionUnits(k, r).active + factionUnits(k, r).exposed} faction fighters are there; verified cantonment lowers each side's Fear, and attacks can no longer hide behind rumours.`,
        )
      )
        monitors++;
    }
    const hot = byFactions.find(
      (r) =>
        shield(r) === 0 &&
        bothConsent(r) &&
        factionUnits(k, r).exposed >= 2 &&
        spoilerActive(k, r) + factionUnits(k, r).active > 0,
    );
    if (hot && !frugal && k.me.approval >= 4 && step())
      P.add(
        { type: 'peacekeepers', region: hot.id },
        `Send peacekeepers to ${placeOf(k, hot.id)}: ${factionUnits(k, hot).exposed} fighters there cannot defend themselves and hostile guns are near.`,
      );
    enforce(8);
    if (g >= 2)
      aid(
        `civilians expect more (${G.tracks.expectations}) than has been rebuilt (${G.tracks.reconstruction}).`,
      );
    if (G.regions.some(monitored) && (G.tracks.election < 6 || G.tracks.reform < 5) && step())
      P.add(
        { type: 'mandate' },
        `Run the multidimensional mandate: election readiness is ${G.tracks.election} and reform ${G.tracks.reform}; elections need both.`,
      );
    custodian();
    return;
  }

  // Regional Power
  // Burden-sharing (seed 003): with an agenda that counts unspent funds, it lets others pay late on.
  const goal = myAgenda(k);
  if (goal?.kind === 'fundsAtLeast' && k.roundsLeft <= 3) P.keep = goal.value;
  if (sp && !frugal && G.neighbourSanctioned === 0 && hard >= (coercive ? 3 : 5) && step())
    P.add(
      { type: 'sanction' },
      `Sanction the hostile neighbour: it pays the spoiler, which looks dangerous (${hard.toFixed(1)}/10).`,
    );
  if (sp && !frugal && hard >= (coercive ? 5 : 6.5) && k.me.approval >= 5 && step())
    P.add(
      custodianOrder(k, 'coerce', sp),
      `Coerce ${whom(sp)}: it looks hardline (${hard.toFixed(1)}/10), and voters at home (approval ${k.me.approval}) still accept the cost.`,
    );
  if (k.me.approval >= 5) enforce(7);
  if (sp) {
    const rich = [...G.regions]
      .filter((r) => r.spoils > 0 && unitsOf(r, sp).active > 0 && !r.patrolled)
      .sort((a, b) => b.spoils - a.spoils)[0];
    if (rich && step())
      P.add(
        { type: 'patrol', region: rich.id },
        `Patrol ${placeOf(k, rich.id)}: the spoiler smuggles its spoils (${rich.spoils}) to pay for its gunmen.`,
      );
  }
  const mines = G.regions.find((r) => r.id === 'mines');
  if (goal?.kind === 'regionStable' && mines && mines.stability < 4)
    aid('our firms want the concessions, and that needs calm.', mines);
  else if (g >= 2)
    aid(
      `civilians expect more (${G.tracks.expectations}) than has been rebuilt (${G.tracks.reconstruction}).`,
    );
  custodian();
  const unwatched = byFactions.find((r) => factionUnits(k, r).exposed > 0 && missionFree(r));
  if (unwatched && step())
    P.add(
      { type: 'monitors', region: unwatched.id },
      `Deploy monitors to ${placeOf(k, unwatched.id)}: fighters are being demobilized there unseen.`,
    );
}

// ── Negotiation ─────────────────────────────────────────────────────────────────────────────────

function pledgeSpot(k: Knowledge): string {
  let best = 'any';
  let score = -1e9;
  for (const r of k.G.regions) {
    const f = factionUnits(k, r);
    if (f.sides === 0) continue;
    const already = k.G.pledges.some(
      (p) =>
        p.guarantor === k.role && (p.status === 'active' || p.status === 'triggered') && p.region === r.id,
    );
    if (already) continue;
    const sc = f.exposed * 2 + f.active + f.sides * 2 - spoilerActive(k, r);
    if (sc > score) {
      score = sc;
      best = r.id;
    }
  }
  return best;
}

export function guarantorNegotiate(k: Knowledge, legal: Legal): Decision | null {
  for (const o of openOffersToMe(k)) {
    const net = fundsIn(o.give) - fundsIn(o.ask);
    const accept = net >= 0;
    const m = legal.find('answerOffer', (a) => a[0] === o.id && a[1] === accept);
    if (m)
      return pick(
        m,
        accept
          ? `Accept ${nameOf(k, o.from)}'s offer #${o.id}: a public promise of restraint costs us nothing and is worth recording.`
          : `Refuse offer #${o.id}: it asks us to pay.`,
      );
  }
  if (k.me.ready) return null;
  const un = isUN(k);
  const mine = k.G.pledges.filter(
    (p) => p.guarantor === k.role && (p.status === 'active' || p.status === 'triggered'),
  );
  // The Regional Power pulls back when approval at home runs out (entanglement, seed 003).
  if (!un && k.me.approval <= 3) {
    const risky = mine.find((p) => p.status === 'active');
    const m = risky && legal.find('withdrawPledge', (a) => a[0] === risky.id);
    if (m)
      return pick(
        m,
        `Withdraw pledge #${risky!.id}: approval at home is down to ${k.me.approval}; we cannot afford another intervention.`,
      );
  }
  if (!un && k.me.exitRound === null && k.me.approval <= 4 && k.roundsLeft <= 2 && k.level !== 'easy') {
    const m = legal.find('announceExit', (a) => a[0] === k.G.options.rounds);
    if (m)
      return pick(
        m,
        `Announce that we leave after round ${k.G.options.rounds}: voters at home (approval ${k.me.approval}) want an end date.`,
      );
  }
  // A pledge in its last round is renewed while the guarantor can still stand behind it.
  const expiring = mine.find((p) => p.status === 'active' && p.expires <= k.G.round);
  if (expiring && (un || k.me.approval >= 4) && !hasLeft(k)) {
    const m = legal.check('renewPledge', [expiring.id]);
    if (m)
      return pick(
        m,
        `Renew pledge #${expiring.id}: its term ends this round, and a guarantee that lapses while fighters are still in the camps would leave them exposed.`,
      );
  }
  const pledgedNow = k.G.pledges.some((p) => p.guarantor === k.role && p.round === k.G.round);
  const cred = credOf(k, k.role);
  // One standing guarantee at a time: each sets aside forces and funds for its term (seed 003: capability).
  if (
    !pledgedNow &&
    !hasLeft(k) &&
    mine.length === 0 &&
    cred >= 4 &&
    (un || k.me.approval >= 5) &&
    (k.level !== 'easy' || k.G.round >= 2)
  ) {
    const region = k.level === 'easy' ? pledgeSpot(k) : 'any';
    const force = pledgeReserve(k.s, 'force');
    const response =
      k.me.funds >= force.funds + 2 && freeCapability(k.G, k.role) >= force.capability
        ? 'force'
        : 'sanctions';
    const m = legal.find('makePledge', (a) => {
      const p = a[0] as PledgeInput;
      return p.protects === 'all' && p.region === region && p.response === response;
    });
    if (m)
      return pick(
        m,
        `Pledge publicly to answer any attack on either faction in ${region === 'any' ? 'the country' : placeOf(k, region)} with ${response}: our credibility is ${cred}; once it has stood a round, it reassures fighters in the camps.`,
      );
  }
  const ready = legal.find('ready');
  return ready ? pick(ready, 'Nothing more to negotiate this round.') : null;
}

export function guarantorReview(k: Knowledge, legal: Legal): Decision | null {
  const un = isUN(k);
  for (const p of k.G.pledges) {
    if (p.guarantor !== k.role || p.status !== 'triggered') continue;
    const cost = honourCost(k.s, p);
    const canPay = k.me.funds >= cost.funds;
    let honour = canPay;
    if (!un && canPay && cost.approval > 0 && k.me.approval - cost.approval < 4 && k.roundsLeft <= 1)
      honour = false;
    if (k.level === 'easy' && canPay && k.stream(`honour-${p.id}`)() < 0.35) honour = false;
    const m = legal.find('answerPledge', (a) => a[0] === p.id && a[1] === honour);
    if (m)
      return pick(
        m,
        honour
          ? `Honour pledge #${p.id} with ${p.response}: ${p.violator ? `${nameOf(k, p.violator)} was blamed` : 'it was triggered'}, and a promise not kept would do more harm than none.`
          : canPay
            ? `Break pledge #${p.id}: honouring it would cost the approval at home (${k.me.approval}) we cannot spare this late.`
            : `Break pledge #${p.id}: we cannot pay to honour it (funds ${k.me.funds}).`,
      );
  }
  if (k.me.ready) return null;
  const ready = legal.find('ready');
  return ready ? pick(ready, 'Ready for the next round.') : null;
}

export function guarantorCrisis(k: Knowledge, legal: Legal): Decision | null {
  const best = bestOption(k, guarantorValues(k));
  if (!best) return null;
  const m = legal.find('chooseCrisis', (a) => a[0] === best.id);
  return m ? pick(m, `Choose "${best.label}": it best protects the peace at a cost we can carry.`) : null;
}

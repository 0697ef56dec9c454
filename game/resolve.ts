// Resolution of a round's secret orders in one documented order:
// deployments -> monitoring -> DDR -> spoiler actions -> violations -> pledge triggers -> economy -> tracks.
import type { Scenario } from './content/schema.ts';
import { credibility, HONOUR_APPROVAL } from './credibility.ts';
import { custodianTarget, honourCost, monitored, total } from './legal.ts';
import { actionDef, getScenario, initialFactionUnits, otherFaction, rolesOfKind } from './scenario.ts';
import {
  addFear,
  addFunds,
  addMilitancy,
  addRecord,
  addStability,
  addStat,
  addTrack,
  addUnits,
  clamp,
  type Draft,
  type DraftState,
  ledgerPhase,
  log,
  type Rng,
  regionName,
  roleName,
  rollInt,
  setTrack,
} from './state.ts';
import type { GameState, Order, Pledge, RegionState, RoleId } from './types.ts';

/** Civilians riot once expectations run more than this ahead of reconstruction (seed 000: recovery speed). */
export const UNREST_GAP = 2;

/** Reintegration fails when expectations lead reconstruction by this much (no jobs). */
export const JOBS_GAP = 4;

/** Tension a broken pledge adds (seed 000: doubt about a guarantee lets each side justify a breach). */
export const BREAK_TENSION = 3;

export const RESOLUTION_STEPS = [
  'deployments',
  'monitoring',
  'ddr',
  'spoiler',
  'violations',
  'pledges',
  'economy',
  'tracks',
] as const;
export type ResolutionStep = (typeof RESOLUTION_STEPS)[number];

/** A violation seen this round: who really did it, whom the table believes did it, against whom, where. */
export interface Violation {
  readonly kind: 'attack' | 'rearm' | 'cache';
  readonly actor: RoleId;
  readonly blamed: RoleId;
  readonly victim: RoleId | null;
  readonly region: string;
  readonly verified: boolean;
}

type OrdersByRole = ReadonlyArray<readonly [RoleId, Order]>;

interface Ctx {
  readonly G: DraftState;
  readonly s: Scenario;
  readonly rng: Rng;
  readonly orders: OrdersByRole;
  readonly violations: Violation[];
}

function of<T extends Order['type']>(c: Ctx, type: T): Array<readonly [RoleId, Extract<Order, { type: T }>]> {
  return c.orders.filter(([, o]) => o.type === type) as Array<readonly [RoleId, Extract<Order, { type: T }>]>;
}

function region(c: Ctx, id: string) {
  return c.G.regions.find((r) => r.id === id)!;
}

function say(c: Ctx, step: ResolutionStep, text: string, visibleTo?: RoleId[]): void {
  log(c.G, 'resolution', `Round ${c.G.round}: ${text}`, visibleTo ? { step, visibleTo } : { step });
}

const name = (c: Ctx, role: RoleId) => `the ${roleName(c.s, role)}`;
const where = (c: Ctx, id: string) => `the ${regionName(c.s, id)}`;

function deployments(c: Ctx): void {
  for (const [role, o] of of(c, 'consent')) {
    const r = region(c, o.region);
    r.consent[role] = o.grant;
    say(
      c,
      'deployments',
      `${name(c, role)} ${o.grant ? 'granted' : 'withdrew'} consent to missions in ${where(c, o.region)}.`,
    );
  }
  for (const r of c.G.regions) {
    if (Object.values(r.consent).every(Boolean)) continue;
    if (total(r.monitors) + total(r.peacekeepers) === 0) continue;
    for (const g of Object.keys(r.monitors)) r.monitors[g] = 0;
    for (const g of Object.keys(r.peacekeepers)) r.peacekeepers[g] = 0;
    say(c, 'deployments', `Without consent, the missions in ${where(c, r.id)} had to leave.`);
  }
  for (const type of ['monitors', 'peacekeepers'] as const)
    for (const [role, o] of of(c, type)) {
      const r = region(c, o.region);
      if (!Object.values(r.consent).every(Boolean)) {
        say(
          c,
          'deployments',
          `${name(c, role)} could not deploy ${type} to ${where(c, o.region)}: consent was withdrawn.`,
        );
        continue;
      }
      r[type][role] = (r[type][role] ?? 0) + 1;
      say(c, 'deployments', `${name(c, role)} deployed ${type} to ${where(c, o.region)}.`);
    }
  for (const [role, o] of of(c, 'withdraw')) {
    const r = region(c, o.region);
    r.monitors[role] = 0;
    r.peacekeepers[role] = 0;
    say(c, 'deployments', `${name(c, role)} withdrew its mission from ${where(c, o.region)}.`);
    for (const f of rolesOfKind(c.s, 'faction'))
      addFear(c.G, f, 1, `${name(c, role)} withdrew its mission from ${where(c, o.region)}`);
  }
  for (const [role, o] of of(c, 'patrol')) {
    const r = region(c, o.region);
    r.patrolled = true;
    addStability(c.G, r, 1, `${name(c, role)} patrolled ${where(c, o.region)}`);
    say(c, 'deployments', `${name(c, role)} patrolled ${where(c, o.region)}.`);
  }
  // Fighters on the move (active only): what others see depends on monitors at either end.
  for (const [role, o] of of(c, 'move')) {
    const from = region(c, o.region);
    const to = region(c, o.to);
    const n = Math.min(o.count, from.units[role]?.active ?? 0);
    if (n < 1) continue;
    from.units[role]!.active -= n;
    to.units[role]!.active += n;
    const seen = monitored(from) || monitored(to);
    say(
      c,
      'deployments',
      seen
        ? `Monitors saw ${n} fighter(s) of ${name(c, role)} move from ${where(c, o.region)} to ${where(c, o.to)}.`
        : `You moved ${n} fighter(s) from ${where(c, o.region)} to ${where(c, o.to)}.`,
      seen ? undefined : [role],
    );
  }
}

function monitoring(c: Ctx): void {
  for (const r of c.G.regions) {
    if (!monitored(r)) continue;
    for (const f of rolesOfKind(c.s, 'faction')) {
      const hidden = c.G.secret[f]!.caches[r.id] ?? 0;
      if (hidden < 1) continue;
      c.G.secret[f]!.caches[r.id] = 0;
      r.revealedCaches[f] = (r.revealedCaches[f] ?? 0) + hidden;
      const why = `monitors found ${hidden} hidden cache(s) of ${name(c, f)} in ${where(c, r.id)}`;
      addFear(c.G, otherFaction(c.s, f), 1, why);
      addTrack(c.G, c.s, 'tension', 1, why);
      c.violations.push({
        kind: 'cache',
        actor: f,
        blamed: f,
        victim: otherFaction(c.s, f),
        region: r.id,
        verified: true,
      });
      say(
        c,
        'monitoring',
        `Monitors found ${hidden} hidden weapons cache(s) of ${name(c, f)} in ${where(c, r.id)}. Fear of ${name(c, otherFaction(c.s, f))} rose.`,
      );
    }
  }
}

function ddr(c: Ctx): void {
  for (const [role, o] of c.orders) {
    if (
      o.type !== 'canton' &&
      o.type !== 'disarm' &&
      o.type !== 'reintegrate' &&
      o.type !== 'rearm' &&
      o.type !== 'cache'
    )
      continue;
    const r = region(c, o.region);
    const u = r.units[role]!;
    const other = otherFaction(c.s, role);
    const seen = monitored(r);
    switch (o.type) {
      case 'canton':
      case 'disarm': {
        const from = o.type === 'canton' ? 'active' : 'cantoned';
        const to = o.type === 'canton' ? 'cantoned' : 'disarmed';
        const n = Math.min(o.count, u[from]);
        if (n < 1) break;
        u[from] -= n;
        u[to] += n;
        const verb = o.type === 'canton' ? 'cantoned' : 'disarmed';
        if (seen) {
          addFear(
            c.G,
            other,
            -1,
            `monitors verified that ${name(c, role)} ${verb} ${n} in ${where(c, o.region)}`,
          );
          say(
            c,
            'ddr',
            `${name(c, role)} ${verb} ${n} fighter(s) in ${where(c, o.region)}; monitors verified it. Fear of ${name(c, other)} fell to ${c.G.roles[other]!.fear}.`,
          );
        } else {
          say(
            c,
            'ddr',
            `${name(c, role)} says it ${verb} ${n} fighter(s) in ${where(c, o.region)}; with no monitors there, nobody could verify it.`,
          );
        }
        break;
      }
      case 'reintegrate': {
        const n = Math.min(o.count, u.disarmed);
        if (n < 1) break;
        if (c.G.tracks.expectations - c.G.tracks.reconstruction >= JOBS_GAP) {
          say(
            c,
            'ddr',
            `${name(c, role)} tried to reintegrate ${n} fighter(s) in ${where(c, o.region)}, but there were no jobs: reconstruction lags too far behind expectations. They wait, angry.`,
          );
          break;
        }
        u.disarmed -= n;
        const me = c.G.roles[role]!;
        me.reintegrated += n;
        me.political += n;
        say(
          c,
          'ddr',
          `${name(c, role)} reintegrated ${n} fighter(s) from ${where(c, o.region)}: they are now party workers and voters (political strength ${me.political}).`,
        );
        break;
      }
      case 'rearm': {
        let n = o.count;
        const fromC = Math.min(u.cantoned, n);
        u.cantoned -= fromC;
        n -= fromC;
        const fromD = Math.min(u.disarmed, n);
        const caches = c.G.secret[role]!.caches;
        // Disarmed fighters need weapons: a hidden cache in the region arms them for free, else they were bought.
        if (fromD > 0 && (caches[o.region] ?? 0) > 0) {
          caches[o.region] = (caches[o.region] ?? 0) - 1;
          addFunds(c.G, role, actionDef(c.s, 'rearm').cost, {
            text: `a hidden cache in ${where(c, o.region)} armed the fighters (no weapons to buy)`,
            visibleTo: [role],
          });
        }
        u.disarmed -= fromD;
        u.active += fromC + fromD;
        const why = seen
          ? `monitors saw ${name(c, role)} rearm ${fromC + fromD} in ${where(c, o.region)}`
          : `fighters left the camps in ${where(c, o.region)}`;
        addTrack(c.G, c.s, 'tension', 1, why);
        c.violations.push({
          kind: 'rearm',
          actor: role,
          blamed: role,
          victim: other,
          region: o.region,
          verified: seen,
        });
        if (seen) {
          addFear(c.G, other, 2, why);
          say(
            c,
            'ddr',
            `Monitors report that ${name(c, role)} rearmed ${fromC + fromD} fighter(s) in ${where(c, o.region)} — a violation. Fear of ${name(c, other)} rose to ${c.G.roles[other]!.fear}.`,
          );
        } else {
          say(c, 'ddr', `Fighters of ${name(c, role)} left the camps in ${where(c, o.region)}.`);
        }
        break;
      }
      case 'cache': {
        const caches = c.G.secret[role]!.caches;
        if (seen) {
          r.revealedCaches[role] = (r.revealedCaches[role] ?? 0) + 1;
          const why = `monitors caught ${name(c, role)} hiding weapons in ${where(c, o.region)}`;
          addFear(c.G, other, 1, why);
          addTrack(c.G, c.s, 'tension', 1, why);
          c.violations.push({
            kind: 'cache',
            actor: role,
            blamed: role,
            victim: other,
            region: o.region,
            verified: true,
          });
          say(c, 'ddr', `Monitors caught ${name(c, role)} hiding weapons in ${where(c, o.region)}.`);
        } else {
          caches[o.region] = (caches[o.region] ?? 0) + 1;
          say(c, 'ddr', `You hid a weapons cache in ${where(c, o.region)}.`, [role]);
        }
        break;
      }
    }
  }
}

function spoilerStep(c: Ctx): void {
  const spoilers = rolesOfKind(c.s, 'spoiler');
  for (const type of ['induce', 'socialize', 'coerce'] as const)
    for (const [g, o] of of(c, type)) {
      // A custodian strategy works on the spoiler the order names, or the only one (an order queued
      // before orders named their spoiler, in a scenario with several, works on each as it did then).
      const target = custodianTarget(c.s, o.target).spoiler;
      for (const sp of target ? [target] : spoilers) {
        const verb = {
          induce: 'offered the spoiler money and a place in the process',
          socialize: 'engaged the spoiler’s leaders',
          coerce: 'coerced the spoiler',
        }[type];
        // With several spoilers the history says which one (the bots and the debrief read these lines).
        const whom = spoilers.length > 1 ? ` (${name(c, sp)})` : '';
        custodian(c.G, c.s, sp, type, `${name(c, g)} ${verb}${whom}`);
        if (type === 'coerce')
          addStat(c.G, g, 'approval', -1, `coercing the spoiler cost ${name(c, g)} approval at home`);
        // The spoiler's response shows only in its behaviour: the others must infer its type.
        say(c, 'spoiler', `${name(c, g)} ${verb}${whom}.`);
        say(c, 'spoiler', `Your militancy is now ${c.G.roles[sp]!.militancy}.`, [sp]);
      }
    }
  for (const [g] of of(c, 'sanction')) {
    c.G.neighbourSanctioned = Math.max(c.G.neighbourSanctioned, 2);
    say(c, 'spoiler', `${name(c, g)} imposed sanctions on the hostile neighbour for 2 rounds.`);
  }
  for (const [sp, o] of of(c, 'recruit')) {
    const r = region(c, o.region);
    const idle = rolesOfKind(c.s, 'faction').reduce((n, f) => n + (r.units[f]?.disarmed ?? 0), 0);
    const n = idle > 0 || r.stability <= 1 ? 2 : 1;
    // Failed reintegration feeds the spoiler: idle disarmed fighters are the ones who join.
    let fromIdle = 0;
    const why = `the spoiler recruited in ${where(c, o.region)}`;
    for (const f of rolesOfKind(c.s, 'faction')) {
      const u = r.units[f];
      const k = Math.min(u?.disarmed ?? 0, n - 1 - fromIdle);
      if (k > 0) fromIdle += -addUnits(c.G, r, f, 'disarmed', -k, `${why}: idle ex-combatants joined it`);
    }
    addUnits(c.G, r, sp, 'active', n, why);
    c.G.roles[sp]!.recruits += n;
    say(
      c,
      'spoiler',
      `The spoiler recruited ${n} fighter(s) in ${where(c, o.region)}${fromIdle ? `, ${fromIdle} of them disarmed ex-combatants who were still waiting for reintegration` : ''}.`,
    );
  }
  for (const [sp, o] of of(c, 'smuggle')) {
    const r = region(c, o.region);
    const gain = r.patrolled ? Math.floor(r.spoils / 2) : r.spoils;
    addFunds(
      c.G,
      sp,
      gain,
      `smuggling out of ${where(c, o.region)}${r.patrolled ? ' (halved by patrols)' : ''}`,
    );
    c.G.secret[sp]!.smuggled += gain;
    say(
      c,
      'spoiler',
      `Smugglers moved goods out of ${where(c, o.region)}${r.patrolled ? ' despite patrols' : ''}.`,
    );
    say(c, 'spoiler', `Smuggling in ${where(c, o.region)} earned you ${gain}.`, [sp]);
  }
  for (const [, o] of of(c, 'intimidate')) {
    const r = region(c, o.region);
    const why = `militiamen intimidated voters in ${where(c, o.region)}`;
    addStability(c.G, r, -1, why);
    addTrack(c.G, c.s, 'election', -1, why);
    say(
      c,
      'spoiler',
      `Militiamen intimidated voters and officials in ${where(c, o.region)}: stability and election readiness fell.`,
    );
  }
}

/** A custodian strategy (or an inducement paid in a side deal) working on a spoiler by its hidden type. */
export function custodian(
  G: DraftState,
  s: Scenario,
  sp: RoleId,
  type: 'induce' | 'socialize' | 'coerce',
  cause: string,
): void {
  const kind = G.secret[sp]!.spoilerType!;
  const eff = s.spoilerTypes.find((t) => t.name === kind)![type];
  addMilitancy(G, sp, eff.militancy, cause);
  addFunds(G, sp, eff.cash, cause);
  // Units lost (coercion) come from the spoiler's strongest region; gained ones join it there.
  for (let k = 0; k < Math.abs(eff.units); k++) {
    const r = [...G.regions].sort((a, b) => (b.units[sp]?.active ?? 0) - (a.units[sp]?.active ?? 0))[0];
    if (!r?.units[sp]) break;
    addUnits(G, r, sp, 'active', Math.sign(eff.units), cause);
  }
  if (type === 'induce') G.secret[sp]!.induced += 1;
}

/** Who the table blames for an unmonitored attack: usually the truth, sometimes a plausible other side. */
function blame(c: Ctx, actor: RoleId, victim: RoleId): RoleId {
  if (c.rng.next() * 100 >= c.s.tuning.falseRumourPercent) return actor;
  const suspects = c.s.roles
    .filter((r) => r.kind !== 'guarantor' && r.id !== actor && r.id !== victim)
    .map((r) => r.id);
  return suspects[rollInt(c.rng, suspects.length)] ?? actor;
}

function violations(c: Ctx): void {
  for (const [role, o] of of(c, 'attack')) {
    const r = region(c, o.region);
    const att = r.units[role]!;
    const def = r.units[o.target]!;
    if (att.active < 1 || def.active + def.cantoned + def.disarmed < 1) continue;
    const shield = total(r.peacekeepers);
    let hits = 0;
    // Cantoned fighters cannot defend, unless their side kept a hidden cache here (lower exposure).
    const cache = (c.G.secret[o.target]?.caches[o.region] ?? 0) > 0;
    const defenders = def.active + (cache ? def.cantoned : 0);
    for (let i = 0; i < att.active; i++) if (rollInt(c.rng, 6) >= (defenders > 0 ? 3 : 2)) hits++;
    const stopped = Math.min(shield, hits);
    hits -= stopped;
    let back = 0;
    for (let i = 0; i < defenders; i++) if (rollInt(c.rng, 6) >= 4) back++;
    const seen = monitored(r);
    const blamed = seen ? role : blame(c, role, o.target);
    const what = seen
      ? `${name(c, role)} attacked ${name(c, o.target)} in ${where(c, o.region)} (verified by monitors)`
      : `an attack on ${name(c, o.target)} in ${where(c, o.region)}, rumoured to be by ${name(c, blamed)} (unverified)`;
    let left = hits;
    for (const k of ['active', 'cantoned', 'disarmed'] as const)
      left += addUnits(c.G, r, o.target, k, -left, what);
    addUnits(c.G, r, role, 'active', -back, {
      text: `losses attacking in ${where(c, o.region)}`,
      visibleTo: [role],
    });
    addStability(c.G, r, -1, what);
    r.refugees = clamp(r.refugees + 1, 0, 5);
    addTrack(c.G, c.s, 'tension', c.G.roles[role]!.kind === 'spoiler' ? 1 : 2, what);
    addFear(c.G, o.target, 2, what);
    // Peacekeepers who stop an attack take casualties: their guarantor's voters notice (seed 003).
    if (stopped > 0)
      for (const [g, n] of Object.entries(r.peacekeepers))
        if (n > 0)
          addStat(c.G, g, 'approval', -1, `casualties among its peacekeepers in ${where(c, o.region)}`);
    c.violations.push({
      kind: 'attack',
      actor: role,
      blamed,
      victim: o.target,
      region: o.region,
      verified: seen,
    });
    const losses = `${hits - left} of their units fell${shield ? ` (peacekeepers stopped ${stopped})` : ''}; ${back} attacker(s) fell`;
    if (seen)
      say(
        c,
        'violations',
        `Monitors confirm: ${name(c, role)} attacked ${name(c, o.target)} in ${where(c, o.region)}. ${losses}.`,
      );
    else
      say(
        c,
        'violations',
        `${name(c, o.target)} was attacked in ${where(c, o.region)}; ${losses}. With no monitors there, rumours blame ${name(c, blamed)}.`,
      );
    if (!seen && blamed !== role)
      say(c, 'violations', `The rumour is false: it was you who attacked in ${where(c, o.region)}.`, [role]);
    if (
      c.G.roles[blamed]?.kind === 'faction' &&
      c.G.roles[o.target]?.kind === 'faction' &&
      blamed !== o.target
    )
      addFear(c.G, o.target, 1, `it believes ${name(c, blamed)} broke the ceasefire`);
  }
  for (const [g, o] of of(c, 'enforce')) {
    const r = region(c, o.region);
    let removed = 0;
    const why = `${name(c, g)}'s enforcement (Chapter VII) in ${where(c, o.region)}`;
    for (const sp of rolesOfKind(c.s, 'spoiler')) removed -= addUnits(c.G, r, sp, 'active', -2, why);
    for (const v of c.violations)
      if (v.kind === 'attack' && v.region === o.region && c.G.roles[v.blamed]?.kind === 'faction')
        removed -= addUnits(c.G, r, v.blamed, 'active', -1, why);
    addStat(c.G, g, 'approval', -1, why);
    addTrack(c.G, c.s, 'tension', 1, why);
    say(
      c,
      'violations',
      `${name(c, g)} carried out enforcement (Chapter VII) in ${where(c, o.region)}: ${removed} armed unit(s) removed. It cost domestic approval.`,
    );
  }
  // Rumours from unmonitored regions even without an attack: sometimes entirely false.
  const unseen = c.G.regions.filter((r) => !monitored(r));
  if (unseen.length > 0 && c.rng.next() * 100 < c.s.tuning.falseRumourPercent) {
    const r = unseen[rollInt(c.rng, unseen.length)]!;
    const factions = rolesOfKind(c.s, 'faction');
    const accused = factions[rollInt(c.rng, factions.length)]!;
    const other = otherFaction(c.s, accused);
    addFear(
      c.G,
      other,
      1,
      `a rumour (unverifiable) that ${name(c, accused)} is moving fighters in ${where(c, r.id)}`,
    );
    say(
      c,
      'violations',
      `A rumour spreads that ${name(c, accused)} is moving fighters in ${where(c, r.id)}. Nobody can check it. Fear of ${name(c, other)} rose.`,
    );
  }
}

/** Whether a pledge protects this faction (by name, or impartially). */
function protectsRole(p: Pledge | Draft<Pledge>, role: RoleId): boolean {
  return p.protects === role || p.protects === 'all';
}

function pledges(c: Ctx): void {
  for (const p of c.G.pledges) {
    if (p.status !== 'active') continue;
    const hit = c.violations.find(
      (v) =>
        (p.trigger === 'violation' || v.kind === 'attack') &&
        (p.region === 'any' || p.region === v.region) &&
        v.victim !== null &&
        c.G.roles[v.victim]?.kind === 'faction' &&
        protectsRole(p, v.victim) &&
        v.blamed !== p.guarantor,
    );
    if (!hit) continue;
    p.status = 'triggered';
    p.violator = hit.blamed;
    p.triggerRegion = hit.region;
    say(
      c,
      'pledges',
      `${name(c, p.guarantor)}’s pledge #${p.id} was triggered by ${hit.verified ? '' : 'a rumoured '}${hit.kind} by ${name(c, hit.blamed)} in ${where(c, hit.region)}. Everyone waits to see whether it will keep its word.`,
    );
  }
}

function economy(c: Ctx): void {
  const costs = new Map<RoleId, { n: number; what: string[] }>();
  for (const [role, o] of c.orders) {
    const def = actionDef(c.s, o.type);
    if (def.cost === 0) continue;
    const x = costs.get(role) ?? { n: 0, what: [] };
    x.n += def.cost;
    x.what.push(def.label.toLowerCase());
    costs.set(role, x);
  }
  const fatigue = c.G.modifiers.includes('donorFatigue');
  for (const [g, o] of of(c, 'aid')) {
    const r = region(c, o.region);
    const why = `${name(c, g)}'s aid to ${where(c, o.region)}`;
    addStability(c.G, r, 1, why);
    if (!fatigue) addTrack(c.G, c.s, 'reconstruction', 1, why);
    say(
      c,
      'economy',
      `Aid arrived in ${where(c, o.region)}${fatigue ? ', but donor fatigue cut it to a trickle' : ''}.`,
    );
  }
  for (const [role, o] of of(c, 'reconstruct')) {
    const r = region(c, o.region);
    const why = `${name(c, role)} rebuilt in ${where(c, o.region)}`;
    addStability(c.G, r, 1, why);
    addTrack(c.G, c.s, 'reconstruction', 1, why);
    say(c, 'economy', `${name(c, role)} rebuilt roads and markets in ${where(c, o.region)}.`);
  }
  for (const [role] of of(c, 'campaign')) {
    const me = c.G.roles[role]!;
    const why = `${name(c, role)} campaigned`;
    addTrack(c.G, c.s, 'election', 1, why);
    // Armies become parties (seed 000): a campaign wins votes only through demobilized members.
    if (me.campaigned < me.reintegrated) {
      me.campaigned += 1;
      me.political += 1;
      say(
        c,
        'economy',
        `${name(c, role)} campaigned as a political party (political strength ${me.political}).`,
      );
    } else
      say(
        c,
        'economy',
        `${name(c, role)} campaigned, but a party needs members: without more reintegrated fighters it won no new votes.`,
      );
  }
  const multidim = of(c, 'mandate').length > 0;
  for (const [g] of of(c, 'mandate')) {
    const why = `${name(c, g)}'s multidimensional mandate`;
    addTrack(c.G, c.s, 'reform', 1, why);
    addTrack(c.G, c.s, 'election', 1, why);
    say(
      c,
      'economy',
      `${name(c, g)} ran its multidimensional mandate: police and army reform, election support.`,
    );
  }
  for (const [role] of of(c, 'reform')) {
    const why = `${name(c, role)}'s security-sector reform`;
    addTrack(c.G, c.s, 'reform', multidim ? 2 : 1, why);
    addFear(c.G, otherFaction(c.s, role), -1, why);
    say(
      c,
      'economy',
      `${name(c, role)} pushed security-sector reform${multidim ? ' with the mission’s help' : ''}.`,
    );
  }
  // Income, after this round's costs.
  const patron = holdsBorder(c.G, c.s);
  for (const rd of c.s.roles) {
    const cost = costs.get(rd.id);
    if (cost) addFunds(c.G, rd.id, -cost.n, `orders: ${cost.what.join(', ')}`);
    const st = c.G.roles[rd.id]!;
    if (st.exitRound !== null && c.G.round >= st.exitRound) continue;
    let income = rd.income;
    if (rd.un && fatigue) income = Math.floor(income / 2);
    addFunds(c.G, rd.id, income, fatigue && rd.un ? 'income (halved by donor fatigue)' : 'income');
    // The hostile neighbour pays a spoiler that holds the border (Stedman, Rothchild & Cousens).
    if (rd.kind === 'spoiler' && c.G.neighbourSanctioned === 0 && patron.has(rd.id))
      addFunds(c.G, rd.id, c.s.tuning.neighbourSupport, 'support from the hostile neighbour');
  }
  if (c.G.neighbourSanctioned > 0) c.G.neighbourSanctioned -= 1;
  // Domestic approval: deployments drain it (the Regional Power's fastest); doing nothing saves it but others resent it.
  const guarantors = rolesOfKind(c.s, 'guarantor');
  const committed = (g: RoleId) =>
    c.G.regions.reduce((n, r) => n + (r.peacekeepers[g] ?? 0), 0) +
    c.G.pledges.filter((p) => p.guarantor === g && p.status === 'active').length;
  for (const g of guarantors) {
    const st = c.G.roles[g]!;
    const pk = c.G.regions.reduce((n, r) => n + (r.peacekeepers[g] ?? 0), 0);
    const un = c.s.roles.find((r) => r.id === g)?.un;
    const drain = un ? Math.floor(pk / 2) : Math.ceil(pk / 2);
    if (drain > 0) {
      addStat(c.G, g, 'approval', -drain, `keeping ${pk} peacekeeper unit(s) deployed`);
      say(
        c,
        'economy',
        `Keeping peacekeepers deployed cost ${name(c, g)} ${drain} point(s) of domestic approval.`,
      );
    }
    if (committed(g) === 0 && guarantors.some((o) => o !== g && committed(o) > 0)) {
      addStat(c.G, g, 'approval', 1, `${name(c, g)} free-rode: no costs at home`);
      // ... but a guarantor that stands behind nothing looks less committed (seed 003: free-riding).
      addStat(c.G, g, 'will', -1, `${name(c, g)} free-rode: its commitment is doubted`);
      for (const o of guarantors)
        if (o !== g) addStat(c.G, o, 'will', -1, `burden-sharing row: ${name(c, g)} free-rode`);
      say(
        c,
        'economy',
        `${name(c, g)} free-rode on the other guarantor: its voters are pleased, but the burden-sharing row weakens the other’s will.`,
      );
    }
    if (st.approval <= 2) {
      addStat(c.G, g, 'will', -1, 'approval at home is very low');
      // Budgets follow voters (seed 003): a guarantor without support at home cuts its forces.
      addStat(c.G, g, 'capability', -1, 'budget cuts: approval at home is very low');
    }
    if (st.exitRound !== null && c.G.round === st.exitRound) {
      for (const r of c.G.regions) {
        r.monitors[g] = 0;
        r.peacekeepers[g] = 0;
      }
      for (const p of c.G.pledges)
        if (p.guarantor === g && p.status === 'active') endPledge(c.G, p, 'withdrawn', 'it left the country');
      say(c, 'economy', `${name(c, g)} left the country as it had announced; its pledges lapse.`);
    }
  }
}

/** Spoilers with active fighters in a region on the hostile neighbour's border. */
function holdsBorder(G: DraftState, s: Scenario): Set<RoleId> {
  const out = new Set<RoleId>();
  for (const rd of s.regions) {
    if (!rd.border) continue;
    const r = G.regions.find((x) => x.id === rd.id);
    for (const sp of rolesOfKind(s, 'spoiler')) if ((r?.units[sp]?.active ?? 0) > 0) out.add(sp);
  }
  return out;
}

/** DDR points: cantoned counts one third, disarmed two thirds, reintegrated fully, over the fighters at the start. */
export function ddrProgress(G: DraftState | GameState, s: Scenario): number {
  const base = initialFactionUnits(s);
  if (base === 0) return 0;
  let points = 0;
  for (const f of rolesOfKind(s, 'faction')) {
    for (const r of G.regions) {
      const u = r.units[f];
      if (u) points += u.cantoned + 2 * u.disarmed;
    }
    points += 3 * (G.roles[f]?.reintegrated ?? 0);
  }
  return clamp(Math.floor((10 * points) / (3 * base)) + G.ddrAdjust, 0, s.tuning.trackMax);
}

/** Cantoned or disarmed fighters of a faction in a region that armed rivals in or next to it could reach, unwatched. */
export function exposure(
  G: GameState | DraftState,
  s: Scenario,
  role: RoleId,
): { units: number; regions: string[] } {
  let units = 0;
  const regions: string[] = [];
  for (const r of G.regions) {
    const u = r.units[role];
    const open = (u?.cantoned ?? 0) + (u?.disarmed ?? 0);
    if (open === 0 || monitored(r as RegionState)) continue;
    const near = new Set([r.id, ...(s.regions.find((x) => x.id === r.id)?.neighbours ?? [])]);
    const guns = G.regions
      .filter((x) => near.has(x.id))
      .some((x) => Object.entries(x.units).some(([who, v]) => who !== role && v.active > 0));
    if (!guns) continue;
    units += open;
    regions.push(r.id);
  }
  return { units, regions };
}

/** Pledges in force that cover a faction's exposed camps (the region, or anywhere). */
function covering(G: DraftState, role: RoleId, regions: readonly string[]) {
  return G.pledges.filter(
    (p) =>
      p.status === 'active' &&
      protectsRole(p, role) &&
      p.weight > 0 &&
      (p.region === 'any' ? regions.length > 0 : regions.includes(p.region)),
  );
}

/** End a pledge: it frees its forces and gives back the funds set aside (broken, withdrawn or expired). */
export function endPledge(
  G: DraftState,
  p: Draft<Pledge>,
  status: 'broken' | 'withdrawn' | 'expired',
  why: string,
): void {
  p.status = status;
  if (p.reserved.funds > 0)
    addFunds(G, p.guarantor, p.reserved.funds, `funds set aside for pledge #${p.id} come back (${why})`);
}

/**
 * Reassurance and exposure (Walter's commitment problem): a faction whose cantoned or disarmed fighters
 * sit within reach of armed rivals, unwatched, grows afraid — unless a credible pledge that has stood
 * for a round covers them, which instead lowers its Fear (more once the guarantor has honoured it).
 */
function reassurance(c: Ctx): void {
  const { G, s } = c;
  for (const f of rolesOfKind(s, 'faction')) {
    const ex = exposure(G, s, f);
    const all = G.regions.filter((r) => (r.units[f]?.cantoned ?? 0) + (r.units[f]?.disarmed ?? 0) > 0);
    const cover = covering(
      G,
      f,
      all.map((r) => r.id),
    ).filter((p) => p.round < G.round);
    if (cover.length > 0) {
      const best = [...cover].sort((a, b) => b.honouredTimes - a.honouredTimes || b.weight - a.weight)[0]!;
      const relief = best.honouredTimes > 0 ? 2 : 1;
      const d = -addFear(
        G,
        f,
        -relief,
        `${name(c, best.guarantor)}'s pledge #${best.id} covers its camps${best.honouredTimes > 0 ? ' and has been honoured' : ''}`,
      );
      // What it is worth: the Fear it took off, and the Fear the exposed camps would otherwise have caused.
      best.relief += d + (ex.units >= 2 ? 1 : 0);
      if (d > 0)
        say(
          c,
          'tracks',
          `${name(c, f)} trusts ${name(c, best.guarantor)}'s pledge #${best.id} to protect its demobilized fighters: Fear fell to ${G.roles[f]!.fear}.`,
        );
    } else if (ex.units >= 2) {
      addFear(
        G,
        f,
        1,
        `${ex.units} of its demobilized fighters sit within reach of armed rivals, unwatched and unprotected (${ex.regions.map((r) => regionName(s, r)).join(', ')})`,
      );
      say(
        c,
        'tracks',
        `${name(c, f)} has ${ex.units} fighters in camps within reach of armed rivals, with no monitor or credible pledge: its Fear rose to ${G.roles[f]!.fear}.`,
      );
    }
  }
  // Pledges run for their term unless renewed.
  for (const p of G.pledges)
    if (p.status === 'active' && p.expires <= G.round) {
      endPledge(G, p, 'expired', 'its term ended');
      say(c, 'tracks', `${name(c, p.guarantor)}'s pledge #${p.id} ran out.`);
    }
}

function tracks(c: Ctx): void {
  const { G, s } = c;
  addTrack(G, s, 'expectations', 1, 'civilians expect more every round');
  const gap = G.tracks.expectations - G.tracks.reconstruction;
  if (gap > UNREST_GAP) {
    const why = `unrest: expectations ${G.tracks.expectations}, reconstruction ${G.tracks.reconstruction} (${gap} ahead)`;
    addTrack(G, s, 'tension', 1, why);
    const worst = [...G.regions].sort((a, b) => a.stability - b.stability)[0]!;
    addStability(G, worst, -1, why);
    say(
      c,
      'tracks',
      `Civilians expected more from peace than they got (expectations ${G.tracks.expectations}, reconstruction ${G.tracks.reconstruction}): unrest in ${where(c, worst.id)}, Tension rose.`,
    );
  }
  for (const f of rolesOfKind(s, 'faction'))
    if (G.roles[f]!.fear >= s.tuning.fearBlocksDdr) {
      addTrack(G, s, 'tension', 1, `${name(c, f)}'s hardliners (Fear ${G.roles[f]!.fear})`);
      say(c, 'tracks', `${name(c, f)} is afraid (Fear ${G.roles[f]!.fear}); its hardliners raise Tension.`);
    }
  for (const r of G.regions) {
    if (r.refugees >= 4) addTrack(G, s, 'tension', 1, `refugee camps overflowing in ${where(c, r.id)}`);
    if (r.stability >= 4 && r.refugees > 0) r.refugees -= 1;
  }
  // Hidden caches feed the security dilemma even unseen: talk of hidden arms keeps Tension up.
  const hidden = rolesOfKind(s, 'faction').reduce(
    (n, f) => n + Object.values(G.secret[f]!.caches).reduce((a, b) => a + b, 0),
    0,
  );
  if (hidden >= 3) {
    addTrack(G, s, 'tension', 1, 'talk of hidden weapons caches');
    say(c, 'tracks', 'Talk of hidden weapons caches keeps both sides on edge: Tension rose.');
  }
  const attacks = c.violations.filter((v) => v.kind === 'attack').length;
  if (attacks === 0) {
    addTrack(G, s, 'tension', -1, 'a round without fighting');
    addTrack(G, s, 'election', 1, 'a round without fighting');
    say(c, 'tracks', 'A round without fighting: Tension eased and election preparations went ahead.');
  }
  const peacekept = G.regions.filter((r) => total(r.peacekeepers) > 0).length;
  if (peacekept >= 2) addTrack(G, s, 'tension', -1, `peacekeepers in ${peacekept} regions`);
  reassurance(c);
  setTrack(G, s, 'ddr', ddrProgress(G, s), 'fighters cantoned, disarmed, reintegrated (or lost)');
  for (const r of G.regions) r.patrolled = false;
  say(
    c,
    'tracks',
    `Tension ${G.tracks.tension}/${s.tuning.tensionMax}, DDR ${G.tracks.ddr}, reform ${G.tracks.reform}, election readiness ${G.tracks.election}, reconstruction ${G.tracks.reconstruction}, expectations ${G.tracks.expectations}.`,
  );
}

/** Resolve the round's orders (every seat's queue) in the documented order. Returns this round's violations. */
export function resolveRound(G: DraftState, rng: Rng): Violation[] {
  const s = getScenario(G.scenario);
  ledgerPhase('resolution');
  const orders: Array<readonly [RoleId, Order]> = [];
  for (const role of G.seats) for (const o of G.secret[role]!.orders) orders.push([role, o]);
  const c: Ctx = { G, s, rng, orders, violations: [] };
  deployments(c);
  monitoring(c);
  ddr(c);
  spoilerStep(c);
  violations(c);
  pledges(c);
  economy(c);
  tracks(c);
  for (const role of G.seats) {
    const sec = G.secret[role]!;
    sec.lastOrders = sec.orders;
    sec.orders = [];
  }
  return c.violations;
}

/** A guarantor's answer to its triggered pledge, in the review phase. */
export function answerPledge(G: DraftState, pledge: Draft<Pledge>, honour: boolean): void {
  const s = getScenario(G.scenario);
  const gid = pledge.guarantor;
  const protectedRoles = pledge.protects === 'all' ? rolesOfKind(s, 'faction') : [pledge.protects];
  const v = pledge.violator;
  if (honour) {
    const why = `${roleName(s, gid)} honoured pledge #${pledge.id}`;
    // The funds set aside when it was made pay for it; forces going in cost approval (casualties).
    const again = honourCost(s, pledge).funds;
    if (again > 0) addFunds(G, gid, -again, `${why} (again)`);
    addStat(G, gid, 'approval', -HONOUR_APPROVAL[pledge.response], `casualties: ${why} with force`);
    addRecord(G, gid, 'honoured', why);
    pledge.status = 'active';
    pledge.honouredTimes += 1;
    pledge.reserved = { ...pledge.reserved, funds: 0 };
    let effect = '';
    if (v && pledge.response === 'force' && pledge.triggerRegion) {
      const r = G.regions.find((x) => x.id === pledge.triggerRegion);
      const n = r ? -addUnits(G, r, v, 'active', -2, why) : 0;
      effect = `its forces struck ${n} unit(s) of the ${roleName(s, v)}`;
    } else if (v) {
      addFunds(G, v, -2, `sanctions: ${why}`);
      effect = `sanctions cost the ${roleName(s, v)} 2 funds`;
    }
    for (const f of protectedRoles) addFear(G, f, -1, why);
    log(
      G,
      'review',
      `The ${roleName(s, gid)} honoured pledge #${pledge.id}: ${effect}. Its credibility rose to ${credibility(G.roles[gid]!)}; the pledge stays in force.`,
    );
  } else {
    const why = `${roleName(s, gid)} broke pledge #${pledge.id}`;
    addRecord(G, gid, 'broken', why);
    addStat(G, gid, 'will', -1, why);
    endPledge(G, pledge, 'broken', 'broken');
    // Breaking a promise leaves the protected side worse off than if it had never been made (seed 000):
    // the reassurance it gave is taken back, and more.
    // the reassurance it gave is taken back, and more: its commanders now trust no promise (DDR stops).
    for (const f of protectedRoles) {
      const fear = G.roles[f]!.fear;
      addFear(G, f, Math.max(pledge.relief + 2, s.tuning.fearBlocksDdr - fear), why);
    }
    addTrack(G, s, 'tension', BREAK_TENSION, why);
    // Those who cantoned under its protection take their weapons back (seed 000: doubt that a guarantee
    // will materialize lets each side justify a breach of the treaty).
    let back = 0;
    for (const r of G.regions) {
      if (pledge.region !== 'any' && r.id !== pledge.region) continue;
      for (const f of protectedRoles) {
        const u = r.units[f];
        if (!u || u.cantoned === 0) continue;
        back += u.cantoned;
        u.active += u.cantoned;
        u.cantoned = 0;
      }
    }
    if (back > 0) setTrack(G, s, 'ddr', ddrProgress(G, s), why);
    log(
      G,
      'review',
      `The ${roleName(s, gid)} broke pledge #${pledge.id}. Its credibility collapsed to ${credibility(G.roles[gid]!)}; the protected side’s Fear jumped above where it started${back > 0 ? `, and ${back} cantoned fighter(s) took their weapons back` : ''}.`,
    );
  }
}

// Resolution of a round's secret orders in one documented order:
// deployments -> monitoring -> DDR -> spoiler actions -> violations -> pledge triggers -> economy -> tracks.
import type { Scenario } from './content/schema.ts';
import { credibility, HONOUR_COST } from './credibility.ts';
import { monitored, total } from './legal.ts';
import { actionDef, getScenario, initialFactionUnits, otherFaction, rolesOfKind } from './scenario.ts';
import {
  addFear,
  addTrack,
  clamp,
  type Draft,
  type DraftState,
  log,
  type Rng,
  regionName,
  roleName,
  rollInt,
} from './state.ts';
import type { Order, Pledge, RoleId } from './types.ts';

/** Civilians riot once expectations run more than this ahead of reconstruction (seed 000: recovery speed). */
export const UNREST_GAP = 2;

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
    for (const f of rolesOfKind(c.s, 'faction')) addFear(c.G, f, 1);
  }
  for (const [role, o] of of(c, 'patrol')) {
    const r = region(c, o.region);
    r.patrolled = true;
    r.stability = clamp(r.stability + 1, 0, 5);
    say(c, 'deployments', `${name(c, role)} patrolled ${where(c, o.region)}.`);
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
      addFear(c.G, otherFaction(c.s, f), 1);
      addTrack(c.G, c.s, 'tension', 1);
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
  const failThreshold = 4;
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
        if (seen) {
          addFear(c.G, other, -1);
          say(
            c,
            'ddr',
            `${name(c, role)} ${o.type === 'canton' ? 'cantoned' : 'disarmed'} ${n} fighter(s) in ${where(c, o.region)}; monitors verified it. Fear of ${name(c, other)} fell to ${c.G.roles[other]!.fear}.`,
          );
        } else {
          say(
            c,
            'ddr',
            `${name(c, role)} says it ${o.type === 'canton' ? 'cantoned' : 'disarmed'} ${n} fighter(s) in ${where(c, o.region)}; with no monitors there, nobody could verify it.`,
          );
        }
        break;
      }
      case 'reintegrate': {
        const n = Math.min(o.count, u.disarmed);
        if (n < 1) break;
        if (c.G.tracks.expectations - c.G.tracks.reconstruction >= failThreshold) {
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
          // A hidden cache arms them: the weapons need not be bought (the order's cost comes back).
          caches[o.region] = (caches[o.region] ?? 0) - 1;
          c.G.roles[role]!.funds += actionDef(c.s, 'rearm').cost;
        }
        u.disarmed -= fromD;
        u.active += fromC + fromD;
        addTrack(c.G, c.s, 'tension', 1);
        c.violations.push({
          kind: 'rearm',
          actor: role,
          blamed: role,
          victim: other,
          region: o.region,
          verified: seen,
        });
        if (seen) {
          addFear(c.G, other, 2);
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
          addFear(c.G, other, 1);
          addTrack(c.G, c.s, 'tension', 1);
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
    for (const [g] of of(c, type))
      for (const sp of spoilers) {
        const st = c.G.roles[sp]!;
        const kind = c.G.secret[sp]!.spoilerType!;
        const eff = c.s.spoilerTypes.find((t) => t.name === kind)![type];
        st.militancy = clamp(st.militancy + eff.militancy, 0, 10);
        st.funds = Math.max(0, st.funds + eff.cash);
        // Units lost (coercion) come from the spoiler's strongest region; gained ones join it there.
        for (let k = 0; k < Math.abs(eff.units); k++) {
          const r = [...c.G.regions].sort(
            (a, b) => (b.units[sp]?.active ?? 0) - (a.units[sp]?.active ?? 0),
          )[0];
          const u = r?.units[sp];
          if (!u) break;
          if (eff.units > 0) u.active += 1;
          else if (u.active > 0) u.active -= 1;
        }
        if (type === 'induce') c.G.secret[sp]!.induced += 1;
        if (type === 'coerce') {
          const gs = c.G.roles[g]!;
          gs.approval = clamp(gs.approval - 1, 0, 10);
        }
        const verb = {
          induce: 'offered the spoiler money and a place in the process',
          socialize: 'engaged the spoiler’s leaders',
          coerce: 'coerced the spoiler',
        }[type];
        // The spoiler's response shows only in its behaviour: the others must infer its type.
        say(c, 'spoiler', `${name(c, g)} ${verb}.`);
        say(c, 'spoiler', `Your militancy is now ${st.militancy}.`, [sp]);
      }
  for (const [g] of of(c, 'sanction')) {
    c.G.neighbourSanctioned = Math.max(c.G.neighbourSanctioned, 2);
    say(c, 'spoiler', `${name(c, g)} imposed sanctions on the hostile neighbour for 2 rounds.`);
  }
  const waiting = (id: string) => c.G.regions.find((r) => r.id === id)!;
  for (const [sp, o] of of(c, 'recruit')) {
    const r = waiting(o.region);
    const idle = rolesOfKind(c.s, 'faction').reduce((n, f) => n + (r.units[f]?.disarmed ?? 0), 0);
    const n = idle > 0 || r.stability <= 1 ? 2 : 1;
    // Failed reintegration feeds the spoiler: idle disarmed fighters are the ones who join.
    let fromIdle = 0;
    for (const f of rolesOfKind(c.s, 'faction')) {
      const u = r.units[f];
      while (u && u.disarmed > 0 && fromIdle < n - 1) {
        u.disarmed -= 1;
        fromIdle += 1;
      }
    }
    r.units[sp]!.active += n;
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
    c.G.roles[sp]!.funds += gain;
    say(
      c,
      'spoiler',
      `Smugglers moved goods out of ${where(c, o.region)}${r.patrolled ? ' despite patrols' : ''}.`,
    );
    say(c, 'spoiler', `Smuggling in ${where(c, o.region)} earned you ${gain}.`, [sp]);
  }
  for (const [, o] of of(c, 'intimidate')) {
    const r = region(c, o.region);
    r.stability = clamp(r.stability - 1, 0, 5);
    addTrack(c.G, c.s, 'election', -1);
    say(
      c,
      'spoiler',
      `Militiamen intimidated voters and officials in ${where(c, o.region)}: stability and election readiness fell.`,
    );
  }
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
    let left = hits;
    for (const k of ['active', 'cantoned', 'disarmed'] as const) {
      const n = Math.min(left, def[k]);
      def[k] -= n;
      left -= n;
    }
    att.active = Math.max(0, att.active - back);
    r.stability = clamp(r.stability - 1, 0, 5);
    r.refugees = clamp(r.refugees + 1, 0, 5);
    addTrack(c.G, c.s, 'tension', c.G.roles[role]!.kind === 'spoiler' ? 1 : 2);
    addFear(c.G, o.target, 2);
    const seen = monitored(r);
    const blamed = seen ? role : blame(c, role, o.target);
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
      addFear(c.G, o.target, 1);
  }
  for (const [g, o] of of(c, 'enforce')) {
    const r = region(c, o.region);
    let removed = 0;
    for (const sp of rolesOfKind(c.s, 'spoiler')) {
      const u = r.units[sp];
      if (!u) continue;
      const n = Math.min(2, u.active);
      u.active -= n;
      removed += n;
    }
    for (const v of c.violations)
      if (v.kind === 'attack' && v.region === o.region && c.G.roles[v.blamed]?.kind === 'faction') {
        const u = r.units[v.blamed]!;
        const n = Math.min(1, u.active);
        u.active -= n;
        removed += n;
      }
    const gs = c.G.roles[g]!;
    gs.approval = clamp(gs.approval - 1, 0, 10);
    addTrack(c.G, c.s, 'tension', 1);
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
    addFear(c.G, other, 1);
    say(
      c,
      'violations',
      `A rumour spreads that ${name(c, accused)} is moving fighters in ${where(c, r.id)}. Nobody can check it. Fear of ${name(c, other)} rose.`,
    );
  }
}

function pledges(c: Ctx): void {
  for (const p of c.G.pledges) {
    if (p.status !== 'active') continue;
    const hit = c.violations.find(
      (v) =>
        (p.trigger === 'violation' || v.kind === 'attack') &&
        (p.region === 'any' || p.region === v.region) &&
        v.victim !== null &&
        (p.protects === 'all' ? c.G.roles[v.victim]?.kind === 'faction' : p.protects === v.victim) &&
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
  const costs = new Map<RoleId, number>();
  for (const [role, o] of c.orders) costs.set(role, (costs.get(role) ?? 0) + actionDef(c.s, o.type).cost);
  const fatigue = c.G.modifiers.includes('donorFatigue');
  for (const [, o] of of(c, 'aid')) {
    const r = region(c, o.region);
    r.stability = clamp(r.stability + 1, 0, 5);
    if (!fatigue) addTrack(c.G, c.s, 'reconstruction', 1);
    say(
      c,
      'economy',
      `Aid arrived in ${where(c, o.region)}${fatigue ? ', but donor fatigue cut it to a trickle' : ''}.`,
    );
  }
  for (const [role, o] of of(c, 'reconstruct')) {
    const r = region(c, o.region);
    r.stability = clamp(r.stability + 1, 0, 5);
    addTrack(c.G, c.s, 'reconstruction', 1);
    say(c, 'economy', `${name(c, role)} rebuilt roads and markets in ${where(c, o.region)}.`);
  }
  for (const [role] of of(c, 'campaign')) {
    c.G.roles[role]!.political += 1;
    addTrack(c.G, c.s, 'election', 1);
    say(
      c,
      'economy',
      `${name(c, role)} campaigned as a political party (political strength ${c.G.roles[role]!.political}).`,
    );
  }
  const multidim = of(c, 'mandate').length > 0;
  for (const [g] of of(c, 'mandate')) {
    addTrack(c.G, c.s, 'reform', 1);
    addTrack(c.G, c.s, 'election', 1);
    say(
      c,
      'economy',
      `${name(c, g)} ran its multidimensional mandate: police and army reform, election support.`,
    );
  }
  for (const [role] of of(c, 'reform')) {
    addTrack(c.G, c.s, 'reform', multidim ? 2 : 1);
    addFear(c.G, otherFaction(c.s, role), -1);
    say(
      c,
      'economy',
      `${name(c, role)} pushed security-sector reform${multidim ? ' with the mission’s help' : ''}.`,
    );
  }
  // Income, after this round's costs.
  for (const rd of c.s.roles) {
    const st = c.G.roles[rd.id]!;
    st.funds = Math.max(0, st.funds - (costs.get(rd.id) ?? 0));
    let income = rd.income;
    if (rd.un && fatigue) income = Math.floor(income / 2);
    if (rd.kind === 'spoiler' && c.G.neighbourSanctioned === 0) income += c.s.tuning.neighbourSupport;
    if (st.exitRound !== null && c.G.round >= st.exitRound) income = 0;
    st.funds += income;
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
      st.approval = clamp(st.approval - drain, 0, 10);
      say(
        c,
        'economy',
        `Keeping peacekeepers deployed cost ${name(c, g)} ${drain} point(s) of domestic approval.`,
      );
    }
    if (committed(g) === 0 && guarantors.some((o) => o !== g && committed(o) > 0)) {
      st.approval = clamp(st.approval + 1, 0, 10);
      for (const o of guarantors) if (o !== g) c.G.roles[o]!.will = clamp(c.G.roles[o]!.will - 1, 0, 10);
      say(
        c,
        'economy',
        `${name(c, g)} free-rode on the other guarantor: its voters are pleased, but the burden-sharing row weakens the other’s will.`,
      );
    }
    if (st.approval <= 2) st.will = clamp(st.will - 1, 0, 10);
    if (st.exitRound !== null && c.G.round === st.exitRound) {
      for (const r of c.G.regions) {
        r.monitors[g] = 0;
        r.peacekeepers[g] = 0;
      }
      for (const p of c.G.pledges) if (p.guarantor === g && p.status === 'active') p.status = 'withdrawn';
      say(c, 'economy', `${name(c, g)} left the country as it had announced; its pledges lapse.`);
    }
  }
}

/** DDR track: cantoned counts one third, disarmed two thirds, reintegrated fully, over the fighters at the start. */
export function ddrProgress(G: DraftState | import('./types.ts').GameState, s: Scenario): number {
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
  return clamp(Math.floor((10 * points) / (3 * base)), 0, s.tuning.trackMax);
}

function tracks(c: Ctx): void {
  const { G, s } = c;
  addTrack(G, s, 'expectations', 1);
  const gap = G.tracks.expectations - G.tracks.reconstruction;
  if (gap > UNREST_GAP) {
    addTrack(G, s, 'tension', 1);
    const worst = [...G.regions].sort((a, b) => a.stability - b.stability)[0]!;
    worst.stability = clamp(worst.stability - 1, 0, 5);
    say(
      c,
      'tracks',
      `Civilians expected more from peace than they got (expectations ${G.tracks.expectations}, reconstruction ${G.tracks.reconstruction}): unrest in ${where(c, worst.id)}, Tension rose.`,
    );
  }
  for (const f of rolesOfKind(s, 'faction'))
    if (G.roles[f]!.fear >= s.tuning.fearBlocksDdr) {
      addTrack(G, s, 'tension', 1);
      say(c, 'tracks', `${name(c, f)} is afraid (Fear ${G.roles[f]!.fear}); its hardliners raise Tension.`);
    }
  for (const r of G.regions) {
    if (r.refugees >= 4) addTrack(G, s, 'tension', 1);
    if (r.stability >= 4 && r.refugees > 0) r.refugees -= 1;
  }
  // Hidden caches feed the security dilemma even unseen: talk of hidden arms keeps Tension up.
  const hidden = rolesOfKind(s, 'faction').reduce(
    (n, f) => n + Object.values(G.secret[f]!.caches).reduce((a, b) => a + b, 0),
    0,
  );
  if (hidden >= 3) {
    addTrack(G, s, 'tension', 1);
    say(c, 'tracks', 'Talk of hidden weapons caches keeps both sides on edge: Tension rose.');
  }
  const attacks = c.violations.filter((v) => v.kind === 'attack').length;
  if (attacks === 0) {
    addTrack(G, s, 'tension', -1);
    addTrack(G, s, 'election', 1);
    say(c, 'tracks', 'A round without fighting: Tension eased and election preparations went ahead.');
  }
  const peacekept = G.regions.filter((r) => total(r.peacekeepers) > 0).length;
  if (peacekept >= 2) addTrack(G, s, 'tension', -1);
  G.tracks.ddr = ddrProgress(G, s);
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
  const g = G.roles[pledge.guarantor]!;
  const protectedRoles = pledge.protects === 'all' ? rolesOfKind(s, 'faction') : [pledge.protects];
  if (honour) {
    const cost = HONOUR_COST[pledge.response];
    g.funds -= cost.funds;
    g.approval = clamp(g.approval - cost.approval, 0, 10);
    g.honoured += 1;
    pledge.status = 'honoured';
    const v = pledge.violator;
    let effect = '';
    if (v && pledge.response === 'force' && pledge.triggerRegion) {
      const u = G.regions.find((r) => r.id === pledge.triggerRegion)?.units[v];
      const n = u ? Math.min(2, u.active) : 0;
      if (u) u.active -= n;
      effect = `its forces struck ${n} unit(s) of the ${roleName(s, v)}`;
    } else if (v) {
      const vs = G.roles[v]!;
      vs.funds = Math.max(0, vs.funds - 2);
      effect = `sanctions cost the ${roleName(s, v)} 2 funds`;
    }
    for (const f of protectedRoles) addFear(G, f, -1);
    log(
      G,
      'review',
      `The ${roleName(s, pledge.guarantor)} honoured pledge #${pledge.id}: ${effect}. Its credibility rose to ${credibility(g)}.`,
    );
  } else {
    g.broken += 1;
    g.will = clamp(g.will - 1, 0, 10);
    pledge.status = 'broken';
    // Breaking a promise leaves the protected side worse off than if it had never been made.
    for (const f of protectedRoles) addFear(G, f, pledge.weight + 2);
    addTrack(G, s, 'tension', 2);
    log(
      G,
      'review',
      `The ${roleName(s, pledge.guarantor)} broke pledge #${pledge.id}. Its credibility collapsed to ${credibility(g)}; the protected side’s Fear jumped above where it started.`,
    );
  }
}

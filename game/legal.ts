// The one legal-action function: what a seat may do now and why anything else is refused.
// Validation (moves), the UI's orders panel and the bots all read from here.
import type { Ctx } from 'boardgame.io';
import type { ActionDef, Scenario } from './content/schema.ts';
import { credibility, freeCapability, HONOUR_APPROVAL, pledgeReserve } from './credibility.ts';
import { err, type MoveError } from './errors.ts';
import { actionDef, getScenario, otherFaction, rolesOfKind } from './scenario.ts';
import { regionName, roleName } from './state.ts';
import type {
  GameState,
  OfferTerm,
  Order,
  OrderType,
  Pledge,
  PledgeResponse,
  PledgeTrigger,
  RegionState,
  RoleId,
} from './types.ts';

export interface LegalMove {
  readonly move: string;
  readonly args: readonly unknown[];
}

export interface PledgeInput {
  readonly protects: RoleId | 'all';
  readonly region: string;
  readonly trigger: PledgeTrigger;
  readonly response: PledgeResponse;
  readonly unEndorsed: boolean;
}

export interface OfferInput {
  readonly to: RoleId;
  readonly private: boolean;
  readonly give: readonly OfferTerm[];
  readonly ask: readonly OfferTerm[];
}

export const MAX_ACTIVE_PLEDGES = 3;
const ONCE_PER_REGION: ReadonlySet<OrderType> = new Set(['smuggle', 'intimidate', 'recruit']);
const VIOLENT: ReadonlySet<OrderType> = new Set(['attack', 'intimidate']);

export function total(rec: Readonly<Record<string, number>>): number {
  let n = 0;
  for (const v of Object.values(rec)) n += v;
  return n;
}

export function monitored(r: RegionState): boolean {
  return total(r.monitors) + total(r.peacekeepers) > 0;
}

export function bothConsent(r: RegionState): boolean {
  return Object.values(r.consent).every(Boolean);
}

export function roleOf(G: GameState, playerID: string | null | undefined): RoleId | null {
  if (playerID == null) return null;
  return G.seats[Number(playerID)] ?? null;
}

/** How many violent orders the spoiler's current militancy allows per round. */
export function violentLimit(militancy: number): number {
  if (militancy >= 7) return 3;
  if (militancy >= 4) return 2;
  if (militancy >= 1) return 1;
  return 0;
}

// Lookups cached per (immutable, validated) scenario: legalMoves runs for every bot decision.
const actionMaps = new WeakMap<Scenario, Map<string, ActionDef>>();
function actionsOf(s: Scenario): Map<string, ActionDef> {
  let m = actionMaps.get(s);
  if (!m) {
    m = new Map(s.actions.map((a) => [a.type, a]));
    actionMaps.set(s, m);
  }
  return m;
}

function queuedCost(s: Scenario, orders: readonly Order[]): number {
  let n = 0;
  for (const o of orders) n += actionDef(s, o.type).cost;
  return n;
}

/** Units of a role in a region still free after the orders already queued this round. */
function freeUnits(G: GameState, role: RoleId, region: RegionState, queued: readonly Order[]) {
  const u = region.units[role] ?? { active: 0, cantoned: 0, disarmed: 0 };
  let active = u.active;
  let cantoned = u.cantoned;
  let disarmed = u.disarmed;
  for (const o of queued) {
    if (!('region' in o) || o.region !== region.id || !('count' in o)) continue;
    if (o.type === 'canton') active -= o.count;
    if (o.type === 'disarm') cantoned -= o.count;
    if (o.type === 'reintegrate') disarmed -= o.count;
    if (o.type === 'move') active -= o.count;
    if (o.type === 'rearm') {
      const fromC = Math.min(cantoned, o.count);
      cantoned -= fromC;
      disarmed -= o.count - fromC;
    }
  }
  void G;
  return { active, cantoned, disarmed };
}

function whereIn(s: Scenario, region: RegionState | undefined): string {
  return region ? ` in the ${regionName(s, region.id)}` : '';
}

/** What every order check of one seat shares: computed once per legalOrders call. */
interface OrderContext {
  readonly s: Scenario;
  readonly me: GameState['roles'][string];
  readonly queued: readonly Order[];
  readonly spent: number;
  readonly violentUsed: number;
  /** Guarantor forces the queued orders already use this round. */
  readonly forcesUsed: number;
}

function orderContext(G: GameState, role: RoleId): OrderContext | MoveError {
  const s = getScenario(G.scenario);
  const me = G.roles[role];
  const secret = G.secret[role];
  if (!me || !secret) return err('NOT_ALLOWED_FOR_ROLE', 'This seat has no role in the game.');
  const queued = secret.orders;
  let violentUsed = 0;
  for (const o of queued) if (VIOLENT.has(o.type)) violentUsed++;
  let forcesUsed = 0;
  for (const o of queued) forcesUsed += actionDef(s, o.type).capability;
  return { s, me, queued, spent: queuedCost(s, queued), violentUsed, forcesUsed };
}

/** Why this order may not be queued now, or null if it may. */
export function checkOrder(G: GameState, role: RoleId, order: Order): MoveError | null {
  const c = orderContext(G, role);
  return 'code' in c ? c : checkOrderIn(c, G, role, order);
}

function checkOrderIn(c: OrderContext, G: GameState, role: RoleId, order: Order): MoveError | null {
  const { s, me, queued } = c;
  if (typeof order !== 'object' || order === null || typeof order.type !== 'string')
    return err('BAD_ARGUMENT', 'An order needs a type.');
  const def = actionsOf(s).get(order.type);
  if (!def) return err('BAD_ARGUMENT', `There is no order called "${String(order.type)}".`);
  if (!def.kinds.includes(me.kind) || (def.roles.length > 0 && !def.roles.includes(role)))
    return err('NOT_ALLOWED_FOR_ROLE', `The ${roleName(s, role)} cannot give the order "${def.label}".`);
  if (me.ordersIn) return err('ORDERS_ALREADY_SENT', 'Your orders for this round are already sent.');
  if (me.exitRound !== null && G.round > me.exitRound && order.type !== 'hold')
    return err('NOT_ALLOWED_FOR_ROLE', 'You have left the country as you announced.');
  if (queued.length >= s.tuning.actionsPerRound)
    return err('NO_ORDERS_LEFT', `You have used all ${s.tuning.actionsPerRound} orders for this round.`);
  const cost = def.cost;
  if (c.spent + cost > me.funds)
    return err('NOT_ENOUGH_FUNDS', `"${def.label}" costs ${cost}; you have ${me.funds - c.spent} left.`);
  // Forces committed to pledges and missions are not available for anything else (seed 003: capability).
  if (me.kind === 'guarantor' && def.capability > 0) {
    const free = freeCapability(G, role) - c.forcesUsed;
    if (def.capability > free)
      return err(
        'NO_CAPABILITY',
        `"${def.label}" needs ${def.capability} capability; ${Math.max(0, free)} of your ${me.capability} is free (the rest is committed to pledges, peacekeepers or this round's orders).`,
      );
  }

  let region: RegionState | undefined;
  if ('region' in order) {
    for (const r of G.regions)
      if (r.id === order.region) {
        region = r;
        break;
      }
    if (!region) return err('UNKNOWN_REGION', `There is no region "${String(order.region)}".`);
  } else if (!PLAIN_ORDERS.includes(order.type as (typeof PLAIN_ORDERS)[number]))
    // A region order without a region used to crash here (TypeError) instead of being refused.
    return err('UNKNOWN_REGION', `Say in which region to give the order "${def.label}".`);
  const count = (order as { count?: unknown }).count;
  // Without a count, canton/disarm/reintegrate/rearm used to pass and put NaN into the units.
  if (('count' in order || COUNTED.has(order.type)) && (!Number.isInteger(count) || (count as number) < 1))
    return err('BAD_ARGUMENT', 'The number of fighters must be a whole number of at least 1.');
  const free = region ? freeUnits(G, role, region, queued) : null;
  // Taking the same spoils, or intimidating or recruiting in one place, twice in a round gains nothing real.
  if (
    ONCE_PER_REGION.has(order.type) &&
    queued.some(
      (o) => o.type === order.type && 'region' in o && 'region' in order && o.region === order.region,
    )
  )
    return err('BAD_ARGUMENT', `"${def.label}" is already ordered there this round.`);

  if (me.kind === 'spoiler' && VIOLENT.has(order.type)) {
    if (c.violentUsed >= violentLimit(me.militancy))
      return err(
        'TOO_MILITANT_LIMIT',
        `At militancy ${me.militancy} your commanders will carry out only ${violentLimit(me.militancy)} violent order(s) a round.`,
      );
  }

  switch (order.type) {
    case 'canton':
    case 'disarm': {
      if (me.fear >= s.tuning.fearBlocksDdr)
        return err(
          'FEAR_TOO_HIGH',
          `Your Fear is ${me.fear}: your commanders refuse to ${order.type} while they fear the ${roleName(s, otherFaction(s, role))} this much.`,
        );
      const pool = order.type === 'canton' ? free!.active : free!.cantoned;
      if (order.count > pool)
        return err(
          'NOT_ENOUGH_UNITS',
          `You have ${pool} ${order.type === 'canton' ? 'active' : 'cantoned'} fighter(s)${whereIn(s, region)}.`,
        );
      return null;
    }
    case 'reintegrate':
      if (order.count > free!.disarmed)
        return err(
          'NOT_ENOUGH_UNITS',
          `You have ${free!.disarmed} disarmed fighter(s)${whereIn(s, region)}.`,
        );
      return null;
    case 'rearm':
      if (order.count > free!.cantoned + free!.disarmed)
        return err(
          'NOT_ENOUGH_UNITS',
          `You have ${free!.cantoned + free!.disarmed} fighter(s) to rearm${whereIn(s, region)}.`,
        );
      return null;
    case 'cache':
      return null;
    case 'attack': {
      if (order.target === role) return err('BAD_ARGUMENT', 'You cannot attack yourself.');
      const target = region!.units[order.target];
      if (!target) return err('BAD_ARGUMENT', `"${String(order.target)}" has no armed units to attack.`);
      if (free!.active < 1)
        return err('NOT_ENOUGH_UNITS', `You have no active fighters${whereIn(s, region)}.`);
      if (target.active + target.cantoned + target.disarmed < 1)
        return err('NOT_ENOUGH_UNITS', `The ${roleName(s, order.target)} has no units${whereIn(s, region)}.`);
      return null;
    }
    case 'patrol':
      if (me.kind === 'faction' && free!.active < 1)
        return err('NOT_ENOUGH_UNITS', `You have no active fighters${whereIn(s, region)}.`);
      return null;
    case 'reconstruct':
    case 'campaign':
    case 'reform':
    case 'hold':
      return null;
    case 'move': {
      const to = G.regions.find((r) => r.id === order.to);
      if (!to) return err('UNKNOWN_REGION', `There is no region "${String(order.to)}".`);
      const near = s.regions.find((r) => r.id === region!.id)?.neighbours ?? [];
      if (!near.includes(to.id))
        return err(
          'BAD_ARGUMENT',
          `The ${regionName(s, to.id)} does not border the ${regionName(s, region!.id)}: fighters move one region at a time.`,
        );
      if (order.count > free!.active)
        return err('NOT_ENOUGH_UNITS', `You have ${free!.active} active fighter(s)${whereIn(s, region)}.`);
      return null;
    }
    case 'consent':
      if (typeof order.grant !== 'boolean')
        return err('BAD_ARGUMENT', 'Say whether you grant or withdraw consent.');
      if (region!.consent[role] === order.grant)
        return err(
          'BAD_ARGUMENT',
          `You already ${order.grant ? 'consent' : 'refuse consent'}${whereIn(s, region)}.`,
        );
      return null;
    case 'recruit':
      if ((region!.units[role]?.active ?? 0) < 1 && region!.stability > 2)
        return err(
          'NOT_ENOUGH_UNITS',
          `You can recruit only where you have fighters or where stability is 2 or less.`,
        );
      return null;
    case 'smuggle':
      if (region!.spoils < 1)
        return err('BAD_ARGUMENT', `The ${regionName(s, region!.id)} has no spoils to smuggle.`);
      if ((region!.units[role]?.active ?? 0) < 1)
        return err('NOT_ENOUGH_UNITS', `You have no fighters${whereIn(s, region)}.`);
      // The routes carry one load a round: a region's spoils are taken once, not once per order.
      if (queued.some((o) => o.type === 'smuggle' && o.region === region!.id))
        return err(
          'BAD_ARGUMENT',
          `You already smuggle out of the ${regionName(s, region!.id)} this round: its spoils are taken once a round.`,
        );
      return null;
    case 'intimidate':
      if ((region!.units[role]?.active ?? 0) < 1)
        return err('NOT_ENOUGH_UNITS', `You have no fighters${whereIn(s, region)}.`);
      return null;
    case 'monitors':
    case 'peacekeepers':
      if (me.exitRound !== null && G.round >= me.exitRound)
        return err('NOT_ALLOWED_FOR_ROLE', 'You have left the country as you announced.');
      if (!bothConsent(region!))
        return err(
          'NO_CONSENT',
          `Both factions must consent to a mission${whereIn(s, region)} (Chapter VI).`,
        );
      if (order.type === 'monitors') {
        // Monitor teams are few: a guarantor cannot watch everywhere at once.
        let teams = 0;
        for (const r of G.regions) teams += r.monitors[role] ?? 0;
        for (const o of queued) if (o.type === 'monitors') teams++;
        if (teams >= s.tuning.monitorTeams)
          return err(
            'NO_CAPABILITY',
            `All your ${s.tuning.monitorTeams} monitor teams are deployed; withdraw one to send it elsewhere.`,
          );
      }
      return null;
    case 'withdraw':
      if ((region!.monitors[role] ?? 0) + (region!.peacekeepers[role] ?? 0) < 1)
        return err('NO_MISSION', `You have no monitors or peacekeepers${whereIn(s, region)}.`);
      return null;
    case 'enforce':
      if (s.roles.find((r) => r.id === role)?.un && G.modifiers.includes('councilDeadlock'))
        return err('COUNCIL_DEADLOCK', 'The Security Council is deadlocked: no Chapter VII vote this round.');
      return null;
    case 'aid':
      return null;
    case 'mandate':
      if (!G.regions.some(monitored))
        return err('NO_MISSION', 'A multidimensional mandate needs a mission in some region.');
      return null;
    case 'induce':
    case 'socialize':
    case 'coerce':
      return custodianTarget(s, order.target).error;
    case 'sanction':
      if (!s.roles.some((r) => r.kind === 'spoiler'))
        return err('BAD_ARGUMENT', 'There is no spoiler in this scenario.');
      return null;
  }
}

/**
 * The spoiler a custodian order works on: the one it names, or the only one. With several spoilers
 * the order must name one (Stedman: a custodian's strategy answers one spoiler's type).
 */
export function custodianTarget(
  s: Scenario,
  target: unknown,
): { spoiler: RoleId; error: null } | { spoiler: null; error: MoveError } {
  const spoilers = rolesOfKind(s, 'spoiler');
  if (spoilers.length === 0)
    return { spoiler: null, error: err('BAD_ARGUMENT', 'There is no spoiler in this scenario.') };
  if (target === undefined) {
    if (spoilers.length === 1) return { spoiler: spoilers[0]!, error: null };
    return {
      spoiler: null,
      error: err(
        'BAD_ARGUMENT',
        `Say which spoiler this order is for: ${spoilers.map((r) => `the ${roleName(s, r)}`).join(' or ')}.`,
      ),
    };
  }
  if (typeof target !== 'string' || !spoilers.includes(target))
    return {
      spoiler: null,
      error: err('BAD_ARGUMENT', `"${String(target)}" is not a spoiler in this scenario.`),
    };
  return { spoiler: target, error: null };
}

/** Every order the seat could queue now (one entry per distinct choice). */
export function legalOrders(G: GameState, role: RoleId): Order[] {
  const me = G.roles[role];
  const secret = G.secret[role];
  if (!me || !secret || me.ordersIn) return [];
  const c = orderContext(G, role);
  if ('code' in c || c.queued.length >= c.s.tuning.actionsPerRound) return [];
  // Order types this seat may give and still afford: the checks of checkOrder that do not depend on
  // the region or the count. Candidates of other types would all be refused, so they are not built.
  const ok = new Set<string>();
  for (const def of c.s.actions)
    if (
      def.kinds.includes(me.kind) &&
      (def.roles.length === 0 || def.roles.includes(role)) &&
      c.spent + def.cost <= me.funds
    )
      ok.add(def.type);
  const out: Order[] = [];
  const armed = Object.keys(G.regions[0]?.units ?? {});
  for (const r of G.regions) {
    const free = freeUnits(G, role, r, secret.orders);
    if (ok.has('canton'))
      for (let n = 1; n <= free.active; n++)
        keepIf(c, G, role, out, { type: 'canton', region: r.id, count: n });
    if (ok.has('disarm'))
      for (let n = 1; n <= free.cantoned; n++)
        keepIf(c, G, role, out, { type: 'disarm', region: r.id, count: n });
    if (ok.has('reintegrate'))
      for (let n = 1; n <= free.disarmed; n++)
        keepIf(c, G, role, out, { type: 'reintegrate', region: r.id, count: n });
    if (ok.has('rearm'))
      for (let n = 1; n <= free.cantoned + free.disarmed; n++)
        keepIf(c, G, role, out, { type: 'rearm', region: r.id, count: n });
    if (ok.has('attack'))
      for (const t of armed)
        if (t !== role) keepIf(c, G, role, out, { type: 'attack', region: r.id, target: t });
    if (ok.has('consent'))
      keepIf(c, G, role, out, { type: 'consent', region: r.id, grant: !r.consent[role] });
    if (ok.has('move'))
      for (const to of c.s.regions.find((x) => x.id === r.id)?.neighbours ?? [])
        for (let n = 1; n <= free.active; n++)
          keepIf(c, G, role, out, { type: 'move', region: r.id, to, count: n });
    for (const type of REGION_ORDERS) if (ok.has(type)) keepIf(c, G, role, out, { type, region: r.id });
  }
  const spoilers = rolesOfKind(c.s, 'spoiler');
  for (const type of PLAIN_ORDERS) {
    if (!ok.has(type)) continue;
    if (CUSTODIAN.has(type) && spoilers.length > 1)
      for (const target of spoilers) keepIf(c, G, role, out, { type, target } as Order);
    else keepIf(c, G, role, out, { type });
  }
  return out;
}

function keepIf(c: OrderContext, G: GameState, role: RoleId, out: Order[], o: Order): void {
  if (checkOrderIn(c, G, role, o) === null) out.push(o);
}

const REGION_ORDERS = [
  'cache',
  'patrol',
  'reconstruct',
  'recruit',
  'smuggle',
  'intimidate',
  'monitors',
  'peacekeepers',
  'withdraw',
  'enforce',
  'aid',
] as const;
const COUNTED: ReadonlySet<OrderType> = new Set(['canton', 'disarm', 'reintegrate', 'rearm', 'move']);
const CUSTODIAN: ReadonlySet<OrderType> = new Set(['induce', 'socialize', 'coerce']);
const PLAIN_ORDERS = [
  'campaign',
  'reform',
  'mandate',
  'induce',
  'socialize',
  'coerce',
  'sanction',
  'hold',
] as const;

function checkTerms(G: GameState, terms: unknown): MoveError | null {
  if (!Array.isArray(terms) || terms.length > 4)
    return err('BAD_ARGUMENT', 'An offer lists at most 4 terms.');
  for (const t of terms as OfferTerm[]) {
    if (typeof t !== 'object' || t === null) return err('BAD_ARGUMENT', 'Each term must be an object.');
    if (!['funds', 'canton', 'consent', 'noAttack', 'inducement', 'text'].includes(t.kind))
      return err('BAD_ARGUMENT', `Unknown kind of term "${String(t.kind)}".`);
    if (t.amount !== undefined && (!Number.isInteger(t.amount) || t.amount < 1 || t.amount > 20))
      return err('BAD_ARGUMENT', 'An amount must be a whole number from 1 to 20.');
    if ((t.kind === 'funds' || t.kind === 'inducement') && t.amount === undefined)
      return err('BAD_ARGUMENT', 'Say how much money.');
    if (t.region !== undefined && t.region !== 'any' && !G.regions.some((r) => r.id === t.region))
      return err('UNKNOWN_REGION', `There is no region "${String(t.region)}".`);
    if (t.text !== undefined && (typeof t.text !== 'string' || t.text.length > 200))
      return err('BAD_ARGUMENT', 'A written term is at most 200 characters.');
  }
  return null;
}

function fundsIn(terms: readonly OfferTerm[]): number {
  return terms
    .filter((t) => t.kind === 'funds' || t.kind === 'inducement')
    .reduce((n, t) => n + (t.amount ?? 0), 0);
}

/** The role a crisis card still waits on (the round's card, or one injected mid-round), or null. */
export function choicePending(G: GameState): RoleId | null {
  return G.crisis?.chooser && G.crisis.choice === null ? G.crisis.chooser : null;
}

function inPhaseOf(phase: string, move: string, phases: readonly string[]): MoveError | null {
  return phases.includes(phase)
    ? null
    : err('WRONG_PHASE', `"${move}" is not possible in the ${phase} phase.`);
}

/** Why a move (by name and arguments) may not be made now by this seat, or null if it may. */
export function checkMove(
  G: GameState,
  ctx: Ctx,
  playerID: string | null | undefined,
  move: string,
  args: readonly unknown[],
): MoveError | null {
  const s = getScenario(G.scenario);
  if (G.result) return err('GAME_OVER', 'The game is over.');
  const role = roleOf(G, playerID);
  if (!role) return err('NOT_YOUR_TURN', 'Spectators cannot make moves.');
  const me = G.roles[role]!;
  if (ctx.activePlayers && !(String(playerID) in ctx.activePlayers))
    return err('NOT_YOUR_TURN', 'It is not your turn to act in this phase.');
  const phase = ctx.phase as string;
  switch (move) {
    case 'chooseCrisis': {
      // A decision card the facilitator injects mid-round is answered in whatever phase it arrives.
      const e = choicePending(G) ? null : inPhaseOf(phase, move, ['crisis']);
      if (e) return e;
      const card = s.events.find((c) => c.id === G.crisis?.card);
      if (!card?.choice || G.crisis?.chooser !== role)
        return err('NOT_YOUR_TURN', 'This crisis asks nothing of you.');
      if (!card.choice.options.some((o) => o.id === args[0]))
        return err('BAD_ARGUMENT', `Choose one of: ${card.choice.options.map((o) => o.id).join(', ')}.`);
      return null;
    }
    case 'ready': {
      const e = inPhaseOf(phase, move, ['negotiation', 'review']);
      if (e) return e;
      if (me.ready) return err('ALREADY_READY', 'You are already marked ready.');
      if (choicePending(G) === role)
        return err('CHOICE_PENDING', 'First make the decision the crisis card asks of you.');
      if (phase === 'review' && G.pledges.some((p) => p.guarantor === role && p.status === 'triggered'))
        return err('PLEDGE_PENDING', 'First decide whether to honour or break your triggered pledge.');
      return null;
    }
    case 'resumeWar': {
      const e = inPhaseOf(phase, move, ['negotiation', 'orders']);
      if (e) return e;
      if (me.kind !== 'faction') return err('NOT_ALLOWED_FOR_ROLE', 'Only a faction can resume the war.');
      return null;
    }
    case 'makeOffer': {
      const e = inPhaseOf(phase, move, ['negotiation']);
      if (e) return e;
      const o = args[0] as OfferInput | undefined;
      if (!o || typeof o !== 'object') return err('BAD_ARGUMENT', 'An offer needs a recipient and terms.');
      if (!G.roles[o.to] || o.to === role)
        return err('BAD_ARGUMENT', 'Choose another seat to make the offer to.');
      const t = checkTerms(G, o.give) ?? checkTerms(G, o.ask);
      if (t) return t;
      if (o.give.length + o.ask.length === 0)
        return err('BAD_ARGUMENT', 'An offer must give or ask something.');
      if (fundsIn(o.give) > me.funds)
        return err('NOT_ENOUGH_FUNDS', `You offer ${fundsIn(o.give)} but have ${me.funds}.`);
      if (G.offers.filter((x) => x.from === role && x.status === 'open').length >= 5)
        return err('BAD_ARGUMENT', 'You have 5 open offers; withdraw one first.');
      return null;
    }
    case 'answerOffer': {
      const e = inPhaseOf(phase, move, ['negotiation']);
      if (e) return e;
      const offer = G.offers.find((o) => o.id === args[0]);
      if (!offer || offer.to !== role || offer.status !== 'open')
        return err('UNKNOWN_OFFER', 'There is no open offer to you with that number.');
      if (args[1] === true) {
        if (fundsIn(offer.ask) > me.funds)
          return err('NOT_ENOUGH_FUNDS', `Accepting costs ${fundsIn(offer.ask)}; you have ${me.funds}.`);
        if (fundsIn(offer.give) > G.roles[offer.from]!.funds)
          return err('NOT_ENOUGH_FUNDS', `The ${roleName(s, offer.from)} can no longer pay what it offered.`);
      }
      return null;
    }
    case 'withdrawOffer': {
      const offer = G.offers.find((o) => o.id === args[0]);
      if (!offer || offer.from !== role || offer.status !== 'open')
        return err('UNKNOWN_OFFER', 'You have no open offer with that number.');
      return inPhaseOf(phase, move, ['negotiation']);
    }
    case 'makePledge': {
      const e = inPhaseOf(phase, move, ['negotiation']);
      if (e) return e;
      if (me.kind !== 'guarantor') return err('NOT_ALLOWED_FOR_ROLE', 'Only a guarantor can pledge.');
      const p = args[0] as PledgeInput | undefined;
      if (!p || typeof p !== 'object')
        return err('BAD_ARGUMENT', 'A pledge needs who it protects, where and how.');
      const factions = s.roles.filter((r) => r.kind === 'faction').map((r) => r.id);
      if (p.protects !== 'all' && !factions.includes(p.protects))
        return err('BAD_ARGUMENT', 'A pledge protects one faction or both ("all").');
      if (p.region !== 'any' && !G.regions.some((r) => r.id === p.region))
        return err('UNKNOWN_REGION', `There is no region "${String(p.region)}".`);
      if (p.trigger !== 'attack' && p.trigger !== 'violation')
        return err('BAD_ARGUMENT', 'Trigger is attack or violation.');
      if (p.response !== 'force' && p.response !== 'sanctions')
        return err('BAD_ARGUMENT', 'Response is force or sanctions.');
      if (typeof p.unEndorsed !== 'boolean')
        return err('BAD_ARGUMENT', 'Say whether the pledge is UN-endorsed.');
      if (
        G.pledges.filter((x) => x.guarantor === role && (x.status === 'active' || x.status === 'triggered'))
          .length >= MAX_ACTIVE_PLEDGES
      )
        return err('TOO_MANY_PLEDGES', `You already stand behind ${MAX_ACTIVE_PLEDGES} pledges.`);
      if (me.exitRound !== null && G.round >= me.exitRound)
        return err('NOT_ALLOWED_FOR_ROLE', 'You have left.');
      const reserve = pledgeReserve(s, p.response);
      const price = pledgeCost(G, role, p) + reserve.funds;
      if (price > me.funds)
        return err(
          'NOT_ENOUGH_FUNDS',
          `This pledge sets aside ${reserve.funds} funds to honour it${pledgeCost(G, role, p) ? ' and a UN endorsement costs 1' : ''}: ${price} in all; you have ${me.funds}.`,
        );
      if (reserve.capability > freeCapability(G, role))
        return err(
          'NO_CAPABILITY',
          `A ${p.response} pledge commits ${reserve.capability} capability for its term; only ${Math.max(0, freeCapability(G, role))} of your ${me.capability} is free.`,
        );
      return null;
    }
    case 'renewPledge': {
      const p = G.pledges.find((x) => x.id === args[0]);
      if (!p || p.guarantor !== role || p.status !== 'active')
        return err('UNKNOWN_PLEDGE', 'You have no active pledge with that number.');
      if (p.expires > G.round)
        return err(
          'BAD_ARGUMENT',
          `Pledge #${p.id} runs until round ${p.expires}; renew it in its last round.`,
        );
      if (me.exitRound !== null && G.round >= me.exitRound)
        return err('NOT_ALLOWED_FOR_ROLE', 'You have left.');
      return inPhaseOf(phase, move, ['negotiation']);
    }
    case 'withdrawPledge': {
      const p = G.pledges.find((x) => x.id === args[0]);
      if (!p || p.guarantor !== role || p.status !== 'active')
        return err('UNKNOWN_PLEDGE', 'You have no active pledge with that number.');
      return inPhaseOf(phase, move, ['negotiation']);
    }
    case 'announceExit': {
      const e = inPhaseOf(phase, move, ['negotiation']);
      if (e) return e;
      if (me.kind !== 'guarantor')
        return err('NOT_ALLOWED_FOR_ROLE', 'Only a guarantor can announce an exit date.');
      if (me.exitRound !== null) return err('BAD_ARGUMENT', 'You have already announced your exit.');
      const r = args[0];
      if (typeof r !== 'number' || !Number.isInteger(r) || r <= G.round || r > G.options.rounds)
        return err(
          'BAD_ARGUMENT',
          `The exit round must be after this round and no later than ${G.options.rounds}.`,
        );
      return null;
    }
    case 'addOrder': {
      const e = inPhaseOf(phase, move, ['orders']);
      if (e) return e;
      return checkOrder(G, role, args[0] as Order);
    }
    case 'removeOrder': {
      const e = inPhaseOf(phase, move, ['orders']);
      if (e) return e;
      if (me.ordersIn) return err('ORDERS_ALREADY_SENT', 'Your orders for this round are already sent.');
      const i = args[0];
      if (typeof i !== 'number' || !G.secret[role]!.orders[i])
        return err('BAD_ARGUMENT', 'There is no queued order with that number.');
      return null;
    }
    case 'submitOrders': {
      const e = inPhaseOf(phase, move, ['orders']);
      if (e) return e;
      if (me.ordersIn) return err('ORDERS_ALREADY_SENT', 'Your orders for this round are already sent.');
      return null;
    }
    case 'answerPledge': {
      const e = inPhaseOf(phase, move, ['review']);
      if (e) return e;
      const p = G.pledges.find((x) => x.id === args[0]);
      if (!p || p.guarantor !== role || p.status !== 'triggered')
        return err('UNKNOWN_PLEDGE', 'You have no triggered pledge with that number.');
      const cost = honourCost(s, p);
      if (args[1] === true && me.funds < cost.funds)
        return err(
          'NOT_ENOUGH_FUNDS',
          `Honouring it again costs ${cost.funds}; you have ${me.funds}. You can only break it.`,
        );
      return null;
    }
    default:
      return err('UNKNOWN_MOVE', `There is no move called "${move}".`);
  }
}

/**
 * What honouring a triggered pledge costs now: the funds set aside when it was made pay the first time
 * (afterwards the guarantor pays again), and force costs domestic approval (casualties).
 */
export function honourCost(s: Scenario, p: Pledge): { funds: number; approval: number } {
  return {
    funds: p.reserved.funds > 0 ? 0 : pledgeReserve(s, p.response).funds,
    approval: HONOUR_APPROVAL[p.response],
  };
}

/** A UN endorsement of a non-UN pledge costs 1 (the UN's own pledges are impartial by nature). */
export function pledgeCost(G: GameState, role: RoleId, p: PledgeInput): number {
  const s = getScenario(G.scenario);
  return p.unEndorsed && !s.roles.find((r) => r.id === role)?.un ? 1 : 0;
}

/** Every legal move of a seat right now: boardgame.io's ai.enumerate, the bots and the UI use it. */
export function legalMoves(G: GameState, ctx: Ctx, playerID: string): LegalMove[] {
  const s = getScenario(G.scenario);
  const role = roleOf(G, playerID);
  if (!role || G.result) return [];
  // checkMove would refuse every candidate of a seat that is not active now.
  if (ctx.activePlayers && !(String(playerID) in ctx.activePlayers)) return [];
  const candidates: LegalMove[] = [];
  // Candidates already checked exactly as checkMove would (addOrder: legalOrders runs checkOrder).
  const checked = new Set<LegalMove>();
  const me = G.roles[role]!;
  if (ctx.phase !== 'crisis' && choicePending(G) === role) {
    const card = s.events.find((c) => c.id === G.crisis?.card);
    for (const o of card?.choice?.options ?? []) candidates.push({ move: 'chooseCrisis', args: [o.id] });
  }
  switch (ctx.phase) {
    case 'crisis': {
      const card = s.events.find((c) => c.id === G.crisis?.card);
      for (const o of card?.choice?.options ?? []) candidates.push({ move: 'chooseCrisis', args: [o.id] });
      break;
    }
    case 'negotiation': {
      candidates.push({ move: 'ready', args: [] });
      for (const o of G.offers)
        if (o.to === role && o.status === 'open')
          candidates.push(
            { move: 'answerOffer', args: [o.id, true] },
            { move: 'answerOffer', args: [o.id, false] },
          );
      for (const o of G.offers)
        if (o.from === role && o.status === 'open') candidates.push({ move: 'withdrawOffer', args: [o.id] });
      for (const to of G.seats)
        if (to !== role) {
          candidates.push({
            move: 'makeOffer',
            args: [
              {
                to,
                private: true,
                give: [{ kind: 'funds', amount: 1 }],
                ask: [{ kind: 'noAttack', region: 'any' }],
              },
            ],
          });
          candidates.push({
            move: 'makeOffer',
            args: [
              {
                to,
                private: false,
                give: [{ kind: 'noAttack', region: 'any' }],
                ask: [{ kind: 'noAttack', region: 'any' }],
              },
            ],
          });
        }
      if (me.kind === 'guarantor') {
        const protects = [...s.roles.filter((r) => r.kind === 'faction').map((r) => r.id), 'all'];
        for (const p of protects)
          for (const region of ['any', ...G.regions.map((r) => r.id)])
            for (const response of ['force', 'sanctions'] as const)
              candidates.push({
                move: 'makePledge',
                args: [{ protects: p, region, trigger: 'attack', response, unEndorsed: false }],
              });
        for (const p of G.pledges)
          if (p.guarantor === role && p.status === 'active')
            candidates.push({ move: 'withdrawPledge', args: [p.id] }, { move: 'renewPledge', args: [p.id] });
        for (let r = G.round + 1; r <= G.options.rounds; r++)
          candidates.push({ move: 'announceExit', args: [r] });
      }
      candidates.push({ move: 'resumeWar', args: [] });
      break;
    }
    case 'orders': {
      if (me.ordersIn) break;
      candidates.push({ move: 'submitOrders', args: [] });
      for (const o of legalOrders(G, role)) {
        const c = { move: 'addOrder', args: [o] };
        checked.add(c);
        candidates.push(c);
      }
      for (let i = 0; i < G.secret[role]!.orders.length; i++)
        candidates.push({ move: 'removeOrder', args: [i] });
      candidates.push({ move: 'resumeWar', args: [] });
      break;
    }
    case 'review': {
      for (const p of G.pledges)
        if (p.guarantor === role && p.status === 'triggered')
          candidates.push(
            { move: 'answerPledge', args: [p.id, true] },
            { move: 'answerPledge', args: [p.id, false] },
          );
      candidates.push({ move: 'ready', args: [] });
      break;
    }
  }
  return candidates.filter((c) => checked.has(c) || checkMove(G, ctx, playerID, c.move, c.args) === null);
}

export { credibility };

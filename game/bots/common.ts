// Shared pieces of the bots' flowcharts: matching a wish to a legal move, planning a round's orders
// within slots and funds, valuing a crisis card's options, reading offers and promises.

import type { Ctx } from 'boardgame.io';
import type { Agenda, Effect } from '../content/schema.ts';
import { checkMove, checkOrder, type LegalMove, legalMoves } from '../legal.ts';
import { actionDef } from '../scenario.ts';
import { regionName, roleName } from '../state.ts';
import type { GameState, Offer, OfferTerm, Order, RoleId } from '../types.ts';
import { type Knowledge, unitsOf } from './knowledge.ts';
import type { Decision } from './types.ts';

// ── Legal moves ─────────────────────────────────────────────────────────────────────────────────

export function orderId(o: Order): string {
  const x = o as Partial<Record<'region' | 'count' | 'target' | 'grant', unknown>>;
  return `${o.type}|${x.region ?? ''}|${x.count ?? ''}|${x.target ?? ''}|${x.grant ?? ''}`;
}

/**
 * The seat's legal moves (legalMoves), computed when first needed. Orders are looked up one by one:
 * an order the bot built in the canonical shape legalOrders enumerates ({type, region?, count? |
 * target? | grant?}) is in legalMoves exactly when checkMove accepts it, which is much cheaper than
 * enumerating every order of the seat (tests/bots checks every decision against legalMoves).
 */
export class Legal {
  private all_: readonly LegalMove[] | null = null;
  private byOrder: Map<string, LegalMove> | null = null;
  constructor(
    private readonly view: GameState,
    private readonly ctx: Ctx,
    private readonly playerID: string,
  ) {}
  get moves(): readonly LegalMove[] {
    if (!this.all_) this.all_ = legalMoves(this.view, this.ctx, this.playerID);
    return this.all_;
  }
  /** The addOrder move for this order if it is legal now. */
  order(o: Order): LegalMove | undefined {
    if (this.all_) {
      if (!this.byOrder) {
        this.byOrder = new Map();
        for (const m of this.all_)
          if (m.move === 'addOrder') this.byOrder.set(orderId(m.args[0] as Order), m);
      }
      return this.byOrder.get(orderId(o));
    }
    return checkMove(this.view, this.ctx, this.playerID, 'addOrder', [o]) === null
      ? { move: 'addOrder', args: [o] }
      : undefined;
  }
  /** Whether this move (with these exact arguments) is legal now, without listing every move. */
  check(move: string, args: readonly unknown[]): LegalMove | undefined {
    return checkMove(this.view, this.ctx, this.playerID, move, args) === null ? { move, args } : undefined;
  }
  has(move: string): boolean {
    return this.moves.some((m) => m.move === move);
  }
  find(move: string, test: (args: readonly unknown[]) => boolean = () => true): LegalMove | undefined {
    return this.moves.find((m) => m.move === move && test(m.args));
  }
  all(move: string): LegalMove[] {
    return this.moves.filter((m) => m.move === move);
  }
}

/** What the seat's own secret agenda asks (null if it has none or the scenario does not list it). */
export function myAgenda(k: Knowledge): Agenda['condition'] | null {
  const role = k.s.roles.find((r) => r.id === k.role);
  return role?.agendas.find((a) => a.id === k.secret.agenda)?.condition ?? null;
}

export function pick(m: LegalMove, reason: string): Decision {
  return { move: m.move, args: m.args, reason };
}

// ── Names for the reasons ───────────────────────────────────────────────────────────────────────

export const nameOf = (k: Knowledge, role: RoleId) => `the ${roleName(k.s, role)}`;
export const placeOf = (k: Knowledge, region: string) => `the ${regionName(k.s, region)}`;

// ── Custodian strategies in the history ─────────────────────────────────────────────────────────

const CUSTODIAN_LINE = {
  induce: /offered the spoiler money/,
  socialize: /engaged the spoiler/,
  coerce: /coerced the spoiler/,
} as const;

/**
 * Whether a guarantor used this custodian strategy on `spoiler` since round `since` (the history's
 * public lines; with several spoilers each line names the one it worked on).
 */
export function custodianUsed(
  k: Knowledge,
  type: keyof typeof CUSTODIAN_LINE,
  spoiler: RoleId,
  since: number,
): boolean {
  return custodianLines(k, type, spoiler).some((h) => h.round >= since);
}

/** The history lines of a custodian strategy worked on `spoiler`. */
export function custodianLines(k: Knowledge, type: keyof typeof CUSTODIAN_LINE, spoiler: RoleId) {
  const named = k.spoilers.length > 1 ? `(${nameOf(k, spoiler)})` : '';
  return k.G.history.filter((h) => CUSTODIAN_LINE[type].test(h.text) && h.text.includes(named));
}

/** A custodian order on `spoiler` (naming it only when the scenario has several). */
export function custodianOrder(k: Knowledge, type: keyof typeof CUSTODIAN_LINE, spoiler: RoleId): Order {
  return k.spoilers.length > 1 ? { type, target: spoiler } : { type };
}

// ── Planning a round's orders ───────────────────────────────────────────────────────────────────

export interface Planned {
  readonly order: Order;
  readonly reason: string;
}

/** A round's orders under construction: slots, funds and fighters already promised to earlier orders. */
export class Plan {
  readonly items: Planned[] = [];
  funds: number;
  readonly slots: number;
  /** Funds the plan leaves untouched whatever the order (a secret agenda that counts savings). */
  keep = 0;
  private readonly used = new Map<string, { active: number; cantoned: number; disarmed: number }>();

  /** The view with this seat's queue emptied: orders are checked against it (the plan tracks the rest). */
  private readonly base: GameState;

  constructor(private readonly k: Knowledge) {
    this.funds = k.me.funds;
    this.slots = k.s.tuning.actionsPerRound;
    const sec = k.G.secret[k.role]!;
    this.base = {
      ...k.G,
      roles: { ...k.G.roles, [k.role]: { ...k.me, ordersIn: false } },
      secret: { ...k.G.secret, [k.role]: { ...sec, orders: [] } },
    };
  }

  /** Whether the rules would accept this order on its own (region, fighters, consent, Fear...). */
  valid(order: Order): boolean {
    return checkOrder(this.base, this.k.role, order) === null;
  }

  get full(): boolean {
    return this.items.length >= this.slots;
  }

  cost(type: Order['type']): number {
    return actionDef(this.k.s, type).cost;
  }

  /** Whether this role may give the order at all (the scenario has it; its kind and, for some, its id). */
  may(type: Order['type']): boolean {
    const def = this.k.s.actions.find((a) => a.type === type);
    if (!def) return false;
    return def.kinds.includes(this.k.me.kind) && (def.roles.length === 0 || def.roles.includes(this.k.role));
  }

  canAfford(type: Order['type'], reserve = 0): boolean {
    return !this.full && this.may(type) && this.cost(type) + Math.max(reserve, this.keep) <= this.funds;
  }

  has(type: Order['type'], region?: string): boolean {
    return this.items.some(
      (i) =>
        i.order.type === type && (region === undefined || (i.order as { region?: string }).region === region),
    );
  }

  /** Fighters of mine in `region` not yet given another order in this plan. */
  free(region: string) {
    const r = this.k.G.regions.find((x) => x.id === region)!;
    const u = unitsOf(r, this.k.role);
    const d = this.used.get(region) ?? { active: 0, cantoned: 0, disarmed: 0 };
    return {
      active: u.active - d.active,
      cantoned: u.cantoned - d.cantoned,
      disarmed: u.disarmed - d.disarmed,
    };
  }

  add(order: Order, reason: string, reserve = 0): boolean {
    if (!this.canAfford(order.type, reserve) || !this.valid(order)) return false;
    if ('count' in order) {
      if (order.count < 1) return false;
      const f = this.free(order.region);
      const pool = {
        canton: 'active',
        disarm: 'cantoned',
        reintegrate: 'disarmed',
        rearm: 'cantoned',
        move: 'active',
      } as const;
      const key = pool[order.type];
      if (order.type === 'rearm' ? order.count > f.cantoned + f.disarmed : order.count > f[key]) return false;
      const d = this.used.get(order.region) ?? { active: 0, cantoned: 0, disarmed: 0 };
      if (order.type === 'rearm') {
        const c = Math.min(f.cantoned, order.count);
        d.cantoned += c;
        d.disarmed += order.count - c;
      } else d[key] += order.count;
      this.used.set(order.region, d);
    }
    this.items.push({ order, reason });
    this.funds -= this.cost(order.type);
    return true;
  }
}

/** The next order of the plan not yet queued (and legal now), or sending the orders. */
export function nextOrder(k: Knowledge, legal: Legal, plan: readonly Planned[], summary: string): Decision {
  const queued = k.secret.orders.map(orderId);
  for (const item of plan) {
    const id = orderId(item.order);
    const i = queued.indexOf(id);
    if (i >= 0) {
      queued.splice(i, 1);
      continue;
    }
    const m = legal.order(item.order);
    if (m) return pick(m, item.reason);
  }
  const submit = legal.check('submitOrders', []);
  if (submit) return pick(submit, summary);
  // No way to send orders (never expected): any legal move that is not resuming the war.
  const other = legal.moves.find((m) => m.move !== 'resumeWar') ?? legal.moves[0]!;
  return pick(other, summary);
}

// ── Valuing effects (crisis options) ────────────────────────────────────────────────────────────

/** How much a role cares about each kind of change; signs say which way it wants it to go. */
export interface Values {
  readonly tension: number;
  readonly election: number;
  readonly ddr: number;
  readonly reform: number;
  readonly reconstruction: number;
  readonly expectations: number;
  readonly myFear: number;
  readonly otherFear: number;
  readonly myFunds: number;
  readonly spoilerFunds: number;
  readonly otherFunds: number;
  readonly approval: number;
  readonly will: number;
  readonly militancy: number;
  readonly stability: number;
  readonly refugees: number;
  readonly myUnits: number;
  readonly spoilerUnits: number;
  readonly consent: number;
  readonly sanctions: number;
  readonly fatigue: number;
  readonly deadlock: number;
  readonly delay: number;
}

function rolesIn(k: Knowledge, sel: string): RoleId[] {
  if (sel === 'all') return k.G.seats.slice();
  if (sel === 'factions') return [...k.factions];
  if (sel === 'guarantors') return [...k.guarantors];
  if (sel === 'spoilers') return [...k.spoilers];
  return [sel];
}

export function valueOfEffects(k: Knowledge, v: Values, effects: readonly Effect[]): number {
  let score = 0;
  for (const f of effects) {
    switch (f.kind) {
      case 'track':
        score += v[f.track] * f.delta;
        break;
      case 'fear':
        for (const r of rolesIn(k, f.role))
          if (k.G.roles[r]?.kind === 'faction') score += (r === k.role ? v.myFear : v.otherFear) * f.delta;
        break;
      case 'funds':
        for (const r of rolesIn(k, f.role))
          score +=
            (r === k.role ? v.myFunds : k.G.roles[r]?.kind === 'spoiler' ? v.spoilerFunds : v.otherFunds) *
            f.delta;
        break;
      case 'approval':
      case 'will':
        for (const r of rolesIn(k, f.role)) if (r === k.role) score += v[f.kind] * f.delta;
        break;
      case 'militancy':
        score += v.militancy * f.delta;
        break;
      case 'stability':
      case 'refugees':
        score += v[f.kind] * f.delta;
        break;
      case 'units':
        for (const r of rolesIn(k, f.role))
          score +=
            (r === k.role ? v.myUnits : k.G.roles[r]?.kind === 'spoiler' ? v.spoilerUnits : 0) * f.delta;
        break;
      case 'consent':
        score += v.consent * (f.grant ? 1 : -1);
        break;
      case 'sanctionNeighbour':
        score += v.sanctions * f.rounds;
        break;
      case 'modifier':
        score +=
          f.modifier === 'donorFatigue' ? v.fatigue : f.modifier === 'councilDeadlock' ? v.deadlock : v.delay;
        break;
    }
  }
  return score;
}

/** The crisis option this role values most, with its score (ties: the first listed). */
export function bestOption(
  k: Knowledge,
  v: Values,
): { id: string; label: string; score: number; runnerUp: number } | null {
  const card = k.s.events.find((c) => c.id === k.G.crisis?.card);
  if (!card?.choice) return null;
  type Best = { id: string; label: string; score: number; runnerUp: number };
  let best: Best | null = null as Best | null;
  for (const o of card.choice.options) {
    const sc = valueOfEffects(k, v, o.effects);
    const prev: Best | null = best;
    if (prev === null || sc > prev.score)
      best = { id: o.id, label: o.label, score: sc, runnerUp: prev ? prev.score : -1e9 };
    else if (sc > prev.runnerUp) prev.runnerUp = sc;
  }
  return best;
}

// ── Offers and promises ─────────────────────────────────────────────────────────────────────────

export function fundsIn(terms: readonly OfferTerm[]): number {
  let n = 0;
  for (const t of terms) if (t.kind === 'funds' || t.kind === 'inducement') n += t.amount ?? 0;
  return n;
}

export function promisesNoAttack(terms: readonly OfferTerm[]): boolean {
  return terms.some((t) => t.kind === 'noAttack');
}

/** Seats this role promised, in a deal struck this round, not to attack. */
export function promisedNotToAttack(k: Knowledge): Set<RoleId> {
  const out = new Set<RoleId>();
  for (const o of k.G.offers) {
    if (o.round !== k.G.round || o.status !== 'accepted') continue;
    if (o.from === k.role && promisesNoAttack(o.give)) out.add(o.to);
    if (o.to === k.role && promisesNoAttack(o.ask)) out.add(o.from);
  }
  return out;
}

/** Offers this role already made this round (so it makes each kind of offer at most once a round). */
export function offeredThisRound(k: Knowledge, to: RoleId, isPrivate: boolean): boolean {
  return k.G.offers.some(
    (o) => o.round === k.G.round && o.from === k.role && o.to === to && o.private === isPrivate,
  );
}

export function openOffersToMe(k: Knowledge): Offer[] {
  return k.G.offers.filter((o) => o.to === k.role && o.status === 'open');
}

// Per-seat views: what a seat, a spectator or the facilitator may see of the state.
import { monitored, roleOf } from './legal.ts';
import type { GameState, PrivateRoleState, PublicRoleState, RegionState, RoleId } from './types.ts';

const HIDDEN: PrivateRoleState = {
  agenda: '',
  caches: {},
  spoilerType: null,
  orders: [],
  lastOrders: [],
  induced: 0,
  smuggled: 0,
};

/** The state as seen by one seat (or by a spectator when playerID is null). The facilitator uses the full state. */
export function viewFor(G: GameState, playerID: string | null | undefined): GameState {
  if (G.result) return G; // the debrief reveals everything
  const me: RoleId | null = roleOf(G, playerID);
  return {
    ...G,
    regions: seen(G.regions, me, regionsFor),
    roles: seen(G.roles, me, rolesFor),
    secret: seen(G.secret, me, (secret) => secretFor(secret, G.seats, me), G.seats),
    deck: [],
    offers: seen(G.offers, me, (offers) => offers.filter((o) => !o.private || o.from === me || o.to === me)),
    history: visibleLog(G.history, me),
    ledger: visibleLog(G.ledger, me),
  };
}

type Visible = { readonly visibleTo?: readonly RoleId[] | undefined };

const visibleTo = (e: Visible, me: RoleId | null) =>
  !e.visibleTo || (me !== null && e.visibleTo.includes(me));

function secretFor(
  secret: GameState['secret'],
  seats: readonly RoleId[],
  me: RoleId | null,
): Record<RoleId, PrivateRoleState> {
  const out: Record<RoleId, PrivateRoleState> = {};
  for (const r of seats) out[r] = r === me ? secret[r]! : HIDDEN;
  return out;
}

function regionsFor(regions: readonly RegionState[], me: RoleId | null): RegionState[] {
  return regions.map((r) => seen(r, me, regionFor));
}

// Without monitors, nobody can tell how many of another side's fighters are really cantoned or
// disarmed (Walter's commitment problem): the view shows only their total.
function regionFor(r: RegionState, me: RoleId | null): RegionState {
  if (monitored(r)) return r;
  const units = { ...r.units };
  const unverified: RoleId[] = [];
  for (const [role, u] of Object.entries(r.units)) {
    if (role === me) continue;
    units[role] = { active: u.active + u.cantoned + u.disarmed, cantoned: 0, disarmed: 0 };
    unverified.push(role);
  }
  return { ...r, units, unverified };
}

// The spoiler's militancy would give its hidden type away: others see it only through its actions.
function rolesFor(roles: GameState['roles'], me: RoleId | null): Record<RoleId, PublicRoleState> {
  const out: Record<RoleId, PublicRoleState> = {};
  for (const [id, r] of Object.entries(roles))
    out[id] = r.kind === 'spoiler' && id !== me ? { ...r, militancy: -1 } : r;
  return out;
}

/**
 * One seat's view of a part of the state, made once per frozen part. The rules change the state only
 * through immer, which freezes what it produces and gives every changed part a new object: a frozen
 * part never changes, so its view can be kept (weakly, dropped with the part) and handed out again.
 * A seat's view of an unchanged part is then the very same object move after move, so the server's
 * per-seat diff (server/delta.ts) skips it at once. A part that is not frozen (a state just parsed, a
 * test's hand-made one) is viewed afresh every time. `with_` is another object the view depends on
 * (the seats, for the secrets): a different one makes the view again.
 */
function seen<S extends object, V>(
  source: S,
  me: RoleId | null,
  make: (source: S, me: RoleId | null) => V,
  with_?: object,
): V {
  if (!Object.isFrozen(source) || (with_ !== undefined && !Object.isFrozen(with_))) return make(source, me);
  let bySeat = views.get(source);
  if (!bySeat) {
    bySeat = new Map();
    views.set(source, bySeat);
  }
  const hit = bySeat.get(me);
  if (hit && hit.with_ === with_) return hit.view as V;
  // Frozen like its source, so that no caller can change what the next caller is handed.
  const view = freeze(make(source, me));
  bySeat.set(me, { view, with_ });
  return view;
}

const views = new WeakMap<object, Map<RoleId | null, { view: unknown; with_: object | undefined }>>();

/**
 * The entries of a history or ledger a seat may read. These only grow, one move's entries appended
 * to the frozen ones before: the seat's view of the array it grew from is kept, and extended by the
 * new entries it may read (the same view again if there are none). Found through the first entry,
 * which a game keeps to its end.
 */
function visibleLog<E extends Visible>(log: readonly E[], me: RoleId | null): readonly E[] {
  const first = log[0];
  if (first === undefined || !Object.isFrozen(log)) return log.filter((e) => visibleTo(e, me));
  let bySeat = logViews.get(first);
  if (!bySeat) {
    bySeat = new Map();
    logViews.set(first, bySeat);
  }
  const kept = bySeat.get(me) as { source: readonly E[]; view: readonly E[] } | undefined;
  let view: readonly E[];
  if (kept && kept.source === log) return kept.view;
  if (kept && grewFrom(kept.source, log)) {
    const added = log.slice(kept.source.length).filter((e) => visibleTo(e, me));
    view = added.length === 0 ? kept.view : Object.freeze(kept.view.concat(added));
  } else {
    view = Object.freeze(log.filter((e) => visibleTo(e, me)));
  }
  bySeat.set(me, { source: log, view });
  return view;
}

const logViews = new WeakMap<
  object,
  Map<RoleId | null, { source: readonly unknown[]; view: readonly unknown[] }>
>();

/** `next` is `prev` with entries added at the end (the same objects before them). */
function grewFrom(prev: readonly unknown[], next: readonly unknown[]): boolean {
  if (next.length < prev.length) return false;
  for (let i = 0; i < prev.length; i++) if (prev[i] !== next[i]) return false;
  return true;
}

/** Freezes a view's new objects; what it shares with the state is frozen already (and stops the walk). */
function freeze<V>(v: V): V {
  if (typeof v !== 'object' || v === null || Object.isFrozen(v)) return v;
  Object.freeze(v);
  for (const child of Object.values(v)) freeze(child);
  return v;
}

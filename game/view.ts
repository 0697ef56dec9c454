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
  const secret: Record<RoleId, PrivateRoleState> = {};
  for (const r of G.seats) secret[r] = r === me ? G.secret[r]! : HIDDEN;
  // Without monitors, nobody can tell how many of another side's fighters are really cantoned or
  // disarmed (Walter's commitment problem): the view shows only their total.
  const regions: RegionState[] = G.regions.map((r) => {
    if (monitored(r)) return r;
    const units = { ...r.units };
    const unverified: RoleId[] = [];
    for (const [role, u] of Object.entries(r.units)) {
      if (role === me) continue;
      units[role] = { active: u.active + u.cantoned + u.disarmed, cantoned: 0, disarmed: 0 };
      unverified.push(role);
    }
    return { ...r, units, unverified };
  });
  // The spoiler's militancy would give its hidden type away: others see it only through its actions.
  const roles: Record<RoleId, PublicRoleState> = {};
  for (const [id, r] of Object.entries(G.roles))
    roles[id] = r.kind === 'spoiler' && id !== me ? { ...r, militancy: -1 } : r;
  return {
    ...G,
    regions,
    roles,
    secret,
    deck: [],
    offers: G.offers.filter((o) => !o.private || o.from === me || o.to === me),
    history: G.history.filter((h) => !h.visibleTo || (me !== null && h.visibleTo.includes(me))),
    ledger: G.ledger.filter((e) => !e.visibleTo || (me !== null && e.visibleTo.includes(me))),
  };
}

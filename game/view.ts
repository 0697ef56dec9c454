// Per-seat views: what a seat, a spectator or the facilitator may see of the state.
import { roleOf } from './legal.ts';
import type { GameState, PrivateRoleState, RoleId } from './types.ts';

const HIDDEN: PrivateRoleState = {
  agenda: '',
  caches: {},
  spoilerType: null,
  orders: [],
  lastOrders: [],
  induced: 0,
};

/** The state as seen by one seat (or by a spectator when playerID is null). The facilitator uses the full state. */
export function viewFor(G: GameState, playerID: string | null | undefined): GameState {
  if (G.result) return G; // the debrief reveals everything
  const me: RoleId | null = roleOf(G, playerID);
  const secret: Record<RoleId, PrivateRoleState> = {};
  for (const r of G.seats) secret[r] = r === me ? G.secret[r]! : HIDDEN;
  return {
    ...G,
    secret,
    deck: [],
    offers: G.offers.filter((o) => !o.private || o.from === me || o.to === me),
    history: G.history.filter((h) => !h.visibleTo || (me !== null && h.visibleTo.includes(me))),
  };
}

// No view leaks another seat's secrets: agendas, caches, the spoiler's type, queued and last orders, private
// offers and notes, the deck order; not through playerView, and not through boardgame.io's move log.
import type { Ctx } from 'boardgame.io';
import { Client } from 'boardgame.io/client';
import { Local } from 'boardgame.io/multiplayer';
import { describe, expect, it } from 'vitest';
import { Ceasefire } from '../../game/index.ts';
import { legalMoves } from '../../game/legal.ts';
import type { GameState, RoleId } from '../../game/types.ts';
import { viewFor } from '../../game/view.ts';
import {
  byKind,
  drive,
  GOV,
  HIDDEN_SECRET,
  Match,
  MOV,
  patient,
  QUIET_CARD,
  SEATS,
  SPO,
  seeded,
  Table,
  uniform,
} from './helpers.ts';

const VIEWERS: readonly (string | null)[] = [...SEATS, null];
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

interface Coverage {
  states: number;
  othersOrders: number;
  othersLastOrders: number;
  privateOffers: number;
  privateNotes: number;
  hiddenCaches: number;
  ended: number;
}

/** Every problem with one viewer's view of a state (empty when it leaks nothing and hides nothing of its own). */
function leaks(G: GameState, ctx: Ctx, pid: string | null): string[] {
  const view = Ceasefire.playerView!({ G, ctx, playerID: pid }) as GameState;
  const me: RoleId | null = pid === null ? null : G.seats[Number(pid)]!;
  const out: string[] = [];
  if (G.result) {
    if (!same(view, G)) out.push('after the end the view must be the whole state');
    return out;
  }
  for (const r of G.seats) {
    const want = r === me ? G.secret[r] : HIDDEN_SECRET;
    if (!same(view.secret[r], want)) out.push(`secret of ${r}: ${JSON.stringify(view.secret[r])}`);
  }
  if (view.deck.length > 0) out.push('deck order visible');
  for (const o of view.offers)
    if (o.private && o.from !== me && o.to !== me) out.push(`private offer #${o.id} ${o.from}->${o.to}`);
  const wantOffers = G.offers.filter((o) => !o.private || o.from === me || o.to === me);
  if (!same(view.offers, wantOffers)) out.push('offers the viewer may see are missing');
  for (const h of view.history)
    if (h.visibleTo && (me === null || !h.visibleTo.includes(me))) out.push(`private note: ${h.text}`);
  const wantHistory = G.history.filter((h) => !h.visibleTo || (me !== null && h.visibleTo.includes(me)));
  if (view.history.length !== wantHistory.length) out.push('history entries the viewer may see are missing');
  // Belt and braces: another seat's agenda id appears nowhere in the serialized view.
  const json = JSON.stringify(view);
  for (const r of G.seats)
    if (r !== me && json.includes(`"${G.secret[r]!.agenda}"`)) out.push(`agenda of ${r} in the view`);
  // Unmonitored regions show other sides' fighters only as a total; the spoiler's militancy is hidden.
  for (const [i, r] of view.regions.entries()) {
    const full = G.regions[i]!;
    const watched = [...Object.values(full.monitors), ...Object.values(full.peacekeepers)].some((n) => n > 0);
    for (const [role, u] of Object.entries(r.units)) {
      const f = full.units[role]!;
      const masked = !watched && role !== me;
      const want = masked ? { active: f.active + f.cantoned + f.disarmed, cantoned: 0, disarmed: 0 } : f;
      if (!same(u, want)) out.push(`units of ${role} in ${r.id} ${masked ? 'not masked' : 'wrongly masked'}`);
    }
  }
  for (const [id, r] of Object.entries(view.roles)) {
    const full = G.roles[id]!;
    if (r.kind === 'spoiler' && id !== me && r.militancy !== -1) out.push('spoiler militancy visible');
    if (!same({ ...r, militancy: 0 }, { ...full, militancy: 0 })) out.push(`public role ${id} differs`);
  }
  // Everything else public is untouched.
  for (const k of ['tracks', 'pledges', 'round', 'crisis', 'discard', 'snapshots'] as const)
    if (!same(view[k], G[k])) out.push(`public field ${k} differs`);
  return out;
}

function record(c: Coverage, G: GameState): void {
  c.states++;
  if (G.result) c.ended++;
  for (const r of G.seats) {
    if (G.secret[r]!.orders.length > 0) c.othersOrders++;
    if (G.secret[r]!.lastOrders.length > 0) c.othersLastOrders++;
    if (Object.values(G.secret[r]!.caches).some((n) => n > 0)) c.hiddenCaches++;
  }
  if (G.offers.some((o) => o.private)) c.privateOffers++;
  if (G.history.some((h) => h.visibleTo)) c.privateNotes++;
}

describe('per-seat views along random games', () => {
  it('no seat and no spectator sees another seat’s secrets, legal moves need none; after the end all is revealed', () => {
    const c: Coverage = {
      states: 0,
      othersOrders: 0,
      othersLastOrders: 0,
      privateOffers: 0,
      privateNotes: 0,
      hiddenCaches: 0,
      ended: 0,
    };
    const problems: string[] = [];
    for (let i = 0; i < 20; i++) {
      const seed = `views-${i}`;
      const m = new Match({ seed });
      const policy = i % 4 === 3 ? patient(uniform()) : patient(byKind());
      drive(m, policy, seeded(seed), {
        onState: ({ G, ctx }) => {
          record(c, G);
          for (const pid of VIEWERS)
            for (const p of leaks(G, ctx, pid))
              if (problems.length < 20) problems.push(`${seed} r${G.round} ${ctx.phase} seat ${pid}: ${p}`);
          // Bots see only their view: what is legal must not depend on the secrets the view hides.
          for (const pid of SEATS) {
            const fromView = legalMoves(Ceasefire.playerView!({ G, ctx, playerID: pid }), ctx, pid);
            if (!same(fromView, legalMoves(G, ctx, pid)) && problems.length < 20)
              problems.push(`${seed} r${G.round} ${ctx.phase} seat ${pid}: legal moves differ on the view`);
          }
        },
      });
      // The debrief: the result reveals every secret.
      const G = m.G;
      expect(G.result).not.toBeNull();
      expect(G.result!.revealed).toEqual(G.secret);
      for (const pid of VIEWERS) expect(m.viewAs(pid).result!.revealed).toEqual(G.secret);
    }
    expect(problems).toEqual([]);
    // The check was not vacuous: the games produced every kind of secret.
    expect(c.othersOrders).toBeGreaterThan(0);
    expect(c.othersLastOrders).toBeGreaterThan(0);
    expect(c.privateOffers).toBeGreaterThan(0);
    expect(c.privateNotes).toBeGreaterThan(0);
    expect(c.hiddenCaches).toBeGreaterThan(0);
    expect(c.ended).toBe(20);
  }, 120_000);
});

describe('the Client applies the view', () => {
  it('client.getState() for a seat is exactly viewFor that seat', () => {
    const t = new Table({ deck: [QUIET_CARD], setupData: { spoilerType: 'total' } });
    t.readyAll();
    t.ok(GOV, 'addOrder', { type: 'cache', region: 'south' });
    for (const pid of VIEWERS) expect(t.viewAs(pid)).toEqual(viewFor(t.G, pid));
    expect(t.viewAs(SPO).secret.spoiler!.spoilerType).toBe('total');
    expect(t.viewAs(MOV).secret.spoiler!.spoilerType).toBeNull();
    expect(t.viewAs(MOV).secret.government!.orders).toEqual([]);
    expect(t.viewAs(GOV).secret.government!.orders).toEqual([{ type: 'cache', region: 'south' }]);
  });
});

describe('boardgame.io’s move log (multiplayer)', () => {
  const settle = () => new Promise((r) => setTimeout(r, 0));

  it('does not carry secret move arguments (orders, private offers) to the other seats', async () => {
    const game = {
      ...Ceasefire,
      seed: 'log',
      setup: (ctx: never) => {
        const G = Ceasefire.setup!(ctx, {}) as unknown as { deck: string[] };
        G.deck.unshift(QUIET_CARD);
        return G;
      },
    };
    const multiplayer = Local();
    type C = {
      start(): void;
      stop(): void;
      moves: Record<string, (...a: unknown[]) => void>;
      log: Array<{ action: { payload: { type: string; args: unknown; playerID: string } } }>;
      getState(): { G: GameState; ctx: Ctx } | null;
    };
    const clients = SEATS.map((playerID) => {
      const c = Client({
        game,
        numPlayers: 5,
        multiplayer,
        playerID,
        matchID: 'leak',
      } as never) as unknown as C;
      c.start();
      return c;
    });
    await settle();
    expect(clients[0]!.getState()!.ctx.phase).toBe('negotiation');
    const secretOffer = {
      to: 'spoiler',
      private: true,
      give: [{ kind: 'funds', amount: 1 }],
      ask: [{ kind: 'text', text: 'the secret handshake' }],
    };
    clients[0]!.moves.makeOffer!(secretOffer);
    await settle();
    for (const c of clients) c.moves.ready!();
    await settle();
    expect(clients[0]!.getState()!.ctx.phase).toBe('orders');
    const order = { type: 'cache', region: 'highlands' };
    clients[1]!.moves.addOrder!(order);
    await settle();

    const argsOf = (c: C, type: string) =>
      c.log.filter((e) => e.action.payload.type === type).map((e) => e.action.payload.args);
    expect(argsOf(clients[0]!, 'makeOffer')).toEqual([[secretOffer]]);
    expect(argsOf(clients[1]!, 'addOrder')).toEqual([[order]]);
    for (const pid of [MOV, '2', '3', '4'])
      expect(argsOf(clients[Number(pid)]!, 'makeOffer')).toEqual([null]);
    for (const pid of [GOV, '2', '3', '4']) expect(argsOf(clients[Number(pid)]!, 'addOrder')).toEqual([null]);
    for (const pid of [GOV, '2', '3', '4']) {
      const c = clients[Number(pid)]!;
      expect(JSON.stringify(c.log)).not.toContain('highlands');
      expect(JSON.stringify(c.getState()!.G.secret.movement)).toBe(JSON.stringify(HIDDEN_SECRET));
    }
    expect(JSON.stringify(clients[1]!.log)).not.toContain('secret handshake');
    expect(JSON.stringify(clients[1]!.getState()!.G.offers)).toBe('[]');
    for (const c of clients) c.stop();
  });
});

// Bots for every seat: `decide` picks one of the seat's legal moves from what that seat may see.
//
//   decide(view, ctx, playerID, { policy, seed, rand, personality }) -> { move, args, reason } | null
//
// - view: the seat's player view, viewFor(G, playerID) (never the full state).
// - ctx: boardgame.io's ctx (only phase and activePlayers are read).
// - null: the seat has nothing to do now (not active, or ready and nobody is waiting on it).
// - The decision is always one of legalMoves(view, ctx, playerID) and carries a plain-language reason.
// - Deterministic: the same view and options give the same decision.
//
// Each role kind has a readable flowchart (faction.ts, spoiler.ts, guarantor.ts); a scenario's extra
// roles are played by the chart of their kind. Policies are described in types.ts.
import type { Ctx } from 'boardgame.io';
import type { GameState } from '../types.ts';
import { bestOption, Legal, nextOrder, Plan, type Planned, pick, type Values } from './common.ts';
import { factionCrisis, factionNegotiate, planFaction } from './faction.ts';
import { guarantorCrisis, guarantorNegotiate, guarantorReview, planGuarantor } from './guarantor.ts';
import { hardDecide } from './hard.ts';
import { type Knowledge, know } from './knowledge.ts';
import { hashSeed, mulberry32 } from './rng.ts';
import { planSpoiler, spoilerCrisis, spoilerNegotiate } from './spoiler.ts';
import { type BotOptions, type Decision, POLICIES, type PolicyName } from './types.ts';

export type { BotOptions, Decision, Personality, PolicyName } from './types.ts';
export { PERSONALITIES, POLICIES } from './types.ts';

/** Accepts the policy names and the server's difficulty names; anything unknown plays normal. */
export function policyOf(name: string | undefined): PolicyName {
  return POLICIES.includes(name as PolicyName) ? (name as PolicyName) : 'normal';
}

/** The bot's decision for this seat now, or null if it has nothing to do. */
export function decide(view: GameState, ctx: Ctx, playerID: string, opts: BotOptions = {}): Decision | null {
  const legal = new Legal(view, ctx, playerID);
  // In the orders phase the seat can act exactly when it may still send its orders (see Legal).
  if (ctx.phase === 'orders' ? !legal.check('submitOrders', []) : legal.moves.length === 0) return null;
  const policy = policyOf(opts.policy);
  if (policy === 'random') return randomMove(view, ctx, playerID, legal, opts);
  const known = know(view, ctx, playerID, policy, opts.seed, opts.personality);
  if (!known) return null;
  // A hard guarantor leans to coercion by default (its chart's coercive stance): against spoilers
  // and spoils, coercion works better than confidence-building alone (Stedman, Rothchild & Cousens),
  // as the benchmark confirms; its search still weighs the other stances every round.
  const k: Knowledge =
    policy === 'hard' && known.me.kind === 'guarantor' && !opts.personality
      ? { ...known, persona: 'hawkish' }
      : known;
  if (policy === 'passive') return passive(k, legal);
  if (policy === 'hard') {
    const d = hardDecide(k, legal, opts, flowchart, planOrders, decide);
    if (d) return d;
  }
  return flowchart(k, legal);
}

/** The role's flowchart (easy and normal; hard falls back to it). */
export function flowchart(k: Knowledge, legal: Legal): Decision | null {
  const kind = k.me.kind;
  switch (k.ctx.phase) {
    case 'crisis': {
      const d =
        kind === 'faction'
          ? factionCrisis(k, legal)
          : kind === 'spoiler'
            ? spoilerCrisis(k, legal)
            : guarantorCrisis(k, legal);
      const first = legal.find('chooseCrisis');
      return d ?? (first ? pick(first, 'The first option on the card.') : null);
    }
    case 'negotiation':
      return kind === 'faction'
        ? factionNegotiate(k, legal)
        : kind === 'spoiler'
          ? spoilerNegotiate(k, legal)
          : guarantorNegotiate(k, legal);
    case 'orders': {
      const items = cachedPlan(k);
      const summary = items.length
        ? `Orders sent: ${items.length} order(s) this round.`
        : 'Nothing worth ordering this round: hold.';
      return nextOrder(k, legal, items, summary);
    }
    case 'review': {
      if (kind === 'guarantor') return guarantorReview(k, legal);
      if (k.me.ready) return null;
      const ready = legal.find('ready');
      return ready ? pick(ready, 'Ready for the next round.') : null;
    }
  }
  return null;
}

/**
 * The round's plan depends only on what the seat sees apart from its own queue, which does not change
 * while it queues its orders: it is computed once per round and reused for the next decisions (the
 * key also digests the state, so another game or a sampled future never reuses it by mistake).
 */
const plans = new Map<string, readonly Planned[]>();
function cachedPlan(k: Knowledge): readonly Planned[] {
  const { G } = k;
  let units = 0;
  G.regions.forEach((r, i) => {
    for (const u of Object.values(r.units)) units += (u.active + 7 * u.cantoned + 13 * u.disarmed) * (i + 3);
  });
  const t = G.tracks;
  const key = `${k.key}|${G.scenario}|${k.role}|${k.level}|${k.persona}|${G.round}|${G.history.length}|${k.me.funds}|${t.tension},${t.ddr},${t.election},${t.reconstruction},${t.expectations},${t.reform}|${units}|${G.pledges.length}|${G.offers.length}`;
  const hit = plans.get(key);
  if (hit) return hit;
  const items = planOrders(k).items;
  if (plans.size > 2000) plans.clear();
  plans.set(key, items);
  return items;
}

/** This round's orders by the role's flowchart. */
export function planOrders(k: Knowledge): Plan {
  const P = new Plan(k);
  if (k.me.kind === 'faction') planFaction(k, P);
  else if (k.me.kind === 'spoiler') planSpoiler(k, P);
  else planGuarantor(k, P);
  return P;
}

// ── random and passive ──────────────────────────────────────────────────────────────────────────

const UNDO: ReadonlySet<string> = new Set(['removeOrder', 'withdrawOffer', 'withdrawPledge']);

function randomMove(view: GameState, ctx: Ctx, playerID: string, legal: Legal, opts: BotOptions): Decision {
  const me = view.roles[view.seats[Number(playerID)] ?? '']!;
  const rand =
    opts.rand ??
    mulberry32(
      hashSeed(
        `${opts.seed ?? view.discard[0] ?? ''}|${playerID}|${view.round}|${ctx.phase}|${view.history.length}|${view.offers.length}|${view.secret[view.seats[Number(playerID)]!]?.orders.length ?? 0}`,
      ),
    );
  // Any legal move except undoing its own (removing an order, withdrawing an offer or a pledge), and a
  // quarter of the time the one that ends its part of the phase: so every game ends.
  const progress = legal.moves.find((m) => m.move === 'ready' || m.move === 'submitOrders');
  if (progress && (rand() < 0.25 || me?.ready)) return pick(progress, 'Random bot: moving on.');
  const forward = legal.moves.filter((m) => !UNDO.has(m.move));
  const pool = forward.length > 0 ? forward : legal.moves;
  const m = pool[Math.floor(rand() * pool.length)]!;
  return pick(m, 'Random bot: a legal move at random.');
}

const OWN_COSTS: Values = {
  tension: 0,
  election: 0,
  ddr: 0,
  reform: 0,
  reconstruction: 0,
  expectations: 0,
  myFear: -0.5,
  otherFear: 0,
  myFunds: 1,
  spoilerFunds: 0,
  otherFunds: 0,
  approval: 1,
  will: 0.5,
  militancy: 0,
  stability: 0,
  refugees: 0,
  myUnits: 0,
  spoilerUnits: 0,
  consent: 0,
  sanctions: 0,
  fatigue: 0,
  deadlock: 0,
  delay: 0,
};

/** Only what the rules force: choose a crisis option (the cheapest for itself), answer its own
 * triggered pledges (it breaks them: honouring costs), mark itself ready, send empty orders. */
function passive(k: Knowledge, legal: Legal): Decision | null {
  switch (k.ctx.phase) {
    case 'crisis': {
      const best = bestOption(k, OWN_COSTS);
      const m = (best && legal.find('chooseCrisis', (a) => a[0] === best.id)) ?? legal.find('chooseCrisis');
      return m ? pick(m, 'Passive bot: the option that costs us least.') : null;
    }
    case 'orders': {
      const m = legal.find('submitOrders');
      return m ? pick(m, 'Passive bot: no orders (hold).') : null;
    }
    default: {
      const owed = legal.find('answerPledge', (a) => a[1] === false);
      if (owed) return pick(owed, 'Passive bot: it does not act on its pledges.');
      if (k.me.ready) return null;
      const m = legal.find('ready');
      return m ? pick(m, 'Passive bot: ready.') : null;
    }
  }
}

// ── For server/bots.ts ──────────────────────────────────────────────────────────────────────────

/**
 * The server's BotPolicy shape: `({ G, ctx, playerID, difficulty, random }) => { move, args } | null`.
 * `difficulty` is the policy name; `seed` (e.g. the match id) keeps a seat's choices stable. The
 * reason travels as a trailing `{ reason }` argument, which the game writes to the seat's history
 * (omitted for the routine ready/send-orders moves).
 */
export function serverPolicy(input: {
  readonly G: GameState;
  readonly ctx: Ctx;
  readonly playerID: string;
  readonly difficulty?: string;
  readonly random?: () => number;
  readonly seed?: string;
}): { move: string; args: unknown[] } | null {
  const opts: BotOptions = {
    policy: policyOf(input.difficulty),
    ...(input.random ? { rand: input.random } : {}),
    ...(input.seed !== undefined ? { seed: input.seed } : {}),
  };
  const d = decide(input.G, input.ctx, input.playerID, opts);
  return d ? { move: d.move, args: withReason(d) } : null;
}

/** The move's arguments with the reason appended (for moves worth explaining in the history). */
export function withReason(d: Decision): unknown[] {
  return d.move === 'ready' || d.move === 'submitOrders' ? [...d.args] : [...d.args, { reason: d.reason }];
}

// The Ceasefire game for boardgame.io: phases of a round, moves (each validated by checkMove), views and enumerate.
import type { Ctx, Game, Move } from 'boardgame.io';
import { ActivePlayers, INVALID_MOVE, Stage } from 'boardgame.io/core';
import { pledgeReserve, pledgeWeight } from './credibility.ts';
import { applyEffects, selectRoles } from './effects.ts';
import { checkTension, collapse } from './end.ts';
import { checkMove, legalMoves, type OfferInput, type PledgeInput, pledgeCost, roleOf } from './legal.ts';
import { answerPledge, custodian, endPledge, resolveRound } from './resolve.ts';
import { getScenario, otherFaction, rolesOfKind } from './scenario.ts';
import { finalResult } from './scoring.ts';
import { initialState, type SetupData, shuffle } from './setup.ts';
import { snapshotOf } from './snapshot.ts';
import {
  addFear,
  addFunds,
  addStat,
  type DraftState,
  ledgerPhase,
  log,
  type Rng,
  regionName,
  roleName,
} from './state.ts';
import type { GameState, Offer, OfferTerm, Order, PhaseName, RoleId } from './types.ts';
import { parseVariables } from './variables.ts';
import { viewFor } from './view.ts';
import { fightWar } from './war.ts';

export { credibility, pledgeWeight } from './credibility.ts';
export type { MoveError, MoveErrorCode } from './errors.ts';
export { type ForecastLine, forecastOrder } from './forecast.ts';
export { checkMove, checkOrder, type LegalMove, legalMoves, legalOrders } from './legal.ts';
export { DEFAULT_SCENARIO, getScenario, scenarioIds } from './scenario.ts';
export type { SetupData } from './setup.ts';
export type * from './types.ts';
export { viewFor } from './view.ts';

interface RandomAPI {
  Number(): number;
}
const rngOf = (random: RandomAPI): Rng => ({ next: () => random.Number() });

type MoveArgs = {
  G: GameState;
  ctx: Ctx;
  playerID: string;
  random: RandomAPI;
  events: { endGame?: () => void };
};

/**
 * Moves whose arguments are secret (queued orders, private offers): boardgame.io strips their args from the
 * log it sends to the other seats (otherwise every client receives e.g. addOrder's order in the log).
 */
const REDACTED: ReadonlySet<string> = new Set([
  'addOrder',
  'removeOrder',
  'makeOffer',
  'answerOffer',
  'withdrawOffer',
]);

/**
 * A move may end with an optional note `{ reason: string }` (bots explain themselves this way): it is
 * taken off the arguments and written to the history, visible to the seat alone for secret moves
 * (orders), to both sides of a private offer, to everyone otherwise, and to all in the debrief.
 */
function splitReason(args: unknown[]): { args: unknown[]; reason: string | null } {
  const last = args[args.length - 1];
  if (
    args.length > 0 &&
    typeof last === 'object' &&
    last !== null &&
    !Array.isArray(last) &&
    Object.keys(last).length === 1 &&
    typeof (last as { reason?: unknown }).reason === 'string'
  )
    return { args: args.slice(0, -1), reason: (last as { reason: string }).reason.slice(0, 300) };
  return { args, reason: null };
}

function logReason(
  G: DraftState,
  ctx: Ctx,
  role: RoleId,
  name: string,
  args: unknown[],
  reason: string,
): void {
  const s = getScenario(G.scenario);
  let visibleTo: RoleId[] | undefined;
  if (name === 'addOrder' || name === 'removeOrder' || name === 'submitOrders') visibleTo = [role];
  else if (name === 'makeOffer' && (args[0] as OfferInput).private)
    visibleTo = [role, (args[0] as OfferInput).to];
  else if (name === 'answerOffer' || name === 'withdrawOffer') {
    const o = G.offers.find((x) => x.id === args[0]);
    if (o?.private) visibleTo = [o.from, o.to];
  }
  log(G, (ctx.phase as PhaseName | null) ?? 'review', `Round ${G.round}, ${roleName(s, role)}: ${reason}`, {
    step: 'reason',
    ...(visibleTo ? { visibleTo } : {}),
  });
}

/** Wrap a move: refuse it with INVALID_MOVE unless checkMove allows it; the body gets a writable draft. */
function move(
  name: string,
  body: (G: DraftState, role: RoleId, a: MoveArgs, ...args: never[]) => void,
): Move<GameState> {
  return {
    client: false,
    redact: REDACTED.has(name),
    move: (a: unknown, ...raw: unknown[]) => {
      const m = a as MoveArgs;
      const { args, reason } = splitReason(raw);
      if (checkMove(m.G, m.ctx, m.playerID, name, args) !== null) return INVALID_MOVE;
      ledgerPhase((m.ctx.phase as PhaseName | null) ?? 'review');
      const role = roleOf(m.G, m.playerID)!;
      body(m.G as DraftState, role, m, ...(args as never[]));
      if (reason) logReason(m.G as DraftState, m.ctx, role, name, args, reason);
    },
  };
}

function allSeats<T>(G: GameState, f: (role: RoleId) => T): T[] {
  return G.seats.map(f);
}

function fundsOf(terms: readonly OfferTerm[]): number {
  return terms
    .filter((t) => t.kind === 'funds' || t.kind === 'inducement')
    .reduce((n, t) => n + (t.amount ?? 0), 0);
}

function describeTerms(G: GameState, terms: readonly OfferTerm[]): string {
  const s = getScenario(G.scenario);
  if (terms.length === 0) return 'nothing';
  return terms
    .map((t) => {
      const where = t.region && t.region !== 'any' ? ` in the ${regionName(s, t.region)}` : '';
      switch (t.kind) {
        case 'funds':
          return `${t.amount} funds`;
        case 'inducement':
          return `an inducement of ${t.amount}`;
        case 'canton':
          return `cantoning ${t.amount ?? 1} fighter(s)${where}`;
        case 'consent':
          return `consent to a mission${where}`;
        case 'noAttack':
          return `no attacks${where}`;
        case 'text':
          return `"${t.text ?? ''}"`;
      }
      return t.kind;
    })
    .join(', ');
}

const moves = {
  chooseCrisis: move('chooseCrisis', (G, role, a, option: string) => {
    const s = getScenario(G.scenario);
    const card = s.events.find((c) => c.id === G.crisis!.card)!;
    const opt = card.choice!.options.find((o) => o.id === option)!;
    G.crisis!.choice = option;
    const notes = applyEffects(
      G,
      s,
      opt.effects,
      rngOf(a.random),
      `${card.title}: ${roleName(s, role)} chose "${opt.label}"`,
    );
    log(
      G,
      'crisis',
      `Round ${G.round}: the ${roleName(s, role)} chose "${opt.label}" (${notes.join('; ')}).`,
    );
    checkTension(G);
  }),
  ready: move('ready', (G, role) => {
    G.roles[role]!.ready = true;
  }),
  resumeWar: move('resumeWar', (G, role, a) => {
    const s = getScenario(G.scenario);
    // The forces decide who wins the war it restarts (Doyle & Sambanis: war recurs when its expected
    // utility beats peace); guarantor force pledged to the other side fights too.
    const war = fightWar(G, s, role, rngOf(a.random));
    const other = roleName(s, war.opponent);
    collapse(
      G,
      `Round ${G.round}: the ${roleName(s, role)} resumed the war (its forces ${war.strength} against ${war.opposing}${war.intervention ? ` and guarantor forces ${war.intervention}` : ''}) and ${war.resumerWon ? `defeated the ${other}` : `was beaten back by the ${other}`}. The transition collapsed.`,
      war,
    );
  }),
  makeOffer: move('makeOffer', (G, role, _a, o: OfferInput) => {
    const s = getScenario(G.scenario);
    const offer: Offer = {
      id: G.nextId++,
      round: G.round,
      from: role,
      to: o.to,
      private: Boolean(o.private),
      give: o.give.map((t) => ({ ...t })),
      ask: o.ask.map((t) => ({ ...t })),
      status: 'open',
    };
    G.offers.push(offer as DraftState['offers'][number]);
    log(
      G,
      'negotiation',
      `Round ${G.round}: the ${roleName(s, role)} offered the ${roleName(s, o.to)} ${describeTerms(G, offer.give)} for ${describeTerms(G, offer.ask)} (offer #${offer.id}).`,
      offer.private ? { visibleTo: [role, o.to] } : {},
    );
  }),
  answerOffer: move('answerOffer', (G, role, _a, id: number, accept: boolean) => {
    const s = getScenario(G.scenario);
    const o = G.offers.find((x) => x.id === id)!;
    o.status = accept ? 'accepted' : 'refused';
    const vis = o.private ? { visibleTo: [o.from, o.to] } : {};
    if (accept) {
      const from = G.roles[o.from]!;
      const me = G.roles[role]!;
      const give = fundsOf(o.give);
      const ask = fundsOf(o.ask);
      const deal = {
        text: `side deal #${o.id} between the ${roleName(s, o.from)} and the ${roleName(s, o.to)}`,
        ...(o.private ? { visibleTo: [o.from, o.to] } : {}),
      };
      addFunds(G, o.from, ask - give, deal);
      addFunds(G, role, give - ask, deal);
      // An inducement paid to a spoiler works on it according to its hidden type (Stedman) — but only
      // one worth as much as the guarantors' own inducement order; a token sum is just money.
      const price = s.actions.find((a) => a.type === 'induce')?.cost;
      const real =
        price !== undefined && o.give.some((t) => t.kind === 'inducement' && (t.amount ?? 0) >= price);
      if (me.kind === 'spoiler' && real) custodian(G, s, role, 'induce', deal.text);
    }
    log(
      G,
      'negotiation',
      `Round ${G.round}: the ${roleName(s, role)} ${accept ? 'accepted' : 'refused'} offer #${id}${accept ? ': a side deal' : ''}.`,
      vis,
    );
  }),
  withdrawOffer: move('withdrawOffer', (G, _role, _a, id: number) => {
    G.offers.find((x) => x.id === id)!.status = 'withdrawn';
  }),
  makePledge: move('makePledge', (G, role, _a, p: PledgeInput) => {
    const s = getScenario(G.scenario);
    const g = G.roles[role]!;
    const un = Boolean(s.roles.find((r) => r.id === role)?.un);
    const impartial = p.protects === 'all' || p.unEndorsed || un;
    const id = G.nextId++;
    const endorsement = pledgeCost(G, role, p);
    if (endorsement > 0) addFunds(G, role, -endorsement, `UN endorsement of pledge #${id}`);
    // A pledge is not free talk: it sets aside forces and the funds to honour it for its term.
    const reserved = pledgeReserve(s, p.response);
    if (reserved.funds > 0) addFunds(G, role, -reserved.funds, `funds set aside to honour pledge #${id}`);
    const weight = pledgeWeight(g, p.response);
    G.pledges.push({
      id,
      round: G.round,
      guarantor: role,
      protects: p.protects,
      region: p.region,
      trigger: p.trigger,
      response: p.response,
      unEndorsed: p.unEndorsed || un,
      weight,
      reserved: { ...reserved },
      expires: G.round + s.tuning.pledges.term - 1,
      relief: 0,
      honouredTimes: 0,
      status: 'active',
      violator: null,
      triggerRegion: null,
    });
    // No Fear falls yet: a promise reassures once it has stood for a round (resolution, "tracks").
    let envy = '';
    if (G.options.securityEnvy && !impartial) {
      const other = otherFaction(s, p.protects);
      addFear(
        G,
        other,
        1,
        `security envy: ${roleName(s, role)}'s one-sided pledge #${id} to the ${roleName(s, p.protects)}`,
      );
      envy = ` The ${roleName(s, other)} sees a one-sided guarantee: its Fear rose (security envy).`;
    }
    const where = p.region === 'any' ? 'anywhere' : `in the ${regionName(s, p.region)}`;
    const whom = p.protects === 'all' ? 'either faction' : `the ${roleName(s, p.protects)}`;
    const set = [
      reserved.capability ? `${reserved.capability} capability` : '',
      reserved.funds ? `${reserved.funds} funds` : '',
    ]
      .filter(Boolean)
      .join(' and ');
    log(
      G,
      'negotiation',
      `Round ${G.round}: the ${roleName(s, role)} pledged publicly: if anyone ${p.trigger === 'attack' ? 'attacks' : 'violates the ceasefire against'} ${whom} ${where}, it will respond with ${p.response}${p.unEndorsed || un ? ' (UN-endorsed)' : ''}. Weight ${weight}; it sets aside ${set || 'nothing'} until round ${G.round + s.tuning.pledges.term - 1}.${envy}`,
    );
  }),
  renewPledge: move('renewPledge', (G, role, _a, id: number) => {
    const s = getScenario(G.scenario);
    const p = G.pledges.find((x) => x.id === id)!;
    p.expires = G.round + s.tuning.pledges.term - 1;
    log(
      G,
      'negotiation',
      `Round ${G.round}: the ${roleName(s, role)} renewed pledge #${id} until round ${p.expires}.`,
    );
  }),
  withdrawPledge: move('withdrawPledge', (G, role, _a, id: number) => {
    const s = getScenario(G.scenario);
    const p = G.pledges.find((x) => x.id === id)!;
    const why = `${roleName(s, role)} withdrew pledge #${id}`;
    addStat(G, role, 'will', -1, why);
    endPledge(G, p, 'withdrawn', 'withdrawn');
    // Those it protected lose the reassurance it gave them.
    for (const f of p.protects === 'all' ? rolesOfKind(s, 'faction') : [p.protects])
      addFear(G, f, p.relief, why);
    log(
      G,
      'negotiation',
      `Round ${G.round}: the ${roleName(s, role)} withdrew pledge #${id}. Those it protected feel exposed again.`,
    );
  }),
  announceExit: move('announceExit', (G, role, _a, round: number) => {
    const s = getScenario(G.scenario);
    const g = G.roles[role]!;
    g.exitRound = round;
    const why = `${roleName(s, role)} announced it leaves after round ${round}`;
    addStat(G, role, 'approval', 2, why);
    // An exit date tells everyone how long the promises last (seed 003: exit mechanisms).
    addStat(G, role, 'will', -2, why);
    for (const f of rolesOfKind(s, 'faction')) addFear(G, f, 1, why);
    log(
      G,
      'negotiation',
      `Round ${G.round}: the ${roleName(s, role)} announced it will leave after round ${round}. Voters at home are relieved; the factions wonder who will protect them then.`,
    );
  }),
  addOrder: move('addOrder', (G, role, _a, order: Order) => {
    G.secret[role]!.orders.push({ ...order } as DraftState['secret'][string]['orders'][number]);
  }),
  removeOrder: move('removeOrder', (G, role, _a, index: number) => {
    G.secret[role]!.orders.splice(index, 1);
  }),
  submitOrders: move('submitOrders', (G, role) => {
    const sec = G.secret[role]!;
    if (sec.orders.length === 0) sec.orders.push({ type: 'hold' });
    G.roles[role]!.ordersIn = true;
  }),
  answerPledge: move('answerPledge', (G, _role, _a, id: number, honour: boolean) => {
    answerPledge(G, G.pledges.find((x) => x.id === id)!, honour);
    checkTension(G);
  }),
};

const everyone = { activePlayers: ActivePlayers.ALL };

export const Ceasefire: Game<GameState, Record<string, unknown>, SetupData> = {
  name: 'ceasefire',
  minPlayers: 2,
  maxPlayers: 7,
  setup: ({ random }, setupData) =>
    initialState(getScenario(setupData?.scenario), rngOf(random), setupData ?? {}),
  validateSetupData: (setupData, numPlayers) => {
    try {
      if (setupData?.scenario?.includes('~'))
        return 'setupData.scenario is a scenario id; give its variables as setupData.variables.';
      const s = getScenario(setupData?.scenario);
      if (numPlayers !== s.roles.length)
        return `The scenario "${s.name}" needs exactly ${s.roles.length} seats.`;
      parseVariables(s, setupData?.variables);
    } catch (e) {
      return (e as Error).message;
    }
    return undefined;
  },
  playerView: ({ G, playerID }) => viewFor(G, playerID),
  // Phases end only by their endIf; clients get no flow events (the server also refuses GAME_EVENT).
  events: {
    endGame: false,
    endPhase: false,
    setPhase: false,
    endTurn: false,
    pass: false,
    endStage: false,
    setStage: false,
    setActivePlayers: false,
  },
  moves,
  phases: {
    crisis: {
      start: true,
      next: 'negotiation',
      onBegin: ({ G: g, random }) => {
        const G = g as DraftState;
        const s = getScenario(G.scenario);
        G.round += 1;
        ledgerPhase('crisis');
        G.modifiers = [];
        for (const r of G.seats) G.roles[r]!.ready = false;
        if (G.deck.length === 0) {
          G.deck = shuffle(rngOf(random), G.discard);
          G.discard = [];
        }
        const id = G.deck.shift()!;
        G.discard.push(id);
        const card = s.events.find((c) => c.id === id)!;
        const chooser = card.choice ? (selectRoles(s, card.choice.role)[0] ?? null) : null;
        G.crisis = { card: id, chooser, choice: null };
        const notes = applyEffects(G, s, card.effects, rngOf(random), card.title);
        log(
          G,
          'crisis',
          `Round ${G.round} crisis — ${card.title}: ${card.text}${notes.length ? ` (${notes.join('; ')})` : ''}`,
        );
        if (chooser) log(G, 'crisis', `The ${roleName(s, chooser)} must decide: ${card.choice!.prompt}`);
        checkTension(G);
      },
      turn: {
        onBegin: ({ G, events }) => {
          const chooser = G.crisis?.chooser;
          if (chooser) events.setActivePlayers({ value: { [String(G.seats.indexOf(chooser))]: Stage.NULL } });
        },
      },
      // boardgame.io checks endIf before onBegin: G.crisis is null until this round's card is drawn.
      endIf: ({ G }) => G.crisis !== null && (!G.crisis.chooser || G.crisis.choice !== null),
    },
    negotiation: {
      next: 'orders',
      turn: everyone,
      endIf: ({ G }) => allSeats(G, (r) => G.roles[r]!.ready).every(Boolean),
      onEnd: ({ G: g }) => {
        const G = g as DraftState;
        for (const o of G.offers) if (o.status === 'open') o.status = 'expired';
        for (const r of G.seats) G.roles[r]!.ready = false;
      },
    },
    orders: {
      next: 'review',
      turn: everyone,
      endIf: ({ G }) => allSeats(G, (r) => G.roles[r]!.ordersIn).every(Boolean),
      onEnd: ({ G: g, random }) => {
        const G = g as DraftState;
        if (G.result) return;
        resolveRound(G, rngOf(random));
        for (const r of G.seats) G.roles[r]!.ordersIn = false;
        G.snapshots.push(snapshotOf(G));
        checkTension(G);
      },
    },
    review: {
      next: 'crisis',
      turn: everyone,
      endIf: ({ G }) => allSeats(G, (r) => G.roles[r]!.ready).every(Boolean),
      onEnd: ({ G: g }) => {
        const G = g as DraftState;
        for (const r of G.seats) G.roles[r]!.ready = false;
        G.crisis = null;
        if (G.result || G.round < G.options.rounds) return;
        const s = getScenario(G.scenario);
        const res = finalResult(G, `After round ${G.round} the elections were held.`, false);
        G.result = res as DraftState['result'];
        log(
          G,
          'end',
          `The transition is over after ${G.round} rounds. Outcome: ${res.grade}. Winners: ${
            res.scores
              .filter((x) => x.won)
              .map((x) => roleName(s, x.role))
              .join(', ') || 'nobody'
          }.`,
        );
      },
    },
  },
  endIf: ({ G }) =>
    G.result
      ? { grade: G.result.grade, winners: G.result.scores.filter((s) => s.won).map((s) => s.role) }
      : undefined,
  ai: {
    enumerate: (G, ctx, playerID) =>
      legalMoves(G, ctx, playerID).map((m) => ({ move: m.move, args: [...m.args] })),
  },
};

export default Ceasefire;

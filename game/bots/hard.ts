// The hard policy: the normal flowchart plus a bounded search at the decisions that matter most.
//
// When it must choose its orders for the round (or answer a triggered pledge or a crisis card, or make
// a pledge or an offer — or, as a spoiler that is not limited, pose as one with a public truce), the
// hard bot lists a few candidates — the plan its normal chart would make, and the plans of the other
// temperaments (for guarantors: a coercive and a frugal stance) — and plays each forward: it samples
// what it cannot see (the spoiler's type, the others' agendas and temperaments, the deck, hidden
// caches), lets normal bots play every seat to the end of the game with the game's own rules (the
// direct driver), and counts how often it reaches its objective. It keeps the normal plan unless
// another wins clearly more often. Samples are seeded (deterministic) and the search stops early if
// it runs past its time budget (default 80 ms per decision, checked before each sampled game; a sampled game still running at 1.4 times the budget is abandoned).
import type { Ctx } from 'boardgame.io';
import { Ceasefire } from '../index.ts';
import { aleaSeed, Driver, driverCtxOf } from '../sim/driver.ts';
import { type Agent, runDriver, TimeoutError } from '../sim/runner.ts';
import type { GameState, RoleId, SpoilerType } from '../types.ts';
import { custodianLines, Legal, nextOrder, Plan, type Planned, pick, placeOf } from './common.ts';
import { type Knowledge, know, spoilerHardline } from './knowledge.ts';
import { hashSeed, mulberry32 } from './rng.ts';
import { type BotOptions, type Decision, PERSONALITIES } from './types.ts';

type Decide = (view: GameState, ctx: Ctx, playerID: string, opts: BotOptions) => Decision | null;
type Planner = (k: Knowledge) => Plan;

const DEFAULT_SAMPLES = 4;
const DEFAULT_BUDGET_MS = 80;

interface Candidate {
  readonly label: string;
  /** Its orders for the round, or its answer (a pledge, a crisis card); then it plays normal. */
  readonly plan?: readonly Planned[];
  readonly decision?: Decision;
}

// ── Sampling what the seat cannot see ───────────────────────────────────────────────────────────

function sampleType(k: Knowledge, sp: RoleId, rand: () => number): SpoilerType {
  const h = spoilerHardline(k, sp);
  const w = { total: 1 + Math.max(0, h - 4) * 0.6, greedy: 1, limited: 1 + Math.max(0, 4 - h) * 0.8 };
  const x = rand() * (w.total + w.greedy + w.limited);
  return x < w.total ? 'total' : x < w.total + w.greedy ? 'greedy' : 'limited';
}

const MILITANCY: Readonly<Record<SpoilerType, number>> = { total: 7, greedy: 5, limited: 4 };

/** A full game state consistent with what the seat sees, with the hidden parts drawn at random. */
function determinize(k: Knowledge, rand: () => number): GameState {
  const G = structuredClone(k.G) as { -readonly [K in keyof GameState]: GameState[K] } & Record<
    string,
    unknown
  >;
  const secret = G.secret as Record<string, GameState['secret'][string]>;
  const roles = G.roles as Record<string, GameState['roles'][string]>;
  // Inducements each spoiler received, as the public history tells them.
  const induced = (sp: RoleId) => custodianLines(k, 'induce', sp).filter((h) => h.step === 'spoiler').length;
  for (const r of k.s.roles) {
    if (r.id === k.role) {
      secret[r.id] = { ...secret[r.id]!, orders: [] };
      roles[r.id] = { ...roles[r.id]!, ordersIn: false };
      continue;
    }
    const type = r.kind === 'spoiler' ? sampleType(k, r.id, rand) : null;
    secret[r.id] = {
      agenda: r.agendas[Math.floor(rand() * r.agendas.length)]!.id,
      caches: {},
      spoilerType: type,
      orders: [],
      lastOrders: [],
      induced: r.kind === 'spoiler' ? induced(r.id) : 0,
      smuggled: 0,
    };
    if (type)
      roles[r.id] = {
        ...roles[r.id]!,
        militancy: Math.max(0, Math.min(10, MILITANCY[type] + Math.floor(rand() * 3) - 1)),
      };
    if (k.ctx.phase === 'orders') roles[r.id] = { ...roles[r.id]!, ordersIn: false };
  }
  // Regions whose breakdown the seat could not verify: take what it sees as the truth.
  G.regions = G.regions.map((r) => {
    const { unverified: _u, ...rest } = r as typeof r & { unverified?: unknown };
    return rest;
  });
  // The deck: the cards not yet drawn, in an order drawn at random.
  const seen = new Set(G.discard);
  const left = k.s.events.map((e) => e.id).filter((id) => !seen.has(id));
  for (let i = left.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [left[i], left[j]] = [left[j]!, left[i]!];
  }
  G.deck = left;
  return G as GameState;
}

function driverFrom(G: GameState, ctx: Ctx, seed: string): Driver {
  const dctx = driverCtxOf(ctx);
  return new Driver(Ceasefire as never, { G, ctx: dctx, prng: aleaSeed(seed) });
}

// ── Candidates ──────────────────────────────────────────────────────────────────────────────────

function planAgent(k: Knowledge, plan: readonly Planned[], decide: Decide): Agent {
  let done = false;
  return (view, ctx, pid) => {
    if (!done && ctx.phase === 'orders') {
      const kk = know(view, ctx, pid, 'normal', k.key, k.persona)!;
      const d = nextOrder(kk, new Legal(view, ctx, pid), plan, 'planned');
      if (d.move === 'submitOrders') done = true;
      return d;
    }
    done = true;
    return decide(view, ctx, pid, { policy: 'normal', seed: k.key, personality: k.persona });
  };
}

function firstThen(first: Decision, k: Knowledge, decide: Decide): Agent {
  let done = false;
  return (view, ctx, pid) => {
    if (!done) {
      done = true;
      return first;
    }
    return decide(view, ctx, pid, { policy: 'normal', seed: k.key, personality: k.persona });
  };
}

function orderCandidates(k: Knowledge, plan: Planner, normal: readonly Planned[]): Candidate[] {
  const out: Candidate[] = [{ label: 'the usual plan', plan: normal }];
  const seen = new Set([JSON.stringify(normal.map((p) => p.order))]);
  for (const persona of PERSONALITIES) {
    if (persona === k.persona) continue;
    const kk: Knowledge = { ...k, persona };
    const items = plan(kk).items;
    const id = JSON.stringify(items.map((p) => p.order));
    if (seen.has(id)) continue;
    seen.add(id);
    const label =
      k.me.kind === 'guarantor'
        ? { hawkish: 'a coercive plan', cautious: 'the standard plan', opportunist: 'a frugal plan' }[persona]
        : `a ${persona} plan`;
    out.push({ label, plan: items });
  }
  if (k.me.kind === 'guarantor' && out.length < 4) {
    // A peace-dividend plan: aid where stability is lowest, then the mandate.
    const P = new Plan(k);
    for (const r of [...k.G.regions].sort((a, b) => a.stability - b.stability).slice(0, 2))
      P.add(
        { type: 'aid', region: r.id },
        `Fund reconstruction in ${placeOf(k, r.id)}: a visible peace dividend.`,
      );
    P.add({ type: 'mandate' }, 'Run the multidimensional mandate.');
    const id = JSON.stringify(P.items.map((p) => p.order));
    if (P.items.length > 0 && !seen.has(id)) out.push({ label: 'a peace-dividend plan', plan: P.items });
  }
  return out;
}

// ── The search ──────────────────────────────────────────────────────────────────────────────────

function evaluate(
  k: Knowledge,
  cands: readonly Candidate[],
  samples: number,
  budgetMs: number,
  decide: Decide,
): { wins: number[]; won: number[]; n: number } {
  const t0 = performance.now();
  const wins = cands.map(() => 0);
  const won = cands.map(() => 0);
  let n = 0;
  for (let i = 0; i < samples; i++) {
    const sampleSeed = `${k.key}|hard|${k.role}|${k.G.round}|${k.ctx.phase}|${i}`;
    const rand = mulberry32(hashSeed(sampleSeed));
    const G = determinize(k, rand);
    const got: number[] = [];
    const hit: number[] = [];
    for (const c of cands) {
      // The time budget is a safety net (a slow machine): a sample is counted only if every
      // candidate was played in it, so the comparison stays fair.
      if (n > 0 && performance.now() - t0 > budgetMs) return { wins, won, n };
      const d = driverFrom(structuredClone(G), k.ctx, `${sampleSeed}|prng`);
      const agents: Record<string, Agent> = {};
      const others: Agent = (view, ctx, p) =>
        decide(view, ctx, p, { policy: 'normal', seed: `${sampleSeed}|others` });
      // The others play normal with temperaments drawn for this sample; the seat plays the candidate
      // (a fresh agent each time: it remembers what it already did), then normal.
      for (const pid of Object.keys(k.G.seats))
        agents[pid] = pid === k.playerID ? cloneAgent(k, c, decide) : others;
      try {
        // A sampled game that would run past the hard limit is abandoned with its whole sample.
        runDriver(d, agents, { deadline: t0 + budgetMs * 1.4 }, 'hard-sample');
      } catch (e) {
        if (e instanceof TimeoutError) return { wins, won, n };
        throw e;
      }
      got.push(score(k, d.G));
      hit.push(d.G.result?.scores.find((x) => x.role === k.role)?.won ? 1 : 0);
    }
    got.forEach((w, j) => {
      wins[j]! += w;
      won[j]! += hit[j]!;
    });
    n++;
  }
  return { wins, won, n };
}

function cloneAgent(k: Knowledge, c: Candidate, decide: Decide): Agent {
  if (c.plan) return planAgent(k, c.plan, decide);
  return firstThen(c.decision!, k, decide);
}

/** The best candidate: the usual one unless another wins clearly more often. */
/**
 * What a sampled game was worth to the seat: 1 if it reached its objective, plus a little for how
 * close the game came to what the objective needs (a peace that lasted longer and calmer for those
 * who need peace, the opposite for a total spoiler, cash for a greedy one): with few samples, this
 * tells apart plans that win equally often.
 */
function score(k: Knowledge, G: GameState): number {
  const sc = G.result?.scores.find((x) => x.role === k.role);
  if (!sc) return 0;
  const calm = 1 - G.tracks.tension / k.s.tuning.tensionMax;
  const lasted = Math.min(1, G.round / G.options.rounds);
  const type = k.me.kind === 'spoiler' ? k.secret.spoilerType : null;
  const near =
    type === 'total'
      ? (1 - lasted) * 0.6 + (1 - calm) * 0.4
      : type === 'greedy'
        ? Math.min(1, G.roles[k.role]!.funds / 10)
        : lasted * 0.6 + calm * 0.4;
  return (sc.won ? 1 : 0) + 0.3 * near + sc.points * 0.001;
}

/** The best candidate: the usual one unless another is clearly better on average. */
function choose(wins: readonly number[], n: number): number {
  let best = 0;
  const margin = 0.15 * Math.max(1, n);
  for (let j = 1; j < wins.length; j++) if (wins[j]! > wins[best]! && wins[j]! > wins[0]! + margin) best = j;
  return best;
}

const hardPlans = new Map<string, readonly Planned[]>();

export function hardDecide(
  k: Knowledge,
  legal: Legal,
  opts: BotOptions,
  normal: (k: Knowledge, legal: Legal) => Decision | null,
  plan: Planner,
  decide: Decide,
): Decision | null {
  const samples = Math.max(1, opts.samples ?? DEFAULT_SAMPLES);
  const budget = opts.budgetMs ?? DEFAULT_BUDGET_MS;
  const phase = k.ctx.phase;
  if (phase === 'orders') {
    const key = `${k.key}|${k.role}|${k.G.round}|${k.G.history.length}|${k.me.funds}|${JSON.stringify(k.G.tracks)}`;
    let chosen = hardPlans.get(key);
    let why = '';
    if (!chosen) {
      const usual = plan(k).items;
      const cands = orderCandidates(k, plan, usual);
      if (cands.length === 1) chosen = usual;
      else {
        const { wins, won, n } = evaluate(k, cands, samples, budget, decide);
        const j = choose(wins, n);
        chosen = cands[j]!.plan!;
        why = `Hard: played ${n} sampled futures of ${cands.length} plans; ${cands[j]!.label} reached our objective in ${won[j]} of ${n}${j > 0 ? ` (the usual plan: ${won[0]})` : ''}. `;
      }
      if (hardPlans.size > 2000) hardPlans.clear();
      hardPlans.set(key, chosen);
    }
    const d = nextOrder(
      k,
      legal,
      chosen,
      'Orders sent (hard: the plan that won most often in sampled futures).',
    );
    return why ? { ...d, reason: why + d.reason } : d;
  }
  if (phase === 'negotiation' && !k.me.ready) {
    const base = normal(k, legal);
    if (!base) return null;
    // Whether a promise, an offer or an exit date is worth making at all, against simply moving on;
    // and, for a spoiler that is not limited, whether to pose as one (a public truce draws inducements).
    const alts: Decision[] = [];
    const ready = legal.find('ready');
    if (ready && ['makePledge', 'makeOffer', 'withdrawPledge', 'announceExit'].includes(base.move))
      alts.push(pick(ready, 'Hard: nothing more to negotiate — in sampled futures that served us better.'));
    const type = k.secret.spoilerType;
    const un = k.s.roles.find((r) => r.kind === 'guarantor' && r.un)?.id ?? k.guarantors[0];
    if (k.me.kind === 'spoiler' && type && type !== 'limited' && base.move === 'ready' && un) {
      const posed = k.G.offers.some((o) => o.round === k.G.round && o.from === k.role && !o.private);
      const truce = legal.find(
        'makeOffer',
        (a) =>
          (a[0] as { to: string; private: boolean }).to === un && !(a[0] as { private: boolean }).private,
      );
      if (!posed && truce)
        alts.push(
          pick(truce, `Offer a public truce: we can be part of the solution if we get a place in it.`),
        );
    }
    if (alts.length === 0) return null;
    const cands: Candidate[] = [base, ...alts].map((d) => ({ label: d.move, decision: d }));
    const { wins, won, n } = evaluate(k, cands, samples, budget, decide);
    const j = choose(wins, n);
    const d = cands[j]!.decision!;
    return j === 0
      ? d
      : {
          ...d,
          reason: `Hard: in ${n} sampled futures this won ${won[j]} times against ${won[0]}. ${d.reason}`,
        };
  }
  if (phase === 'review' || phase === 'crisis') {
    const options = (
      phase === 'review'
        ? legal
            .all('answerPledge')
            .filter((m) => k.G.pledges.find((p) => p.id === m.args[0])?.guarantor === k.role)
        : legal.all('chooseCrisis')
    ).slice(0, 4);
    if (options.length < 2) return null;
    const base = normal(k, legal);
    if (!base) return null;
    // The normal choice first, then the alternatives for the same pledge (or card).
    const same = options.filter(
      (m) => m.move === base.move && (phase === 'crisis' || m.args[0] === base.args[0]),
    );
    const ordered = [
      base,
      ...same
        .filter((m) => JSON.stringify(m.args) !== JSON.stringify(base.args))
        .map((m) => pick(m, base.reason)),
    ];
    if (ordered.length < 2) return null;
    const cands: Candidate[] = ordered.map((d) => ({ label: JSON.stringify(d.args), decision: d }));
    const { wins, won, n } = evaluate(k, cands, samples, budget, decide);
    const j = choose(wins, n);
    const d = cands[j]!.decision!;
    const what =
      phase === 'review' ? (d.args[1] === true ? 'honouring it' : 'breaking it') : `"${String(d.args[0])}"`;
    return {
      ...d,
      reason:
        j === 0
          ? d.reason
          : `Hard: in ${n} sampled futures, ${what} reached our objective ${won[j]} times against ${won[0]} for the usual answer (and came closer to it).`,
    };
  }
  return null;
}

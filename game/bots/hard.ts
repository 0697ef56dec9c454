// The hard policy: the normal flowchart plus a bounded search at the decisions that matter most.
//
// When it must choose its orders for the round (or answer a triggered pledge, or a crisis card), the
// hard bot lists a few candidates — the plan its normal chart would make, and the plans of the other
// temperaments (for guarantors: a coercive and a frugal stance) — and plays each forward: it samples
// what it cannot see (the spoiler's type, the others' agendas and temperaments, the deck, hidden
// caches), lets normal bots play every seat to the end of the game with the game's own rules (the
// direct driver), and counts how often it reaches its objective. It keeps the normal plan unless
// another wins clearly more often. Samples are seeded (deterministic) and the search stops early if
// it runs past its time budget (default 120 ms per decision, checked before each sampled game).
import type { Ctx } from 'boardgame.io';
import { Ceasefire } from '../index.ts';
import { aleaSeed, Driver, type DriverCtx } from '../sim/driver.ts';
import { type Agent, runDriver } from '../sim/runner.ts';
import type { GameState, RoleId, SpoilerType } from '../types.ts';
import { Legal, nextOrder, type Plan, type Planned, pick } from './common.ts';
import { type Knowledge, know, spoilerHardline } from './knowledge.ts';
import { hashSeed, mulberry32 } from './rng.ts';
import { type BotOptions, type Decision, PERSONALITIES } from './types.ts';

type Decide = (view: GameState, ctx: Ctx, playerID: string, opts: BotOptions) => Decision | null;
type Planner = (k: Knowledge) => Plan;

const DEFAULT_SAMPLES = 4;
const DEFAULT_BUDGET_MS = 120;

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
  const induced = k.G.history.filter(
    (h) => h.step === 'spoiler' && /offered the spoiler money/.test(h.text),
  ).length;
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
      induced: r.kind === 'spoiler' ? induced : 0,
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
  const c = ctx as unknown as DriverCtx;
  const dctx: DriverCtx = {
    numPlayers: c.numPlayers,
    turn: c.turn,
    currentPlayer: c.currentPlayer,
    playOrder: [...c.playOrder],
    playOrderPos: c.playOrderPos,
    phase: c.phase,
    activePlayers: c.activePlayers ? { ...c.activePlayers } : null,
  };
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
        ? persona === 'hawkish'
          ? 'a more coercive plan'
          : 'a more frugal plan'
        : `a ${persona} plan`;
    out.push({ label, plan: items });
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
): { wins: number[]; n: number } {
  const t0 = performance.now();
  const wins = cands.map(() => 0);
  let n = 0;
  for (let i = 0; i < samples; i++) {
    const sampleSeed = `${k.key}|hard|${k.role}|${k.G.round}|${k.ctx.phase}|${i}`;
    const rand = mulberry32(hashSeed(sampleSeed));
    const G = determinize(k, rand);
    const got: number[] = [];
    for (const c of cands) {
      // The time budget is a safety net (a slow machine): a sample is counted only if every
      // candidate was played in it, so the comparison stays fair.
      if (n > 0 && performance.now() - t0 > budgetMs) return { wins, n };
      const d = driverFrom(structuredClone(G), k.ctx, `${sampleSeed}|prng`);
      const agents: Record<string, Agent> = {};
      const others: Agent = (view, ctx, p) =>
        decide(view, ctx, p, { policy: 'normal', seed: `${sampleSeed}|others` });
      // The others play normal with temperaments drawn for this sample; the seat plays the candidate
      // (a fresh agent each time: it remembers what it already did), then normal.
      for (const pid of Object.keys(k.G.seats))
        agents[pid] = pid === k.playerID ? cloneAgent(k, c, decide) : others;
      runDriver(d, agents, {}, 'hard-sample');
      const sc = d.G.result?.scores.find((x) => x.role === k.role);
      got.push(sc ? (sc.won ? 1 : 0) + sc.points * 0.001 : 0);
    }
    got.forEach((w, j) => {
      wins[j]! += w;
    });
    n++;
  }
  return { wins, n };
}

function cloneAgent(k: Knowledge, c: Candidate, decide: Decide): Agent {
  if (c.plan) return planAgent(k, c.plan, decide);
  return firstThen(c.decision!, k, decide);
}

/** The best candidate: the usual one unless another wins clearly more often. */
function choose(wins: readonly number[], n: number): number {
  let best = 0;
  for (let j = 1; j < wins.length; j++) if (wins[j]! >= wins[best]! + 1 && wins[j]! > wins[0]! + 1) best = j;
  void n;
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
        const { wins, n } = evaluate(k, cands, samples, budget, decide);
        const j = choose(wins, n);
        chosen = cands[j]!.plan!;
        why = `Hard: played ${n} sampled futures of ${cands.length} plans; ${cands[j]!.label} reached our objective in ${Math.floor(wins[j]!)} of ${n}${j > 0 ? ` (the usual plan: ${Math.floor(wins[0]!)})` : ''}. `;
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
    const { wins, n } = evaluate(k, cands, samples, budget, decide);
    const j = choose(wins, n);
    const d = cands[j]!.decision!;
    const what =
      phase === 'review' ? (d.args[1] === true ? 'honouring it' : 'breaking it') : `"${String(d.args[0])}"`;
    return {
      ...d,
      reason:
        j === 0
          ? d.reason
          : `Hard: in ${n} sampled futures, ${what} reached our objective ${Math.floor(wins[j]!)} times against ${Math.floor(wins[0]!)} for the usual answer.`,
    };
  }
  return null;
}

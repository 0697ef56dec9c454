// "What if?" re-runs: take a table's state at the start of a round (replayed from its first state, its
// moves and its logged injects), optionally change one decision, play the rest of the game N times with
// normal bots in every seat under a seed, and summarise the outcomes. Pure: the server feeds it stored
// states and logs.
import { decide } from '../bots/index.ts';
import { Ceasefire } from '../index.ts';
import { applyInject, checkInject, type Inject, injectRng } from '../inject.ts';
import { getScenario, rolesOfKind } from '../scenario.ts';
import { type DraftState, log } from '../state.ts';
import type { GameState, Grade, RoleId, SpoilerType } from '../types.ts';
import { type AleaState, aleaSeed, Driver, type DriverState, driverCtxOf } from './driver.ts';
import { type Agent, runDriver, TimeoutError } from './runner.ts';
import { withVariant } from './variants.ts';

/** The one decision a re-run changes (or none: the same table, replayed by bots). */
export type WhatIfChange =
  | { readonly kind: 'none' }
  /** This guarantor answers every triggered pledge this way (honour instead of break, or the reverse). */
  | { readonly kind: 'pledges'; readonly role: RoleId; readonly answer: 'honour' | 'break' }
  /** This guarantor's monitors are in the region from the start of the round (both factions consenting). */
  | { readonly kind: 'monitors'; readonly role: RoleId; readonly region: string }
  /** The spoiler's hidden type is this one. */
  | { readonly kind: 'spoilerType'; readonly role: RoleId; readonly type: SpoilerType };

export type WhatIfErrorCode =
  | 'round_out_of_range'
  | 'bad_change'
  | 'too_many_runs'
  | 'replay_failed'
  | 'replay_diverged';

export class WhatIfError extends Error {
  constructor(
    readonly code: WhatIfErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/** Most re-runs one request may ask for (each is a game's remaining rounds played by bots). */
export const MAX_RUNS = 500;

/** One move of the table, as boardgame.io logged it. */
export interface ReplayMove {
  readonly playerID: string;
  readonly move: string;
  readonly args: readonly unknown[];
}
/** A facilitator's inject, as the server logged it: the inject and the key of its random. */
export interface ReplayInject {
  readonly inject: Inject;
  readonly key: string;
}
export type ReplayStep = ReplayMove | ReplayInject;

/** The log action type of the server's recorded changes outside moves (server/engine.ts MUTATION). */
export const MUTATION_ACTION = 'CEASEFIRE_MUTATION';

/** What a stored boardgame.io state gives the replay: G, ctx and the random plugin's PRNG state. */
export interface StoredState {
  readonly G: GameState;
  readonly ctx: unknown;
  readonly plugins?: { readonly random?: { readonly data?: { readonly prngstate?: AleaState } } };
}

/** The moves and injects of a boardgame.io log (MAKE_MOVE actions, logged injects), in their order. */
export function movesOfLog(entries: readonly unknown[]): ReplayStep[] {
  const out: ReplayStep[] = [];
  for (const e of entries) {
    const a = (e as { action?: { type?: string; payload?: Record<string, unknown> } } | null)?.action;
    if (a?.type === MUTATION_ACTION && a.payload?.type === 'inject' && Array.isArray(a.payload.args)) {
      const [inject, key] = a.payload.args as [Inject, unknown];
      if (typeof key === 'string') out.push({ inject, key });
      continue;
    }
    if (a?.type !== 'MAKE_MOVE' || !a.payload) continue;
    const p = a.payload as { type?: unknown; args?: unknown; playerID?: unknown };
    if (typeof p.type !== 'string' || typeof p.playerID !== 'string') continue;
    out.push({ playerID: p.playerID, move: p.type, args: Array.isArray(p.args) ? p.args : [] });
  }
  return out;
}

/** A driver state from a stored boardgame.io state (deep copies: the stored one is left as it is). */
export function driverStateOf(stored: StoredState): DriverState {
  const prng = stored.plugins?.random?.data?.prngstate;
  if (!prng) throw new WhatIfError('replay_failed', 'The table’s first state has no random state.');
  return {
    G: structuredClone(stored.G),
    ctx: driverCtxOf(stored.ctx),
    prng: { ...prng },
  };
}

/** The last round a re-run may start from: the round the table reached. */
export function lastRound(G: GameState): number {
  return Math.max(1, G.round);
}

export function checkRound(final: GameState, round: unknown): void {
  const last = lastRound(final);
  if (typeof round !== 'number' || !Number.isInteger(round) || round < 1 || round > last)
    throw new WhatIfError(
      'round_out_of_range',
      `The round must be a whole number from 1 to ${last} (the rounds this table played).`,
    );
}

/**
 * The state at the start of `round` (its crisis card drawn, nobody has moved yet), found by playing the
 * table's moves and logged injects from its first state. `final` (the table's state now) checks the
 * replay: the numbers recorded after each earlier round must be the table's own, else the table was
 * changed outside its log (an inject made before injects were logged) and the replay is refused rather
 * than passed off as the table.
 */
export function stateAtRound(
  first: DriverState,
  moves: readonly ReplayStep[],
  round: number,
  final: GameState,
): DriverState {
  checkRound(final, round);
  const d = new Driver(Ceasefire as never, structuredClone(first));
  let i = 0;
  while (d.G.round < round) {
    if (d.state.ctx.gameover !== undefined)
      throw new WhatIfError('round_out_of_range', `The game ended in round ${d.G.round}.`);
    const m = moves[i++];
    if (!m) throw new WhatIfError('replay_failed', `The table’s moves end before round ${round} begins.`);
    if ('inject' in m) {
      // As the server made it: on the state as it stood, with the same random, then the end check.
      const why = checkInject(d.G, m.inject);
      if (why) throw new WhatIfError('replay_failed', `Inject ${i} could not be replayed: ${why}`);
      applyInject(d.G as DraftState, m.inject, injectRng(m.key));
      const over = (Ceasefire.endIf as (a: unknown) => unknown)({ G: d.G, ctx: d.ctx });
      if (over !== undefined) d.state.ctx.gameover = over;
      continue;
    }
    if (!d.move(m.playerID, m.move, m.args))
      throw new WhatIfError(
        'replay_failed',
        `Move ${i} of the table (${m.move} by seat ${m.playerID}) could not be replayed.`,
      );
  }
  if (d.G.round !== round)
    throw new WhatIfError('replay_failed', `The replay did not stop at the start of round ${round}.`);
  if (d.state.ctx.gameover !== undefined)
    throw new WhatIfError('round_out_of_range', `The game was already over as round ${round} began.`);
  const mine = JSON.stringify(d.G.snapshots);
  const theirs = JSON.stringify(final.snapshots.filter((s) => s.round < round));
  if (mine !== theirs)
    throw new WhatIfError(
      'replay_diverged',
      `Replaying this table's moves does not give its recorded rounds before round ${round} (it was changed outside the players' moves and the change was not logged, e.g. an inject made before this server logged them). Choose an earlier round.`,
    );
  return structuredClone(d.state);
}

/** Why a change does not fit this game, or null. */
export function checkChange(G: GameState, change: WhatIfChange): string | null {
  const s = getScenario(G.scenario);
  const kindOf = (role: RoleId) => s.roles.find((r) => r.id === role)?.kind;
  switch (change.kind) {
    case 'none':
      return null;
    case 'pledges':
      if (kindOf(change.role) !== 'guarantor') return `"${change.role}" is not a guarantor of this table.`;
      if (change.answer !== 'honour' && change.answer !== 'break') return 'Answer "honour" or "break".';
      return null;
    case 'monitors':
      if (kindOf(change.role) !== 'guarantor') return `"${change.role}" is not a guarantor of this table.`;
      if (!G.regions.some((r) => r.id === change.region))
        return `"${change.region}" is not a region of this table.`;
      return null;
    case 'spoilerType':
      if (kindOf(change.role) !== 'spoiler') return `"${change.role}" is not a spoiler of this table.`;
      if (!['limited', 'greedy', 'total'].includes(change.type))
        return 'The spoiler type is limited, greedy or total.';
      return null;
    default:
      return 'Unknown change: none, pledges, monitors or spoilerType.';
  }
}

/** The start state with the change made (a copy); the history says what was changed. */
export function applyChange(start: DriverState, change: WhatIfChange): DriverState {
  const why = checkChange(start.G, change);
  if (why) throw new WhatIfError('bad_change', why);
  const out = structuredClone(start);
  const G = out.G as DraftState;
  const s = getScenario(G.scenario);
  const name = (role: RoleId) => s.roles.find((r) => r.id === role)?.name ?? role;
  if (change.kind === 'monitors') {
    const r = G.regions.find((x) => x.id === change.region)!;
    r.monitors[change.role] = Math.max(1, r.monitors[change.role] ?? 0);
    for (const f of rolesOfKind(s, 'faction')) r.consent[f] = true;
    const where = s.regions.find((x) => x.id === change.region)?.name ?? change.region;
    log(G, 'crisis', `What if: the ${name(change.role)} has monitors in the ${where} from round ${G.round}.`);
  } else if (change.kind === 'spoilerType') {
    G.secret[change.role]!.spoilerType = change.type;
    log(G, 'crisis', `What if: the ${name(change.role)} is a ${change.type} spoiler.`, {
      visibleTo: [change.role],
    });
  } else if (change.kind === 'pledges') {
    log(G, 'crisis', `What if: the ${name(change.role)} will ${change.answer} every triggered pledge.`);
  }
  return out;
}

/** How one re-run ended. */
export interface RunRecord {
  readonly index: number;
  readonly grade: Grade;
  readonly winners: readonly RoleId[];
  readonly tension: number;
  readonly rounds: number;
}

export interface RerunOptions {
  readonly runs: number;
  readonly seed: string;
  /** Play re-runs [first, first + runs) of the series. */
  readonly first?: number;
  /** performance.now() past which no new re-run starts and a running one is abandoned. */
  readonly deadline?: number;
  /** Called after each finished re-run (progress). */
  readonly onRun?: (rec: RunRecord, state: GameState) => void;
}

/** Bots for every seat of one re-run; the pledges change wraps that guarantor's bot. */
function agentsFor(G: GameState, change: WhatIfChange, seed: string): Record<string, Agent> {
  const agents: Record<string, Agent> = {};
  G.seats.forEach((role, seat) => {
    const agent: Agent = (view, ctx, pid) => decide(view, ctx, pid, { policy: 'normal', seed });
    agents[String(seat)] =
      change.kind === 'pledges' && change.role === role
        ? withVariant(agent, change.answer === 'honour' ? 'pledges:honour' : 'pledges:break')
        : agent;
  });
  return agents;
}

/**
 * Plays the re-runs one after another; each gets its own seed (`seed-i`) for the game's random and the
 * bots, so a seed gives the same series every time. Stops early (returning what finished) at the deadline.
 */
export function rerun(start: DriverState, change: WhatIfChange, opts: RerunOptions): RunRecord[] {
  if (!Number.isInteger(opts.runs) || opts.runs < 1 || opts.runs > MAX_RUNS)
    throw new WhatIfError('too_many_runs', `Ask for 1 to ${MAX_RUNS} re-runs.`);
  const changed = applyChange(start, change);
  const out: RunRecord[] = [];
  const first = opts.first ?? 0;
  for (let i = first; i < first + opts.runs; i++) {
    if (opts.deadline !== undefined && performance.now() > opts.deadline) break;
    const seed = `${opts.seed}-${i}`;
    const state = structuredClone(changed);
    state.prng = aleaSeed(seed);
    const d = new Driver(Ceasefire as never, state);
    try {
      runDriver(d, agentsFor(d.G, change, seed), opts.deadline ? { deadline: opts.deadline } : {}, seed);
    } catch (e) {
      if (e instanceof TimeoutError) break;
      throw e;
    }
    const result = d.G.result;
    if (!result) throw new Error(`Re-run ${seed} ended without a result`);
    const rec: RunRecord = {
      index: i,
      grade: result.grade,
      winners: result.scores.filter((x) => x.won).map((x) => x.role),
      tension: d.G.tracks.tension,
      rounds: d.G.round,
    };
    out.push(rec);
    opts.onRun?.(rec, d.G);
  }
  return out;
}

/** The distribution of a series of re-runs. */
export interface WhatIfSummary {
  readonly runs: number;
  readonly outcomes: Readonly<Record<Grade, number>>;
  /** Share of re-runs each role won (0..1). */
  readonly winRates: Readonly<Record<RoleId, number>>;
  readonly meanTension: number;
  readonly meanRounds: number;
}

export type WhatIfJobStatus = 'running' | 'done' | 'stopped' | 'failed';

/** What the table really got, for comparison, and the decisions a change may alter. */
export interface WhatIfActual {
  readonly grade: Grade | null;
  readonly winners: readonly RoleId[];
  readonly tension: number;
  readonly rounds: number;
  /** Per guarantor: triggered pledges it honoured and broke. */
  readonly pledges: Readonly<Record<RoleId, { readonly honoured: number; readonly broken: number }>>;
  /** Per spoiler: its hidden type (known to the facilitator). */
  readonly spoilerTypes: Readonly<Record<RoleId, string | null>>;
}

/** A what-if job as the server reports it to the facilitator's console (server/whatif/jobs.ts). */
export interface WhatIfJobView {
  readonly id: string;
  readonly table: number;
  readonly round: number;
  readonly change: WhatIfChange;
  readonly seed: string;
  readonly runs: number;
  readonly done: number;
  readonly status: WhatIfJobStatus;
  /** The start state was reached (the table's moves replayed). */
  readonly replayed: boolean;
  readonly startedAt: number;
  readonly elapsedMs: number;
  readonly timeLimitMs: number;
  readonly error: { readonly code: string; readonly message: string } | null;
  /** Distribution of the re-runs finished so far. */
  readonly summary: WhatIfSummary;
  readonly actual: WhatIfActual;
  readonly roles: readonly RoleId[];
}

export function summariseRuns(roles: readonly RoleId[], records: readonly RunRecord[]): WhatIfSummary {
  const n = records.length;
  const outcomes: Record<Grade, number> = { durable: 0, fragile: 0, collapsed: 0 };
  const wins: Record<RoleId, number> = Object.fromEntries(roles.map((r) => [r, 0]));
  let tension = 0;
  let rounds = 0;
  for (const r of records) {
    outcomes[r.grade]++;
    for (const w of r.winners) wins[w] = (wins[w] ?? 0) + 1;
    tension += r.tension;
    rounds += r.rounds;
  }
  const mean = (x: number) => (n === 0 ? 0 : Math.round((x / n) * 100) / 100);
  return {
    runs: n,
    outcomes,
    winRates: Object.fromEntries(
      Object.entries(wins).map(([r, w]) => [r, n === 0 ? 0 : Math.round((w / n) * 1000) / 1000]),
    ),
    meanTension: mean(tension),
    meanRounds: mean(rounds),
  };
}

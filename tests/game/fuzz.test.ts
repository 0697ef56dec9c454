// Random-play fuzzer: thousands of full games with random legal moves; invariants checked at every step.
//
// FUZZ_GAMES (default 2000) games run on game/sim/runner.ts's playMatch (the direct driver that calls the same
// Ceasefire moves and phases in boardgame.io's flow order); FUZZ_CLIENT_GAMES (default 150) more run through
// boardgame.io's own Client, where we also check that every chosen move is accepted by boardgame.io, that
// refused moves change nothing, and that the Client and the driver end in the very same state.
// FUZZ_VERBOSE=1 prints a summary (grades, rounds, moves, time).
import { isDeepStrictEqual } from 'node:util';
import type { Ctx } from 'boardgame.io';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { Ceasefire } from '../../game/index.ts';
import { ledgerValue } from '../../game/ledger.ts';
import { checkMove, type LegalMove, legalMoves, MAX_ACTIVE_PLEDGES } from '../../game/legal.ts';
import { getScenario } from '../../game/scenario.ts';
import { agendaMet, gradeOf } from '../../game/scoring.ts';
import type { SetupData } from '../../game/setup.ts';
import { initialState } from '../../game/setup.ts';
import { type Agent, playMatch } from '../../game/sim/runner.ts';
import type { GameState, Grade } from '../../game/types.ts';
import {
  byKind,
  type Chooser,
  drive,
  type FullState,
  IDLE,
  Match,
  patient,
  SEATS,
  seeded,
  uniform,
} from './harness.ts';

const GAMES = Number(process.env.FUZZ_GAMES ?? 2000);
const CLIENT_GAMES = Number(process.env.FUZZ_CLIENT_GAMES ?? 150);
const VERBOSE = Boolean(process.env.FUZZ_VERBOSE);
const PROBE_RATE = Number(process.env.FUZZ_PROBE_RATE ?? 0.05);
// ~16 s + ~10 s on a quiet 2-core machine; generous limits for a loaded one (or a larger FUZZ_GAMES).
const LONG = Math.max(300_000, GAMES * 100);

const s = getScenario();
const EVENT_IDS = s.events.map((e) => e.id).sort();
const TRACK_MAX = { tension: s.tuning.tensionMax } as Record<string, number>;

/** Game i's policy and setup: mostly "by kind", a quarter plain uniform, some impatient; varied options. */
function gameConfig(i: number): { chooser: Chooser; setupData: SetupData } {
  const base = i % 4 === 3 ? uniform() : byKind();
  const chooser = i % 10 === 9 ? base : patient(base);
  const rounds = i % 7 === 0 ? 1 + (i % 5) : s.tuning.rounds;
  return { chooser, setupData: { options: { rounds, securityEnvy: i % 2 === 0 } } };
}

function agentFor(chooser: Chooser, rand: () => number): Agent {
  return (view, ctx, pid) => {
    const legal = legalMoves(view, ctx, pid);
    if (legal.length === 0) return null;
    const m = chooser(view, ctx, pid, legal, rand);
    return m.move === IDLE ? null : m;
  };
}

const isCount = (n: unknown) => typeof n === 'number' && Number.isInteger(n) && n >= 0;
const within = (n: unknown, lo: number, hi: number) =>
  isCount(n) && (n as number) >= lo && (n as number) <= hi;

/** Every broken invariant of a full state (empty if all hold). */
function invariants(G: GameState, ctx: Ctx): string[] {
  const bad: string[] = [];
  const phase = ctx.phase;
  for (const r of G.regions) {
    for (const [role, u] of Object.entries(r.units))
      for (const k of ['active', 'cantoned', 'disarmed'] as const)
        if (!isCount(u[k])) bad.push(`${r.id}.units.${role}.${k} = ${u[k]}`);
    if (!within(r.stability, 0, 5)) bad.push(`${r.id}.stability = ${r.stability}`);
    if (!within(r.refugees, 0, 5)) bad.push(`${r.id}.refugees = ${r.refugees}`);
    if (!isCount(r.spoils)) bad.push(`${r.id}.spoils = ${r.spoils}`);
    for (const rec of [r.monitors, r.peacekeepers, r.revealedCaches])
      for (const [k, v] of Object.entries(rec)) if (!isCount(v)) bad.push(`${r.id} ${k} = ${v}`);
    if (phase !== 'orders' && r.patrolled && !G.result) bad.push(`${r.id} still patrolled in ${phase}`);
  }
  for (const [t, v] of Object.entries(G.tracks))
    if (!within(v, 0, TRACK_MAX[t] ?? s.tuning.trackMax)) bad.push(`track ${t} = ${v}`);
  for (const role of G.seats) {
    const r = G.roles[role]!;
    if (!isCount(r.funds)) bad.push(`${role}.funds = ${r.funds}`);
    for (const k of ['fear', 'approval', 'will', 'militancy', 'capability'] as const)
      if (!within(r[k], 0, 10)) bad.push(`${role}.${k} = ${r[k]}`);
    for (const k of ['reintegrated', 'political', 'recruits', 'honoured', 'broken'] as const)
      if (!isCount(r[k])) bad.push(`${role}.${k} = ${r[k]}`);
    const sec = G.secret[role]!;
    for (const [k, v] of Object.entries(sec.caches)) if (!isCount(v)) bad.push(`${role} cache ${k} = ${v}`);
    if (!isCount(sec.induced)) bad.push(`${role}.induced = ${sec.induced}`);
    if (sec.orders.length > s.tuning.actionsPerRound) bad.push(`${role} queued ${sec.orders.length} orders`);
    if (!G.result) {
      if (phase !== 'orders' && sec.orders.length > 0) bad.push(`${role} has orders queued in ${phase}`);
      if (phase !== 'orders' && r.ordersIn) bad.push(`${role}.ordersIn in ${phase}`);
      if ((phase === 'orders' || phase === 'crisis') && r.ready) bad.push(`${role}.ready in ${phase}`);
    }
    const standing = G.pledges.filter(
      (p) => p.guarantor === role && (p.status === 'active' || p.status === 'triggered'),
    ).length;
    if (standing > MAX_ACTIVE_PLEDGES) bad.push(`${role} stands behind ${standing} pledges`);
    const open = G.offers.filter((o) => o.from === role && o.status === 'open').length;
    if (open > 5) bad.push(`${role} has ${open} open offers`);
  }
  if (phase !== 'negotiation' && !G.result && G.offers.some((o) => o.status === 'open'))
    bad.push(`open offers in ${phase}`);
  if (phase !== 'review' && !G.result && G.pledges.some((p) => p.status === 'triggered'))
    bad.push(`a triggered pledge outlived review (${phase})`);
  if (!isCount(G.neighbourSanctioned)) bad.push(`neighbourSanctioned = ${G.neighbourSanctioned}`);
  if (G.round < 1 || G.round > G.options.rounds) bad.push(`round ${G.round} of ${G.options.rounds}`);
  // Round 0 (the opening) and every resolved round.
  if (G.snapshots.length !== G.round + 1 && G.snapshots.length !== G.round)
    bad.push(`${G.snapshots.length} snapshots in round ${G.round}`);
  if (G.deck.length + G.discard.length !== EVENT_IDS.length) bad.push('cards lost or doubled');
  else if (G.deck.length === 0 || G.discard.length === 1) {
    // A full check whenever the deck is reshuffled or first drawn from (sorting on every step is slow).
    const cards = [...G.deck, ...G.discard].sort();
    if (cards.some((c, i) => c !== EVENT_IDS[i])) bad.push('cards lost or doubled');
  }
  if (Boolean(ctx.gameover) !== Boolean(G.result))
    bad.push(`gameover ${Boolean(ctx.gameover)} but result ${Boolean(G.result)}`);
  return bad;
}

/** Every number the ledger explains equals its opening value plus the ledger's changes (units: per side). */
function ledgerChecks(G: GameState, opening: GameState): string[] {
  const bad: string[] = [];
  const sums = new Map<string, number>();
  for (const e of G.ledger) {
    if (!Number.isInteger(e.delta) || e.delta === 0) bad.push(`ledger ${e.key} delta ${e.delta}`);
    if (!e.cause) bad.push(`ledger ${e.key} without a cause`);
    sums.set(e.key, (sums.get(e.key) ?? 0) + e.delta);
  }
  const keys = new Set([
    ...Object.keys(G.tracks),
    ...G.seats.flatMap((r) =>
      ['fear', 'funds', 'approval', 'will', 'capability', 'militancy', 'credibility', 'units'].map(
        (k) => `${k}:${r}`,
      ),
    ),
    ...G.regions.map((r) => `stability:${r.id}`),
  ]);
  for (const k of keys) {
    const want = ledgerValue(opening, k) + (sums.get(k) ?? 0);
    if (ledgerValue(G, k) !== want) bad.push(`${k} is ${ledgerValue(G, k)} but the ledger explains ${want}`);
  }
  return bad;
}

/** Checks at the end of a game. */
function endChecks(G: GameState): string[] {
  const bad: string[] = [];
  if (!G.result) return ['no result'];
  const sc = getScenario(G.scenario);
  const collapsed = G.result.grade === 'collapsed';
  if (!collapsed && G.result.grade !== gradeOf(G, sc, false))
    bad.push(`grade ${G.result.grade} does not match the tracks`);
  for (const x of G.result.scores) {
    const rd = sc.roles.find((r) => r.id === x.role)!;
    const agenda = rd.agendas.find((a) => a.id === G.secret[x.role]!.agenda)!;
    if (x.agenda !== agendaMet(G, x.role, agenda))
      bad.push(`${x.role} agenda flag does not match its condition`);
    if (x.won !== (x.objective && x.agenda)) bad.push(`${x.role} win flag is not objective and agenda`);
  }
  if (G.result.grade !== 'collapsed' && G.round !== G.options.rounds)
    bad.push(`${G.result.grade} after round ${G.round} of ${G.options.rounds}`);
  if (G.result.scores.length !== G.seats.length) bad.push('a seat has no score');
  if (JSON.stringify(G.result.revealed) !== JSON.stringify(G.secret)) bad.push('not every secret revealed');
  if (G.history.some((h) => h.round > G.round)) bad.push('history from the future');
  return bad;
}

interface Tally {
  games: number;
  moves: number;
  rounds: number;
  grades: Record<Grade, number>;
  ms: number;
}
const tally = (): Tally => ({
  games: 0,
  moves: 0,
  rounds: 0,
  grades: { durable: 0, fragile: 0, collapsed: 0 },
  ms: 0,
});
const report = (label: string, t: Tally) =>
  VERBOSE &&
  console.log(
    `${label}: ${t.games} games in ${(t.ms / 1000).toFixed(1)} s (${(t.ms / t.games).toFixed(1)} ms/game), ` +
      `${(t.moves / t.games).toFixed(0)} moves and ${(t.rounds / t.games).toFixed(2)} rounds per game, grades ${JSON.stringify(t.grades)}`,
  );

describe('the invariant checker', () => {
  it('catches a corrupted state (so a silent fuzzer means something)', () => {
    const m = new Match({ seed: 'corrupt' });
    const { G, ctx } = m.full;
    expect(invariants(G, ctx)).toEqual([]);
    const bad = structuredClone(G) as unknown as {
      regions: Array<{ units: Record<string, { active: number }>; stability: number }>;
      roles: Record<string, { funds: number; fear: number }>;
      tracks: Record<string, number>;
      deck: string[];
      round: number;
    };
    bad.regions[0]!.units.government!.active = -1;
    bad.regions[1]!.stability = 6;
    bad.roles.movement!.funds = -2;
    bad.roles.government!.fear = 11;
    bad.tracks.tension = s.tuning.tensionMax + 1;
    bad.deck.pop();
    bad.round = 99;
    expect(invariants(bad as unknown as GameState, ctx)).toEqual([
      'capital.units.government.active = -1',
      'north.stability = 6',
      `track tension = ${s.tuning.tensionMax + 1}`,
      'government.fear = 11',
      'movement.funds = -2',
      `round 99 of ${s.tuning.rounds}`,
      '1 snapshots in round 99',
      'cards lost or doubled',
    ]);
    m.stop();
  });
});

describe('the ledger check', () => {
  it('catches a number changed without a cause', () => {
    const m = new Match({ seed: 'ledger' });
    const { G } = m.full;
    const opening = initialState(s, { next: seeded('x') }, {});
    expect(ledgerChecks(G, opening)).toEqual([]);
    const bad = structuredClone(G) as unknown as {
      tracks: { tension: number };
      roles: Record<string, { fear: number }>;
    };
    bad.tracks.tension += 1;
    bad.roles.movement!.fear -= 1;
    expect(ledgerChecks(bad as unknown as GameState, opening)).toEqual([
      `tension is ${G.tracks.tension + 1} but the ledger explains ${G.tracks.tension}`,
      `fear:movement is ${G.roles.movement!.fear - 1} but the ledger explains ${G.roles.movement!.fear}`,
    ]);
    m.stop();
  });
});

describe('random-play fuzzer', () => {
  it(
    `${GAMES} games on the direct driver: every step keeps the invariants, no dead end, every move accepted`,
    () => {
      const t = tally();
      const problems: string[] = [];
      const t0 = performance.now();
      for (let i = 0; i < GAMES; i++) {
        const seed = `fuzz-${i}`;
        const { chooser, setupData } = gameConfig(i);
        const agent = agentFor(chooser, seeded(seed));
        let history = 0;
        let steps = 0;
        const rand = seeded(`${seed}-opening`);
        const opening = initialState(getScenario(setupData.scenario), { next: rand }, setupData);
        // playMatch throws on a refused move, on a dead end and after 5000 moves.
        const rec = playMatch(seed, Object.fromEntries(SEATS.map((p) => [p, agent])), {
          setupData,
          onStep: ({ G, ctx }) => {
            steps++;
            if (G.history.length < history) problems.push(`${seed}: history shrank`);
            history = G.history.length;
            if (problems.length < 30) {
              for (const b of invariants(G, ctx)) problems.push(`${seed} r${G.round} ${ctx.phase}: ${b}`);
              if (steps % 7 === 0)
                for (const b of ledgerChecks(G, opening))
                  problems.push(`${seed} r${G.round} ${ctx.phase}: ${b}`);
            }
          },
        });
        for (const b of [...endChecks(rec.state), ...ledgerChecks(rec.state, opening)])
          problems.push(`${seed}: ${b}`);
        t.games++;
        t.moves += rec.moves;
        t.rounds += rec.rounds;
        t.grades[rec.result.grade]++;
        expect(steps).toBeGreaterThan(0);
      }
      t.ms = performance.now() - t0;
      report('driver', t);
      expect(problems).toEqual([]);
      // The fuzzer reached both ends of the game.
      expect(t.grades.collapsed).toBeGreaterThan(0);
      expect(t.grades.fragile + t.grades.durable).toBeGreaterThan(0);
    },
    LONG,
  );

  describe('through boardgame.io’s Client', () => {
    const env = process.env.NODE_ENV;
    beforeAll(() => {
      // boardgame.io prints every refused move; the probes below are refused on purpose.
      vi.spyOn(console, 'error').mockImplementation(() => {});
      // Outside production boardgame.io walks the whole of G after every move to check that it is
      // serializable: ~2/3 of the Client's time. We check a JSON round trip at the end of each game instead.
      process.env.NODE_ENV = 'production';
    });
    afterAll(() => {
      vi.restoreAllMocks();
      process.env.NODE_ENV = env;
    });

    /** Moves another seat may make, and some plainly bad ones: mostly illegal for this seat now. */
    function probes(G: GameState, ctx: Ctx, pid: string, rand: () => number): LegalMove[] {
      const other = SEATS[Math.floor(rand() * SEATS.length)]!;
      const theirs =
        other === pid ? [] : legalMoves(Ceasefire.playerView!({ G, ctx, playerID: other }), ctx, other);
      return [
        ...theirs,
        { move: 'addOrder', args: [{ type: 'canton', region: 'atlantis', count: 1 }] },
        { move: 'addOrder', args: [{ type: 'canton', region: 'capital', count: 99 }] },
        { move: 'makeOffer', args: [{ to: G.seats[Number(pid)], private: false, give: [], ask: [] }] },
        { move: 'answerPledge', args: [424242, true] },
        { move: 'chooseCrisis', args: ['nonsense'] },
        { move: 'ready', args: [] },
        { move: 'submitOrders', args: [] },
        { move: 'resumeWar', args: [] },
      ];
    }

    it(
      `${CLIENT_GAMES} games: invariants, accepted moves, refused probes change nothing, same end as the driver`,
      () => {
        const t = tally();
        const problems: string[] = [];
        let refusedProbes = 0;
        const t0 = performance.now();
        for (let i = 0; i < CLIENT_GAMES; i++) {
          const seed = `fuzz-client-${i}`;
          const { chooser, setupData } = gameConfig(i);
          const m = new Match({ seed, setupData });
          const probeRand = seeded(`${seed}-probes`);
          let history = 0;
          const moves = drive(m, chooser, seeded(seed), {
            onState: ({ G, ctx }: FullState) => {
              if (G.history.length < history) problems.push(`${seed}: history shrank`);
              history = G.history.length;
              for (const b of invariants(G, ctx)) problems.push(`${seed} r${G.round} ${ctx.phase}: ${b}`);
              if (ctx.gameover || probeRand() > PROBE_RATE) return;
              // Try a move checkMove refuses: boardgame.io must refuse it and the state must not change.
              const pid = SEATS[Math.floor(probeRand() * SEATS.length)]!;
              const bad = probes(G, ctx, pid, probeRand).filter(
                (p) => checkMove(G, ctx, pid, p.move, p.args) !== null,
              );
              const p = bad[Math.floor(probeRand() * bad.length)];
              if (!p) return;
              const before = m.full;
              m.client.updatePlayerID(pid);
              m.client.moves[p.move]!(...p.args);
              const after = m.full;
              refusedProbes++;
              if (after._stateID !== before._stateID || after.G !== before.G)
                problems.push(
                  `${seed}: refused ${p.move} ${JSON.stringify(p.args)} by ${pid} changed the state`,
                );
            },
            onMove: (pid, mv, accepted) => {
              if (!accepted)
                problems.push(`${seed}: legal ${mv.move} ${JSON.stringify(mv.args)} by ${pid} refused`);
            },
          });
          const G = m.G;
          for (const b of endChecks(G)) problems.push(`${seed}: ${b}`);
          if (!isDeepStrictEqual(JSON.parse(JSON.stringify(G)), G))
            problems.push(`${seed}: G is not plain JSON`);
          // The same seed and the same decisions on the direct driver give the very same game.
          const agent = agentFor(gameConfig(i).chooser, seeded(seed));
          const ref = playMatch(seed, Object.fromEntries(SEATS.map((p) => [p, agent])), { setupData });
          if (JSON.stringify(ref.state) !== JSON.stringify(G))
            problems.push(`${seed}: Client and driver diverge`);
          if (ref.moves !== moves) problems.push(`${seed}: ${moves} Client moves, ${ref.moves} driver moves`);
          t.games++;
          t.moves += moves;
          t.rounds += G.round;
          t.grades[G.result!.grade]++;
          m.stop();
        }
        t.ms = performance.now() - t0;
        report('client', t);
        expect(problems.slice(0, 30)).toEqual([]);
        if (CLIENT_GAMES >= 20) expect(refusedProbes).toBeGreaterThan(CLIENT_GAMES);
      },
      LONG,
    );
  });
});

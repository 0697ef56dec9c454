// "What if?" re-runs: the state at the start of a round is the table's own (replayed from its log through
// the driver, checked against boardgame.io's reducer), a seed gives the same distribution every time, the
// changed decision is really applied, and rounds outside the game are refused.
import type { Ctx } from 'boardgame.io';
import { CreateGameReducer, InitializeGame } from 'boardgame.io/internal';
import { describe, expect, it } from 'vitest';
import { decide, withReason } from '../../game/bots/index.ts';
import { Ceasefire } from '../../game/index.ts';
import { applyInject, type Inject, injectRng } from '../../game/inject.ts';
import { getScenario } from '../../game/scenario.ts';
import {
  applyChange,
  driverStateOf,
  movesOfLog,
  type ReplayStep,
  rerun,
  type StoredState,
  stateAtRound,
  summariseRuns,
  WhatIfError,
} from '../../game/sim/whatif.ts';
import type { DraftState } from '../../game/state.ts';
import type { GameState } from '../../game/types.ts';
import { viewFor } from '../../game/view.ts';

interface BgState extends StoredState {
  readonly G: GameState;
  readonly ctx: Ctx;
  readonly _stateID: number;
}

/**
 * A table played by normal bots through boardgame.io's own reducer, as the server stores it; with
 * `injectIn`, the facilitator injects a custom card at the start of that round's negotiation, as the
 * server does (a changed copy of the state, its random keyed by match and state, the inject logged).
 */
function playTable(seed: string, injectIn?: number) {
  const game = { ...Ceasefire, seed };
  const numPlayers = getScenario().roles.length;
  const initial = InitializeGame({ game, numPlayers, setupData: {} }) as unknown as BgState;
  const reducer = CreateGameReducer({ game, isClient: false } as never) as unknown as (
    s: BgState,
    a: unknown,
  ) => BgState;
  let state = initial;
  const moves: ReplayStep[] = [];
  const atRound = new Map<number, GameState>([[1, initial.G]]);
  for (let guard = 0; state.ctx.gameover === undefined && guard < 5000; guard++) {
    if (
      injectIn === state.G.round &&
      state.ctx.phase === 'negotiation' &&
      !moves.some((m) => 'inject' in m)
    ) {
      const next = structuredClone(state) as BgState & { G: DraftState };
      const key = `match:${state._stateID}`;
      applyInject(next.G, INJECT, injectRng(key));
      state = { ...next, _stateID: state._stateID + 1 };
      moves.push({ inject: INJECT, key });
    }
    const active = Object.keys(state.ctx.activePlayers ?? { [state.ctx.currentPlayer]: null });
    for (const pid of active) {
      if (state.ctx.gameover !== undefined) break;
      if (state.ctx.activePlayers && !(pid in state.ctx.activePlayers)) continue;
      const d = decide(viewFor(state.G, pid), state.ctx, pid, { policy: 'normal', seed });
      if (!d) continue;
      const args = withReason(d);
      const round = state.G.round;
      state = reducer(state, { type: 'MAKE_MOVE', payload: { type: d.move, args, playerID: pid } });
      moves.push({ playerID: pid, move: d.move, args });
      if (state.G.round > round) atRound.set(state.G.round, state.G);
    }
  }
  return { initial, moves, final: state.G, atRound };
}

const plain = (x: unknown) => JSON.parse(JSON.stringify(x));
const INJECT: Inject = {
  custom: {
    title: 'Arms find',
    text: 'A truck of rifles is found at a checkpoint.',
    effects: [{ kind: 'track', track: 'tension', delta: 2 }],
  },
};

describe('what-if re-runs', () => {
  const table = playTable('whatif-table-1');
  const first = driverStateOf(table.initial);

  it('replays the table to the start of each round exactly as boardgame.io played it', () => {
    expect(table.final.result).not.toBeNull();
    for (const [round, G] of table.atRound) {
      const s = stateAtRound(first, table.moves, round, table.final);
      expect(s.G.round).toBe(round);
      expect(plain(s.G)).toEqual(plain(G));
    }
  });

  it('replays a facilitator’s inject from the log, with the same random', () => {
    const injected = playTable('whatif-table-2', 2);
    expect(injected.moves.filter((m) => 'inject' in m)).toHaveLength(1);
    const start = driverStateOf(injected.initial);
    for (const [round, G] of injected.atRound) {
      if (round > injected.final.round) continue;
      expect(plain(stateAtRound(start, injected.moves, round, injected.final).G)).toEqual(plain(G));
    }
    // The server's log entry of the inject reads back as the same step.
    const entry = {
      action: { type: 'CEASEFIRE_MUTATION', payload: { type: 'inject', args: [INJECT, 'match:7'] } },
    };
    expect(movesOfLog([entry])).toEqual([{ inject: INJECT, key: 'match:7' }]);
    // Without it (a table injected before injects were logged) the replay is refused, not misreported.
    const unlogged = injected.moves.filter((m) => !('inject' in m));
    expect(() => stateAtRound(start, unlogged, Math.min(3, injected.final.round), injected.final)).toThrow(
      WhatIfError,
    );
  });

  it('refuses a round outside the game', () => {
    const last = table.final.round;
    for (const round of [0, -1, last + 1, 2.5]) {
      let err: unknown;
      try {
        stateAtRound(first, table.moves, round, table.final);
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(WhatIfError);
      expect((err as WhatIfError).code).toBe('round_out_of_range');
    }
  });

  it('refuses a replay that does not match the table (changed outside its moves)', () => {
    const tampered = structuredClone(table.final) as unknown as {
      snapshots: { tracks: { tension: number } }[];
    };
    tampered.snapshots[1]!.tracks.tension += 3; // after round 1
    expect(() => stateAtRound(first, table.moves, 3, tampered as unknown as GameState)).toThrow(
      /does not give its recorded rounds/,
    );
    // Rounds before the change still replay.
    expect(stateAtRound(first, table.moves, 1, tampered as unknown as GameState).G.round).toBe(1);
  });

  it('gives the same distribution for the same seed, and another for another seed', () => {
    const start = stateAtRound(first, table.moves, 3, table.final);
    const a = rerun(start, { kind: 'none' }, { runs: 12, seed: 's1' });
    const b = rerun(start, { kind: 'none' }, { runs: 12, seed: 's1' });
    const c = rerun(start, { kind: 'none' }, { runs: 12, seed: 's2' });
    expect(a).toHaveLength(12);
    expect(b).toEqual(a);
    expect(c).not.toEqual(a);
    const roles = getScenario().roles.map((r) => r.id);
    const sum = summariseRuns(roles, a);
    expect(sum.runs).toBe(12);
    expect(sum.outcomes.durable + sum.outcomes.fragile + sum.outcomes.collapsed).toBe(12);
    const tensions = a.map((r) => r.tension);
    expect(sum.meanTension).toBeCloseTo(tensions.reduce((x, y) => x + y, 0) / 12, 1);
    for (const r of roles)
      expect(sum.winRates[r]).toBeCloseTo(a.filter((x) => x.winners.includes(r)).length / 12, 2);
    // The start state is not changed by playing from it.
    expect(plain(start.G)).toEqual(plain(table.atRound.get(3)));
  });

  it('applies a fixed spoiler type in every re-run', () => {
    const start = stateAtRound(first, table.moves, 3, table.final);
    const spoiler = getScenario().roles.find((r) => r.kind === 'spoiler')!.id;
    const other = start.G.secret[spoiler]!.spoilerType === 'total' ? 'limited' : 'total';
    const types: (string | null)[] = [];
    const runs = rerun(
      start,
      { kind: 'spoilerType', role: spoiler, type: other },
      { runs: 6, seed: 'type', onRun: (_r, G) => types.push(G.secret[spoiler]!.spoilerType) },
    );
    expect(runs).toHaveLength(6);
    expect(types).toEqual(Array(6).fill(other));
  });

  it('puts the monitors in the region and makes the guarantor answer pledges as asked', () => {
    const start = stateAtRound(first, table.moves, 2, table.final);
    const s = getScenario();
    const un = s.roles.find((r) => r.kind === 'guarantor')!.id;
    const region = s.regions.at(-1)!.id;
    const changed = applyChange(start, { kind: 'monitors', role: un, region });
    const r = changed.G.regions.find((x) => x.id === region)!;
    expect(r.monitors[un]).toBeGreaterThanOrEqual(1);
    expect(Object.values(r.consent).every(Boolean)).toBe(true);
    expect(start.G.regions.find((x) => x.id === region)!.monitors[un]).toBe(0);

    // Every guarantor breaks (or honours) every triggered pledge in every re-run.
    const guarantors = s.roles.filter((x) => x.kind === 'guarantor').map((x) => x.id);
    const answered = (answer: 'honour' | 'break') => {
      let honoured = 0;
      let broken = 0;
      for (const g of guarantors)
        rerun(
          start,
          { kind: 'pledges', role: g, answer },
          {
            runs: 8,
            seed: 'pledge',
            onRun: (_r, G) => {
              honoured += G.roles[g]!.honoured - start.G.roles[g]!.honoured;
              broken += G.roles[g]!.broken - start.G.roles[g]!.broken;
            },
          },
        );
      return { honoured, broken };
    };
    const broke = answered('break');
    expect(broke.honoured).toBe(0);
    expect(broke.broken).toBeGreaterThan(0);
    const kept = answered('honour');
    expect(kept.honoured).toBeGreaterThan(0);
  });

  it('refuses a change that does not fit the table', () => {
    const start = stateAtRound(first, table.moves, 1, table.final);
    expect(() => applyChange(start, { kind: 'spoilerType', role: 'un', type: 'total' })).toThrow(
      /not a spoiler/,
    );
    expect(() => applyChange(start, { kind: 'monitors', role: 'un', region: 'atlantis' })).toThrow(
      /not a region|not a guarantor/,
    );
    expect(() => rerun(start, { kind: 'none' }, { runs: 100_000, seed: 'x' })).toThrow(/re-runs/);
  });

  it('stops at the deadline and returns what it finished', () => {
    const start = stateAtRound(first, table.moves, 1, table.final);
    const t0 = performance.now();
    const runs = rerun(start, { kind: 'none' }, { runs: 500, seed: 'slow', deadline: t0 + 150 });
    expect(runs.length).toBeLessThan(500);
    expect(performance.now() - t0).toBeLessThan(2000);
    expect(runs.map((r) => r.index)).toEqual(runs.map((_, i) => i));
  });
});

// Bots: only legal moves, the same game for the same seed, decisions from the seat's view alone.
import type { Ctx } from 'boardgame.io';
import { describe, expect, it } from 'vitest';
import { decide, type PolicyName, serverPolicy, withReason } from '../../game/bots/index.ts';
import { legalMoves } from '../../game/legal.ts';
import { type Agent, playMatch, playMatchReference } from '../../game/sim/runner.ts';
import type { GameState } from '../../game/types.ts';
import { viewFor } from '../../game/view.ts';

const ROLES = ['government', 'movement', 'spoiler', 'un', 'regional'];

/** Agents for a policy per seat that also check every decision is one of the seat's legal moves. */
function checkedAgents(
  seed: string,
  policies: readonly PolicyName[],
  log?: unknown[],
): Record<string, Agent> {
  const out: Record<string, Agent> = {};
  policies.forEach((policy, seat) => {
    out[String(seat)] = (view, ctx, pid) => {
      // The runner hands each bot its seat's view: no other seat's secrets, no deck.
      const me = view.seats[Number(pid)];
      for (const r of view.seats)
        if (r !== me && (view.secret[r]!.agenda !== '' || view.secret[r]!.orders.length > 0))
          throw new Error(`seat ${pid} sees the secrets of ${r}`);
      if (view.deck.length > 0) throw new Error(`seat ${pid} sees the deck`);
      const d = decide(view, ctx, pid, { policy, seed });
      const legal = legalMoves(view, ctx, pid);
      if (d) {
        const key = JSON.stringify(d.args);
        const ok = legal.some((m) => m.move === d.move && JSON.stringify(m.args) === key);
        if (!ok) throw new Error(`${policy} bot of seat ${pid} chose a move not in legalMoves: ${d.move}`);
        if (typeof d.reason !== 'string' || d.reason.length < 5) throw new Error(`no reason for ${d.move}`);
      } else if (
        legal.some((m) => m.move === 'ready' || m.move === 'submitOrders' || m.move === 'chooseCrisis')
      )
        throw new Error(`${policy} bot of seat ${pid} passed although it must act (${ctx.phase})`);
      log?.push([pid, d?.move, d?.args]);
      return d;
    };
  });
  return out;
}

const MIXES: ReadonlyArray<readonly PolicyName[]> = [
  ['normal', 'normal', 'normal', 'normal', 'normal'],
  ['easy', 'normal', 'easy', 'normal', 'easy'],
  ['passive', 'easy', 'normal', 'passive', 'normal'],
  ['normal', 'passive', 'passive', 'easy', 'passive'],
  ['random', 'normal', 'random', 'easy', 'random'],
];

describe('bots', () => {
  // BOT_GAMES=... for a longer run; the default keeps the suite quick.
  const perMix = Number(process.env.BOT_GAMES ?? 1500) / MIXES.length;
  it('make only legal moves, with a reason, in thousands of seeded games of every policy mix', {
    timeout: 300_000,
  }, () => {
    let games = 0;
    for (const mix of MIXES)
      for (let i = 0; i < perMix; i++) {
        const seed = `legal-${mix.join('')}-${i}`;
        const rec = playMatch(seed, checkedAgents(seed, mix));
        expect(rec.result.grade).toMatch(/durable|fragile|collapsed/);
        games++;
      }
    expect(games).toBe(perMix * MIXES.length);
  });

  it('hard bots make only legal moves too', () => {
    for (let seat = 0; seat < 5; seat++) {
      const mix: PolicyName[] = ['normal', 'normal', 'normal', 'normal', 'normal'];
      mix[seat] = 'hard';
      const seed = `hard-legal-${seat}`;
      playMatch(seed, checkedAgents(seed, mix));
    }
  });

  it('play the same game for the same seed, and another for another seed', () => {
    const run = (seed: string) => {
      const log: unknown[] = [];
      const rec = playMatch(seed, checkedAgents(seed, MIXES[1]!, log));
      return { log, state: JSON.stringify(rec.state) };
    };
    const a = run('same-seed');
    const b = run('same-seed');
    expect(b.log).toEqual(a.log);
    expect(b.state).toBe(a.state);
    expect(run('other-seed').state).not.toBe(a.state);
  });

  it('play exactly as they would through boardgame.io’s own reducer, reasons in the history included', () => {
    for (let i = 0; i < 6; i++) {
      const seed = `ref-${i}`;
      const fast = playMatch(seed, checkedAgents(seed, MIXES[i % 3]!), { reasons: true });
      const ref = playMatchReference(seed, checkedAgents(seed, MIXES[i % 3]!), { reasons: true });
      expect(JSON.stringify(fast.state)).toBe(JSON.stringify(ref.state));
      expect(fast.state.history.some((h) => h.step === 'reason')).toBe(true);
    }
  });

  it('see only their seat’s view: hidden state of other seats never changes a decision', () => {
    let checked = 0;
    const scramble = (G: GameState, keep: string): GameState => {
      const secret = { ...G.secret };
      for (const r of ROLES)
        if (r !== keep)
          secret[r] = {
            ...secret[r]!,
            caches: { capital: 3, south: 2 },
            agenda: 'x',
            spoilerType: r === 'spoiler' ? 'total' : null,
            orders: [{ type: 'hold' }],
            induced: 5,
            smuggled: 7,
          };
      return { ...G, secret, deck: [...G.deck].reverse() };
    };
    for (let i = 0; i < 30; i++) {
      const seed = `hidden-${i}`;
      const agents: Record<string, Agent> = {};
      for (let seat = 0; seat < 5; seat++)
        agents[String(seat)] = (view, ctx, pid) => decide(view, ctx, pid, { policy: 'normal', seed });
      playMatch(seed, agents, {
        onStep: ({ G, ctx }) => {
          if (G.result) return;
          for (const pid of Object.keys(ctx.activePlayers ?? {})) {
            const role = G.seats[Number(pid)]!;
            const view = viewFor(G, pid);
            // The view hides every other seat's secrets and the deck.
            for (const r of ROLES)
              if (r !== role)
                expect(view.secret[r]).toEqual({
                  agenda: '',
                  caches: {},
                  spoilerType: null,
                  orders: [],
                  lastOrders: [],
                  induced: 0,
                  smuggled: 0,
                });
            expect(view.deck).toEqual([]);
            // Secret causes (a spoiler's militancy, a private deal) stay with the seats they belong to.
            for (const e of view.ledger) if (e.visibleTo) expect(e.visibleTo).toContain(role);
            const a = decide(view, ctx as Ctx, pid, { policy: 'normal', seed });
            const b = decide(viewFor(scramble(G, role), pid), ctx as Ctx, pid, { policy: 'normal', seed });
            expect(b).toEqual(a);
            checked++;
          }
        },
      });
    }
    expect(checked).toBeGreaterThan(1000);
  });

  it('pass (null) when the seat has nothing to do', () => {
    const seed = 'null-1';
    const agents: Record<string, Agent> = {};
    for (let seat = 0; seat < 5; seat++)
      agents[String(seat)] = (view, ctx, pid) => decide(view, ctx, pid, { policy: 'normal', seed });
    let seen = 0;
    playMatch(seed, agents, {
      onStep: ({ G, ctx }) => {
        if (ctx.phase !== 'crisis' || !ctx.activePlayers) return;
        for (let seat = 0; seat < 5; seat++)
          if (!(String(seat) in ctx.activePlayers)) {
            expect(decide(viewFor(G, String(seat)), ctx, String(seat))).toBeNull();
            seen++;
          }
      },
    });
    expect(seen).toBeGreaterThan(0);
  });

  it('give the server a move with the reason as a trailing argument', () => {
    const seed = 'server-1';
    let calls = 0;
    const agents: Record<string, Agent> = {};
    for (let seat = 0; seat < 5; seat++)
      agents[String(seat)] = (view, ctx, pid) => {
        const m = serverPolicy({ G: view, ctx, playerID: pid, difficulty: 'normal', seed });
        const d = decide(view, ctx, pid, { policy: 'normal', seed });
        expect(m?.move).toBe(d?.move);
        if (d) expect(m?.args).toEqual(withReason(d));
        calls++;
        return d;
      };
    playMatch(seed, agents);
    expect(calls).toBeGreaterThan(100);
  });
});

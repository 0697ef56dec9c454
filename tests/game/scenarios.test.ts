// Whole games with fixed seeds and scripted policies (golden histories), and determinism.
// After a deliberate change to the rules, their texts or the scenario data (balance tuning), review the diff
// and update with `npx vitest -u`. The explicit assertions before each snapshot hold whatever the tuning.
import { describe, expect, it } from 'vitest';
import { playGame } from '../../game/sim/runner.ts';
import type { GameState } from '../../game/types.ts';
import { byKind, drive, Match, patient, SCENARIO, seeded } from './harness.ts';
import { cooperative, everyone, hawkish, play } from './policies.ts';

/** The history as a debrief would print it (everything revealed), one line per entry. */
function historyText(G: GameState): string {
  return G.history
    .map((h) => {
      const who = h.visibleTo ? ` [${h.visibleTo.join(', ')}]` : '';
      return `${h.round} ${h.phase}${h.step ? `/${h.step}` : ''}${who}: ${h.text}`;
    })
    .join('\n');
}

function summary(G: GameState) {
  const r = G.result!;
  return {
    grade: r.grade,
    rounds: G.round,
    cause: r.cause,
    winners: r.scores.filter((s) => s.won).map((s) => s.role),
    tracks: G.tracks,
  };
}

/** The same scripted game through boardgame.io's own Client. */
function viaClient(seed: string, policy: typeof cooperative): GameState {
  const m = new Match({ seed });
  drive(m, policy, seeded(seed));
  m.stop();
  return m.G;
}

describe('golden games', () => {
  it('cooperative play (canton, disarm, reintegrate; monitors; impartial pledges) ends durable', () => {
    const rec = play('golden-coop', cooperative);
    const { rounds, durable } = SCENARIO.tuning;
    expect(rec.result.grade).toBe('durable');
    expect(rec.state.round).toBe(rounds);
    expect(rec.state.tracks.tension).toBeLessThanOrEqual(durable.tensionAtMost);
    expect(rec.state.tracks.ddr).toBeGreaterThanOrEqual(durable.ddrAtLeast);
    expect(rec.state.tracks.election).toBeGreaterThanOrEqual(durable.electionAtLeast);
    expect(summary(rec.state)).toMatchInlineSnapshot(`
      {
        "cause": "After round 8 the elections were held.",
        "grade": "durable",
        "rounds": 8,
        "tracks": {
          "ddr": 10,
          "election": 10,
          "expectations": 10,
          "reconstruction": 10,
          "reform": 8,
          "tension": 0,
        },
        "winners": [
          "movement",
        ],
      }
    `);
    expect(rec.state.pledges.every((p) => p.status !== 'broken')).toBe(true);
    expect(historyText(rec.state)).toMatchSnapshot();
  });

  it('hawkish play (attacks, caches, one-sided pledges broken) collapses', () => {
    const rec = play('golden-hawk', hawkish);
    // With the tuned data (Tension collapses at 11) the first round's attacks, caches and fear already
    // break the ceasefire, before any triggered pledge can be answered.
    expect(rec.result.grade).toBe('collapsed');
    expect(rec.state.round).toBeLessThan(SCENARIO.tuning.rounds);
    expect(rec.state.tracks.tension).toBe(SCENARIO.tuning.tensionMax);
    expect(rec.result.cause).toContain(`Tension reached ${SCENARIO.tuning.tensionMax}`);
    expect(summary(rec.state)).toMatchInlineSnapshot(`
      {
        "cause": "Round 1: Tension reached 11. The ceasefire collapsed into renewed fighting.",
        "grade": "collapsed",
        "rounds": 1,
        "tracks": {
          "ddr": 0,
          "election": 2,
          "expectations": 3,
          "reconstruction": 1,
          "reform": 0,
          "tension": 11,
        },
        "winners": [],
      }
    `);
    expect(historyText(rec.state)).toMatchSnapshot();
  });

  it('cooperation is durable and hawkishness collapses on every one of 10 seeds', () => {
    for (let i = 0; i < 10; i++) {
      expect(play(`coop-${i}`, cooperative).result.grade, `coop-${i}`).toBe('durable');
      expect(play(`hawk-${i}`, hawkish).result.grade, `hawk-${i}`).toBe('collapsed');
    }
  });

  it('boardgame.io’s Client plays the golden games identically', () => {
    expect(historyText(viaClient('golden-coop', cooperative))).toBe(
      historyText(play('golden-coop', cooperative).state),
    );
    expect(viaClient('golden-hawk', hawkish)).toEqual(play('golden-hawk', hawkish).state);
  });
});

describe('determinism', () => {
  const random = () => everyone(byKind());

  it('the same seed gives an identical final state twice', () => {
    for (const seed of ['same-1', 'same-2', 'same-3']) {
      const a = playGame(seed, random());
      const b = playGame(seed, random());
      expect(a.moves).toBe(b.moves);
      expect(JSON.stringify(a.state)).toBe(JSON.stringify(b.state));
    }
    const c1 = new Match({ seed: 'same-client' });
    drive(c1, patient(byKind()), seeded('same-client'));
    const c2 = new Match({ seed: 'same-client' });
    drive(c2, patient(byKind()), seeded('same-client'));
    expect(c1.G).toEqual(c2.G);
  });

  it('a different seed gives a different game', () => {
    const a = play('seed-a', cooperative).state;
    const b = play('seed-b', cooperative).state;
    expect(JSON.stringify(a)).not.toBe(JSON.stringify(b));
    // Already the opening differs: the deck and the hidden draws.
    expect(new Match({ seed: 'seed-a' }).G.deck).not.toEqual(new Match({ seed: 'seed-b' }).G.deck);
  });

  it('playGame honours setupData (rounds, spoiler type, options)', () => {
    const rec = playGame('setup', everyone(byKind()), {
      spoilerType: 'limited',
      options: { rounds: 3, securityEnvy: false },
    });
    expect(rec.rounds).toBe(3);
    expect(rec.state.options).toEqual({ rounds: 3, securityEnvy: false });
    expect(rec.state.secret.spoiler!.spoilerType).toBe('limited');
  });
});

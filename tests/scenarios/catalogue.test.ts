// Every built-in scenario: valid data through the one schema, a briefing and a real-case note, and whole
// games with bots that end in a result; the rules handle no spoiler, several spoilers and guarantors.
import { describe, expect, it } from 'vitest';
import type { PolicyName } from '../../game/bots/index.ts';
import { ScenarioSchema } from '../../game/content/schema.ts';
import { getScenario, scenarioIds } from '../../game/scenario.ts';
import { playMatch } from '../../game/sim/runner.ts';
import { checkedAgents as checked } from '../game/helpers.ts';

/** Agents of these policies that refuse to go on if a bot picks a move outside its legal moves. */

describe('the scenario catalogue', () => {
  it('has the default, a 3-seat teaching scenario, a 7-seat one and a case-based one', () => {
    const ids = scenarioIds();
    expect(ids[0]).toBe('fragileAccord');
    const sizes = ids.map((id) => getScenario(id).roles.length);
    expect(sizes).toContain(3);
    expect(sizes).toContain(5);
    expect(sizes).toContain(7);
    expect(ids.length).toBeGreaterThanOrEqual(4);
    // At least one follows a documented peace process of the 1990s, named with its sources.
    const cases = ids.map((id) => getScenario(id).realCase!).filter((rc) => /199\d/.test(rc.name));
    expect(cases.length).toBeGreaterThanOrEqual(1);
    // The 7-seat one: two spoilers, three guarantors of which two are not the UN.
    const seven = ids.map((id) => getScenario(id)).find((s) => s.roles.length === 7)!;
    expect(seven.roles.filter((r) => r.kind === 'spoiler')).toHaveLength(2);
    expect(seven.roles.filter((r) => r.kind === 'guarantor' && !r.un)).toHaveLength(2);
  });

  for (const id of scenarioIds()) {
    describe(id, () => {
      const s = getScenario(id);

      it('is valid data through the one schema, with a briefing and a note on the real case', () => {
        expect(ScenarioSchema.safeParse(s).success).toBe(true);
        expect(s.briefing.length).toBeGreaterThan(40);
        expect(s.realCase?.text.length ?? 0).toBeGreaterThan(40);
        expect(s.realCase?.sources.length ?? 0).toBeGreaterThan(0);
        expect(s.roles.length).toBeGreaterThanOrEqual(2);
        expect(s.roles.length).toBeLessThanOrEqual(7);
      });

      it('plays whole games with normal bots to elections or collapse, every seat scored', () => {
        for (let i = 0; i < 4; i++) {
          const seed = `${id}-whole-${i}`;
          const rec = playMatch(
            seed,
            checked(
              seed,
              s.roles.map(() => 'normal'),
            ),
            {
              setupData: { scenario: id },
            },
          );
          expect(rec.state.scenario).toBe(id);
          expect(rec.result.grade).toMatch(/^(durable|fragile|collapsed)$/);
          expect(rec.state.round).toBeLessThanOrEqual(s.tuning.rounds);
          if (rec.result.grade !== 'collapsed') expect(rec.state.round).toBe(s.tuning.rounds);
          expect(rec.result.scores.map((x) => x.role)).toEqual(s.roles.map((r) => r.id));
          // Every spoiler was dealt a type its role allows; several spoilers get different ones.
          const types = s.roles
            .filter((r) => r.kind === 'spoiler')
            .map((r) => {
              const t = rec.state.secret[r.id]!.spoilerType!;
              expect(r.types ?? ['limited', 'greedy', 'total']).toContain(t);
              return t;
            });
          expect(new Set(types).size).toBe(types.length);
        }
      });

      it('bots of every level make only legal moves', () => {
        const levels: PolicyName[] = ['easy', 'normal', 'random', 'passive', 'hard'];
        for (let i = 0; i < 3; i++) {
          const seed = `${id}-legal-${i}`;
          const mix = s.roles.map((_, seat) => levels[(seat + i) % levels.length]!);
          const rec = playMatch(seed, checked(seed, mix), { setupData: { scenario: id } });
          expect(rec.result.grade).toMatch(/^(durable|fragile|collapsed)$/);
        }
      });
    });
  }
});

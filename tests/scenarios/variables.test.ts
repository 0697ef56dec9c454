// Scenario variables: checked with clear paths, folded into the scenario key G.scenario holds, applied by
// setup and by the rules (rounds, Tension ceiling, enforcement, monitor teams, fog, fixed spoiler types).
import { describe, expect, it } from 'vitest';
import { crowdedPeace } from '../../game/content/crowded.ts';
import { defaultScenario } from '../../game/content/default.ts';
import { mozambique } from '../../game/content/mozambique.ts';
import type { Scenario } from '../../game/content/schema.ts';
import { firstSteps } from '../../game/content/teaching.ts';
import { legalOrders } from '../../game/legal.ts';
import { getScenario } from '../../game/scenario.ts';
import { initialState } from '../../game/setup.ts';
import {
  checkVariables,
  describeVariables,
  ruleDefaults,
  scenarioKey,
  splitKey,
} from '../../game/variables.ts';
import { rngOf } from '../game/harness.ts';

const fa = getScenario('fragileAccord');

describe('scenario variables', () => {
  it('have the same defaults read from raw content (the creation forms) as from the parsed scenario', () => {
    // The forms prefill from unparsed data; a default the schema fills in must not show as "changed".
    for (const raw of [defaultScenario, firstSteps, crowdedPeace, mozambique])
      expect(ruleDefaults(raw as unknown as Scenario), raw.id).toEqual(ruleDefaults(getScenario(raw.id)));
  });

  it('leave the key and the state of an unchanged setup exactly as before', () => {
    expect(scenarioKey(fa, {})).toBe('fragileAccord');
    expect(scenarioKey(fa, { rounds: fa.tuning.rounds, enforcement: true })).toBe('fragileAccord');
    const plain = initialState(fa, rngOf('same'));
    const same = initialState(fa, rngOf('same'), { variables: { rounds: fa.tuning.rounds } });
    expect(JSON.stringify(same)).toBe(JSON.stringify(plain));
  });

  it('fold the changed rule variables into the key, which getScenario applies', () => {
    const v = { rounds: 6, tensionMax: 13, enforcement: false, monitorTeams: 1, falseRumourPercent: 70 };
    const key = scenarioKey(fa, v);
    expect(key).toBe(
      'fragileAccord~rounds=6,tensionMax=13,enforcement=0,monitorTeams=1,falseRumourPercent=70',
    );
    expect(splitKey(key)).toEqual({ base: 'fragileAccord', rules: v });
    const s = getScenario(key);
    expect(s.id).toBe('fragileAccord');
    expect(s.tuning).toMatchObject({ rounds: 6, tensionMax: 13, monitorTeams: 1, falseRumourPercent: 70 });
    expect(s.actions.some((a) => a.type === 'enforce')).toBe(false);
    expect(getScenario('fragileAccord').actions.some((a) => a.type === 'enforce')).toBe(true);
  });

  it('are applied by setup: rounds in the options, no enforcement order, fixed spoiler types', () => {
    for (const type of ['limited', 'greedy', 'total'] as const) {
      const G = initialState(fa, rngOf(`fixed-${type}`), {
        variables: { rounds: 4, enforcement: false, spoilerTypes: { spoiler: type } },
      });
      expect(G.options.rounds).toBe(4);
      expect(G.secret.spoiler!.spoilerType).toBe(type);
      // The fixed type is not in the public key.
      expect(G.scenario).not.toContain(type);
      const orders = legalOrders(
        { ...G, round: 1, roles: { ...G.roles, un: { ...G.roles.un!, funds: 20 } } },
        'un',
      );
      expect(orders.some((o) => o.type === 'enforce')).toBe(false);
      expect(orders.some((o) => o.type === 'monitors')).toBe(true);
    }
  });

  it('are refused with every problem named by its path', () => {
    expect(checkVariables(fa, { rounds: 1, fog: 3 }).map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual(
      ['rounds: rounds is at least 2', ': Unrecognized key: "fog"'],
    );
    expect(checkVariables(fa, { tensionMax: 5 })[0]!.message).toMatch(/at least 6/);
    expect(checkVariables(fa, { tensionMax: 7 }).map((i) => i.message)).toEqual([
      'tensionMax must be at least 8: the agenda "spoTension" of the Spoiler needs that much Tension',
    ]);
    expect(checkVariables(fa, { spoilerTypes: { un: 'total' } })[0]).toEqual({
      path: ['spoilerTypes', 'un'],
      message: 'un is not a spoiler in Fragile Accord',
    });
    expect(checkVariables(fa, { timers: { orders: 5 } })[0]).toMatchObject({ path: ['timers', 'orders'] });
    expect(() => initialState(fa, rngOf('x'), { variables: { monitorTeams: 0 } })).toThrow(
      /monitorTeams: monitorTeams is at least 1/,
    );
  });

  it('are described in plain words, a fixed spoiler type kept secret unless revealed', () => {
    const v = { rounds: 6, spoilerTypes: { spoiler: 'total' as const }, timers: { orders: 120 } };
    const lines = describeVariables(fa, v);
    expect(lines.find((l) => l.label === 'Rounds')).toEqual({
      id: 'rounds',
      n: 6,
      label: 'Rounds',
      value: '6',
      changed: true,
    });
    // The client words the lines itself from these fields: a hidden type stays 'secret' there too.
    expect(lines.find((l) => l.id === 'spoiler')).toMatchObject({ role: 'spoiler', spoiler: 'secret' });
    expect(
      describeVariables(fa, { spoilerTypes: { spoiler: 'fixed' } }, { revealSpoilers: true }),
    ).toContainEqual(expect.objectContaining({ id: 'spoiler', spoiler: 'secret', changed: true }));
    expect(lines.find((l) => l.label.includes('hidden type'))!.value).toBe(
      'fixed by the facilitator (secret)',
    );
    expect(
      describeVariables(fa, v, { revealSpoilers: true }).find((l) => l.label.includes('hidden type'))!.value,
    ).toBe('fixed: total');
    expect(lines.find((l) => l.label === 'Phase timers')!.value).toBe('orders 120 s');
    expect(lines.find((l) => l.id === 'timers')).toMatchObject({ timers: [['orders', 120]] });
  });
});

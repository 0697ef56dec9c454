// Scenario data is validated at load: bad data is refused with a message naming the bad field's path.
import { describe, expect, it } from 'vitest';
import { defaultScenario } from '../../game/content/default.ts';
import { parseScenario, ScenarioSchema } from '../../game/content/schema.ts';
import { getScenario, scenarioIds } from '../../game/scenario.ts';
import { checkSeries, claimMatches, evaluate } from '../../game/sim/check.ts';

/** A deep, mutable copy of the default scenario's raw data to break. */
type Raw = {
  tuning: Record<string, unknown>;
  roles: Array<Record<string, unknown> & { agendas: Array<Record<string, unknown>> }>;
  regions: Array<Record<string, unknown> & { units: Record<string, Record<string, number>> }>;
  actions: Array<Record<string, unknown>>;
  spoilerTypes: Array<Record<string, unknown>>;
  events: Array<
    Record<string, unknown> & {
      effects: Array<Record<string, unknown>>;
      choice?: { role: string; options: Array<{ effects: Array<Record<string, unknown>> }> };
    }
  >;
};
const raw = (): Raw => structuredClone(defaultScenario) as unknown as Raw;

/** The error message parseScenario throws for this data ('' if it parses). */
function refusal(data: unknown): string {
  try {
    parseScenario(data);
    return '';
  } catch (e) {
    return (e as Error).message;
  }
}

const firstChoice = (s: Raw) => s.events.findIndex((e) => e.choice);

describe('parseScenario', () => {
  it('accepts the default scenario', () => {
    expect(refusal(raw())).toBe('');
    expect(getScenario().id).toBe('fragileAccord');
    expect(scenarioIds()).toContain('fragileAccord');
  });

  it('refuses an unknown region in an event effect, naming its path', () => {
    const s = raw();
    s.events[2]!.effects.push({ kind: 'stability', region: 'atlantis', delta: 1 });
    const j = s.events[2]!.effects.length - 1;
    expect(refusal(s)).toContain(`events.2.effects.${j}.region: unknown region atlantis`);
  });

  it('refuses an unknown role in an event effect', () => {
    const s = raw();
    s.events[0]!.effects[0] = { kind: 'fear', role: 'rebels', delta: 1 };
    expect(refusal(s)).toContain('events.0.effects.0.role: unknown role rebels');
  });

  it('names the path inside a choice option for a bad effect there', () => {
    const s = raw();
    const i = firstChoice(s);
    s.events[i]!.choice!.options[1]!.effects.push({ kind: 'refugees', region: 'atlantis', delta: 1 });
    const j = s.events[i]!.choice!.options[1]!.effects.length - 1;
    expect(refusal(s)).toContain(`events.${i}.choice.options.1.effects.${j}.region: unknown region atlantis`);
  });

  it('refuses a choice asked of an unknown role', () => {
    const s = raw();
    const i = firstChoice(s);
    s.events[i]!.choice!.role = 'president';
    expect(refusal(s)).toContain(`events.${i}.choice.role: unknown role president`);
  });

  it('refuses negative units', () => {
    const s = raw();
    s.regions[0]!.units.government!.active = -1;
    expect(refusal(s)).toMatch(/regions\.0\.units\.government\.active: .*>=0/);
  });

  it('refuses units of an unknown role', () => {
    const s = raw();
    s.regions[1]!.units.bandits = { active: 2 };
    expect(refusal(s)).toContain('regions.1.units.bandits: unknown role bandits');
  });

  it('refuses a duplicate event id', () => {
    const s = raw();
    s.events[3]!.id = s.events[0]!.id;
    expect(refusal(s)).toContain(`events.3.id: duplicate event id ${String(s.events[0]!.id)}`);
  });

  it('refuses a duplicate region id', () => {
    const s = raw();
    s.regions[2]!.id = s.regions[1]!.id;
    expect(refusal(s)).toContain(`regions.2.id: duplicate region id ${String(s.regions[1]!.id)}`);
  });

  it('refuses three factions', () => {
    const s = raw();
    s.roles[2]!.kind = 'faction';
    expect(refusal(s)).toContain('roles: a scenario needs exactly two factions');
  });

  it('refuses a missing source (every rule traces to the seeds)', () => {
    for (const [break_, path] of [
      [(s: Raw) => delete s.events[0]!.source, 'events.0.source'],
      [(s: Raw) => delete s.roles[1]!.source, 'roles.1.source'],
      [(s: Raw) => delete s.regions[0]!.source, 'regions.0.source'],
      [(s: Raw) => delete s.actions[4]!.source, 'actions.4.source'],
      [(s: Raw) => delete s.roles[0]!.agendas[0]!.source, 'roles.0.agendas.0.source'],
      [(s: Raw) => (s.events[1]!.source = 'Walter (seed 000)'), 'events.1.source: source must be { seed'],
      [
        (s: Raw) => (s.events[1]!.source = { seed: '001', quote: 'a passage long enough' }),
        'events.1.source',
      ],
      [
        (s: Raw) => (s.actions[0]!.source = { seed: '000', quote: 'too short' }),
        'actions.0.source.quote: quote must',
      ],
      [(s: Raw) => (s.roles[0]!.source = { design: 'short' }), 'roles.0.source.design: design must say'],
      [
        (s: Raw) => (s.regions[0]!.source = { design: 'a design note that also cites', seed: '000' }),
        'regions.0.source: Unrecognized key: "seed"',
      ],
    ] as const) {
      const s = raw();
      break_(s);
      expect(refusal(s)).toContain(path);
    }
  });

  it('refuses an agenda about an unknown region', () => {
    const s = raw();
    const agenda = s.roles[0]!.agendas.findIndex(
      (a) => (a.condition as { kind: string }).kind === 'regionStable',
    );
    (s.roles[0]!.agendas[agenda]!.condition as { region: string }).region = 'atlantis';
    expect(refusal(s)).toContain(`roles.0.agendas.${agenda}.condition.region: unknown region atlantis`);
  });

  it('refuses an action reserved for an unknown role', () => {
    const s = raw();
    const i = s.actions.findIndex((a) => a.type === 'reform');
    s.actions[i]!.roles = ['junta'];
    expect(refusal(s)).toContain(`actions.${i}.roles: unknown role junta`);
  });

  it('refuses a spoiler type given twice (and so one missing)', () => {
    const s = raw();
    s.spoilerTypes[2]!.name = 'limited';
    expect(refusal(s)).toContain('spoilerTypes.2.name: duplicate spoiler type limited');
  });

  it('refuses a scenario without the "hold" order (a missing order becomes hold)', () => {
    const s = raw();
    s.actions = s.actions.filter((a) => a.type !== 'hold');
    expect(refusal(s)).toContain('actions: the "hold" order is required');
  });

  it('refuses out-of-range tuning', () => {
    const s = raw();
    s.tuning.rounds = 0;
    expect(refusal(s)).toMatch(/tuning\.rounds: .*>=1/);
  });

  it('lists every bad field, one per line', () => {
    const s = raw();
    s.regions[0]!.units.government!.active = -1;
    s.events[3]!.id = s.events[0]!.id;
    const lines = refusal(s).split('\n');
    expect(lines[0]).toBe('Invalid scenario data:');
    expect(lines.length).toBeGreaterThanOrEqual(3);
  });
});

describe.each(scenarioIds())('built-in scenario %s', (id) => {
  it('is valid through the one schema, with a briefing, minutes and a real-case note', () => {
    const s = getScenario(id);
    expect(ScenarioSchema.safeParse(s).success).toBe(true);
    expect(s.briefing.length).toBeGreaterThan(40);
    expect(s.minutes).toBeGreaterThan(0);
    expect(s.realCase?.sources.length ?? 0).toBeGreaterThan(0);
    // Every claim it exempts names a claim the check makes, here or (one it skips here, e.g. without a
    // spoiler) on the default scenario: a typo would exempt nothing.
    const idsOf = (key: string) =>
      evaluate(Object.fromEntries(checkSeries(1, 'ids', { scenario: key }).map((x) => [x.name, []])), {
        scenario: key,
      }).map((c) => c.id!);
    const ids = [...idsOf(id), ...idsOf('fragileAccord')];
    for (const c of s.claims) {
      expect(
        ids.some((x) => claimMatches(c.claim, x)),
        c.claim,
      ).toBe(true);
      expect(c.reason.length).toBeGreaterThan(15);
    }
  });
});

describe('getScenario', () => {
  it('throws a clear error for an unknown scenario', () => {
    expect(() => getScenario('nope')).toThrow('Unknown scenario "nope". Known: fragileAccord');
  });
});

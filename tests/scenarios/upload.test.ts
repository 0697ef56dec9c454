// An uploaded scenario's problems are each reported with the path of the field and the reason, all at
// once (schema, unknown fields, built-in ids, a test game); docs/scenarios.md is what the schema says.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultScenario } from '../../game/content/default.ts';
import { firstSteps } from '../../game/content/teaching.ts';
import { checkScenario, checkScenarioText, type ScenarioIssue } from '../../game/content/validate.ts';
import { getScenario, hasScenario, registerScenario } from '../../game/scenario.ts';
import { generatedDocs } from '../../server/scenarioCli.ts';

// biome-ignore lint/suspicious/noExplicitAny: a test breaks raw data freely.
type Raw = any;
const copy = (id: string, from: unknown = firstSteps): Raw => ({ ...structuredClone(from as object), id });
const issues = (raw: unknown): readonly ScenarioIssue[] => {
  const r = checkScenario(raw, { dryRun: false });
  return r.ok ? [] : r.issues;
};

describe('checking an uploaded scenario', () => {
  it('accepts a copy of a built-in scenario under a new id, with a dry run', () => {
    const r = checkScenario(copy('myLesson'));
    expect(r.ok).toBe(true);
    // The dry run does not leave the scenario registered.
    expect(hasScenario('myLesson')).toBe(false);
  });

  it('lists every problem at once, each with its path and reason', () => {
    const s = copy('fragileAccord', defaultScenario);
    s.tuning.rounds = 0;
    s.roles[1].fundz = 4;
    s.regions[0].units.government.active = -2;
    s.events[1].effects.push({ kind: 'fear', role: 'nobody', delta: 1 });
    s.events[2].effects.push({ kind: 'earthquake', delta: 1 });
    const got = issues(s);
    const at = (path: string) => got.filter((i) => i.path === path).map((i) => i.message);
    expect(at('tuning.rounds')).toEqual(['Too small: expected number to be >=1']);
    expect(at('roles.1.fundz')).toEqual(['unknown field "fundz"']);
    expect(at('regions.0.units.government.active')[0]).toContain('>=0');
    expect(at('id')).toEqual(['the id "fragileAccord" is taken by a built-in scenario']);
    const j = s.events[2].effects.length - 1;
    expect(at(`events.2.effects.${j}.kind`)[0]).toContain("Invalid discriminator value. Expected 'track'");
    expect(got).toHaveLength(5);
  });

  it('reports broken references between parts and the seat count', () => {
    const s = copy('refs');
    s.regions[0].neighbours.push('atlantis');
    s.roles[0].agendas[0].condition = { kind: 'regionStable', region: 'nowhere', value: 3 };
    s.actions[0].roles = ['junta'];
    expect(issues(s)).toEqual(
      expect.arrayContaining([
        { path: 'regions.0.neighbours', message: 'unknown region atlantis' },
        { path: 'roles.0.agendas.0.condition.region', message: 'unknown region nowhere' },
        { path: 'actions.0.roles', message: 'unknown role junta' },
      ]),
    );
    const big = copy('big');
    for (let i = 0; i < 6; i++) big.roles.push({ ...structuredClone(big.roles[2]), id: `g${i}` });
    expect(issues(big)).toContainEqual({
      path: 'roles',
      message: 'Too big: expected array to have <=7 items',
    });
    const lone = copy('lone');
    lone.roles = lone.roles.slice(0, 1);
    expect(issues(lone).map((i) => i.path)).toContain('roles');
  });

  it('finds unknown fields inside unions by kind and in sources', () => {
    const s = copy('typos');
    s.events[0].effects[0] = { kind: 'track', track: 'tension', delta: 1, rounds: 2 };
    s.roles[0].agendas[0].condition.valeu = 3;
    const got = issues(s);
    expect(got).toContainEqual({ path: 'events.0.effects.0.rounds', message: 'unknown field "rounds"' });
    expect(got).toContainEqual({
      path: 'roles.0.agendas.0.condition.valeu',
      message: 'unknown field "valeu"',
    });
  });

  it('reports bad JSON with its line and column, and a non-object', () => {
    const r = checkScenarioText('{\n  "id": "x",\n  "name": }');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.issues).toHaveLength(1);
      expect(r.issues[0]!.path).toBe('(root)');
      expect(r.issues[0]!.message).toMatch(/^not valid JSON: /);
    }
    const arr = checkScenarioText('[1, 2]');
    expect(arr.ok ? [] : arr.issues).toEqual([{ path: '(root)', message: 'a scenario is a JSON object' }]);
  });

  it('refuses other content under an id already registered, and keeps the first', () => {
    const first = copy('sameId');
    registerScenario(first);
    expect(registerScenario(structuredClone(first)).name).toBe(first.name);
    const other = copy('sameId');
    other.name = 'Another lesson';
    expect(() => registerScenario(other)).toThrow('A different scenario with the id "sameId"');
    expect(getScenario('sameId').name).toBe(first.name);
  });
});

describe('docs/scenarios.md', () => {
  it('is generated from the schema and up to date (npm run scenario -- schema)', () => {
    for (const [path, text] of Object.entries(generatedDocs())) expect(readFileSync(path, 'utf8')).toBe(text);
  });

  it('documents every field of the schema with its description', () => {
    const doc = generatedDocs();
    const md = Object.entries(doc).find(([p]) => p.endsWith('.md'))![1];
    for (const field of ['tensionMax', 'fearBlocksDdr', 'agendas', 'neighbours', 'spoilerTypes', 'realCase'])
      expect(md).toContain(`| \`${field}\` |`);
    expect(md).toContain('Tension at which the ceasefire collapses.');
    expect(md).toContain('`credibilityAtLeast` — The role ends with credibility at least value.');
    // Every field has a description (no empty last cell in any table row).
    const rows = md.split('\n').filter((l) => l.startsWith('| `'));
    expect(rows.length).toBeGreaterThan(80);
    for (const r of rows) expect(r, r).not.toMatch(/\|\s*\|$/);
  });
});

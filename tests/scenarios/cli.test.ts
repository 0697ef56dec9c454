// `npm run scenario -- validate | balance` on real files in a child process: exit codes and output.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { firstSteps } from '../../game/content/teaching.ts';
import { tempDir } from '../helpers/server.ts';

let dir: string;
let good: string;
let bad: string;

function cli(...args: string[]) {
  const r = spawnSync('npx', ['tsx', 'server/scenarioCli.ts', ...args], {
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

beforeAll(() => {
  dir = tempDir('ceasefire-scenario-');
  const s = { ...structuredClone(firstSteps), id: 'cliLesson', name: 'A CLI Lesson' } as Record<
    string,
    unknown
  >;
  good = path.join(dir, 'good.json');
  fs.writeFileSync(good, JSON.stringify(s, null, 2));
  const b = structuredClone(s) as { tuning: { rounds: number }; roles: Record<string, unknown>[] };
  b.tuning.rounds = 99;
  b.roles[0]!.colour = 'red';
  bad = path.join(dir, 'bad.json');
  fs.writeFileSync(bad, JSON.stringify(b, null, 2));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('npm run scenario', () => {
  it('validate: a good file prints its summary and exits 0', () => {
    const r = cli('validate', good);
    expect(r.code).toBe(0);
    expect(r.out).toContain('good.json: a valid scenario');
    expect(r.out).toContain('A CLI Lesson (cliLesson)');
    expect(r.out).toContain('3 seats — factions: Government, Movement');
  });

  it('validate: a bad file prints every problem with its path and exits 1', () => {
    const r = cli('validate', bad);
    expect(r.code).toBe(1);
    expect(r.err).toContain('bad.json: not a valid scenario (2 problems)');
    expect(r.err).toContain('  tuning.rounds: Too big: expected number to be <=20');
    expect(r.err).toContain('  roles.0.colour: unknown field "colour"');
    const missing = cli('validate', path.join(dir, 'nope.json'));
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('no such file');
    expect(cli('validate').code).toBe(2);
  });

  it('validate: a YAML file is read as its JSON would be; a YAML mistake is given with its line', () => {
    const s = { ...structuredClone(firstSteps), id: 'yamlLesson', name: 'A YAML Lesson' };
    const yaml = path.join(dir, 'lesson.yml');
    fs.writeFileSync(yaml, `# written by hand\n${stringify(s)}`);
    const r = cli('validate', yaml);
    expect(r.code).toBe(0);
    expect(r.out).toContain('A YAML Lesson (yamlLesson)');
    // The same checks as for JSON: a field out of range is named by its path.
    const off = path.join(dir, 'off.yaml');
    fs.writeFileSync(off, stringify({ ...s, tuning: { ...s.tuning, rounds: 99 } }));
    expect(cli('validate', off).err).toContain('  tuning.rounds: Too big: expected number to be <=20');
    const broken = path.join(dir, 'broken.yaml');
    fs.writeFileSync(broken, 'id: x\nname: [unclosed\n');
    const b = cli('validate', broken);
    expect(b.code).toBe(1);
    expect(b.err).toMatch(/\(root\): not valid YAML: .+ \(line \d+, column \d+\)/);
    // No custom tags: an unknown one is a problem, not a string.
    const tagged = path.join(dir, 'tagged.yaml');
    fs.writeFileSync(tagged, 'id: !!js/function "x"\n');
    expect(cli('validate', tagged).err).toContain('(root): not valid YAML: Unresolved tag');
  });

  it('balance: refuses a bad file, and plays the claims on a good one (exit 1 exactly when a claim fails)', () => {
    const refused = cli('balance', bad, '--games', '1');
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('tuning.rounds');
    expect(refused.out).not.toContain('Model check');
    const r = cli('balance', good, '--games', '2', '--workers', '2', '--json');
    const out = JSON.parse(r.out) as { scenario: string; claims: { claim: string; pass: boolean }[] };
    expect(out.scenario).toBe('cliLesson');
    // The claims are this scenario's: one win-rate claim per role of its three.
    expect(out.claims.filter((c) => / wins 15–55% \(all normal\)$/.test(c.claim))).toHaveLength(3);
    expect(r.code).toBe(out.claims.some((c) => !c.pass) ? 1 : 0);
  });
});

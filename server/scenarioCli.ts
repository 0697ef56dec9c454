// npm run scenario -- validate FILE: every problem of a scenario file (JSON, or YAML if it ends in .yaml or
//                     .yml) with its path and reason (exit 1),
//                     or a summary of a valid one (exit 0).
// npm run scenario -- balance FILE [--games N] [--seed S] [--workers W] [--json]: validates, then plays
//                     the model check's claims on it (game/sim/check.ts); exit 1 if invalid or a claim fails.
// npm run scenario -- schema [--check]: writes docs/scenarios.md and docs/scenario.schema.json from the
//                     zod schema (--check: only says whether they are up to date, exit 1 if not).
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { scenarioDoc, scenarioJsonSchema } from '../game/content/doc.ts';
import { isYamlName } from '../game/content/size.ts';
import {
  checkScenario,
  checkScenarioText,
  MAX_SCENARIO_BYTES,
  type ScenarioCheck,
  summarizeScenario,
} from '../game/content/validate.ts';
import { parseScenarioYaml } from '../game/content/yamlScenario.ts';
import { registerScenario } from '../game/scenario.ts';
import { failures, formatClaims } from '../game/sim/check.ts';
import { runModelCheck } from './simPool.ts';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const DOC_PATH = join(ROOT, 'docs', 'scenarios.md');
export const JSON_SCHEMA_PATH = join(ROOT, 'docs', 'scenario.schema.json');

function usage(msg: string): never {
  console.error(`${msg}
usage: npm run scenario -- validate FILE
       npm run scenario -- balance FILE [--games N] [--seed S] [--workers W] [--json]
       npm run scenario -- schema [--check]`);
  process.exit(2);
}

/** Reads and checks a scenario file; prints its problems and returns null when it is not valid. */
function load(file: string): Extract<ScenarioCheck, { ok: true }> | null {
  let size: number;
  try {
    size = statSync(file).size;
  } catch {
    console.error(`${file}: no such file`);
    return null;
  }
  let result: ScenarioCheck;
  if (size > MAX_SCENARIO_BYTES)
    result = {
      ok: false,
      issues: [
        {
          path: '(root)',
          message: `the file is ${size} bytes; a scenario is at most ${MAX_SCENARIO_BYTES} bytes`,
        },
      ],
    };
  else if (isYamlName(file)) {
    const parsed = parseScenarioYaml(readFileSync(file, 'utf8'));
    result = parsed.ok
      ? checkScenario(parsed.data)
      : { ok: false, issues: [{ path: '(root)', message: parsed.message }] };
  } else result = checkScenarioText(readFileSync(file, 'utf8'));
  if (result.ok) return result;
  console.error(
    `${file}: not a valid scenario (${result.issues.length} problem${result.issues.length === 1 ? '' : 's'})`,
  );
  for (const i of result.issues) console.error(`  ${i.path}: ${i.message}`);
  return null;
}

function validate(args: readonly string[]): void {
  if (args.length !== 1) usage('validate takes one FILE');
  const ok = load(args[0]!);
  if (!ok) {
    process.exitCode = 1;
    return;
  }
  console.log(
    `${args[0]}: a valid scenario\n${summarizeScenario(ok.scenario)
      .map((l) => `  ${l}`)
      .join('\n')}`,
  );
}

async function balance(args: readonly string[]): Promise<void> {
  let file: string | undefined;
  let games = 400;
  let seed = 'check';
  let workers = Math.max(1, availableParallelism());
  let json = false;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    const val = () => args[++i] ?? usage(`${a} needs a value`);
    if (a === '--games') games = Number(val());
    else if (a === '--seed') seed = val();
    else if (a === '--workers') workers = Number(val());
    else if (a === '--json') json = true;
    else if (a.startsWith('--') || file !== undefined) usage(`Unknown argument "${a}"`);
    else file = a;
  }
  if (!file) usage('balance takes a FILE');
  if (!Number.isInteger(games) || games < 1) usage('--games must be a positive whole number');
  if (!Number.isInteger(workers) || workers < 1) usage('--workers must be a positive whole number');
  const ok = load(file);
  if (!ok) {
    process.exitCode = 1;
    return;
  }
  registerScenario(ok.data);
  const run = await runModelCheck({ games, seed, workers, scenario: ok.scenario.id, scenarios: [ok.data] });
  if (json)
    console.log(
      JSON.stringify({ scenario: ok.scenario.id, games, series: run.series, claims: run.claims }, null, 2),
    );
  else
    console.log(
      `Model check of ${ok.scenario.name} (${ok.scenario.id}): ${run.series} series x ${games} games (seed ${seed}), ${run.seconds.toFixed(1)} s\n\n${formatClaims(run.claims)}`,
    );
  if (failures(run.claims).length > 0) process.exitCode = 1;
}

/** The generated files, by path. */
export function generatedDocs(): Record<string, string> {
  return {
    [DOC_PATH]: scenarioDoc(),
    [JSON_SCHEMA_PATH]: `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`,
  };
}

function schema(args: readonly string[]): void {
  const check = args.includes('--check');
  if (args.some((a) => a !== '--check')) usage('schema takes only --check');
  let stale = 0;
  for (const [path, text] of Object.entries(generatedDocs())) {
    let current = '';
    try {
      current = readFileSync(path, 'utf8');
    } catch {}
    if (current === text) continue;
    stale++;
    if (check) console.error(`${path} is out of date: run npm run scenario -- schema`);
    else {
      writeFileSync(path, text);
      console.log(`wrote ${path}`);
    }
  }
  if (check && stale > 0) process.exitCode = 1;
  else if (stale === 0) console.log('docs/scenarios.md and docs/scenario.schema.json are up to date');
}

async function main(): Promise<void> {
  const [cmd, ...rest] = process.argv.slice(2);
  if (cmd === 'validate') validate(rest);
  else if (cmd === 'balance') await balance(rest);
  else if (cmd === 'schema') schema(rest);
  else usage(cmd ? `Unknown command "${cmd}"` : 'Which command?');
}

if (process.argv[1] === fileURLToPath(import.meta.url))
  main().catch((err: unknown) => {
    console.error(err);
    process.exit(1);
  });

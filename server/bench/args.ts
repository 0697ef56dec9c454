// The bench's command line (server/bench/cli.ts): options with their defaults, and a clear error for
// a value it cannot use (an unknown store or sync mode, a non-positive number).

export type BenchStore = 'sqlite' | 'postgres';

export interface Options {
  scales: number[];
  thinkMs: number;
  seconds: number;
  burstSeconds: number;
  warmupRound: number;
  sliceMs: number;
  json: boolean;
  /** Where the server child keeps matches: SQLite in a temp DATA_DIR, or a Postgres the bench starts. */
  store: BenchStore;
  /** SQLite's synchronous mode (ignored with --store postgres, which runs with Postgres's defaults). */
  sync: 'normal' | 'full';
  fixture: boolean;
  deltas: boolean;
  maxInFlight: number;
}

export class BenchArgsError extends Error {}

export function parseArgs(argv: readonly string[]): Options {
  const get = (name: string, def: string): string => {
    const i = argv.indexOf(`--${name}`);
    if (i < 0) return def;
    const value = argv[i + 1];
    if (value === undefined || value.startsWith('--')) throw new BenchArgsError(`--${name} needs a value.`);
    return value;
  };
  const num = (name: string, def: string, min = 0): number => {
    const raw = get(name, def);
    const n = Number(raw);
    if (!Number.isFinite(n) || n < min)
      throw new BenchArgsError(`--${name} must be a number >= ${min}, not "${raw}".`);
    return n;
  };
  const oneOf = <T extends string>(name: string, def: T, allowed: readonly T[]): T => {
    const raw = get(name, def);
    if (!(allowed as readonly string[]).includes(raw))
      throw new BenchArgsError(`--${name} must be one of ${allowed.join(', ')}, not "${raw}".`);
    return raw as T;
  };
  const matches = get('matches', '100,500');
  const scales = matches.split(',').map(Number);
  if (scales.length === 0 || scales.some((n) => !Number.isInteger(n) || n <= 0))
    throw new BenchArgsError(`--matches takes positive whole numbers separated by commas, not "${matches}".`);
  return {
    scales,
    thinkMs: num('think-ms', '3000'),
    seconds: num('seconds', '30', 1),
    burstSeconds: num('burst-seconds', '10', 1),
    warmupRound: num('warmup-round', '2'),
    sliceMs: num('slice-ms', '1000', 1),
    json: argv.includes('--json'),
    store: oneOf('store', 'sqlite', ['sqlite', 'postgres'] as const),
    sync: oneOf('sync', 'full', ['normal', 'full'] as const),
    fixture: argv.includes('--fixture'),
    deltas: !argv.includes('--full-updates'),
    maxInFlight: num('max-in-flight', '64', 1),
  };
}

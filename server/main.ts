// `npm start` entry: serves the lobby, the game's sockets and the built client on one port and
// prints the addresses a teacher can put on the board.
//   PORT (8000), HOST (all interfaces), DATA_DIR (./data), ORIGINS (comma-separated; same origin
//   when unset), BOT_DELAY_MS (400), SQLITE_SYNC (full|normal), CEASEFIRE_GAME (ceasefire|fixture),
//   TRUST_PROXY (reverse proxies in front, e.g. 1: per-address limits then use X-Forwarded-For),
//   DATABASE_URL (postgres://...: Postgres instead of SQLite), REDIS_URL (redis://...: several servers
//   on one Postgres), LEASE_MS (5000: how long a dead server's matches wait for another to take them),
//   TIMER_SWEEP_MS (15000: how often each of several servers arms the class timers the others set).
import { createServer, networkAddresses } from './app.ts';
import { startBanner } from './banner.ts';
import { DataDirLockedError } from './dataLock.ts';
import { parseOrigins } from './guard.ts';
import { DatabaseLockedError } from './pgStore.ts';
import type { ServerGame } from './types.ts';

export async function loadGame(which = process.env.CEASEFIRE_GAME ?? 'ceasefire'): Promise<ServerGame> {
  if (which === 'fixture') return (await import('./bench/fixture-game.ts')).fixtureServerGame;
  return (await import('./ceasefire.ts')).ceasefireServerGame();
}

/** SQLITE_SYNC: 'full' (default: survives power loss) or 'normal' (survives a killed process only). */
function sqliteSync(value: string | undefined): 'full' | 'normal' {
  if (value === undefined || value === '' || value === 'full') return 'full';
  if (value === 'normal') return 'normal';
  throw new Error(`SQLITE_SYNC must be "full" or "normal", not "${value}".`);
}

async function main(): Promise<void> {
  const game = await loadGame();
  const port = Number.parseInt(process.env.PORT ?? '8000', 10);
  const host = process.env.HOST ?? '0.0.0.0';
  const server = await createServer({
    game,
    port,
    host,
    dataDir: process.env.DATA_DIR ?? './data',
    origins: parseOrigins(process.env.ORIGINS),
    bots: { delayMs: Number.parseInt(process.env.BOT_DELAY_MS ?? '400', 10) },
    synchronous: sqliteSync(process.env.SQLITE_SYNC),
    ...(process.env.DATABASE_URL ? { databaseUrl: process.env.DATABASE_URL } : {}),
    ...(process.env.REDIS_URL ? { redisUrl: process.env.REDIS_URL } : {}),
    ...(process.env.LEASE_MS ? { leaseMs: Number.parseInt(process.env.LEASE_MS, 10) } : {}),
    ...(process.env.TIMER_SWEEP_MS ? { timerSweepMs: Number.parseInt(process.env.TIMER_SWEEP_MS, 10) } : {}),
    ...(process.env.TRUST_PROXY ? { trustProxy: Number.parseInt(process.env.TRUST_PROXY, 10) } : {}),
  });
  const lines = startBanner({
    host,
    port: server.port,
    url: server.url,
    addresses: networkAddresses(),
    dataDir: process.env.DATABASE_URL
      ? `Postgres${process.env.REDIS_URL ? ' (with Redis: several servers can share it)' : ''}`
      : (process.env.DATA_DIR ?? './data'),
  });
  console.log(lines.join('\n'));
  // Machine-readable line for scripts and tests.
  console.log(`LISTENING ${server.url}`);

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await server.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((err: unknown) => {
  // Another server holds DATA_DIR: say so plainly, no stack trace.
  if (err instanceof DataDirLockedError || err instanceof DatabaseLockedError)
    console.error(`Ceasefire cannot start: ${err.message}`);
  else console.error(err);
  process.exit(1);
});

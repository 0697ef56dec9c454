// Real server processes for tests: `node --import tsx server/main.ts` (one process, so SIGKILL kills
// the server itself), on a loopback port, with the given environment.
import { type ChildProcess, spawn } from 'node:child_process';
import net from 'node:net';

export interface ServerProcess {
  readonly proc: ChildProcess;
  readonly pid: number;
  /** stdout and stderr so far. */
  output(): string;
  /** Resolves with the exit code once the process has ended. */
  exited: Promise<number | null>;
  kill(signal?: NodeJS.Signals): Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const srv = net.createServer();
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as net.AddressInfo).port;
      srv.close(() => resolve(port));
    });
  });
}

/** Starts the server; does not wait for it (see listening()). */
export function startProcess(env: Record<string, string>): ServerProcess {
  const proc = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    env: { ...process.env, HOST: '127.0.0.1', CEASEFIRE_GAME: 'fixture', BOT_DELAY_MS: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  proc.stdout?.on('data', (d: Buffer) => {
    out += d.toString();
  });
  proc.stderr?.on('data', (d: Buffer) => {
    out += d.toString();
  });
  const exited = new Promise<number | null>((resolve) => proc.once('exit', (code) => resolve(code)));
  return {
    proc,
    pid: proc.pid!,
    output: () => out,
    exited,
    async kill(signal = 'SIGKILL') {
      if (proc.exitCode !== null || proc.signalCode !== null) return;
      proc.kill(signal);
      await exited;
    },
  };
}

/** Waits for the server's LISTENING line and returns its URL; throws with its output if it exits. */
export async function listening(p: ServerProcess, timeoutMs = 30_000): Promise<string> {
  const start = Date.now();
  for (;;) {
    const m = /LISTENING (\S+)/.exec(p.output());
    if (m) return m[1]!;
    if (p.proc.exitCode !== null) throw new Error(`server exited ${p.proc.exitCode}: ${p.output()}`);
    if (Date.now() - start > timeoutMs) throw new Error(`server did not start: ${p.output()}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** startProcess() + listening() on a free port. */
export async function spawnServer(env: Record<string, string>): Promise<ServerProcess & { url: string }> {
  const p = startProcess({ PORT: String(await freePort()), ...env });
  const url = await listening(p);
  return Object.assign(p, { url });
}

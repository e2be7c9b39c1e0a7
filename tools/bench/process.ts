import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';

/** A child process the bench started (the API or the reference server), with its memory. */
export interface Child {
  proc: ChildProcess;
  pid: number;
  url: string;
  /** Milliseconds from spawn to the first successful readiness probe. */
  startMs: number;
  output: () => string;
  /** Peak resident set size so far (VmHWM), in MB. */
  peakRssMb(): number | null;
  stop(): Promise<void>;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export function procStatusMb(pid: number, field: 'VmHWM' | 'VmRSS'): number | null {
  const file = `/proc/${pid}/status`;
  if (!existsSync(file)) return null;
  const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync(file, 'utf8'));
  return match ? Math.round((Number(match[1]) / 1024) * 10) / 10 : null;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Spawns `node <args>` and waits (bounded) until GET <probePath> answers 200.
 * Only loopback: the child listens on 127.0.0.1.
 */
export async function startChild(opts: { args: string[]; env: Record<string, string>; port: number; probePath: string; timeoutMs?: number; cwd?: string }): Promise<Child> {
  const started = performance.now();
  const proc = spawn(process.execPath, opts.args, {
    cwd: opts.cwd ?? process.cwd(),
    env: { ...process.env, ...opts.env, HOST: '127.0.0.1', PORT: String(opts.port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  const keep = (chunk: Buffer) => {
    out = (out + chunk.toString()).slice(-20_000);
  };
  proc.stdout?.on('data', keep);
  proc.stderr?.on('data', keep);
  let exited: number | null = null;
  proc.once('exit', (code) => {
    exited = code ?? -1;
  });
  const url = `http://127.0.0.1:${opts.port}`;
  const deadline = Date.now() + (opts.timeoutMs ?? 60_000);
  for (;;) {
    if (exited !== null) throw new Error(`${opts.args.join(' ')} exited with ${exited} before it was ready:\n${out.slice(-3000)}`);
    if (Date.now() > deadline) {
      proc.kill('SIGKILL');
      throw new Error(`${opts.args.join(' ')} not ready after ${opts.timeoutMs ?? 60_000} ms:\n${out.slice(-3000)}`);
    }
    try {
      const res = await fetch(`${url}${opts.probePath}`, { signal: AbortSignal.timeout(1000) });
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    await sleep(50);
  }
  const startMs = Math.round(performance.now() - started);
  const pid = proc.pid as number;
  return {
    proc,
    pid,
    url,
    startMs,
    output: () => out,
    peakRssMb: () => procStatusMb(pid, 'VmHWM'),
    async stop() {
      if (exited !== null) return;
      const done = new Promise<void>((resolve) => proc.once('exit', () => resolve()));
      proc.kill('SIGTERM');
      const timer = setTimeout(() => proc.kill('SIGKILL'), 10_000);
      await done;
      clearTimeout(timer);
    },
  };
}

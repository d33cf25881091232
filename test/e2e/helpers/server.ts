// Starts the built app's browser mode (`init-lab serve`) on 127.0.0.1 with a temporary data directory.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../../..');

/** A running `init-lab serve`. */
export interface LabServerProcess {
  /** The printed URL, token included. */
  url: string;
  origin: string;
  port: number;
  dataDir: string;
  /** Stops the server (SIGTERM, then SIGKILL after a grace period) and waits for it to exit. */
  stop(): Promise<void>;
}

/** Starts the server; without `port` it takes the data directory's last port, else a free one. Resolves once the URL is printed. */
export function startLabServer(options: { dataDir?: string; port?: number; newToken?: boolean } = {}): Promise<LabServerProcess> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'init-lab-e2e-'));
  const flags = [...(options.port === undefined ? [] : ['--port', String(options.port)]), ...(options.newToken ? ['--new-token'] : [])];
  const child = spawn(process.execPath, [join(ROOT, 'bin/init-lab.js'), 'serve', ...flags, '--data', dataDir], {
    cwd: ROOT,
    env: { ...process.env, INIT_LAB_DATA: dataDir, NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  return new Promise((resolvePromise, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`init-lab serve printed no URL within 30 s:\n${out}`));
    }, 30_000);
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      const m = /(http:\/\/127\.0\.0\.1:(\d+)\/\?token=[\w-]+)/.exec(out);
      if (!m) return;
      clearTimeout(timer);
      child.stdout?.off('data', onData);
      const url = m[1];
      resolvePromise({ url, origin: new URL(url).origin, port: Number(m[2]), dataDir, stop: () => stopChild(child) });
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (c: Buffer) => (out += c.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`init-lab serve exited with ${code}:\n${out}`));
    });
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolvePromise) => {
    const kill = setTimeout(() => child.kill('SIGKILL'), 5000);
    child.once('exit', () => {
      clearTimeout(kill);
      resolvePromise();
    });
    child.kill('SIGTERM');
  });
}

/** Removes a data directory made by startLabServer. */
export function removeDataDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

// Runs the command line from source in a child process, as a user would run it (no build needed, never stale).
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** Exit status and both output streams of one `init-lab …` run. */
export interface CliOutcome {
  status: number;
  stdout: string;
  stderr: string;
}

/** Runs `init-lab ARGS…` with `node --import tsx electron/cli/source.ts`. */
export function spawnCli(args: string[], env: Record<string, string> = {}): Promise<CliOutcome> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'electron/cli/source.ts', ...args],
      { cwd: ROOT, env: { ...process.env, ...env }, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const status = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        resolve({ status, stdout, stderr });
      },
    );
  });
}

/** The distance between two doubles in units in the last place (0 = identical). */
export function ulpDistance(a: number, b: number): number {
  const bits = (x: number) => new BigInt64Array(new Float64Array([x]).buffer)[0];
  const d = bits(a) - bits(b);
  return Number(d < 0n ? -d : d);
}

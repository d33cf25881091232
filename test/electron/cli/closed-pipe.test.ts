import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** Runs the CLI with a stdout whose reader has already gone (as `| head -1` leaves it) and collects stderr and the status. */
function withClosedStdout(args: string[]): Promise<{ status: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'electron/cli/source.ts', ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
    child.on('close', (status) => resolve({ status, stderr }));
  });
}

describe('a closed stdout', () => {
  it('ends `init-lab --help` quietly with status 0 and no stack trace', async () => {
    const r = await withClosedStdout(['--help']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });
});

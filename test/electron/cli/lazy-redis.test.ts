// Without --redis the command line never loads the queue's libraries: nothing needs Redis.
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const DENY = fileURLToPath(new URL('../helpers/deny-redis.mjs', import.meta.url));

/** `init-lab ARGS` from source with imports of bullmq and ioredis made to throw. */
function cliWithoutRedis(args: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', '--import', DENY, 'electron/cli/source.ts', ...args], { cwd: ROOT }, (error, stdout, stderr) => {
      resolve({ status: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
    });
  });
}

describe('the command line without --redis', () => {
  it('trains without importing bullmq or ioredis', async () => {
    const out = await cliWithoutRedis(['train', '--preset', 'course', '--init', 'he', '--iterations', '50']);
    expect([out.status, out.stderr]).toEqual([0, '']);
    expect(out.stdout).toMatch(/he\s+3\s/);
  });

  it('does import them with --redis (so the check above can fail)', async () => {
    const out = await cliWithoutRedis(['train', '--preset', 'course', '--init', 'he', '--iterations', '50', '--redis', 'redis://127.0.0.1:1']);
    expect(out.status).toBe(1);
    expect(out.stderr).toContain('loaded bullmq');
  });
});

import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnCli } from './spawn-cli';

const dir = mkdtempSync(join(tmpdir(), 'init-lab-cli-'));
const png = join(dir, 'picture.png');
writeFileSync(png, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]));

/** Runs a bad command line and returns its single stderr line, checking status 2 and an empty stdout. */
async function refused(args: string[]): Promise<string> {
  const r = await spawnCli(args);
  expect(r.status).toBe(2);
  expect(r.stdout).toBe('');
  const lines = r.stderr.split('\n').filter((l) => l !== '');
  expect(lines).toHaveLength(1);
  expect(lines[0]).not.toMatch(/\bat .*:\d+:\d+/); // no stack frame
  return lines[0];
}

describe('init-lab help', () => {
  it('lists the commands with --help and exits 0', async () => {
    const r = await spawnCli(['--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/Usage: init-lab/);
    expect(r.stdout).toMatch(/train/);
  });

  it('describes every train flag and which loss each preset uses', async () => {
    const r = await spawnCli(['train', '--help']);
    expect(r.status).toBe(0);
    const flags = ['--preset', '--init', '--rng', '--data-seed', '--init-seed', '--dataset', '--csv', '--label', '--standardize', '--no-standardize', '--n-train', '--n-test', '--noise', '--dims', '--activation', '--lr', '--iterations', '--optimizer', '--batch-size', '--loss', '--log-every', '--seeds', '--data-seeds', '--save', '--data', '--name', '--workers', '--json'];
    for (const f of flags) expect(r.stdout).toMatch(new RegExp(`^  ${f}\\b.*\\s{2,}\\w`, 'm'));
    const text = r.stdout.replace(/\s+/g, ' '); // help is wrapped to the terminal's width
    expect(text).toMatch(/--loss <mode> .*\(default: stable; course preset: course\)/);
    expect(text).toMatch(/the course preset uses the course loss/);
    expect(text).toMatch(/--init <specs> .*multiplier=M \(every weight × M after drawing, e\.g\. he_normal:multiplier=0\.5\)/);
  });
});

describe('init-lab bad input', () => {
  it.concurrent('refuses an unknown initializer, listing the accepted names', async () => {
    expect(await refused(['train', '--init', 'he,glorot'])).toMatch(/^init-lab: --init: unknown initializer "glorot"; accepted: zeros, .*xavier_normal/);
  });

  it.concurrent('refuses an unknown initializer parameter, listing the accepted ones', async () => {
    expect(await refused(['train', '--init', 'he_normal:slope=2'])).toMatch(/^init-lab: --init: unknown parameter "slope" for he_normal; accepted: mode/);
  });

  it.concurrent('refuses a zero in dims', async () => {
    expect(await refused(['train', '--dims', '2,10,0,1'])).toBe('init-lab: --dims, item 3: got 0; expected a positive number');
  });

  it.concurrent('refuses a negative learning rate', async () => {
    expect(await refused(['train', '--lr', '-0.01'])).toBe('init-lab: --lr: got -0.01; expected a positive number');
  });

  it.concurrent('refuses a fractional iteration count', async () => {
    expect(await refused(['train', '--iterations', '1000.5'])).toBe('init-lab: --iterations: got 1000.5; expected an integer');
  });

  it.concurrent('refuses a file that is not a CSV', async () => {
    expect(await refused(['train', '--dataset', 'csv', '--csv', png])).toMatch(/^init-lab: --csv .*picture\.png: not a CSV/);
  });

  it.concurrent('refuses an unknown flag, listing the accepted ones', async () => {
    expect(await refused(['train', '--learning-rate', '0.1'])).toMatch(/^init-lab: unknown option '--learning-rate'.*accepted: --preset --init .*--lr /);
  });

  it.concurrent('refuses a value outside a flag\'s choices, listing them', async () => {
    expect(await refused(['train', '--activation', 'gelu'])).toMatch(/^init-lab: option '--activation <name>' argument 'gelu' is invalid\. Allowed choices are relu, .*tanh/);
  });

  it.concurrent('refuses a value that is not a number', async () => {
    expect(await refused(['train', '--lr', 'fast'])).toMatch(/^init-lab: option '--lr <rate>' argument 'fast' is invalid\. expected a number/);
  });

  it.concurrent('refuses an unknown command, listing the commands', async () => {
    expect(await refused(['trian'])).toMatch(/^init-lab: unknown command 'trian'.*Did you mean train\?.*commands: train/);
  });
});

describe('init-lab command groups', () => {
  it.concurrent('asks for a subcommand in one line, naming them', async () => {
    expect(await refused(['runs'])).toBe('init-lab: runs needs a command: list, show, export, import, delete (see init-lab runs --help)');
  });

  it.concurrent('refuses an unknown subcommand, naming the accepted ones', async () => {
    expect(await refused(['runs', 'lst'])).toBe("init-lab: unknown command 'runs lst'; commands: list, show, export, import, delete");
  });
});

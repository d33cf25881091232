import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnCli } from '../spawn-cli';

const dir = mkdtempSync(join(tmpdir(), 'init-lab-exp-'));
const write = (name: string, text: string) => {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
};

describe('init-lab experiment run', () => {
  it('runs every arm with every seed of a description file, all arms on the same data', async () => {
    const file = write(
      'moons.json',
      JSON.stringify({
        name: 'moons',
        base: { data: { kind: 'moons', nTrain: 100, nTest: 50, noise: 0.2, seed: 4 }, network: { dims: [2, 8, 1], activation: 'tanh' }, iterations: 200 },
        arms: [{ label: 'xavier', init: { name: 'xavier_normal' } }, { init: { name: 'he_normal' } }],
        seeds: { init: [1, 2, 3] },
      }),
    );
    const out = await spawnCli(['experiment', 'run', file, '--log-every', '100', '--json']);
    expect(out.status).toBe(0);
    expect(out.stderr).toBe('');
    const doc = JSON.parse(out.stdout);
    expect(doc.runs.map((r: { init: string; initSeed: number }) => `${r.init}@${r.initSeed}`)).toEqual([
      'xavier@1',
      'he_normal@1',
      'xavier@2',
      'he_normal@2',
      'xavier@3',
      'he_normal@3',
    ]);
    expect(new Set(doc.runs.map((r: { dataSeed: number }) => r.dataSeed))).toEqual(new Set([4]));
    expect(doc.arms.map((a: { init: string; runs: number }) => [a.init, a.runs])).toEqual([
      ['xavier', 3],
      ['he_normal', 3],
    ]);
  });

  it('refuses a file that is not JSON in one line with status 2', async () => {
    const r = await spawnCli(['experiment', 'run', write('bad.json', 'arms: he')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^init-lab: .*bad\.json: not JSON .*; expected an experiment description\n$/);
  });

  it('refuses a description with a bad field, naming the field and the value', async () => {
    const file = write('lr.json', JSON.stringify({ base: { optimizer: { lr: -1 } }, arms: [{ init: { name: 'he' } }] }));
    const r = await spawnCli(['experiment', 'run', file]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^init-lab: .*lr\.json: base\.optimizer\.lr: got -1; expected a positive number\n$/);
  });
});

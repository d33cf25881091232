import { beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnCli } from '../spawn-cli';

const fresh = () => mkdtempSync(join(tmpdir(), 'init-lab-runs-'));

interface Summary {
  id: string;
  experimentId: string;
  status: string;
  init: string;
  initSeed: number;
  dataSeed: number | null;
  trainAccuracy: number;
  testAccuracy: number;
}

describe('init-lab train --save and runs', () => {
  const data = fresh();
  let trained: { experimentId: string; runs: (Summary & { costs: { iteration: number; cost: number | string }[] })[] };
  let listed: Summary[];

  beforeAll(async () => {
    const t = await spawnCli(['train', '--dataset', 'xor', '--init', 'he,zeros', '--seeds', '1,2', '--iterations', '400', '--log-every', '100', '--save', '--data', data, '--json']);
    expect(t.stderr).toBe('');
    trained = JSON.parse(t.stdout);
    const l = await spawnCli(['runs', 'list', '--data', data, '--json']);
    listed = JSON.parse(l.stdout);
  });

  it('stores every run of train --save and lists them with their seeds and accuracies', () => {
    expect(listed).toHaveLength(4);
    for (const run of trained.runs) {
      const row = listed.find((r) => r.id === run.id)!;
      expect(row).toMatchObject({
        experimentId: trained.experimentId,
        status: 'done',
        init: run.init,
        initSeed: run.initSeed,
        dataSeed: 1,
        trainAccuracy: run.trainAccuracy,
        testAccuracy: run.testAccuracy,
      });
    }
  });

  it('shows a stored run with the costs train printed', async () => {
    const run = trained.runs[0];
    const s = await spawnCli(['runs', 'show', run.id, '--data', data, '--json']);
    const shown = JSON.parse(s.stdout);
    expect(shown.config.data.kind).toBe('xor');
    expect(shown.costs.filter((p: { iteration: number }) => p.iteration % 100 === 0)).toEqual(run.costs);
    expect(shown).not.toHaveProperty('finalParams');
  });

  it('filters the list by experiment and status', async () => {
    const l = await spawnCli(['runs', 'list', '--data', data, '--experiment', trained.experimentId, '--status', 'failed', '--json']);
    expect(JSON.parse(l.stdout)).toEqual([]);
  });

  it('exports a run, deletes it, and imports it back with the same numbers', async () => {
    const run = trained.runs[1];
    const before = JSON.parse((await spawnCli(['runs', 'show', run.id, '--data', data, '--json'])).stdout);
    const file = join(data, 'run.json');
    expect((await spawnCli(['runs', 'export', run.id, '--data', data, '--out', file])).status).toBe(0);
    expect(JSON.parse((await spawnCli(['runs', 'delete', run.id, '--data', data, '--json'])).stdout)).toEqual({ deleted: 1 });
    const elsewhere = fresh();
    const imported = JSON.parse((await spawnCli(['runs', 'import', file, '--data', elsewhere, '--json'])).stdout);
    expect(imported.runIds).toHaveLength(1);
    const after = JSON.parse((await spawnCli(['runs', 'show', imported.runIds[0], '--data', elsewhere, '--json'])).stdout);
    expect(after.costs).toEqual(before.costs);
    expect(after.config).toEqual(before.config);
    expect([after.trainAccuracy, after.testAccuracy, after.finalCost]).toEqual([before.trainAccuracy, before.testAccuracy, before.finalCost]);
  });

  it('exports the costs of several runs as one CSV', async () => {
    const ids = trained.runs.slice(2).map((r) => r.id);
    const out = await spawnCli(['runs', 'export', '--csv', ...ids, '--data', data]);
    const lines = out.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^run_id,.*iteration,cost$/);
    expect(lines).toHaveLength(1 + 2 * 400);
  });
});

describe('init-lab runs bad input', () => {
  it('refuses a truncated bundle in one line with status 2 and writes nothing', async () => {
    const data = fresh();
    const file = join(data, 'cut.json');
    writeFileSync(file, '{"format":"init-lab-bundle","version":1,"runs":[');
    const r = await spawnCli(['runs', 'import', file, '--data', data]);
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^init-lab: .*cut\.json: .*truncated/);
    expect(JSON.parse((await spawnCli(['runs', 'list', '--data', data, '--json'])).stdout)).toEqual([]);
  });

  it('refuses an unknown run id in one line with status 2', async () => {
    const r = await spawnCli(['runs', 'show', 'r-nothing', '--data', fresh()]);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('init-lab: no run r-nothing\n');
  });

  it('refuses --data without --save on train, since nothing would be kept', async () => {
    const r = await spawnCli(['train', '--data', fresh()]);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('init-lab: --data goes with --save (runs are kept only when saved)\n');
  });
});

describe('init-lab runs data directory', () => {
  it('uses INIT_LAB_DATA when --data is not given', async () => {
    const data = fresh();
    const t = await spawnCli(['train', '--init', 'zeros', '--iterations', '10', '--save', '--json'], { INIT_LAB_DATA: data });
    const id = JSON.parse(t.stdout).runs[0].id;
    const l = await spawnCli(['runs', 'list', '--json'], { INIT_LAB_DATA: data });
    expect(JSON.parse(l.stdout).map((r: Summary) => r.id)).toEqual([id]);
    expect(readFileSync(join(data, 'init-lab.sqlite')).length).toBeGreaterThan(0);
  });
});

// Fault injection: huge or hostile inputs through the service, refused before anything is stored or queued.
import { afterEach, describe, expect, it } from 'vitest';
import { BUNDLE_FORMAT, serializeBundle } from '../../../shared/contract/bundle';
import { MAX_RUNS_PER_EXPERIMENT } from '../../../shared/contract/limits';
import { experiment, openTestLab, value, type TestLab } from '../helpers/service';

let lab: TestLab | null = null;
afterEach(async () => {
  await lab?.dispose();
  lab = null;
});

async function refused(l: TestLab, exp: unknown): Promise<string> {
  const r = await l.service.call('experiments.start', { experiment: exp });
  expect(r.ok ? null : r.error.code).toBe('invalid_input');
  expect(value(await l.service.call('runs.list', {})).total).toBe(0);
  return r.ok ? '' : r.error.message;
}

describe('huge inputs', () => {
  it('refuses 60,000 seeds at once (over the cap on runs per experiment) within a moment, storing nothing', async () => {
    lab = openTestLab();
    const t0 = performance.now();
    const message = await refused(lab, experiment(['he'], Array.from({ length: 60_000 }, (_, i) => i + 1), 10));
    expect(performance.now() - t0).toBeLessThan(2000);
    expect(message).toBe(`experiment: 60,000 runs is over the limit of ${MAX_RUNS_PER_EXPERIMENT.toLocaleString('en-US')} per experiment (fewer arms, seeds or scales)`);
  });

  it('refuses 1e9 iterations, a billion-unit layer and 100 million samples, each naming its field', async () => {
    lab = openTestLab();
    expect(await refused(lab, experiment(['he'], [1], 1e9))).toMatch(/^experiment\.runs\.0\.iterations: iterations 1,000,000,000 is over the limit/);
    const wide = { ...experiment(['he'], [1], 10), base: { network: { dims: [2, 1e9, 1] }, iterations: 10 } };
    expect(await refused(lab, wide)).toMatch(/^experiment\.runs\.0\.network\.dims\.1: layer 1 width 1,000,000,000/);
    const many = { ...experiment(['he'], [1], 10), base: { data: { kind: 'circles', nTrain: 100_000_000 }, iterations: 10 } };
    expect(await refused(lab, many)).toMatch(/^experiment\.runs\.0\.data: samples \(train \+ test\) 100,000,100/);
  });

  it('refuses a sweep of more cells than the cap', async () => {
    lab = openTestLab();
    const r = await lab.service.call('sweeps.start', {
      base: { data: { kind: 'course-circles' }, iterations: 10, init: { name: 'he_normal' } },
      scales: Array.from({ length: 200 }, (_, i) => (i + 1) / 10),
      seeds: Array.from({ length: 100 }, (_, i) => i + 1),
    });
    expect(r.ok ? null : r.error.message).toMatch(/^sweep: 20,000 runs is over the limit of 10,000 per experiment/);
  });

  it('imports nothing from a bundle with a duplicate run id, an accuracy of 7.5 and a seed of -3.5', async () => {
    lab = openTestLab();
    const { runIds } = value(await lab.service.call('experiments.start', { experiment: experiment(['he'], [1, 2], 20) }));
    await lab.service.settled(runIds);
    const exported = value(await lab.service.call('export.experiment', { id: value(await lab.service.call('runs.get', { id: runIds[0] })).experimentId }));
    const bundle = JSON.parse(exported.text);
    expect(bundle.format).toBe(BUNDLE_FORMAT);
    bundle.runs[1].id = bundle.runs[0].id;
    bundle.runs[0].trainAccuracy = 7.5;
    bundle.runs[0].initSeed = -3.5;
    const before = value(await lab.service.call('runs.list', {})).total;
    const r = await lab.service.call('import.bundle', { text: JSON.stringify(bundle) });
    expect(r.ok ? null : r.error.code).toBe('bad_bundle');
    expect(r.ok ? '' : r.error.message).toMatch(/bundle\.runs\.0\.initSeed: a seed must be a whole number, got -3\.5.*bundle\.runs\.0\.trainAccuracy: an accuracy must be in \[0, 1\], got 7\.5.*bundle\.runs\.1\.id: id "r-[\w]+" is used twice/);
    expect(value(await lab.service.call('runs.list', {})).total).toBe(before);
    expect(serializeBundle).toBeTypeOf('function');
  });
});

import { describe, expect, it } from 'vitest';
import type { Bundle, BundleRun } from '../../shared/contract/bundle';
import { bundleIssues, describeBundleIssues } from '../../shared/contract/bundle-checks';

const params = (dims: number[]) => ({
  dims,
  W: dims.slice(1).map((n, l) => new Float64Array(n * dims[l])),
  b: dims.slice(1).map((n) => new Float64Array(n)),
});

function run(id: string, patch: Partial<BundleRun> = {}): BundleRun {
  return {
    id, experimentId: 'e1', name: id, arm: 'he', status: 'done', dataset: 'course-circles', init: 'he', initSeed: 1, dataSeed: null,
    iterations: 10, iterationsRun: 10, trainAccuracy: 0.9, testAccuracy: 0.8, finalCost: 0.1, divergedAt: null, firstNonFiniteIteration: null,
    errorMessage: null, engineVersion: '0', createdAt: '', startedAt: null, finishedAt: null, trainSeconds: 1, tags: [], notes: '', sweep: null,
    config: { dims: [2, 3, 1] }, costs: { iterations: new Int32Array(0), costs: new Float64Array(0) }, checkpoints: [],
    initialParams: params([2, 3, 1]), finalParams: params([2, 3, 1]),
    ...patch,
  } as BundleRun;
}

function bundle(runs: BundleRun[], experiments = [{ id: 'e1', name: 'e', kind: 'experiment' as const, config: {}, createdAt: '', tags: [], notes: '' }]): Bundle {
  return { format: 'init-lab-bundle', version: 1, exportedAt: '', appVersion: '0', experiments, runs } as Bundle;
}

const issues = (b: Bundle) => bundleIssues(b).map((i) => `${i.path.join('.')}: ${i.code}`);

describe('bundle checks', () => {
  it('passes a sound bundle', () => {
    expect(issues(bundle([run('r1'), run('r2')]))).toEqual([]);
  });

  it('finds a run id used twice, naming where it was first', () => {
    const found = bundleIssues(bundle([run('r1'), run('r1')]));
    expect(found.map((i) => i.message)).toEqual(['id "r1" is used twice (first at bundle.runs.0)']);
  });

  it('finds an accuracy of 7.5 and a seed of -3.5', () => {
    expect(issues(bundle([run('r1', { trainAccuracy: 7.5, initSeed: -3.5 })]))).toEqual(['runs.0.initSeed: not_integer', 'runs.0.trainAccuracy: out_of_range']);
  });

  it('finds a weight matrix and a bias vector whose sizes do not match their dims', () => {
    const bad = params([2, 3, 1]);
    bad.W[0] = new Float64Array(5);
    bad.b[1] = new Float64Array(2);
    expect(issues(bundle([run('r1', { finalParams: bad })]))).toEqual(['runs.0.finalParams.W.0: shape_mismatch', 'runs.0.finalParams.b.1: shape_mismatch']);
  });

  it('refuses 100,000 tags on one run with one line', () => {
    const b = bundle([run('r1', { tags: Array.from({ length: 100_000 }, (_, i) => `t${i}`) })]);
    expect(describeBundleIssues(bundleIssues(b))).toBe('invalid bundle: bundle.runs.0.tags: 100000 tags is over the limit of 50');
  });
});

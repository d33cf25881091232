import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BUNDLE_FORMAT, BUNDLE_VERSION, parseBundle, serializeBundle, type Bundle } from '../../../shared/contract/bundle';
import { readBundleExperiment, readBundleRun, writeBundle } from '../../../electron/store/bundle-io';
import { RunStore } from '../../../electron/store/run-store';
import { sampleCheckpoint, sampleExperiment, sampleParams, sampleRun } from '../helpers/samples';

let dir: string;
let a: RunStore;
let b: RunStore;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'init-lab-bundle-'));
  a = RunStore.open({ path: join(dir, 'a.sqlite') });
  b = RunStore.open({ path: join(dir, 'b.sqlite') });
  a.createExperiment(sampleExperiment('e1'), [sampleRun('r1', 'e1', { tags: ['t'] }), sampleRun('r2', 'e1')]);
  a.markRunning('r1', '2024-05-01T10:00:01.000Z');
  a.appendCosts('r1', [0, 1], new Float64Array([Infinity, 0.5]));
  a.appendCosts('r1', [2], new Float64Array([0.25]));
  a.putCheckpoint('r1', sampleCheckpoint(0));
  a.finishRun('r1', {
    status: 'done',
    finishedAt: '2024-05-01T10:01:00.000Z',
    iterationsRun: 3,
    costEvery: 1,
    trainAccuracy: 0.9,
    testAccuracy: 0.8,
    finalCost: 0.2,
    divergedAt: null,
    firstNonFiniteIteration: 0,
    trainSeconds: 0.5,
    initialParams: sampleParams(0),
    finalParams: sampleParams(2),
    trailingCheckpoints: [sampleCheckpoint(2)],
  });
  a.endRun('r2', 'failed', 'boom', '2024-05-01T10:01:00.000Z');
});

afterEach(() => {
  a.close();
  b.close();
  rmSync(dir, { recursive: true, force: true });
});

function bundleOf(store: RunStore, expId: string): Bundle {
  const runs = store.experimentRuns(expId).map((r) => readBundleRun(store, r.id)!);
  return { format: BUNDLE_FORMAT, version: BUNDLE_VERSION, exportedAt: '2024-06-01T00:00:00.000Z', appVersion: 't', experiments: [readBundleExperiment(store, expId)!], runs };
}

describe('bundle reading and writing', () => {
  it('imports an exported experiment into another store so that exporting it again gives the same text', () => {
    const text = serializeBundle(bundleOf(a, 'e1'));
    const parsed = parseBundle(text);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const ids = writeBundle(b, parsed.value.experiments, parsed.value.runs);
    expect(ids).toEqual({ experimentIds: ['e1'], runIds: ['r1', 'r2'] });
    expect(serializeBundle(bundleOf(b, 'e1'))).toBe(text);
  });

  it('gives new ids to items whose ids are taken and keeps their links', () => {
    const parsed = parseBundle(serializeBundle(bundleOf(a, 'e1')));
    if (!parsed.ok) throw new Error(parsed.error.message);
    const ids = writeBundle(a, parsed.value.experiments, parsed.value.runs);
    expect(ids.experimentIds[0]).not.toBe('e1');
    expect(ids.runIds).toHaveLength(2);
    const copy = a.runDetail(ids.runIds[0])!;
    expect(copy.experimentId).toBe(ids.experimentIds[0]);
    expect(copy.costs).toEqual(a.runDetail('r1')!.costs);
  });

  it('writes nothing when one item of the bundle fails', () => {
    const bundle = bundleOf(a, 'e1');
    bundle.runs[1] = { ...bundle.runs[1], sweep: { sweepId: 'missing', scale: 1, seed: 1 } };
    expect(() => writeBundle(b, bundle.experiments, bundle.runs)).toThrow(/names sweep missing/);
    for (const t of ['experiments', 'runs', 'cost_chunks', 'checkpoints', 'params']) {
      expect(b.connection.prepare(`SELECT count(*) AS n FROM ${t}`).get()).toEqual({ n: 0 });
    }
  });

  it('imports a run exported while training as interrupted', () => {
    a.createExperiment(sampleExperiment('e2'), [sampleRun('r9', 'e2')]);
    a.markRunning('r9', '2024-05-01T10:00:01.000Z');
    const bundle = bundleOf(a, 'e2');
    const ids = writeBundle(b, bundle.experiments, bundle.runs);
    expect(b.runSummary(ids.runIds[0])!.status).toBe('interrupted');
  });
});

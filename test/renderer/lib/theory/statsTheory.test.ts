import { describe, expect, it } from 'vitest';
import { groupByArm } from '../../../../renderer/src/lib/stats/statsArms';
import { inputSecondMoment } from '../../../../renderer/src/lib/boundary/datasetPoints';
import { armTheory, largestGap } from '../../../../renderer/src/lib/theory/statsTheory';
import { checkpointAt, runConfig, seedRun } from '../../helpers/seedRuns';

describe('armTheory', () => {
  const he = runConfig('he_normal');
  const m = inputSecondMoment(he.data, he.rng) as number;

  it('predicts Var(Z) per layer from the arm\'s config: He keeps 2·E[x²] through ReLU layers', () => {
    const [t] = armTheory(groupByArm(null, [seedRun({ arm: 'he_normal', seed: 1, config: he, checkpoints: [checkpointAt(0, 0.5, 0.5)] })]));
    expect(t.depth).toBe(3);
    expect(t.layers.map((l) => l.units)).toEqual([10, 5, 1]);
    for (const l of t.layers) expect(l.predicted).toBeCloseTo(2 * m, 12);
    expect(t.note).toBeNull();
  });

  it('measures Var(Z) at iteration 0 (zStd² with a zero mean and bias), averaged over the seeds, with its range', () => {
    const [t] = armTheory(
      groupByArm(null, [
        seedRun({ arm: 'he_normal', seed: 1, config: he, checkpoints: [checkpointAt(0, 0.5, 0.5, [1, 2, 3]), checkpointAt(100, 0.9, 0.9, [9, 9, 9])] }),
        seedRun({ arm: 'he_normal', seed: 2, config: he, checkpoints: [checkpointAt(0, 0.5, 0.5, [2, 2, 1])] }),
      ]),
    );
    expect(t.layers.map((l) => [l.measuredMean, l.measuredMin, l.measuredMax, l.n])).toEqual([
      [2.5, 1, 4, 2],
      [4, 4, 4, 2],
      [5, 1, 9, 2],
    ]);
  });

  it('measures about the bias: the mean square of Z − b adds a layer\'s offset from b to its spread', () => {
    const cfg = { ...he, init: { ...he.init, bias: 0.5 } };
    const cp = checkpointAt(0, 0.5, 0.5, [1, 1, 1]);
    cp.layers[2] = { ...cp.layers[2], zMean: 2.5 };
    const [t] = armTheory(groupByArm(null, [seedRun({ arm: 'he_normal', seed: 1, config: cfg, checkpoints: [cp] })]));
    // layers 1–2: zMean 0, so 1 + 0.5²; layer 3: 1 + (2.5 − 0.5)²
    expect(t.layers.map((l) => l.measuredMean)).toEqual([1.25, 1.25, 5]);
  });

  it('ignores runs whose first checkpoint is not the initial state', () => {
    const [t] = armTheory(groupByArm(null, [seedRun({ arm: 'he_normal', seed: 1, config: he, checkpoints: [checkpointAt(1000, 0.9, 0.9, [5, 5, 5])] })]));
    expect(t.layers.every((l) => l.measuredMean == null && l.n === 0)).toBe(true);
  });

  it('predicts every layer of a 20-layer tanh network, shrinking under Xavier', () => {
    const dims = [2, ...Array(19).fill(16), 1];
    const cfg = runConfig('xavier_normal', dims, 'tanh');
    const [t] = armTheory(groupByArm(null, [seedRun({ arm: 'xavier_normal', seed: 1, config: cfg })]));
    expect(t.depth).toBe(20);
    expect(t.activation).toBe('tanh');
    const p = t.layers.map((l) => l.predicted as number);
    expect(p.every((v) => Number.isFinite(v) && v > 0)).toBe(true);
    // between equal-width hidden layers Var(W)·n = 1 and E[tanh(Z)²] < Var(Z): each layer's variance is smaller
    for (let l = 2; l < 19; l++) expect(p[l]).toBeLessThan(p[l - 1]);
  });

  it('explains a missing prediction for a data-dependent initializer', () => {
    const [t] = armTheory(groupByArm(null, [seedRun({ arm: 'lsuv', seed: 1, config: runConfig('lsuv') })]));
    expect(t.layers.every((l) => l.predicted == null)).toBe(true);
    expect(t.note).toMatch(/^No prediction/);
  });
});

describe('largestGap', () => {
  it('finds the layer where measured and predicted differ by the largest factor, either way', () => {
    const t = {
      armIndex: 0, label: 'x', color: '#000000', activation: 'relu', depth: 3, note: null,
      layers: [
        { layer: 1, units: 10, predicted: 1, measuredMean: 1.1, measuredMin: 1, measuredMax: 1, n: 1 },
        { layer: 2, units: 5, predicted: 1, measuredMean: 0.25, measuredMin: 1, measuredMax: 1, n: 1 },
        { layer: 3, units: 5, predicted: 1, measuredMean: 3, measuredMin: 1, measuredMax: 1, n: 1 },
        { layer: 4, units: 1, predicted: 1, measuredMean: 0.01, measuredMin: 1, measuredMax: 1, n: 1 },
      ],
    };
    expect(largestGap(t)).toEqual({ layer: 2, ratio: 0.25 });
  });

  it('passes over single-unit layers, whose variance from a few seeds is mostly chance', () => {
    const t = {
      armIndex: 0, label: 'x', color: '#000000', activation: 'relu', depth: 2, note: null,
      layers: [{ layer: 1, units: 1, predicted: 1, measuredMean: 9, measuredMin: 9, measuredMax: 9, n: 1 }],
    };
    expect(largestGap(t)).toBeNull();
  });
});

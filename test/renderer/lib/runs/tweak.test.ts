import { describe, expect, it } from 'vitest';
import { COURSE_EXPERIMENT } from '../../../../shared/contract/config';
import { tweakedExperiment, tweakValuesOf } from '../../../../renderer/src/lib/runs/tweak';

describe('tweakedExperiment', () => {
  it('reruns only the arm whose multiplier moved, with the multiplier written into its init', () => {
    const v = tweakValuesOf(COURSE_EXPERIMENT);
    const out = tweakedExperiment(COURSE_EXPERIMENT, { ...v, multipliers: [1, 1, 2] });
    if ('error' in out) throw new Error(out.error);
    expect(out.arms).toEqual([2]);
    expect(out.experiment.arms.map((a) => [a.label, a.init.multiplier])).toEqual([['he', 2]]);
  });

  it('reruns every arm when a shared setting moves, on hidden layers of the chosen depth and width', () => {
    const v = tweakValuesOf(COURSE_EXPERIMENT);
    expect(v).toMatchObject({ depth: 2, width: 10, lr: 0.01, iterations: 15000, noise: null });
    const out = tweakedExperiment(COURSE_EXPERIMENT, { ...v, depth: 3, width: 8, lr: 0.05 });
    if ('error' in out) throw new Error(out.error);
    expect(out.arms).toEqual([0, 1, 2]);
    expect(out.experiment.base.network.dims).toEqual([2, 8, 8, 8, 1]);
    expect(out.experiment.base.optimizer.lr).toBe(0.05);
  });

  it('says when nothing changed instead of rerunning', () => {
    expect(tweakedExperiment(COURSE_EXPERIMENT, tweakValuesOf(COURSE_EXPERIMENT))).toEqual({ error: 'nothing changed' });
  });
});

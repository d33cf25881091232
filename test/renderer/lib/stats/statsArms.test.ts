import { describe, expect, it } from 'vitest';
import { ExperimentConfigSchema } from '../../../../shared/contract/config';
import { groupByArm, metricValues, repeatsOverSeeds } from '../../../../renderer/src/lib/stats/statsArms';
import { seriesColor } from '../../../../renderer/src/lib/charts/palette';
import { seedRun } from '../../helpers/seedRuns';

const config = ExperimentConfigSchema.parse({
  base: {},
  arms: [{ init: { name: 'xavier_normal' } }, { init: { name: 'he_normal' } }],
  seeds: { init: [1, 2, 3] },
});

describe('groupByArm', () => {
  it('orders arms as the experiment lists them and seeds ascending, with one colour per arm', () => {
    const runs = [
      seedRun({ arm: 'he_normal', seed: 2 }),
      seedRun({ arm: 'xavier_normal', seed: 3 }),
      seedRun({ arm: 'he_normal', seed: 1 }),
      seedRun({ arm: 'xavier_normal', seed: 1 }),
    ];
    const groups = groupByArm(config, runs);
    expect(groups.map((g) => g.arm)).toEqual(['xavier_normal', 'he_normal']);
    expect(groups.map((g) => g.runs.map((r) => r.seed))).toEqual([[1, 3], [1, 2]]);
    expect(groups.map((g) => g.color)).toEqual([seriesColor(0), seriesColor(1)]);
  });

  it('reads a finished run whose stored final cost is missing as NaN, and an unfinished run as having no value', () => {
    const groups = groupByArm(config, [
      seedRun({ arm: 'he_normal', seed: 1, status: 'diverged', finalCost: null }),
      seedRun({ arm: 'he_normal', seed: 2, status: 'running' }),
    ]);
    const [a, b] = groups[0].runs;
    expect(a.finished).toBe(true);
    expect(a.metrics.finalCost).toBeNaN();
    expect(b.finished).toBe(false);
    expect(b.metrics.finalCost).toBeNull();
  });

  it('does not count a cancelled run as an outcome of its seed', () => {
    const groups = groupByArm(config, [seedRun({ arm: 'he_normal', seed: 1, status: 'cancelled' }), seedRun({ arm: 'he_normal', seed: 2, finalCost: 0.1 })]);
    expect(metricValues(groups[0], 'finalCost')).toEqual([0.1]);
  });

  it('says an experiment repeats over seeds only when some arm has more than one run', () => {
    expect(repeatsOverSeeds(groupByArm(config, [seedRun({ arm: 'he_normal', seed: 1 }), seedRun({ arm: 'xavier_normal', seed: 1 })]))).toBe(false);
    expect(repeatsOverSeeds(groupByArm(config, [seedRun({ arm: 'he_normal', seed: 1 }), seedRun({ arm: 'he_normal', seed: 2 })]))).toBe(true);
  });
});

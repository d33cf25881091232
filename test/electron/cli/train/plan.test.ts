import { describe, expect, it } from 'vitest';
import { COURSE_PRESET } from '../../../../shared/contract/config';
import { UsageError } from '../../../../electron/cli/errors';
import { DEFAULT_LOG_EVERY, type TrainFlags } from '../../../../electron/cli/train/flags';
import { flagMessage, planTrain } from '../../../../electron/cli/train/plan';

const flags = (f: Partial<TrainFlags>): TrainFlags => ({ logEvery: DEFAULT_LOG_EVERY, ...f });
const noFile = () => {
  throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
};

function usageError(f: Partial<TrainFlags>, read: (p: string) => string = noFile): UsageError {
  try {
    planTrain(flags(f), 'light', read);
  } catch (e) {
    if (e instanceof UsageError) return e;
    throw e;
  }
  throw new Error('expected a UsageError');
}

describe('planTrain', () => {
  it('keeps every training setting of the course preset when no other flag is given', () => {
    const [run] = planTrain(flags({ preset: 'course' }));
    const { record: _r, ...rest } = run.config;
    const { record: _c, ...course } = COURSE_PRESET;
    expect(rest).toEqual(course);
    expect(run.label).toBe('he');
  });

  it('makes one config per --init item, labelled as typed, differing only in the initializer', () => {
    const runs = planTrain(flags({ preset: 'course', init: ['zeros', 'random', 'he_normal:mode=fan_out'] }));
    expect(runs.map((r) => r.label)).toEqual(['zeros', 'random', 'he_normal:mode=fan_out']);
    expect(runs.map((r) => r.config.init.name)).toEqual(['zeros', 'random', 'he_normal']);
    expect(runs[2].config.init.params.mode).toBe('fan_out');
    expect(runs[0].config.optimizer).toEqual(runs[2].config.optimizer);
  });

  it('lays the flags over the preset', () => {
    const [run] = planTrain(
      flags({ preset: 'course', lr: 0.1, iterations: 50, rng: 'seedrandom', initSeed: 9, optimizer: 'adam', batchSize: 32, loss: 'stable', activation: 'tanh', dims: [2, 4, 1] }),
    );
    expect(run.config.optimizer).toMatchObject({ name: 'adam', lr: 0.1, batchSize: 32 });
    expect(run.config).toMatchObject({ iterations: 50, rng: 'seedrandom', initSeed: 9, loss: 'stable' });
    expect(run.config.network).toMatchObject({ dims: [2, 4, 1], activation: 'tanh' });
  });

  it('uses the stable loss without a preset and the course loss with the course preset', () => {
    expect(planTrain(flags({}))[0].config.loss).toBe('stable');
    expect(planTrain(flags({ preset: 'course' }))[0].config.loss).toBe('course');
  });

  it('records the cost at the --log-every interval', () => {
    expect(planTrain(flags({ logEvery: 250 }))[0].config.record.costEvery).toBe(250);
  });

  it('builds a generated data set from its flags', () => {
    const [run] = planTrain(flags({ dataset: 'moons', nTrain: 120, nTest: 30, noise: 0.2, dataSeed: 7 }));
    expect(run.config.data).toMatchObject({ kind: 'moons', nTrain: 120, nTest: 30, noise: 0.2, seed: 7 });
  });

  it('reads a CSV file and sizes the input layer to its feature columns', () => {
    const csv = 'a,b,c,label\n0,1,2,0\n1,2,3,1\n2,3,4,0\n3,4,5,1\n';
    const [run] = planTrain(flags({ csv: '/data/points.csv', label: 'label', standardize: true }), 'light', () => csv);
    expect(run.config.data).toMatchObject({ kind: 'csv', featureNames: ['a', 'b', 'c'], standardize: true, source: 'points.csv' });
    expect(run.config.network.dims).toEqual([3, 10, 5, 1]);
  });

  it('names the flag, the value and the rule when the schema refuses a value', () => {
    expect(usageError({ lr: -0.5 }).message).toMatch(/^--lr: got -0\.5; .*>0/);
    expect(usageError({ iterations: 1.5 }).message).toBe('--iterations: got 1.5; expected an integer');
    expect(usageError({ dims: [2, 0, 1] }).message).toMatch(/^--dims, item 2: got 0; /);
  });

  it('refuses an unknown initializer and lists the accepted names', () => {
    expect(usageError({ init: ['he', 'glorot'] }).message).toMatch(/^--init: unknown initializer "glorot"; accepted: zeros, .*he_normal/);
  });

  it('refuses an unknown initializer parameter and lists the accepted ones', () => {
    expect(usageError({ init: ['he_normal:scale=2'] }).message).toMatch(/^--init: unknown parameter "scale" for he_normal; accepted: .*mode/);
  });

  it('refuses generator flags on the fixed course data', () => {
    expect(usageError({ nTrain: 50 }).message).toMatch(/^--n-train applies only to generated data sets/);
    expect(usageError({ dataSeed: 2 }).message).toMatch(/^--data-seed applies only to generated data sets .* course-circles is fixed/);
  });

  it('refuses a file that is not a CSV, naming the file', () => {
    expect(usageError({ csv: 'x.png' }, () => '\u0089PNG\r\n\u001a\n\u0000\u0000').message).toMatch(/^--csv x\.png: not a CSV file/);
    expect(usageError({ csv: 'missing.csv' }).message).toBe('--csv: cannot read "missing.csv": no such file');
  });

  it('refuses --dataset csv without a file', () => {
    expect(usageError({ dataset: 'csv' }).message).toBe('--dataset csv needs --csv FILE');
  });
});

describe('flagMessage', () => {
  it('rewrites the config path of a schema message as its flag', () => {
    expect(flagMessage('optimizer.batchSize: got 0; expected number to be >0')).toBe('--batch-size: got 0; expected number to be >0');
    expect(flagMessage('record.costEvery: got 0; x')).toBe('--log-every: got 0; x');
  });
});

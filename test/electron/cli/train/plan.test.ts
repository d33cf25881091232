import { describe, expect, it } from 'vitest';
import { COURSE_PRESET, experimentRuns } from '../../../../shared/contract/config';
import { UsageError } from '../../../../electron/cli/errors';
import { DEFAULT_LOG_EVERY, type TrainFlags } from '../../../../electron/cli/train/flags';
import { flagMessage, planTrain, type ReadText } from '../../../../electron/cli/train/plan';
import type { ValidationIssue } from '../../../../shared/contract/issues';

const flags = (f: Partial<TrainFlags>): TrainFlags => ({ logEvery: DEFAULT_LOG_EVERY, ...f });
const noFile: ReadText = () => {
  throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
};

/** The runs a plan expands to (for each data seed, each init seed, each arm). */
function runsOf(f: Partial<TrainFlags>, read: ReadText = noFile) {
  return experimentRuns(planTrain(flags(f), 'light', read).experiment);
}

function usageError(f: Partial<TrainFlags>, read: ReadText = noFile): UsageError {
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
    const [run] = runsOf({ preset: 'course' });
    const { record: _r, ...rest } = run.config;
    const { record: _c, ...course } = COURSE_PRESET;
    expect(rest).toEqual(course);
    expect(run.label).toBe('he');
  });

  it('makes one arm per --init item, labelled as typed, differing only in the initializer', () => {
    const runs = runsOf({ preset: 'course', init: ['zeros', 'random', 'he_normal:mode=fan_out'] });
    expect(runs.map((r) => r.label)).toEqual(['zeros', 'random', 'he_normal:mode=fan_out']);
    expect(runs.map((r) => r.config.init.name)).toEqual(['zeros', 'random', 'he_normal']);
    expect(runs[2].config.init.params).toEqual({ mode: 'fan_out' });
    expect(runs[0].config.optimizer).toEqual(runs[2].config.optimizer);
  });

  it('takes a weight multiplier in an --init item, kept in the arm\'s init beside its parameters', () => {
    const runs = runsOf({ preset: 'course', init: ['he', 'he:multiplier=0.25', 'scaled_normal:scale=0.5;multiplier=2', 'he:multiplier=1'] });
    expect(runs.map((r) => r.config.init)).toEqual([
      { name: 'he', params: {}, bias: 0 },
      { name: 'he', params: {}, bias: 0, multiplier: 0.25 },
      { name: 'scaled_normal', params: { scale: 0.5 }, bias: 0, multiplier: 2 },
      { name: 'he', params: {}, bias: 0 },
    ]);
  });

  it('refuses a multiplier that is not a positive number, and one for lsuv', () => {
    expect(usageError({ init: ['he:multiplier=-2'] }).message).toBe('--init: bad value "-2" for he.multiplier: expected a positive number');
    expect(usageError({ init: ['lsuv:multiplier=2'] }).message).toMatch(/^--init: bad value "2" for lsuv\.multiplier: expected 1, as lsuv scales its weights/);
  });

  it('lays the flags over the preset', () => {
    const [run] = runsOf({ preset: 'course', lr: 0.1, iterations: 50, rng: 'seedrandom', initSeed: 9, optimizer: 'adam', batchSize: 32, loss: 'stable', activation: 'tanh', dims: [2, 4, 1] });
    expect(run.config.optimizer).toMatchObject({ name: 'adam', lr: 0.1, batchSize: 32 });
    expect(run.config).toMatchObject({ iterations: 50, rng: 'seedrandom', initSeed: 9, loss: 'stable' });
    expect(run.config.network).toMatchObject({ dims: [2, 4, 1], activation: 'tanh' });
  });

  it('uses the stable loss without a preset and the course loss with the course preset', () => {
    expect(runsOf({})[0].config.loss).toBe('stable');
    expect(runsOf({ preset: 'course' })[0].config.loss).toBe('course');
  });

  it('records the cost at the --log-every interval', () => {
    expect(runsOf({ logEvery: 250 })[0].config.record.costEvery).toBe(250);
  });

  it('records everything the app draws when the runs are saved', () => {
    const { experiment } = planTrain(flags({ preset: 'course' }), 'full');
    expect(experiment.base.record).toEqual(COURSE_PRESET.record);
  });

  it('repeats every arm over the --seeds, seed by seed', () => {
    const runs = runsOf({ init: ['he', 'zeros'], seeds: [1, 2, 3] });
    expect(runs.map((r) => `${r.label}@${r.initSeed}`)).toEqual(['he@1', 'zeros@1', 'he@2', 'zeros@2', 'he@3', 'zeros@3']);
  });

  it('crosses the --data-seeds with the init seeds on generated data', () => {
    const runs = runsOf({ dataset: 'xor', seeds: [1, 2], dataSeeds: [5, 6] });
    expect(runs.map((r) => [r.dataSeed, r.initSeed, (r.config.data as { seed: number }).seed])).toEqual([
      [5, 1, 5],
      [5, 2, 5],
      [6, 1, 6],
      [6, 2, 6],
    ]);
  });

  it('builds a generated data set from its flags', () => {
    const [run] = runsOf({ dataset: 'moons', nTrain: 120, nTest: 30, noise: 0.2, dataSeed: 7 });
    expect(run.config.data).toMatchObject({ kind: 'moons', nTrain: 120, nTest: 30, noise: 0.2, seed: 7 });
  });

  it('reads a CSV file and sizes the input layer to its feature columns', () => {
    const csv = 'a,b,c,label\n0,1,2,0\n1,2,3,1\n2,3,4,0\n3,4,5,1\n';
    const [run] = runsOf({ csv: '/data/points.csv', label: 'label', standardize: true }, () => csv);
    expect(run.config.data).toMatchObject({ kind: 'csv', featureNames: ['a', 'b', 'c'], standardize: true, source: 'points.csv' });
    expect(run.config.network.dims).toEqual([3, 10, 5, 1]);
  });

  it('standardizes CSV features unless told not to, as the app does', () => {
    const csv = 'a,b,label\n0,1,0\n1,2,1\n2,3,0\n3,4,1\n';
    expect(runsOf({ csv: '/data/p.csv' }, () => csv)[0].config.data).toMatchObject({ kind: 'csv', standardize: true });
    expect(runsOf({ csv: '/data/p.csv', standardize: false }, () => csv)[0].config.data).toMatchObject({ kind: 'csv', standardize: false });
  });

  it('names the flag, the value and the rule when the schema refuses a value', () => {
    expect(usageError({ lr: -0.5 }).message).toBe('--lr: got -0.5; expected a positive number');
    expect(usageError({ iterations: 1.5 }).message).toBe('--iterations: got 1.5; expected an integer');
    expect(usageError({ dims: [2, 0, 1] }).message).toMatch(/^--dims, item 2: got 0; /);
    expect(usageError({ seeds: [1, 2 ** 33] }).message).toMatch(/^--seeds, item 2: got 8589934592; /);
  });

  it('sets every optimizer hyper-parameter from its flag, weight decay included', () => {
    const [run] = runsOf({ optimizer: 'adam', batchSize: 16, beta1: 0.8, beta2: 0.99, epsilon: 1e-6, momentum: 0.5, weightDecay: 0.001 });
    expect(run.config.optimizer).toEqual({ name: 'adam', lr: 0.01, batchSize: 16, beta1: 0.8, beta2: 0.99, epsilon: 1e-6, momentum: 0.5, weightDecay: 0.001 });
  });

  it('leaves weight decay out of the config without --weight-decay or at 0', () => {
    expect(runsOf({})[0].config.optimizer).not.toHaveProperty('weightDecay');
    expect(runsOf({ weightDecay: 0 })[0].config.optimizer).not.toHaveProperty('weightDecay');
  });

  it('names --weight-decay when the schema refuses its value', () => {
    expect(usageError({ weightDecay: -1 }).message).toBe('--weight-decay: got -1; expected a number ≥ 0');
  });

  it('lets a record flag override what the record level chooses', () => {
    const [run] = runsOf({ checkpointEvery: 250, boundaryGrid: 20, histogramBins: 5, layerStats: false });
    expect(run.config.record).toEqual({ costEvery: DEFAULT_LOG_EVERY, checkpointEvery: 250, boundaryGrid: 20, layerStats: false, histogramBins: 5 });
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

  it('refuses both a single seed and a seed list', () => {
    expect(usageError({ initSeed: 1, seeds: [1, 2] }).message).toBe('give either --init-seed or --seeds, not both');
  });

  it('names --lr and asks for a finite number when the rate is infinite', () => {
    expect(usageError({ lr: Infinity }).message).toBe('--lr: got Infinity; expected a finite number');
    expect(usageError({ lr: -Infinity }).message).toBe('--lr: got -Infinity; expected a finite number');
  });

  it('blames --seeds, not --init-seed, for a seed out of range in the list', () => {
    expect(usageError({ seeds: [99999999999] }).message).toBe('--seeds, item 1: got 99999999999; expected a number ≤ 4294967295');
    expect(usageError({ seeds: [5, 99999999999] }).message).toBe('--seeds, item 2: got 99999999999; expected a number ≤ 4294967295');
    expect(usageError({ initSeed: 99999999999 }).message).toBe('--init-seed: got 99999999999; expected a number ≤ 4294967295');
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
  const issue = (path: (string | number)[], received: string): ValidationIssue => ({ path, code: 'too_small', message: 'expected a positive number', received, expected: 'a positive number' });

  it('names the flag that sets an issue\'s config path, in a run, an experiment\'s base or a service payload', () => {
    expect(flagMessage({ message: '', issues: [issue(['optimizer', 'batchSize'], '0')] })).toBe('--batch-size: got 0; expected a positive number');
    expect(flagMessage({ message: '', issues: [issue(['record', 'costEvery'], '0')] })).toBe('--log-every: got 0; expected a positive number');
    expect(flagMessage({ message: '', issues: [issue(['experiment', 'base', 'optimizer', 'lr'], '-1')] })).toBe('--lr: got -1; expected a positive number');
  });

  it('names the item of a list flag', () => {
    expect(flagMessage({ message: '', issues: [issue(['base', 'network', 'dims', 2], '0')] })).toBe('--dims, item 3: got 0; expected a positive number');
  });

  it('counts the issues after the first', () => {
    expect(flagMessage({ message: '', issues: [issue(['iterations'], '0'), issue(['optimizer', 'lr'], '0')] })).toBe('--iterations: got 0; expected a positive number (and 1 more problem)');
  });

  it('keeps the message of an error without issues', () => {
    expect(flagMessage({ message: 'the lab service is closed' })).toBe('the lab service is closed');
  });
});

describe('planTrain with CSV files', () => {
  it('names an unknown label column and lists the columns', () => {
    expect(usageError({ csv: 'p.csv', label: 'class' }, () => 'a,b,y\n1,2,0\n3,4,1\n').message).toBe('--csv p.csv: no column "class"; columns: a, b, y');
  });

  it('names the row and column of a non-numeric cell', () => {
    expect(usageError({ csv: 'p.csv' }, () => 'a,b,y\n1,2,0\n3,x,1\n').message).toBe('--csv p.csv: row 3, column "b": "x" is not a number');
  });

  it('refuses an empty file and a file with one class', () => {
    expect(usageError({ csv: 'e.csv' }, () => '').message).toBe('--csv e.csv: the file is empty');
    expect(usageError({ csv: 'o.csv' }, () => 'a,y\n1,1\n2,1\n').message).toMatch(/^--csv o\.csv: every row has label 1/);
  });
});

import { describe, expect, it } from 'vitest';
import {
  COURSE_EXPERIMENT,
  COURSE_PRESET,
  ExperimentConfigSchema,
  RunConfigSchema,
  armKeys,
  baseOf,
  expandExperiment,
  experimentRuns,
  parseExperimentConfig,
  parseRunConfig,
} from '../../shared/contract/config';

function errorOf(input: unknown): string {
  const r = parseRunConfig(input);
  if (r.ok) throw new Error('expected a validation error');
  expect(r.error.code).toBe('invalid_config');
  return r.error.message;
}

describe('RunConfig', () => {
  it('fills every default into an empty config', () => {
    const r = parseRunConfig({});
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.version).toBe(1);
    expect(r.value.rng).toBe('seedrandom');
    expect(r.value.loss).toBe('stable');
    expect(r.value.optimizer).toEqual({ name: 'gd', lr: 0.01, batchSize: null, beta1: 0.9, beta2: 0.999, epsilon: 1e-8, momentum: 0.9 });
    expect(r.value.record).toEqual({ costEvery: 1, checkpointEvery: 1000, boundaryGrid: 100, layerStats: true, histogramBins: 20 });
    expect(r.value.init).toEqual({ name: 'he_normal', params: {}, bias: 0 });
  });

  it('survives a JSON round trip unchanged', () => {
    const once = RunConfigSchema.parse(JSON.parse(JSON.stringify(COURSE_PRESET)));
    expect(once).toEqual(COURSE_PRESET);
  });

  it('names the course protocol exactly in the course preset', () => {
    expect(COURSE_PRESET).toMatchObject({
      data: { kind: 'course-circles' },
      network: { dims: [2, 10, 5, 1], activation: 'relu' },
      optimizer: { name: 'gd', lr: 0.01, batchSize: null },
      iterations: 15000,
      loss: 'course',
      rng: 'numpy',
      initSeed: 3,
      init: { name: 'he', bias: 0 },
    });
  });

  it('accepts a generated data set with its own seed and a leaky ReLU slope', () => {
    const r = parseRunConfig({
      data: { kind: 'moons', nTrain: 200, nTest: 50, noise: 0.2, seed: 9 },
      network: { dims: [2, 8, 1], activation: 'leaky_relu', activationParams: { slope: 0.2 } },
      optimizer: { name: 'adam', lr: 0.001, batchSize: 32 },
    });
    expect(r.ok).toBe(true);
  });

  it('rejects an unknown activation, naming the field, the value and the accepted names', () => {
    const msg = errorOf({ network: { dims: [2, 3, 1], activation: 'relux' } });
    expect(msg).toMatch(/^network\.activation: got "relux"/);
    expect(msg).toContain('expected one of relu, leaky_relu, tanh');
  });

  it('rejects a zero in dims', () => {
    expect(errorOf({ network: { dims: [2, 0, 1] } })).toBe('network.dims.1: got 0; expected a positive number');
  });

  it('rejects an output layer that does not match the data set\'s classes, naming them', () => {
    expect(errorOf({ network: { dims: [2, 4, 3] } })).toBe(
      'network.dims.2: got 3; expected 1 (one sigmoid unit) or 2 (softmax): the data set has 2 classes (0, 1)',
    );
  });

  it('accepts K softmax units on K classes and refuses the course loss for them', () => {
    const data = { kind: 'csv', featureNames: ['a'], x: [[1], [2], [3]], y: [0, 1, 2], classes: ['a', 'b', 'c'] };
    expect(parseRunConfig({ data, network: { dims: [1, 4, 3] } }).ok).toBe(true);
    expect(errorOf({ data, network: { dims: [1, 4, 3] }, loss: 'course' })).toMatch(/^loss: got "course"; expected stable/);
  });

  it('takes the built-in mnist set with 784 inputs and 10 outputs', () => {
    expect(parseRunConfig({ data: { kind: 'mnist' }, network: { dims: [784, 32, 10] } }).ok).toBe(true);
    expect(errorOf({ data: { kind: 'mnist' }, network: { dims: [784, 32, 1] } })).toMatch(/^network\.dims\.2: got 1; expected 10 \(one softmax unit per class\)/);
  });

  it('rejects an input layer that does not match the data set', () => {
    expect(errorOf({ network: { dims: [3, 4, 1] } })).toMatch(/^network\.dims\.0: got 3; expected 2/);
  });

  it('rejects a negative learning rate', () => {
    expect(errorOf({ optimizer: { lr: -0.1 } })).toBe('optimizer.lr: got -0.1; expected a positive number');
  });

  it('rejects a fractional iteration count', () => {
    expect(errorOf({ iterations: 10.5 })).toMatch(/^iterations: got 10\.5; expected an integer$/);
  });

  it('rejects an unknown initializer with the accepted names', () => {
    const msg = errorOf({ init: { name: 'kaiming' } });
    expect(msg).toMatch(/^init\.name: got "kaiming"; unknown initializer/);
    expect(msg).toContain('he_normal');
  });

  it('rejects an unknown initializer parameter with the accepted ones', () => {
    expect(errorOf({ init: { name: 'he_normal', params: { gian: 2 } } })).toMatch(/^init\.params\.gian: got 2; unknown parameter "gian" for he_normal; accepted: mode/);
  });

  it('rejects a bad initializer parameter value', () => {
    expect(errorOf({ init: { name: 'he_normal', params: { mode: 'sideways' } } })).toMatch(/^init\.params\.mode: got "sideways"; .*fan_in, fan_out/);
  });

  it('rejects an unknown activation parameter', () => {
    expect(errorOf({ network: { dims: [2, 3, 1], activation: 'tanh', activationParams: { slope: 0.1 } } })).toMatch(
      /^network\.activationParams\.slope: got 0\.1; unknown parameter for tanh; accepted: none/,
    );
  });

  it('rejects a batch size for full-batch gd', () => {
    expect(errorOf({ optimizer: { name: 'gd', batchSize: 32 } })).toMatch(/^optimizer\.batchSize: got 32; expected null: gd is full-batch/);
  });

  it('rejects an unknown data set kind with the accepted kinds', () => {
    const msg = errorOf({ data: { kind: 'swirl' } });
    expect(msg).toBe('data.kind: got "swirl"; expected one of course-circles, circles, moons, xor, spiral, blobs, csv, mnist, idx');
  });

  it('rejects a CSV row with the wrong number of values', () => {
    const msg = errorOf({
      data: { kind: 'csv', featureNames: ['a', 'b'], x: [[1, 2], [3]], y: [0, 1] },
    });
    expect(msg).toMatch(/^data\.x\.1: got \[3\]; expected 2 values/);
  });

  it('rejects a label other than 0 or 1', () => {
    expect(errorOf({ data: { kind: 'csv', featureNames: ['a', 'b'], x: [[1, 2], [3, 4]], y: [0, 2] } })).toMatch(/^data\.y\.1: got 2/);
  });

  it('rejects an unknown generator setting with the accepted ones', () => {
    expect(errorOf({ data: { kind: 'circles', params: { factr: 0.5 } } })).toMatch(/^data\.params\.factr: got 0\.5; unknown setting "factr" for circles; accepted: factor/);
  });

  it('rejects CSV labels of one class only', () => {
    expect(errorOf({ data: { kind: 'csv', featureNames: ['a', 'b'], x: [[1, 2], [3, 4]], y: [1, 1] } })).toMatch(/^data\.y: got 1; expected at least two classes/);
  });

  it('keeps the bias constant in one place: init.bias, not init.params', () => {
    expect(errorOf({ init: { name: 'zeros', params: { bias: 1 } } })).toMatch(/^init\.params\.bias: got 1; expected no bias here/);
  });

  it('stores a weight multiplier other than 1 beside the bias', () => {
    const r = parseRunConfig({ init: { name: 'he_normal', multiplier: 0.25 } });
    expect(r.ok && r.value.init).toEqual({ name: 'he_normal', params: {}, bias: 0, multiplier: 0.25 });
  });

  it('stores no multiplier at 1, so a config reads back as one written without it', () => {
    const r = parseRunConfig({ ...COURSE_PRESET, init: { name: 'he', multiplier: 1 } });
    expect(r.ok && JSON.stringify(r.value)).toBe(JSON.stringify(COURSE_PRESET));
  });

  it.each([
    [-1, 'init.multiplier: got -1; expected a positive number'],
    [0, 'init.multiplier: got 0; expected a positive number'],
    [Infinity, 'init.multiplier: got Infinity; expected a finite number'],
    ['2', 'init.multiplier: got "2"; expected a number'],
  ])('rejects the multiplier %j, naming the field', (multiplier, message) => {
    expect(errorOf({ init: { name: 'he_normal', multiplier } })).toBe(message);
  });

  it('rejects a multiplier for lsuv, which scales its weights on the data', () => {
    expect(errorOf({ init: { name: 'lsuv', multiplier: 2 } })).toBe(
      'init.multiplier: got 2; bad value "2" for lsuv.multiplier: expected 1, as lsuv scales its weights to unit variance on the data',
    );
  });

  it('keeps the multiplier in one place: init.multiplier, not init.params', () => {
    expect(errorOf({ init: { name: 'he_normal', params: { multiplier: 2 } } })).toMatch(/^init\.params\.multiplier: got 2; expected no multiplier here: it is init\.multiplier/);
  });

  it('rejects a seed numpy cannot take', () => {
    expect(errorOf({ initSeed: -1 })).toMatch(/^initSeed: got -1/);
    expect(errorOf({ initSeed: 2 ** 32 })).toMatch(/^initSeed: got 4294967296/);
  });

  it('rejects a config that is not an object', () => {
    expect(errorOf('he')).toBe('(config): got "he"; expected an object');
  });
});

describe('ExperimentConfig', () => {
  const base = { ...baseOf(COURSE_PRESET), data: { kind: 'circles', nTrain: 100, nTest: 20, noise: 0.1, seed: 1, params: {} } } as const;

  it('expands to arms × init seeds × data seeds', () => {
    const exp = ExperimentConfigSchema.parse({
      name: 'x',
      base,
      arms: [{ init: { name: 'zeros' } }, { init: { name: 'he' } }, { label: 'xav', init: { name: 'xavier_normal' } }],
      seeds: { init: [1, 2], data: [5, 6] },
    });
    const runs = expandExperiment(exp);
    expect(runs).toHaveLength(12);
    expect(runs.every((r) => RunConfigSchema.safeParse(r).success)).toBe(true);
  });

  it('expands to configs that serialise exactly as the schema parses them, key order included', () => {
    const exp = ExperimentConfigSchema.parse({ name: 'x', base, arms: [{ init: { name: 'he', multiplier: 2 } }], seeds: { init: [1], data: [5] } });
    for (const config of expandExperiment(exp)) expect(JSON.stringify(config)).toBe(JSON.stringify(RunConfigSchema.parse(config)));
  });

  it('keys two unlabelled arms of one initializer by their whole specs, so they never merge into one arm', () => {
    const exp = ExperimentConfigSchema.parse({
      name: 'x',
      base,
      arms: [{ init: { name: 'he' } }, { init: { name: 'he', multiplier: 2 } }, { init: { name: 'zeros' } }, { label: 'mine', init: { name: 'he', multiplier: 3 } }],
    });
    expect(armKeys(exp.arms)).toEqual(['he', 'he:multiplier=2', 'zeros', 'mine']);
    expect(new Set(experimentRuns(exp).map((r) => r.label)).size).toBe(4);
  });

  it('keeps the plain initializer names as keys when no two arms share one (stored experiments read as before)', () => {
    const exp = ExperimentConfigSchema.parse({ name: 'x', base, arms: [{ init: { name: 'he', multiplier: 2 } }, { init: { name: 'zeros' } }] });
    expect(armKeys(exp.arms)).toEqual(['he', 'zeros']);
  });

  it('gives every arm the same data and the same init seeds', () => {
    const exp = ExperimentConfigSchema.parse({
      name: 'x',
      base,
      arms: [{ init: { name: 'zeros' } }, { init: { name: 'he' } }],
      seeds: { init: [1, 2], data: [5, 6] },
    });
    const runs = experimentRuns(exp);
    for (const dataSeed of [5, 6]) {
      for (const initSeed of [1, 2]) {
        const group = runs.filter((r) => r.dataSeed === dataSeed && r.initSeed === initSeed);
        expect(group.map((r) => r.label)).toEqual(['zeros', 'he']);
        expect(group[0].config.data).toEqual(group[1].config.data);
        expect(group[0].config.data).toMatchObject({ seed: dataSeed });
        expect(group.map((r) => r.config.initSeed)).toEqual([initSeed, initSeed]);
      }
    }
  });

  it('keeps the base data seed when data seeds are null', () => {
    const exp = ExperimentConfigSchema.parse({ name: 'x', base, arms: [{ init: { name: 'he' } }], seeds: { init: [4] } });
    const runs = expandExperiment(exp);
    expect(runs).toHaveLength(1);
    expect(runs[0].data).toMatchObject({ seed: 1 });
  });

  it('applies data seeds to a CSV as its split seed', () => {
    const exp = ExperimentConfigSchema.parse({
      name: 'x',
      base: { ...base, data: { kind: 'csv', featureNames: ['a', 'b'], x: [[1, 2], [3, 4]], y: [0, 1] } },
      arms: [{ init: { name: 'he' } }],
      seeds: { init: [4], data: [8] },
    });
    expect(expandExperiment(exp)[0].data).toMatchObject({ kind: 'csv', splitSeed: 8 });
  });

  it('rejects data seeds for the fixed course data set', () => {
    const r = parseExperimentConfig({ name: 'x', base: baseOf(COURSE_PRESET), arms: [{ init: { name: 'he' } }], seeds: { init: [1], data: [2] } });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toMatch(/^seeds\.data: got \[2\]; expected null/);
  });

  it('rejects an arm with an unknown initializer, naming the arm', () => {
    const r = parseExperimentConfig({ name: 'x', base: baseOf(COURSE_PRESET), arms: [{ init: { name: 'he' } }, { init: { name: 'nope' } }] });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toMatch(/^arms\.1\.init\.name: got "nope"/);
  });

  it('runs the course comparison as zeros, random and he with seed 3', () => {
    const runs = experimentRuns(COURSE_EXPERIMENT);
    expect(runs.map((r) => [r.label, r.config.init.name, r.config.initSeed])).toEqual([
      ['zeros', 'zeros', 3],
      ['random', 'random', 3],
      ['he', 'he', 3],
    ]);
    expect(runs[2].config).toEqual(COURSE_PRESET);
  });
});

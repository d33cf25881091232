import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { RunConfigSchema, COURSE_PRESET, type RunConfig } from '../../shared/contract/config';
import { INITIALIZER_NAMES } from '../../shared/engine/init';
import { ACTIVATION_NAMES } from '../../shared/engine/nn/activations';
import { snippetFidelity } from '../../shared/export/snippet-arm';
import { numpySnippet, pytorchSnippet } from '../../shared/export/snippets';
import { compileError, compileErrors, hasNumpy, runNumpySnippets, runScript } from './helpers/python';
import {
  caseConfig,
  courseXFeatureMajor,
  engineInitialParams,
  namedWeights,
  EXACT_CASES,
  LIBM_CASES,
  ROUNDED_CASES,
  type SnippetCase,
} from './helpers/snippet-cases';

type Weights = Record<string, number[]>;

const fixture = JSON.parse(readFileSync(new URL('../fixtures/snippet-weights.json', import.meta.url), 'utf8')) as {
  cases: { name: string; input: unknown; exact: boolean; weights: Weights }[];
};
const golden = JSON.parse(readFileSync(new URL('../fixtures/course-golden.json', import.meta.url), 'utf8'));

const ALL_CASES = [...EXACT_CASES, ...ROUNDED_CASES, ...LIBM_CASES];
const numpyHere = hasNumpy();
/** Weights printed by numpy itself, run now; null where numpy is not installed. */
let live: Weights[] | null = null;

const config = (input: Record<string, unknown>): RunConfig => RunConfigSchema.parse({ ...COURSE_PRESET, ...input });

const INIT_STREAMS = INITIALIZER_NAMES.flatMap((name) => (['numpy', 'seedrandom'] as const).map((rng) => [name, rng] as const));
/** Every script the compile tests check, by a key; compiled together in one python3 process. */
const SCRIPTS = new Map<string, string>([
  ...INIT_STREAMS.map(([name, rng]) => [`numpy ${name} ${rng}`, numpySnippet(config({ init: { name }, rng }))] as const),
  ...INIT_STREAMS.map(([name, rng]) => [`torch ${name} ${rng}`, pytorchSnippet(config({ init: { name }, rng }))] as const),
  ...ACTIVATION_NAMES.map((a) => [`torch ${a}`, pytorchSnippet(config({ network: { dims: [2, 4, 1], activation: a } }))] as const),
  ...(['numpy', 'seedrandom'] as const).map((rng) => [`torch multiplied ${rng}`, pytorchSnippet(config({ init: { name: 'he_uniform', multiplier: 0.5 }, rng }))] as const),
  ['torch multiplied orthogonal', pytorchSnippet(config({ init: { name: 'orthogonal', multiplier: 2 } }))],
]);
let compiled = new Map<string, string | null>();

beforeAll(() => {
  const errors = compileErrors([...SCRIPTS.values()]);
  compiled = new Map([...SCRIPTS.keys()].map((key, i) => [key, errors[i]]));
  if (!numpyHere) return;
  live = runNumpySnippets(
    ALL_CASES.map((c) => {
      const config = caseConfig(c);
      return { source: numpySnippet(config), lsuvX: config.init.name === 'lsuv' ? courseXFeatureMajor() : undefined };
    }),
  ).weights;
});

function fixtureWeights(c: SnippetCase): Weights {
  const entry = fixture.cases.find((f) => f.name === c.name);
  if (!entry) throw new Error(`no fixture for "${c.name}": run npx tsx test/export/helpers/write-snippet-fixture.ts`);
  return entry.weights;
}

/** The numpy weights to check: the checked-in numbers always, and numpy's own output where it is installed. */
function numpyOutputs(c: SnippetCase): Weights[] {
  const outputs = [fixtureWeights(c)];
  if (live) outputs.push(live[ALL_CASES.indexOf(c)]);
  return outputs;
}

describe('numpySnippet against the engine', () => {
  it('has a checked-in numpy output for exactly the current cases, with their configs', () => {
    expect(fixture.cases.map((f) => [f.name, f.input])).toEqual(ALL_CASES.map((c) => [c.name, c.input]));
  });

  it.each(EXACT_CASES.map((c) => [c.name, c] as const))('%s: the snippet gives the engine\'s initial weights bit for bit', (_name, c) => {
    const engine = namedWeights(engineInitialParams(caseConfig(c)));
    // toEqual compares numbers with Object.is: every bit, the sign of zero included.
    for (const weights of numpyOutputs(c)) expect(weights).toEqual(engine);
  });

  it.each(ROUNDED_CASES.map((c) => [c.name, c] as const))('%s: the snippet agrees with the engine to within 1e-13', (_name, c) => {
    const engine = namedWeights(engineInitialParams(caseConfig(c)));
    // QR by LAPACK against the lab's Householder QR, and LSUV's variances summed in another order:
    // measured differences are below 4e-15 on weights of order 1.
    for (const weights of numpyOutputs(c)) {
      expect(Object.keys(weights)).toEqual(Object.keys(engine));
      for (const key of Object.keys(engine)) {
        expect(weights[key]).toHaveLength(engine[key].length);
        engine[key].forEach((v, i) => expect(Math.abs(weights[key][i] - v)).toBeLessThan(1e-13));
      }
    }
  });

  it.each(LIBM_CASES.map((c) => [c.name, c] as const))("%s: numpy's weights equal the engine's bit for bit", (_name, c) => {
    const engine = namedWeights(engineInitialParams(caseConfig(c)));
    for (const weights of numpyOutputs(c)) expect(weights).toEqual(engine);
  });

  it.each(['zeros', 'random', 'he'])("the course's %s snippet gives the course's own initial parameters", (name) => {
    const c = EXACT_CASES.find((x) => x.name === `course ${name}`)!;
    const expected: Weights = {};
    for (const [key, rows] of Object.entries(golden.runs[name].initial_parameters as Record<string, number[][]>)) expected[key] = rows.flat();
    for (const weights of numpyOutputs(c)) expect(weights).toEqual(expected);
  });
});

describe('numpySnippet fidelity', () => {
  it.each(['numpy', 'seedrandom'])('calls every initializer but orthogonal and lsuv bit for bit on the %s stream', (rng) => {
    const exact = INITIALIZER_NAMES.filter((name) => snippetFidelity(config({ init: { name }, rng })).exact);
    expect(exact).toEqual(INITIALIZER_NAMES.filter((n) => n !== 'orthogonal' && n !== 'lsuv'));
  });

  it("carries the caveat of numpy's log for normal draws on the numpy stream only", () => {
    const caveat = (name: string, rng: string) => snippetFidelity(config({ init: { name }, rng })).caveat;
    expect(caveat('he', 'numpy')).toMatch(/^numpy's randn takes the C library's log/);
    expect(caveat('sparse', 'numpy')).not.toBeNull();
    expect(caveat('he_uniform', 'numpy')).toBeNull();
    expect(caveat('zeros', 'numpy')).toBeNull();
    expect(caveat('he', 'seedrandom')).toBeNull();
  });

  it('says the caveat in the numpy snippet of a normal initializer', () => {
    expect(numpySnippet(COURSE_PRESET)).toMatch(/^# One caveat: numpy's randn takes the C library's log/m);
    expect(numpySnippet(config({ init: { name: 'xavier_uniform' } }))).not.toContain('caveat');
  });

  it('draws a seedrandom run from the SeedrandomStream class, and a numpy run from RandomState', () => {
    const seeded = numpySnippet(config({ init: { name: 'he' }, rng: 'seedrandom' }));
    expect(seeded).toContain('class SeedrandomStream:');
    expect(seeded).toContain('    rng = SeedrandomStream(seed)\n');
    expect(seeded).toMatch(/^# Bit for bit: the run drew from the lab's seedrandom stream seeded with 3/m);
    const numpy = numpySnippet(config({ init: { name: 'he' }, rng: 'numpy' }));
    expect(numpy).not.toContain('SeedrandomStream');
    expect(numpy).toContain('    rng = np.random.RandomState(seed)\n');
  });

  it('draws from no stream for an initializer that draws nothing', () => {
    const text = numpySnippet(config({ init: { name: 'identity' }, rng: 'seedrandom' }));
    expect(text).toContain('    rng = None  # Identity draws no random numbers\n');
    expect(text).toMatch(/^# Bit for bit: this initializer draws no random numbers/m);
  });

  it("says in a comment that orthogonal's QR is not bit for bit", () => {
    expect(numpySnippet(config({ init: { name: 'orthogonal' } }))).toMatch(/^# {3}- numpy's QR \(LAPACK\) rounds differently/m);
  });

  it('says in a comment that lsuv needs the training data, and gives the rescaling', () => {
    const text = numpySnippet(config({ init: { name: 'lsuv' } }));
    expect(text).toMatch(/^# {3}- LSUV rescales the weights on the training data/m);
    expect(text).toContain('def lsuv_rescale(parameters, X, tol=TOL, max_iter=MAX_ITER):');
    expect(text).toContain('MAX_ITER = 10  #');
  });

  it('says bit for bit for the course He run', () => {
    expect(numpySnippet(COURSE_PRESET)).toMatch(/^# Bit for bit: the run drew from numpy's legacy stream seeded with 3/m);
  });
});

describe('snippets of an arm with a weight multiplier', () => {
  const multiplied = config({ init: { name: 'he_normal', multiplier: 4 } });

  it('declare the multiplier and name it in the spec and the formula', () => {
    const text = numpySnippet(multiplied);
    expect(text).toContain('MULTIPLIER = 4.0  # every weight is multiplied by this after drawing\n');
    expect(text).toContain('# Initializer he_normal:multiplier=4 (He (Kaiming) normal): W = 4 × randn · √(2/((1 + a²) · fan));');
  });

  it('multiply each drawn matrix in numpy, and each torch.nn.init weight in PyTorch', () => {
    expect(numpySnippet(multiplied)).toContain('        parameters[f"W{l}"] = initial_weights(rng, layer_dims[l], layer_dims[l - 1]) * MULTIPLIER\n');
    const torch = pytorchSnippet(config({ init: { name: 'orthogonal', multiplier: 2 } }));
    expect(torch).toContain('        nn.init.orthogonal_(weight, gain=GAIN)\n        weight.mul_(MULTIPLIER)\n        nn.init.constant_(layer.bias, BIAS)\n');
  });

  it('say nothing of a multiplier of 1', () => {
    expect(numpySnippet(config({ init: { name: 'he', multiplier: 1 } }))).toBe(numpySnippet(COURSE_PRESET));
    expect(pytorchSnippet(config({ init: { name: 'he', multiplier: 1 } }))).toBe(pytorchSnippet(COURSE_PRESET));
  });

  it.each(['torch multiplied numpy', 'torch multiplied seedrandom', 'torch multiplied orthogonal'])('%s compiles with py_compile', (key) => {
    expect(compiled.get(key)).toBeNull();
  });
});

describe('numpySnippet as a script', () => {
  it.each(INIT_STREAMS)('%s on the %s stream compiles with py_compile', (name, rng) => {
    expect(compiled.get(`numpy ${name} ${rng}`)).toBeNull();
  });

  it('keeps a label with line breaks inside its comment', () => {
    const text = numpySnippet(COURSE_PRESET, { label: 'he\nraise SystemExit(3)\r\u2028x' });
    expect(text.split('\n').filter((l) => l.includes('SystemExit'))).toEqual(['# Initial weights of the Init Lab run "he raise SystemExit(3) x".']);
    expect(compileError(text)).toBeNull();
  });

  it('runs as a script printing each parameter and its shape (where numpy is installed; else stops at the import)', () => {
    const r = runScript(numpySnippet(COURSE_PRESET));
    if (numpyHere) {
      expect(r.status).toBe(0);
      expect(r.stdout.match(/^[Wb]\d \(\d+, \d+\)$/gm)).toEqual(['W1 (10, 2)', 'b1 (10, 1)', 'W2 (5, 10)', 'b2 (5, 1)', 'W3 (1, 5)', 'b3 (1, 1)']);
      expect(r.stdout).toContain('1.7886284734303186');
    } else {
      expect(r.stderr).toMatch(/No module named 'numpy'/);
    }
  });

  it('writes parameters as exact Python literals', () => {
    const text = numpySnippet(config({ init: { name: 'uniform', params: { low: -0.1, high: 1e-7 }, bias: 0.1 }, initSeed: 42 }));
    expect(text).toContain('LOW = -0.1  #');
    expect(text).toContain('HIGH = 1e-7  #');
    expect(text).toContain('BIAS = 0.1  #');
    expect(text).toContain('SEED = 42\n');
  });
});

describe('pytorchSnippet', () => {
  it.each(INIT_STREAMS)('%s on the %s stream compiles with py_compile', (name, rng) => {
    expect(compiled.get(`torch ${name} ${rng}`)).toBeNull();
  });

  it.each(ACTIVATION_NAMES)('builds the network with %s hidden layers and compiles', (activation) => {
    expect(compiled.get(`torch ${activation}`)).toBeNull();
    expect(SCRIPTS.get(`torch ${activation}`)).toContain('layers.append(nn.Linear(layer_dims[l - 1], layer_dims[l]))');
  });

  it('uses the leaky ReLU slope of the network', () => {
    const text = pytorchSnippet(config({ network: { dims: [2, 4, 1], activation: 'leaky_relu', activationParams: { slope: 0.2 } } }));
    expect(text).toContain('layers.append(nn.LeakyReLU(negative_slope=0.2) if l < len(layer_dims) - 1 else nn.Sigmoid())');
  });

  it('notes that nn.Linear.weight has the lab\'s orientation, (out, in) = (n_l, n_{l-1})', () => {
    expect(pytorchSnippet(COURSE_PRESET)).toContain("# Orientation: nn.Linear(n_{l-1}, n_l).weight has shape (n_l, n_{l-1}) = (out, in), the same as the");
  });

  it.each([
    ['he', {}, 'nn.init.kaiming_normal_(weight, mode=MODE, nonlinearity="relu")'],
    ['he_normal', { mode: 'fan_out', negative_slope: 0.1 }, 'nn.init.kaiming_normal_(weight, a=NEGATIVE_SLOPE, mode=MODE, nonlinearity="leaky_relu")'],
    ['he_uniform', {}, 'nn.init.kaiming_uniform_(weight, mode=MODE, nonlinearity="relu")'],
    ['xavier_normal', { gain: 2 }, 'nn.init.xavier_normal_(weight, gain=GAIN)'],
    ['xavier_uniform', {}, 'nn.init.xavier_uniform_(weight, gain=GAIN)'],
    ['lecun_normal', {}, 'nn.init.kaiming_normal_(weight, mode="fan_in", nonlinearity="linear")'],
    ['orthogonal', {}, 'nn.init.orthogonal_(weight, gain=GAIN)'],
    ['truncated_normal', {}, 'nn.init.trunc_normal_(weight, mean=MEAN, std=STD, a=MEAN - 2 * STD, b=MEAN + 2 * STD)'],
    ['sparse', {}, 'nn.init.sparse_(weight, sparsity=SPARSITY, std=STD)'],
    ['random', {}, 'weight.mul_(SCALE)'],
  ] as const)('initializes %s %o with %s', (name, params, call) => {
    expect(pytorchSnippet(config({ init: { name, params } }))).toContain(`        ${call}\n`);
  });

  it('sets the mode and slope constants a kaiming call reads', () => {
    const text = pytorchSnippet(config({ init: { name: 'he_normal', params: { mode: 'fan_out', negative_slope: 0.1 } } }));
    expect(text).toContain('MODE = "fan_out"  #');
    expect(text).toContain('NEGATIVE_SLOPE = 0.1  #');
  });

  it("copies in numpy's exact weights with torch.from_numpy when numpy reproduces the run", () => {
    const text = pytorchSnippet(COURSE_PRESET);
    expect(text).toContain('layer.weight.copy_(torch.from_numpy(parameters[f"W{l}"]))');
    expect(text).toContain('    numpy_init(model, SEED)');
    expect(text).toContain('model = build_model(LAYER_DIMS).double()');
  });

  it('copies in the exact weights of a seedrandom run too, drawn by SeedrandomStream', () => {
    const text = pytorchSnippet(config({ rng: 'seedrandom' }));
    expect(text).toContain('class SeedrandomStream:');
    expect(text).toContain('    numpy_init(model, SEED)');
  });

  it('uses torch.nn.init alone when numpy cannot reproduce the run', () => {
    const text = pytorchSnippet(config({ init: { name: 'orthogonal' } }));
    expect(text).not.toContain('numpy');
    expect(text).toContain('    torch_init(model, SEED)\n');
  });
});

describe('snippets of a softmax network', () => {
  const config = RunConfigSchema.parse({ data: { kind: 'mnist' }, network: { dims: [784, 16, 10], activation: 'tanh' }, init: { name: 'xavier_normal' } });

  it('describes ten softmax output units in the numpy script', () => {
    expect(numpySnippet(config)).toContain('# Network [784, 16, 10]: tanh hidden layers, 10 softmax output units (categorical cross-entropy).');
  });

  it('ends the PyTorch model with a softmax over each sample\'s outputs', () => {
    expect(pytorchSnippet(config)).toContain("layers.append(nn.Tanh() if l < len(layer_dims) - 1 else nn.Softmax(dim=1))");
  });
});

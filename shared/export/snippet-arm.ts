// What both snippets say about an arm: its resolved initializer, whether numpy reproduces it bit for bit,
// its parameters as Python constants, and the numpy functions that draw its weights.
import type { RunConfig } from '../contract/config';
import { INITIALIZERS, formatInitSpec, formulaWithMultiplier, initSpecOf, type InitSpec } from '../engine/init';
import { activationParams, type ActivationParams } from '../engine/nn/activations';
import { LIBM_LOG_CAVEAT, NUMPY_INITS, type NumpyInit } from './numpy-inits';
import { PYTHON_ACTIVATIONS } from './python-activations';
import { SEEDRANDOM_IMPORTS, SEEDRANDOM_STREAM_PY } from './seedrandom-python';
import { indent, pyCommentLines, pyCommentText, pyConstantName, pyFloat, pyInt, pyIntList, pyString } from './python';

/** How faithfully the numpy code recreates a run's initial weights, and why when it does not. */
export interface SnippetFidelity {
  /** True when the numpy code makes the run's draws with the run's arithmetic: the run's weights to the last bit (but see caveat). */
  exact: boolean;
  /** One sentence per reason it does not (empty when exact). */
  reasons: string[];
  /** A platform detail that can still move a rare weight by one ulp (numpy's randn and the C library's log), or null. */
  caveat: string | null;
  /** Which stream the numpy code draws from: numpy's legacy one, the lab's seedrandom one (as a Python class), or none. */
  stream: 'numpy' | 'seedrandom' | 'none';
}

/** An arm as the snippets see it. */
export interface SnippetArm {
  config: RunConfig;
  spec: InitSpec;
  /** The spec as written, bias and multiplier included (e.g. he_normal:mode=fan_out;bias=0.1;multiplier=2). */
  specText: string;
  label: string;
  hiddenParams: ActivationParams;
  /** Which stream the Python draws from: numpy's legacy one, the lab's seedrandom one, or none at all. */
  stream: SnippetFidelity['stream'];
  fidelity: SnippetFidelity;
}

/** Resolves a run config's initializer (defaults filled in, the config's bias applied) and judges fidelity. */
export function snippetArm(config: RunConfig, label?: string): SnippetArm {
  const spec: InitSpec = initSpecOf(config.init);
  const init = INITIALIZERS[spec.name];
  const numpy: NumpyInit = NUMPY_INITS[spec.name];
  const reasons: string[] = [];
  if (!numpy.exact) reasons.push(numpy.why ?? "the numpy code differs from the lab's in rounding");
  const specText = formatInitSpec(spec);
  const stream: SnippetFidelity['stream'] = !init.random ? 'none' : config.rng === 'numpy' ? 'numpy' : 'seedrandom';
  return {
    config,
    spec,
    specText,
    stream,
    label: label ?? specText,
    hiddenParams: activationParams(config.network.activation, config.network.activationParams),
    fidelity: {
      exact: reasons.length === 0,
      reasons,
      caveat: init.random && config.rng === 'numpy' && numpy.gaussian ? LIBM_LOG_CAVEAT : null,
      stream,
    },
  };
}

/** The fidelity of the numpy snippet for a run config: bit for bit, or the reasons it is not. */
export function snippetFidelity(config: RunConfig): SnippetFidelity {
  return snippetArm(config).fidelity;
}

/** The output layer in words: one sigmoid unit (two classes) or K softmax units (K classes). */
export function outputWords(units: number): string {
  return units === 1 ? 'one sigmoid output unit' : `${units} softmax output units (categorical cross-entropy)`;
}

/** Comment lines naming the run, its initializer and network, shared by both snippets. */
export function describeArm(arm: SnippetArm, what: string): string[] {
  const init = INITIALIZERS[arm.spec.name];
  const { dims, activation } = arm.config.network;
  return [
    ...pyCommentLines(`${what} of the Init Lab run "${arm.label}".`),
    ...pyCommentLines(`Initializer ${arm.specText} (${init.label}): ${formulaWithMultiplier(init.formula, arm.spec.multiplier)}; every bias starts at ${arm.spec.bias}.`),
    `# Network ${pyIntList(dims)}: ${activation} hidden layers, ${outputWords(dims[dims.length - 1])}. W[l] has shape`,
    '# (n_l, n_{l-1}) and b[l] shape (n_l, 1), so Z[l] = W[l] @ A[l-1] + b[l] with one column per sample,',
    '# as in the course.',
  ];
}

/** Comment lines saying whether the numpy code gives the run's numbers. */
export function fidelityComment(arm: SnippetArm): string[] {
  const caveat = arm.fidelity.caveat ? pyCommentLines(`One caveat: ${arm.fidelity.caveat}.`) : [];
  if (!arm.fidelity.exact) {
    return [
      '# Not bit for bit: the numpy code follows the same formula and distribution, but',
      ...arm.fidelity.reasons.flatMap((r) => pyCommentLines(r, '#   - ', '#     ')),
      ...caveat,
    ];
  }
  switch (arm.stream) {
    case 'none':
      return ["# Bit for bit: this initializer draws no random numbers, so the numpy code gives the run's weights exactly."];
    case 'numpy':
      return [
        `# Bit for bit: the run drew from numpy's legacy stream seeded with ${arm.config.initSeed}, and the numpy`,
        '# code below makes the same draws in the same order with the same arithmetic, so it gives the',
        "# run's initial weights to the last bit.",
        ...caveat,
      ];
    case 'seedrandom':
      return [
        `# Bit for bit: the run drew from the lab's seedrandom stream seeded with ${arm.config.initSeed}; the`,
        '# SeedrandomStream class below is that stream in Python (numpy has no such stream), and the code makes',
        "# the same draws in the same order with the same arithmetic, so it gives the run's initial weights to",
        '# the last bit. With rng "numpy" a run draws from np.random.RandomState instead.',
      ];
  }
}

/** The import lines the numpy functions need. */
export function numpyImports(arm: SnippetArm): string[] {
  return arm.stream === 'seedrandom' ? [...SEEDRANDOM_IMPORTS, 'import numpy as np'] : ['import numpy as np'];
}

/** Module-level constants: layer sizes, seed, bias and each initializer parameter with its description. */
export function constantLines(arm: SnippetArm): string[] {
  const init = INITIALIZERS[arm.spec.name];
  const lines = [
    `LAYER_DIMS = ${pyIntList(arm.config.network.dims)}  # n_0 (features), n_1, ..., n_L`,
    `SEED = ${pyInt(arm.config.initSeed)}`,
    `BIAS = ${pyFloat(arm.spec.bias)}  # the value every bias starts at`,
    ...(multiplied(arm) ? [`MULTIPLIER = ${pyFloat(arm.spec.multiplier!)}  # every weight is multiplied by this after drawing`] : []),
  ];
  for (const p of init.parameters) {
    const v = arm.spec.params[p.name];
    const literal = typeof v === 'string' ? pyString(v) : p.type === 'integer' ? pyInt(v) : pyFloat(v);
    lines.push(`${pyConstantName(p.name)} = ${literal}  # ${pyCommentText(p.description)}`);
  }
  return lines;
}

/** The numpy functions initial_weights(rng, n_l, n_prev) and initialize_parameters(layer_dims, seed). */
export function numpyInitFunctions(arm: SnippetArm): string[] {
  const init = INITIALIZERS[arm.spec.name];
  return [
    ...(arm.stream === 'seedrandom' ? [...SEEDRANDOM_STREAM_PY, '', ''] : []),
    'def initial_weights(rng, n_l, n_prev):',
    `    """${pyCommentText(init.label)}: W[l] of shape (n_l, n_prev) = (fan_out, fan_in)."""`,
    `    # ${pyCommentText(init.formula)}`,
    ...indent(NUMPY_INITS[arm.spec.name].body, 4),
    '',
    '',
    'def initialize_parameters(layer_dims, seed):',
    '    """W1, b1, ..., WL, bL, drawn layer by layer in order from one stream seeded once."""',
    ...streamLines(arm),
    '    parameters = {}',
    '    for l in range(1, len(layer_dims)):',
    multiplied(arm)
      ? '        parameters[f"W{l}"] = initial_weights(rng, layer_dims[l], layer_dims[l - 1]) * MULTIPLIER'
      : '        parameters[f"W{l}"] = initial_weights(rng, layer_dims[l], layer_dims[l - 1])',
    '        parameters[f"b{l}"] = np.full((layer_dims[l], 1), BIAS)',
    '    return parameters',
  ];
}

/** Whether the arm's weights are multiplied after drawing (a multiplier other than 1). */
export function multiplied(arm: SnippetArm): boolean {
  return (arm.spec.multiplier ?? 1) !== 1;
}

function streamLines(arm: SnippetArm): string[] {
  switch (arm.stream) {
    case 'numpy':
      return ['    # RandomState(seed) is the legacy stream np.random.seed(seed) sets up; biases draw nothing.', '    rng = np.random.RandomState(seed)'];
    case 'seedrandom':
      return ['    # Biases draw nothing.', '    rng = SeedrandomStream(seed)'];
    case 'none':
      return [`    rng = None  # ${pyCommentText(INITIALIZERS[arm.spec.name].label)} draws no random numbers`];
  }
}

/** numpy's LSUV pass (lsuv_rescale(parameters, X)), for the data-dependent initializer. */
export function numpyLsuvFunction(arm: SnippetArm): string[] {
  const hidden = PYTHON_ACTIVATIONS[arm.config.network.activation].numpy(arm.hiddenParams);
  return [
    'def lsuv_rescale(parameters, X, tol=TOL, max_iter=MAX_ITER):',
    '    """Divides each W[l] in turn by the std of its pre-activations on X (n_0, m) until their variance is 1."""',
    '    L = len(parameters) // 2',
    '    A = X',
    '    for l in range(1, L + 1):',
    '        W, b = parameters[f"W{l}"], parameters[f"b{l}"]',
    '        Z = W @ A + b',
    '        v = Z.var()',
    '        iterations = 0',
    '        # A zero or non-finite variance cannot be rescaled to 1 (a dead layer): it is left as it is.',
    '        while abs(v - 1) >= tol and iterations < max_iter and 0 < v < np.inf:',
    '            W = W * (1 / np.sqrt(v))',
    '            Z = W @ A + b',
    '            v = Z.var()',
    '            iterations += 1',
    '        parameters[f"W{l}"] = W',
    `        A = ${hidden} if l < L else 1 / (1 + np.exp(-Z))`,
    '    return parameters',
  ];
}

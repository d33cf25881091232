// Standalone Python scripts that recreate an arm's initial weights: one in numpy, one in PyTorch.
import type { RunConfig } from '../contract/config';
import { INITIALIZERS } from '../engine/init';
import { PYTHON_ACTIVATIONS } from './python-activations';
import { indent } from './python';
import { constantLines, describeArm, fidelityComment, multiplied, numpyImports, outputWords, numpyInitFunctions, numpyLsuvFunction, snippetArm, type SnippetArm } from './snippet-arm';
import { TORCH_INITS } from './torch-inits';
import { numpyWeightDecayFunctions, torchWeightDecayFunction, weightDecayConstant } from './weight-decay-python';

/** Options of the snippet builders. */
export interface SnippetOptions {
  /** The run's or arm's name, shown in the header (default: the initializer spec). */
  label?: string;
}

/**
 * A numpy script recreating the run's initial weights W1, b1, …, WL, bL (W[l] of shape (n_l, n_{l−1})).
 * It is bit for bit, on either stream, for every initializer except orthogonal and lsuv (see snippetFidelity),
 * whose comment says why; the seedrandom stream is carried along as a small Python class.
 */
export function numpySnippet(config: RunConfig, opts: SnippetOptions = {}): string {
  const arm = snippetArm(config, opts.label);
  const lsuv = arm.spec.name === 'lsuv';
  return lines([
    ...describeArm(arm, 'Initial weights'),
    '#',
    ...fidelityComment(arm),
    ...numpyImports(arm),
    '',
    ...constantLines(arm),
    ...weightDecayConstant(config),
    '',
    '',
    ...numpyInitFunctions(arm),
    ...(lsuv ? ['', '', ...numpyLsuvFunction(arm)] : []),
    ...numpyWeightDecayFunctions(config),
    '',
    '',
    'if __name__ == "__main__":',
    '    parameters = initialize_parameters(LAYER_DIMS, SEED)',
    ...(lsuv
      ? [
          '    # LSUV fits the weights to the training inputs X_train, shape (n_0, m) with one column per sample:',
          '    # parameters = lsuv_rescale(parameters, X_train)',
        ]
      : []),
    '    np.set_printoptions(floatmode="unique")  # every digit, so the values can be compared exactly',
    '    for name, value in parameters.items():',
    '        print(name, value.shape)',
    '        print(value)',
  ]);
}

/**
 * A PyTorch script building the run's network from nn.Linear layers and initializing it with the
 * torch.nn.init equivalent of its initializer; when numpy reproduces the run bit for bit it also
 * copies in the exact numpy-drawn weights (torch.from_numpy), which is what it does by default.
 */
export function pytorchSnippet(config: RunConfig, opts: SnippetOptions = {}): string {
  const arm = snippetArm(config, opts.label);
  const exact = arm.fidelity.exact;
  const lsuv = arm.spec.name === 'lsuv';
  return lines([
    ...describeArm(arm, 'A PyTorch model with the initial weights'),
    '#',
    "# Orientation: nn.Linear(n_{l-1}, n_l).weight has shape (n_l, n_{l-1}) = (out, in), the same as the",
    "# lab's W[l], so weight = W[l] and bias = b[l] flattened, with no transpose. Linear computes",
    '# x @ weight.T + bias on inputs with one row per sample: the numbers of W @ X + b on one column per sample.',
    '#',
    INITIALIZERS[arm.spec.name].random
      ? "# torch_init uses torch.nn.init: the run's distribution, drawn from PyTorch's generator (not the run's numbers)."
      : '# torch_init uses torch.nn.init, which gives these weights exactly: this initializer draws nothing.',
    ...(exact
      ? [
          "# numpy_init copies in the run's exact initial weights, drawn in Python as the run drew them:",
          ...fidelityComment(arm).map((l) => l.replace(/^# /, '#   ')),
        ]
      : []),
    'import torch',
    'from torch import nn',
    ...(exact ? numpyImports(arm) : []),
    '',
    ...constantLines(arm),
    ...weightDecayConstant(config),
    '',
    '',
    ...buildModelFunction(arm),
    '',
    '',
    'def linear_layers(model):',
    '    return [m for m in model if isinstance(m, nn.Linear)]',
    '',
    '',
    ...torchInitFunction(arm),
    ...(exact ? ['', '', ...numpyInitFunctions(arm), '', '', ...numpyInitIntoTorch()] : []),
    ...(lsuv ? ['', '', ...torchLsuvFunction()] : []),
    ...torchWeightDecayFunction(config),
    '',
    '',
    'if __name__ == "__main__":',
    '    model = build_model(LAYER_DIMS).double()  # float64, as the lab computes',
    exact ? '    numpy_init(model, SEED)  # or torch_init(model, SEED) for PyTorch\'s own draws' : '    torch_init(model, SEED)',
    ...(lsuv
      ? [
          '    # LSUV fits the weights to the training inputs X_train, a float64 tensor of shape (m, n_0):',
          '    # lsuv_rescale(model, X_train)',
        ]
      : []),
    '    print(model)',
    '    for name, value in model.named_parameters():',
    '        print(name, tuple(value.shape))',
    '        print(value.data)',
  ]);
}

function buildModelFunction(arm: SnippetArm): string[] {
  const { activation, dims } = arm.config.network;
  const hidden = PYTHON_ACTIVATIONS[activation].torch(arm.hiddenParams);
  const softmax = dims[dims.length - 1] > 1;
  return [
    'def build_model(layer_dims):',
    `    """Linear layers with ${activation} between them and ${outputWords(dims[dims.length - 1])}, as the lab's network."""`,
    '    layers = []',
    '    for l in range(1, len(layer_dims)):',
    '        layers.append(nn.Linear(layer_dims[l - 1], layer_dims[l]))',
    // Samples are rows in PyTorch, so softmax runs over dim 1 (the lab's columns are samples).
    `        layers.append(${hidden} if l < len(layer_dims) - 1 else ${softmax ? 'nn.Softmax(dim=1)' : 'nn.Sigmoid()'})`,
    '    return nn.Sequential(*layers)',
  ];
}

function torchInitFunction(arm: SnippetArm): string[] {
  return [
    '@torch.no_grad()',
    'def torch_init(model, seed):',
    '    """Every weight with torch.nn.init (fan_in = in_features, fan_out = out_features), every bias BIAS."""',
    '    torch.manual_seed(seed)',
    '    for layer in linear_layers(model):',
    '        weight = layer.weight',
    ...indent(TORCH_INITS[arm.spec.name](arm.spec.params), 8),
    ...(multiplied(arm) ? ['        weight.mul_(MULTIPLIER)'] : []),
    '        nn.init.constant_(layer.bias, BIAS)',
    '    return model',
  ];
}

function numpyInitIntoTorch(): string[] {
  return [
    '@torch.no_grad()',
    'def numpy_init(model, seed):',
    '    """The run\'s exact initial weights: drawn with numpy, copied in as they are (no transpose needed)."""',
    '    parameters = initialize_parameters(LAYER_DIMS, seed)',
    '    for l, layer in enumerate(linear_layers(model), start=1):',
    '        layer.weight.copy_(torch.from_numpy(parameters[f"W{l}"]))',
    '        layer.bias.copy_(torch.from_numpy(parameters[f"b{l}"].ravel()))',
    '    return model',
  ];
}

function torchLsuvFunction(): string[] {
  return [
    '@torch.no_grad()',
    'def lsuv_rescale(model, X, tol=TOL, max_iter=MAX_ITER):',
    '    """Divides each weight in turn by the std of its pre-activations on X (m, n_0) until their variance is 1."""',
    '    modules = list(model)',
    '    A = X',
    '    for layer, activation in zip(modules[0::2], modules[1::2]):',
    '        Z = layer(A)',
    '        v = Z.var(correction=0).item()',
    '        iterations = 0',
    '        # A zero or non-finite variance cannot be rescaled to 1 (a dead layer): it is left as it is.',
    '        while abs(v - 1) >= tol and iterations < max_iter and 0 < v < float("inf"):',
    '            layer.weight.mul_(1 / v**0.5)',
    '            Z = layer(A)',
    '            v = Z.var(correction=0).item()',
    '            iterations += 1',
    '        A = activation(Z)',
    '    return model',
  ];
}

function lines(ls: readonly string[]): string {
  return `${ls.join('\n')}\n`;
}

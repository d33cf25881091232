// The run's L2 weight decay in the snippets, only when it is not 0: a constant and the Python that applies it as the
// run does (dW += λ·W before each update, biases not decayed; the cost gains λ/2·Σ‖W‖²).
import type { RunConfig } from '../contract/config';
import { pyFloat } from './python';

/** The run's weight decay λ, or 0 when it trains without. */
export function weightDecayOf(config: RunConfig): number {
  return config.optimizer.weightDecay ?? 0;
}

/** `WEIGHT_DECAY = λ` with what it means, or nothing at 0. */
export function weightDecayConstant(config: RunConfig): string[] {
  const lambda = weightDecayOf(config);
  return lambda === 0 ? [] : [`WEIGHT_DECAY = ${pyFloat(lambda)}  # L2 weight decay of the run's training: dW += WEIGHT_DECAY * W before each update`];
}

/** numpy: the gradient term and the cost term, each as the run computes it, or nothing at 0. */
export function numpyWeightDecayFunctions(config: RunConfig): string[] {
  if (weightDecayOf(config) === 0) return [];
  return [
    '',
    '',
    'def add_weight_decay(grads, parameters, lambd=WEIGHT_DECAY):',
    '    """dW += lambd * W for every layer before the optimizer\'s update (biases are not decayed), as the run does."""',
    '    L = len(parameters) // 2',
    '    for l in range(1, L + 1):',
    '        grads[f"dW{l}"] = grads[f"dW{l}"] + lambd * parameters[f"W{l}"]',
    '    return grads',
    '',
    '',
    'def weight_penalty(parameters, lambd=WEIGHT_DECAY):',
    '    """What the run\'s recorded cost adds to the cross-entropy: lambd / 2 * the sum of every weight squared."""',
    '    L = len(parameters) // 2',
    '    return lambd / 2 * sum(np.sum(np.square(parameters[f"W{l}"])) for l in range(1, L + 1))',
  ];
}

/** PyTorch: parameter groups that decay the weights but not the biases, or nothing at 0. */
export function torchWeightDecayFunction(config: RunConfig): string[] {
  if (weightDecayOf(config) === 0) return [];
  return [
    '',
    '',
    'def parameter_groups(model, weight_decay=WEIGHT_DECAY):',
    '    """For torch.optim.SGD / Adam(parameter_groups(model), lr=...): their weight_decay adds weight_decay * W to',
    '    each weight\'s gradient (L2, as the run), and the biases are not decayed, as in the run."""',
    '    layers = linear_layers(model)',
    '    return [',
    '        {"params": [layer.weight for layer in layers], "weight_decay": weight_decay},',
    '        {"params": [layer.bias for layer in layers], "weight_decay": 0.0},',
    '    ]',
  ];
}

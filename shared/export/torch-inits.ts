// Each initializer as torch.nn.init calls on one nn.Linear weight (shape (out, in) = (n_l, n_{l−1}), as ours):
// the same distribution, drawn from PyTorch's own generator.
import type { InitializerName } from '../engine/init';
import type { InitParams } from '../engine/init';

/** Lines that fill the tensor `weight` in place (inside torch.no_grad()); parameters are UPPER_SNAKE constants. */
export type TorchInit = (params: InitParams) => string[];

function kaiming(kind: 'normal' | 'uniform'): TorchInit {
  // With a zero slope PyTorch's "relu" gain √2 is the leaky_relu gain √(2/(1 + a²)) at a = 0: write the plainer one.
  return (p) =>
    p.negative_slope === 0
      ? [`nn.init.kaiming_${kind}_(weight, mode=MODE, nonlinearity="relu")`]
      : [`nn.init.kaiming_${kind}_(weight, a=NEGATIVE_SLOPE, mode=MODE, nonlinearity="leaky_relu")`];
}

const scaled: TorchInit = () => ['nn.init.normal_(weight, mean=0.0, std=1.0)', 'weight.mul_(SCALE)'];

/** The torch.nn.init form of every initializer in the registry. */
export const TORCH_INITS = {
  zeros: () => ['nn.init.zeros_(weight)'],
  constant: () => ['nn.init.constant_(weight, VALUE)'],
  uniform: () => ['nn.init.uniform_(weight, a=LOW, b=HIGH)'],
  normal: () => ['nn.init.normal_(weight, mean=MEAN, std=STD)'],
  truncated_normal: () => [
    '# PyTorch samples the truncated normal by inverting its CDF; the lab redraws: the same distribution.',
    'nn.init.trunc_normal_(weight, mean=MEAN, std=STD, a=MEAN - 2 * STD, b=MEAN + 2 * STD)',
  ],
  scaled_normal: scaled,
  random: scaled,
  xavier_normal: () => ['nn.init.xavier_normal_(weight, gain=GAIN)'],
  xavier_uniform: () => ['nn.init.xavier_uniform_(weight, gain=GAIN)'],
  glorot_standard: () => ['# Glorot & Bengio (2010), eq. 1: U(-1/sqrt(fan_in), 1/sqrt(fan_in)); fan_in is the weight\'s second dimension.', 'bound = 1 / weight.shape[1] ** 0.5', 'nn.init.uniform_(weight, -bound, bound)'],
  he_normal: kaiming('normal'),
  he_uniform: kaiming('uniform'),
  he: kaiming('normal'),
  lecun_normal: () => ['# Kaiming with the linear gain 1 is LeCun: std = 1 / sqrt(fan_in).', 'nn.init.kaiming_normal_(weight, mode="fan_in", nonlinearity="linear")'],
  lecun_uniform: () => ['# Kaiming with the linear gain 1 is LeCun: bound = sqrt(3 / fan_in).', 'nn.init.kaiming_uniform_(weight, mode="fan_in", nonlinearity="linear")'],
  orthogonal: () => ['nn.init.orthogonal_(weight, gain=GAIN)'],
  identity: () => ['nn.init.eye_(weight)', 'weight.mul_(GAIN)'],
  sparse: () => ['nn.init.sparse_(weight, sparsity=SPARSITY, std=STD)'],
  lsuv: () => ['# The orthogonal start; lsuv_rescale then fits each layer to the data.', 'nn.init.orthogonal_(weight)'],
} as const satisfies Record<InitializerName, TorchInit>;

// Recommended gains per nonlinearity, with the values of PyTorch's torch.nn.init.calculate_gain.

/** Nonlinearities with a recommended gain. */
export const GAIN_NONLINEARITIES = ['linear', 'sigmoid', 'tanh', 'relu', 'leaky_relu', 'selu'] as const;

/** A nonlinearity calculateGain knows. */
export type GainNonlinearity = (typeof GAIN_NONLINEARITIES)[number];

/** The gain that keeps activations' scale through a layer: linear/sigmoid 1, tanh 5/3, relu √2, leaky_relu √(2/(1+slope²)), selu 3/4. */
export function calculateGain(nonlinearity: GainNonlinearity, negativeSlope = 0.01): number {
  switch (nonlinearity) {
    case 'linear':
    case 'sigmoid':
      return 1;
    case 'tanh':
      return 5 / 3;
    case 'relu':
      return Math.sqrt(2);
    case 'leaky_relu':
      return Math.sqrt(2 / (1 + negativeSlope * negativeSlope));
    case 'selu':
      return 3 / 4;
  }
}

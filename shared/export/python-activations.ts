// Hidden-layer activations in numpy (for LSUV's forward pass) and as torch.nn modules (for the model).
import type { ActivationName, ActivationParams } from '../engine/nn/activations';
import { pyFloat } from './python';

/** An activation written in Python: a numpy expression of `Z`, and a torch.nn module. */
export interface PythonActivation {
  numpy(p: ActivationParams): string;
  torch(p: ActivationParams): string;
}

// The engine's SELU constants, written with the same digits.
const SELU_ALPHA = '1.6732632423543772';
const SELU_SCALE = '1.0507009873554805';

/** Every hidden activation of the engine's registry, in Python. */
export const PYTHON_ACTIVATIONS = {
  relu: { numpy: () => 'np.maximum(0, Z)', torch: () => 'nn.ReLU()' },
  leaky_relu: {
    numpy: (p) => `np.where(Z > 0, Z, ${pyFloat(p.slope)} * Z)`,
    torch: (p) => `nn.LeakyReLU(negative_slope=${pyFloat(p.slope)})`,
  },
  tanh: { numpy: () => 'np.tanh(Z)', torch: () => 'nn.Tanh()' },
  sigmoid: { numpy: () => '1 / (1 + np.exp(-Z))', torch: () => 'nn.Sigmoid()' },
  linear: { numpy: () => 'Z', torch: () => 'nn.Identity()' },
  elu: { numpy: () => 'np.where(Z > 0, Z, np.expm1(Z))', torch: () => 'nn.ELU()' },
  selu: {
    numpy: () => `${SELU_SCALE} * np.where(Z > 0, Z, ${SELU_ALPHA} * np.expm1(Z))`,
    torch: () => 'nn.SELU()',
  },
} as const satisfies Record<ActivationName, PythonActivation>;

// Hidden-layer activations: each with its function and derivative side by side, and its recommended gain.
import { expm1 } from './expm1';
import { tanh } from './tanh';

/** Parameters an activation may take (leaky_relu's slope). */
export type ActivationParams = Readonly<Record<string, number>>;

/** One activation: a = f(z), da/dz from z and a, the gain that keeps the signal's scale through a layer. */
export interface Activation {
  label: string;
  formula: string;
  /** Tunable parameters with their defaults. */
  defaults: ActivationParams;
  f(z: number, p: ActivationParams): number;
  /** da/dz, given both the pre-activation z and the activation a = f(z). */
  df(z: number, a: number, p: ActivationParams): number;
  /** PyTorch's torch.nn.init.calculate_gain value. */
  gain(p: ActivationParams): number;
  /** Whether a unit can be dead (output exactly 0) — the ReLU family. */
  canDie: boolean;
  /** Bounds a unit saturates against, for the saturated fraction (sigmoid/tanh), else null. */
  bounds: readonly [number, number] | null;
}

/** SELU's constants (Klambauer et al. 2017), shared with the kernels' copy of it. */
export const SELU = { alpha: 1.6732632423543772, scale: 1.0507009873554805 } as const;
const SELU_ALPHA = SELU.alpha;
const SELU_SCALE = SELU.scale;

/** Every hidden-layer activation by its snake_case name. The output layer is always sigmoid. */
const entries = {
  relu: {
    label: 'ReLU',
    formula: 'max(0, z)',
    defaults: {},
    // np.maximum(0, z): NaN passes through, so a blown-up layer shows as NaN rather than as zeros.
    f: (z) => (z > 0 || z !== z ? z : 0),
    // The mask comes from a > 0, as the course's relu_backward does.
    df: (_z, a) => (a > 0 ? 1 : 0),
    gain: () => Math.SQRT2,
    canDie: true,
    bounds: null,
  },
  leaky_relu: {
    label: 'Leaky ReLU',
    formula: 'z if z > 0 else slope·z',
    defaults: { slope: 0.01 },
    f: (z, p) => (z > 0 ? z : p.slope * z),
    df: (z, _a, p) => (z > 0 ? 1 : p.slope),
    gain: (p) => Math.sqrt(2 / (1 + p.slope * p.slope)),
    canDie: true,
    bounds: null,
  },
  tanh: {
    label: 'tanh',
    formula: 'tanh(z)',
    defaults: {},
    // The engine's own tanh, which the WebAssembly kernels repeat bit for bit (within 2 ulp of Math.tanh).
    f: (z) => tanh(z),
    df: (_z, a) => 1 - a * a,
    gain: () => 5 / 3,
    canDie: false,
    bounds: [-1, 1],
  },
  sigmoid: {
    label: 'Sigmoid',
    formula: '1 / (1 + e^−z)',
    defaults: {},
    f: (z) => 1 / (1 + Math.exp(-z)),
    df: (_z, a) => a * (1 - a),
    gain: () => 1,
    canDie: false,
    bounds: [0, 1],
  },
  linear: {
    label: 'Linear',
    formula: 'z',
    defaults: {},
    f: (z) => z,
    df: () => 1,
    gain: () => 1,
    canDie: false,
    bounds: null,
  },
  elu: {
    label: 'ELU',
    formula: 'z if z > 0 else e^z − 1',
    defaults: {},
    // The engine's own e^z − 1, which the kernels repeat bit for bit (within 4 ulp of Math.expm1).
    f: (z) => (z > 0 ? z : expm1(z)),
    df: (z, a) => (z > 0 ? 1 : a + 1),
    // calculate_gain has no entry for ELU; 1 leaves the initializer's own scale unchanged.
    gain: () => 1,
    canDie: false,
    bounds: null,
  },
  selu: {
    label: 'SELU',
    formula: 'λ·z if z > 0 else λ·α·(e^z − 1)',
    defaults: {},
    f: (z) => (z > 0 ? SELU_SCALE * z : SELU_SCALE * SELU_ALPHA * expm1(z)),
    df: (z, a) => (z > 0 ? SELU_SCALE : a + SELU_SCALE * SELU_ALPHA),
    gain: () => 3 / 4,
    canDie: false,
    bounds: null,
  },
} satisfies Record<string, Activation>;

/** The registry, every entry typed as Activation. */
export const ACTIVATIONS: { readonly [K in keyof typeof entries]: Activation } = entries;

/** A hidden-layer activation name. */
export type ActivationName = keyof typeof ACTIVATIONS;

/** Activation names in registry order. */
export const ACTIVATION_NAMES = Object.keys(ACTIVATIONS) as ActivationName[];

/** An activation's parameters with defaults filled in. */
export function activationParams(name: ActivationName, given: ActivationParams = {}): ActivationParams {
  return { ...ACTIVATIONS[name].defaults, ...given };
}

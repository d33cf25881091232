// Hidden activations computed inside the WebAssembly kernels. Each mirrors its entry in nn/activations.ts
// operation for operation, NaN and signed zeros included: a comparison mask selects exactly where the
// scalar ternary would, and tanh is the engine's own (nn/tanh.ts), evaluated the same way in both.
import { SELU } from '../nn/activations';
import { emitExpm1 } from './expm1-simd';
import { emitTanh } from './tanh-simd';
import type { Func, Local } from './wasm/func';

/** An activation the kernels apply lane-wise; parameters are plain numbers baked into the code. */
export interface FusedActivation {
  /** Pushes a = f(z) for the vector in local z. */
  forward(f: Func, z: Local, p: Readonly<Record<string, number>>): void;
  /** Whether the derivative reads z, a, or both. */
  derivativeFrom: 'z' | 'a' | 'za';
  /**
   * Pushes da/dz for the vector in local x (z or a, per derivativeFrom; z for 'za', with a in `a`), or
   * returns false when it is 1.
   */
  derivative(f: Func, x: Local, p: Readonly<Record<string, number>>, a?: Local): boolean;
}

/** Pushes the mask x > 0 (all-ones lanes where true). */
function positive(f: Func, x: Local): Func {
  return f.get(x).f64x2Const(0, 0).f64x2Gt();
}

/** The activations with a fused kernel, by their registry names. */
export const FUSED_ACTIVATIONS = {
  // z > 0 || z ≠ z ? z : 0 (np.maximum lets NaN through) is pmax(z, 0) = (z < 0 ? 0 : z) on every z but −0,
  // and a kernel's z is never −0: sums start at +0 and x + y is −0 only when both are. The mask is a > 0,
  // as the course's relu_backward takes it.
  relu: {
    forward: (f, z) => void f.get(z).f64x2Const(0, 0).f64x2Pmax(),
    derivativeFrom: 'a',
    derivative: (f, a) => (positive(f.f64x2Const(1, 1), a).v128And(), true),
  },
  // z > 0 ? z : slope·z, and z > 0 ? 1 : slope.
  leaky_relu: {
    forward: (f, z, p) => void positive(f.get(z).f64x2Const(p.slope, p.slope).get(z).f64x2Mul(), z).v128Bitselect(),
    derivativeFrom: 'z',
    derivative: (f, z, p) => (positive(f.f64x2Const(1, 1).f64x2Const(p.slope, p.slope), z).v128Bitselect(), true),
  },
  // tanh(z), and 1 − a·a.
  tanh: {
    forward: (f, z) => emitTanh(f, z),
    derivativeFrom: 'a',
    derivative: (f, a) => (f.f64x2Const(1, 1).get(a).get(a).f64x2Mul().f64x2Sub(), true),
  },
  // z > 0 ? z : e^z − 1, and z > 0 ? 1 : a + 1.
  elu: {
    forward: (f, z) => {
      f.get(z);
      emitExpm1(f, z);
      positive(f, z).v128Bitselect();
    },
    derivativeFrom: 'za',
    derivative: (f, z, _p, a) => (positive(f.f64x2Const(1, 1).get(a!).f64x2Const(1, 1).f64x2Add(), z).v128Bitselect(), true),
  },
  // z > 0 ? λz : λα·(e^z − 1), and z > 0 ? λ : a + λα, with λα rounded once as the scalar code's λ·α·… does.
  selu: {
    forward: (f, z) => {
      f.f64x2Const(SELU.scale, SELU.scale).get(z).f64x2Mul();
      f.f64x2Const(SELU.scale * SELU.alpha, SELU.scale * SELU.alpha);
      emitExpm1(f, z);
      positive(f.f64x2Mul(), z).v128Bitselect();
    },
    derivativeFrom: 'za',
    derivative: (f, z, _p, a) =>
      (positive(f.f64x2Const(SELU.scale, SELU.scale).get(a!).f64x2Const(SELU.scale * SELU.alpha, SELU.scale * SELU.alpha).f64x2Add(), z).v128Bitselect(), true),
  },
  linear: {
    forward: (f, z) => void f.get(z),
    derivativeFrom: 'a',
    derivative: () => false,
  },
} as const satisfies Record<string, FusedActivation>;

/** Names of the activations with a fused kernel. */
export type FusedActivationName = keyof typeof FUSED_ACTIVATIONS;

/** Whether the named activation has a fused kernel. */
export function isFused(name: string): name is FusedActivationName {
  return Object.hasOwn(FUSED_ACTIVATIONS, name);
}

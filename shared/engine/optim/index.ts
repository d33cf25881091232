// The optimizer registry: one entry per update rule, by snake_case name.
import { createAdam } from './adam';
import { createGradientDescent } from './gd';
import { createMomentum } from './momentum';
import type { OptimizerEntry } from './types';

export type { Optimizer, OptimizerEntry, OptimizerSettings } from './types';

/** Every optimizer by name. gd is full-batch; the others train on mini-batches when a batch size is set. */
const entries = {
  gd: {
    label: 'Gradient descent',
    formula: 'W ← W − lr·dW (full batch)',
    miniBatch: false,
    uses: ['lr'],
    create: createGradientDescent,
  },
  sgd: {
    label: 'Stochastic gradient descent',
    formula: 'W ← W − lr·dW (per mini-batch)',
    miniBatch: true,
    uses: ['lr'],
    create: createGradientDescent,
  },
  momentum: {
    label: 'Momentum',
    formula: 'v ← β·v + (1−β)·dW;  W ← W − lr·v',
    miniBatch: true,
    uses: ['lr', 'momentum'],
    create: createMomentum,
  },
  adam: {
    label: 'Adam',
    formula: 'm ← β1·m + (1−β1)·dW;  s ← β2·s + (1−β2)·dW²;  W ← W − lr·m̂/(√ŝ + ε)',
    miniBatch: true,
    uses: ['lr', 'beta1', 'beta2', 'epsilon'],
    create: createAdam,
  },
} satisfies Record<string, OptimizerEntry>;

/** The registry, every entry typed as OptimizerEntry. */
export const OPTIMIZERS: { readonly [K in keyof typeof entries]: OptimizerEntry } = entries;

/** An optimizer name. */
export type OptimizerName = keyof typeof OPTIMIZERS;

/** Optimizer names in registry order. */
export const OPTIMIZER_NAMES = Object.keys(OPTIMIZERS) as OptimizerName[];

// What every optimizer is given and what it does.
import type { Grads, Params } from '../types';

/** Hyper-parameters from the run's config; each optimizer reads the ones it uses. */
export interface OptimizerSettings {
  lr: number;
  beta1: number;
  beta2: number;
  epsilon: number;
  momentum: number;
}

/** A stateful update rule: step() applies one parameter update in place. */
export interface Optimizer {
  step(params: Params, grads: Grads): void;
  /** A copy of the optimizer's state (velocities, moments, step count) for inspection. */
  state(): Record<string, unknown>;
}

/** A registry entry: how it is shown and how it is built for a network. */
export interface OptimizerEntry {
  label: string;
  formula: string;
  /** Whether it trains on mini-batches when a batch size is given (gd is always full-batch). */
  miniBatch: boolean;
  /** The settings it reads. */
  uses: readonly (keyof OptimizerSettings)[];
  create(params: Params, settings: OptimizerSettings): Optimizer;
}

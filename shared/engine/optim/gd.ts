// Plain gradient descent: W ← W − lr·dW, as the course's update_parameters writes it.
import type { Grads, Params } from '../types';
import type { Optimizer, OptimizerSettings } from './types';

/** A gradient-descent optimizer (full batch or mini-batch is the loop's choice, not the rule's). */
export function createGradientDescent(_params: Params, settings: OptimizerSettings): Optimizer {
  const { lr } = settings;
  let steps = 0;
  return {
    step(params: Params, grads: Grads) {
      for (let l = 0; l < params.W.length; l++) {
        const W = params.W[l];
        const dW = grads.dW[l];
        for (let i = 0; i < W.length; i++) W[i] = W[i] - lr * dW[i];
        const b = params.b[l];
        const db = grads.db[l];
        for (let i = 0; i < b.length; i++) b[i] = b[i] - lr * db[i];
      }
      steps++;
    },
    state: () => ({ steps }),
  };
}

// The engine's public surface: random streams, registries, the network, optimizers and the training loop.
export * from './types';
export { createRng, fillNormal, shuffleInPlace, uniformRange, NumpyRng, SeededRng, RNG_KINDS } from './rng';
export type { Rng, RngKind, RngState } from './rng';
export { logExact } from './rng/log';
export { ACTIVATIONS, ACTIVATION_NAMES, activation, activationParams } from './nn/activations';
export type { Activation, ActivationName, ActivationParams } from './nn/activations';
export { LOSSES, LOSS_NAMES } from './nn/loss';
export type { Loss, LossName } from './nn/loss';
export { pairwiseSum } from './nn/sum';
export { OPTIMIZERS, OPTIMIZER_NAMES } from './optim';
export type { Optimizer, OptimizerEntry, OptimizerName, OptimizerSettings } from './optim';

// The initializer family: registry, specs, whole-network initialization and the LSUV pass.
export { INITIALIZERS, INITIALIZER_NAMES, isInitializerName, type InitializerName } from './registry';
export {
  BIAS_PARAMETER,
  COMMON_PARAMETERS,
  InitSpecError,
  MULTIPLIER_PARAMETER,
  formatInitSpec,
  initSpecOf,
  parseInitSpec,
  parseInitSpecList,
  resolveInitSpec,
  safeParseInitSpec,
  type InitSpec,
  type InitSpecErrorCode,
} from './spec';
export { formulaWithMultiplier } from './formula';
export { initLabel, initLabelOf, shortInitName } from './label';
export { initializeParams, type InitializeOptions } from './initialize';
export { applyLsuv, lsuvOptionsFrom, type LsuvForward, type LsuvLayerReport, type LsuvOptions, type LsuvResult } from './lsuv';
export { GAIN_NONLINEARITIES, calculateGain, type GainNonlinearity } from './gain';
export type { InitContext, InitParamSpec, InitParamValue, InitParams, Initializer } from './types';

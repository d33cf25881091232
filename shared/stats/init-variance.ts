// The weight variance each initializer's formula gives a layer: the Var(W_l) of the fan-in argument.
import { INITIALIZERS, type InitializerName } from '../engine/init/registry';
import { parseInitSpec, type InitSpec } from '../engine/init/spec';
import type { InitParams } from '../engine/init/types';
import { normalCdf } from './distributions';

/** Truncation point of truncated_normal, in standard deviations (its registry entry redraws beyond ±2σ). */
const TRUNCATION = 2;

/**
 * Var(W) of one layer's weights under an initializer's formula (fanIn = n_{l−1}, fanOut = n_l), or null where
 * the fan-in argument does not apply: weights with a non-zero mean (constant, normal or uniform off-centre,
 * truncated_normal with a mean), deterministic patterns (identity) and data-dependent scaling (lsuv).
 * zeros gives 0; orthogonal gives gain²/max(fanIn, fanOut), the mean square of an orthonormal matrix's entries.
 * Missing params take the registry's defaults.
 */
export function weightVariance(name: InitializerName, params: InitParams, fanIn: number, fanOut: number): number | null {
  const p = { ...INITIALIZERS[name].defaults, ...params };
  const n = (key: string) => Number(p[key]);
  switch (name) {
    case 'zeros':
      return 0;
    case 'constant':
      return n('value') === 0 ? 0 : null;
    case 'uniform':
      return n('low') === -n('high') ? (n('high') - n('low')) ** 2 / 12 : null;
    case 'normal':
      return n('mean') === 0 ? n('std') ** 2 : null;
    case 'truncated_normal':
      return n('mean') === 0 ? n('std') ** 2 * truncatedVarianceFactor(TRUNCATION) : null;
    case 'scaled_normal':
    case 'random':
      return n('scale') ** 2;
    case 'xavier_normal':
    case 'xavier_uniform':
      return (n('gain') ** 2 * 2) / (fanIn + fanOut);
    case 'he_normal':
    case 'he_uniform':
    case 'he': {
      const fan = p.mode === 'fan_out' ? fanOut : fanIn;
      return 2 / ((1 + n('negative_slope') ** 2) * fan);
    }
    case 'glorot_standard':
      return 1 / (3 * fanIn);
    case 'lecun_normal':
    case 'lecun_uniform':
      return 1 / fanIn;
    case 'orthogonal':
      return n('gain') ** 2 / Math.max(fanIn, fanOut);
    case 'sparse':
      // ⌈sparsity · n_l⌉ of each column's n_l entries are zeroed; the rest keep variance std².
      return n('std') ** 2 * (1 - Math.ceil(n('sparsity') * fanOut) / fanOut);
    case 'identity':
    case 'lsuv':
      return null;
  }
}

/**
 * Var(W_l) for every layer of a network with sizes dims under one init spec (a parsed spec or its text): the
 * formula's variance times multiplier², as every weight is multiplied by the spec's multiplier after drawing.
 */
export function weightVariances(dims: readonly number[], spec: InitSpec | string): (number | null)[] {
  const s = typeof spec === 'string' ? parseInitSpec(spec) : spec;
  const m = s.multiplier ?? 1;
  return dims.slice(1).map((fanOut, l) => {
    const v = weightVariance(s.name, s.params, dims[l], fanOut);
    return v === null || m === 1 ? v : m * m * v;
  });
}

/** Variance of N(0, 1) restricted to ±k: 1 − 2kφ(k)/(2Φ(k) − 1). */
function truncatedVarianceFactor(k: number): number {
  const phi = Math.exp(-0.5 * k * k) / Math.sqrt(2 * Math.PI);
  return 1 - (2 * k * phi) / (2 * normalCdf(k) - 1);
}

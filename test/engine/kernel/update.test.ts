// The kernels' parameter update against the registry's optimizers followed by paramsFinite: the same bits in
// every parameter after every step, and the same verdict on divergence, wherever the non-finite value lies.
import { describe, expect, it } from 'vitest';
import { createKernelNet, type KernelNet } from '../../../shared/engine/kernel/instance';
import { sharedFunctions } from '../../../shared/engine/kernel/shared-module';
import { createKernelUpdate, updateStateBytes } from '../../../shared/engine/kernel/update';
import { OPTIMIZERS, OPTIMIZER_NAMES, type OptimizerName, type OptimizerSettings } from '../../../shared/engine/optim';
import { cloneParams, paramsFinite } from '../../../shared/engine/train/params';
import type { Grads, Params } from '../../../shared/engine/types';

// Odd sizes everywhere: each array has a last double outside the pairs the vectors take.
const DIMS = [3, 5, 7, 1];
const SETTINGS: OptimizerSettings = { lr: 0.37, beta1: 0.83, beta2: 0.991, epsilon: 3e-7, momentum: 0.7 };

function lcg(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648 - 0.5;
  };
}

/** Values of very different magnitudes (subnormals included), so any change in the order of operations shows. */
function fill(a: Float64Array, rand: () => number): void {
  for (let i = 0; i < a.length; i++) a[i] = rand() * 10 ** Math.round(rand() * 40) * (i % 11 === 3 ? 1e-310 : 1);
}

function setup(name: OptimizerName): { net: KernelNet; update: () => boolean; ref: Params; refGrads: Grads; refStep: () => boolean } {
  const net = createKernelNet({ dims: DIMS, activation: 'tanh', activationParams: {}, capacity: 4, stateBytes: updateStateBytes(DIMS, name) });
  const rand = lcg(7);
  for (const a of [...net.params.W, ...net.params.b]) fill(a, rand);
  const update = createKernelUpdate(net, sharedFunctions(net), name, SETTINGS);
  const ref = cloneParams(net.params);
  const refGrads = { dW: net.grads.dW.map((g) => new Float64Array(g.length)), db: net.grads.db.map((g) => new Float64Array(g.length)) };
  const optimizer = OPTIMIZERS[name].create(ref, SETTINGS);
  const refStep = () => {
    optimizer.step(ref, refGrads);
    return paramsFinite(ref);
  };
  return { net, update, ref, refGrads, refStep };
}

/** The same gradients into both. */
function setGrads(net: KernelNet, refGrads: Grads, rand: () => number): void {
  const all = [...net.grads.dW, ...net.grads.db];
  const refAll = [...refGrads.dW, ...refGrads.db];
  all.forEach((g, i) => {
    fill(g, rand);
    refAll[i].set(g);
  });
}

/** Every parameter's bit pattern, W then b. */
function bits(p: Params): bigint[] {
  return [...p.W, ...p.b].flatMap((a) => Array.from(new BigUint64Array(Float64Array.from(a).buffer)));
}

describe('createKernelUpdate', () => {
  OPTIMIZER_NAMES.forEach((name) => {
    it(`leaves every parameter bit for bit where ${name} leaves it, step after step`, () => {
      const { net, update, ref, refGrads, refStep } = setup(name);
      const rand = lcg(11);
      for (let step = 0; step < 25; step++) {
        setGrads(net, refGrads, rand);
        expect(update()).toBe(refStep());
        expect(bits(net.params)).toEqual(bits(ref));
      }
    });

    it(`says the parameters diverged exactly when paramsFinite does: ${name}`, () => {
      // A NaN or an overflow in the vector part or in the last (odd) double, of a weight or a bias.
      const places = [['dW', 0, 2], ['dW', 1, 34], ['db', 1, 6], ['db', 2, 0]] as const;
      places.forEach(([kind, l, i], p) => {
        for (const bad of [NaN, Infinity, -Number.MAX_VALUE]) {
          const { net, update, refGrads, refStep } = setup(name);
          const rand = lcg(3 + p);
          setGrads(net, refGrads, rand);
          expect(update()).toBe(true);
          expect(refStep()).toBe(true);
          setGrads(net, refGrads, rand);
          net.grads[kind][l][i] = bad;
          refGrads[kind][l][i] = bad;
          // −MAX_VALUE overflows only where the parameter's step is large enough: both must agree either way.
          const finite = refStep();
          expect(update()).toBe(finite);
          if (bad !== -Number.MAX_VALUE) expect(finite).toBe(false);
        }
      });
    });
  });

  it('keeps each optimizer state apart from the others and from the network', () => {
    // The table: six entries of the arrays' addresses and length (3, 4 and 5 i32s), in whole 16 bytes.
    expect(updateStateBytes(DIMS, 'gd')).toBe(80);
    expect(updateStateBytes(DIMS, 'sgd')).toBe(80);
    // Every array 16-byte aligned: W 15 → 16 doubles, b 5 → 6, W 35 → 36, b 7 → 8, W 7 → 8, b 1 → 2.
    expect(updateStateBytes(DIMS, 'momentum')).toBe(76 * 8 + 96);
    expect(updateStateBytes(DIMS, 'adam')).toBe(2 * 76 * 8 + 128);
    const net = createKernelNet({ dims: DIMS, activation: 'tanh', activationParams: {}, capacity: 4 });
    expect(() => createKernelUpdate(net, sharedFunctions(net), 'adam', SETTINGS)).toThrow(/state/);
  });
});

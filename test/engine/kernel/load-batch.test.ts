// A mini-batch loaded sample by sample from the set against loadInputs of the batch gathered as doubles: the same
// X (pad columns zero), the same Xᵀ for the batch's samples and the same labels, for bytes and for doubles.
import { describe, expect, it } from 'vitest';
import { byteFeatures } from '../../../shared/engine/data';
import { createKernelNet } from '../../../shared/engine/kernel/instance';
import { panelIndex } from '../../../shared/engine/kernel/layout';
import { createBatchLoader } from '../../../shared/engine/kernel/load-batch';
import { loadInputs, paddedCount } from '../../../shared/engine/kernel/passes';
import { sharedFunctions } from '../../../shared/engine/kernel/shared-module';
import { inputMatrix } from '../../../shared/engine/nn/inputs';
import type { Features } from '../../../shared/engine/types';

const SAMPLES = 40;

function sets(features: number): [string, Features][] {
  const bytes = Uint8Array.from({ length: SAMPLES * features }, (_, i) => (i * 37 + (i >> 3)) % 256);
  const levels = Float64Array.from({ length: 256 }, (_, v) => v / 255);
  const doubles = Float64Array.from({ length: SAMPLES * features }, (_, i) => Math.sin(i * 0.37) * 10 ** ((i % 7) - 3));
  return [
    ['bytes', byteFeatures(bytes, levels)],
    ['doubles', doubles],
  ];
}

describe('createBatchLoader', () => {
  for (const features of [1, 2, 5, 8, 13]) {
    for (const [kind, x] of sets(features)) {
      it(`loads what loadInputs loads from the gathered batch: ${features} features as ${kind}, full and short batches`, () => {
        const capacity = 10;
        const y = Float64Array.from({ length: SAMPLES }, (_, j) => j % 3);
        const fast = createKernelNet({ dims: [features, 3, 1], activation: 'tanh', activationParams: {}, capacity });
        const ref = createKernelNet({ dims: [features, 3, 1], activation: 'tanh', activationParams: {}, capacity });
        const load = createBatchLoader(fast, sharedFunctions(fast), x);
        const matrix = inputMatrix(x, SAMPLES, features);
        const ld = fast.layout.ld;
        // A full batch first, so the short ones after it must clear the columns it filled.
        for (const m of [10, 7, 1, 10, 5, 2]) {
          const samples = Int32Array.from({ length: capacity }, (_, j) => (j * 13 + m * 7) % SAMPLES);
          const labels = Float64Array.from(samples, (s) => y[s]);
          load({ samples, y: labels, m });
          const gathered = new Float64Array(features * m);
          matrix.gather(gathered, m, 0, m, samples);
          loadInputs(ref, gathered, m, labels, m);
          const nPad = paddedCount(m);
          for (let k = 0; k < features; k++) {
            expect(fast.A[0].subarray(k * ld, k * ld + nPad)).toEqual(ref.A[0].subarray(k * ld, k * ld + nPad));
            for (let j = 0; j < m; j++) expect(fast.AT[0][panelIndex(ld, k, j)]).toBe(ref.AT[0][panelIndex(ld, k, j)]);
          }
          expect(fast.A[0].subarray(0, features * ld).every((v, i) => i % ld < m || i % ld >= nPad || v === 0)).toBe(true);
          expect(fast.Y.subarray(0, nPad)).toEqual(ref.Y.subarray(0, nPad));
        }
      });
    }
  }

  it('refuses a batch larger than the net was made for', () => {
    const [[, x]] = sets(3);
    const net = createKernelNet({ dims: [3, 2, 1], activation: 'tanh', activationParams: {}, capacity: 4 });
    const load = createBatchLoader(net, sharedFunctions(net), x);
    expect(() => load({ samples: new Int32Array(8), y: new Float64Array(8), m: 8 })).toThrow(RangeError);
  });
});

import { describe, expect, it } from 'vitest';
import { pairwiseSumKernel } from '../../../shared/engine/kernel/pairwise-sum';
import { assembleModule } from '../../../shared/engine/kernel/wasm/module';
import { wasmApi } from '../../../shared/engine/kernel/wasm/runtime';
import { pairwiseSum } from '../../../shared/engine/nn/sum';

function compile(): { mem: Float64Array; psum: (p: number, n: number) => number } {
  const wasm = wasmApi()!;
  const memory = new wasm.Memory({ initial: 1 });
  const module = new wasm.Module(assembleModule([pairwiseSumKernel(0)], 1));
  const psum = new wasm.Instance(module, { env: { memory } }).exports.psum as (p: number, n: number) => number;
  return { mem: new Float64Array(memory.buffer), psum };
}

describe('pairwiseSumKernel', () => {
  it('sums bit for bit as the scalar pairwise sum does, for every length up to 1100', () => {
    const { mem, psum } = compile();
    // Terms of wildly different magnitudes make every change of order visible in the result.
    for (let i = 0; i < 1200; i++) mem[i] = Math.sin(i * 1.7) * 10 ** ((i % 13) - 6);
    for (let n = 0; n <= 1100; n++) {
      for (const start of [0, 3]) expect(psum(8 * start, n)).toBe(pairwiseSum(mem, start, n));
    }
  });

  it('propagates NaN and infinities as the scalar sum does', () => {
    const { mem, psum } = compile();
    for (const [n, special] of [[5, Infinity], [100, -Infinity], [300, NaN]] as const) {
      mem.fill(1, 0, n);
      mem[n - 2] = special;
      expect(psum(0, n)).toBe(pairwiseSum(mem, 0, n));
    }
    mem.fill(-0, 0, 20);
    expect(Object.is(psum(0, 20), pairwiseSum(mem, 0, 20))).toBe(true);
  });
});

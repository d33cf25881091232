// The copy from Xᵀ's panels to X's rows: every entry in place, nothing written outside the rows asked for.
import { describe, expect, it } from 'vitest';
import { PANEL, panelIndex } from '../../../shared/engine/kernel/layout';
import { unpanelKernel } from '../../../shared/engine/kernel/unpanel-kernel';
import { assembleModule } from '../../../shared/engine/kernel/wasm/module';
import { wasmApi } from '../../../shared/engine/kernel/wasm/runtime';

function compile(): { mem: Float64Array; unpanel: (xt: number, x: number, ld: number, rows: number, m: number) => void } {
  const wasm = wasmApi()!;
  const memory = new wasm.Memory({ initial: 1 });
  const module = new wasm.Module(assembleModule([unpanelKernel()], 1));
  const unpanel = new wasm.Instance(module, { env: { memory } }).exports.unpanel as (xt: number, x: number, ld: number, rows: number, m: number) => void;
  return { mem: new Float64Array(memory.buffer), unpanel };
}

describe('unpanelKernel', () => {
  it('copies feature k of sample j from the panels to row k, column j, for odd and even rows and columns', () => {
    const { mem, unpanel } = compile();
    const ld = 8;
    for (let rows = 1; rows <= 9; rows++) {
      for (let m = 1; m <= ld; m++) {
        const panels = Math.ceil(rows / PANEL);
        const xt = 0;
        const x = panels * ld * PANEL;
        // A sentinel row after X: nothing may be written past the rows asked for.
        const end = x + (rows + 1) * ld;
        mem.fill(-1, 0, end);
        for (let k = 0; k < panels * PANEL; k++) for (let j = 0; j < ld; j++) mem[xt + panelIndex(ld, k, j)] = 1000 * k + j;
        unpanel(8 * xt, 8 * x, ld, rows, m);
        const even = m + (m % 2);
        for (let k = 0; k <= rows; k++) {
          for (let j = 0; j < ld; j++) {
            const want = k < rows && j < even ? 1000 * k + j : -1;
            expect(mem[x + k * ld + j], `rows ${rows}, m ${m}: row ${k}, column ${j}`).toBe(want);
          }
        }
      }
    }
  });
});

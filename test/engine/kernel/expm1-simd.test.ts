import { describe, expect, it } from 'vitest';
import { emitExpm1 } from '../../../shared/engine/kernel/expm1-simd';
import { Func } from '../../../shared/engine/kernel/wasm/func';
import { assembleModule } from '../../../shared/engine/kernel/wasm/module';
import { wasmApi } from '../../../shared/engine/kernel/wasm/runtime';
import { expm1 } from '../../../shared/engine/nn/expm1';

const PAGES = 64;

/** A module whose `t(bytes)` replaces each pair of doubles in [0, bytes) by their e^x − 1, in f64x2 lanes. */
function compile(): { mem: Float64Array; run: (bytes: number) => void } {
  const f = new Func('t', ['i32']);
  const [n] = f.params;
  const p = f.local('i32');
  const x = f.local('v128');
  f.block().loop();
  f.get(p).get(n).i32LtS().i32Eqz().brIf(1);
  f.get(p).v128Load().set(x);
  f.get(p);
  emitExpm1(f, x);
  f.v128Store();
  f.inc(p, 16).br(0).end().end();
  const wasm = wasmApi()!;
  const memory = new wasm.Memory({ initial: PAGES });
  const run = new wasm.Instance(new wasm.Module(assembleModule([f], PAGES)), { env: { memory } }).exports.t as (bytes: number) => void;
  return { mem: new Float64Array(memory.buffer), run };
}

describe('emitExpm1', () => {
  it('computes the scalar e^x − 1 bit for bit over a dense sweep of arguments', () => {
    const { mem, run } = compile();
    const n = 400_000;
    const xs = Float64Array.from({ length: n }, (_, i) => (i % 2 ? -1 : 1) * (i < n / 2 ? (i / (n / 2)) * 760 - 40 : 10 ** (-300 + (302.8 * (i - n / 2)) / (n / 2))));
    mem.set(xs);
    run(8 * n);
    let mismatches = 0;
    for (let i = 0; i < n; i++) if (!Object.is(mem[i], expm1(xs[i]))) mismatches++;
    expect(mismatches).toBe(0);
  });

  it('keeps ±0, maps −∞ to −1, +∞ to +∞ and NaN to NaN, in either lane', () => {
    const { mem, run } = compile();
    const specials = [0, -0, Infinity, -Infinity, NaN, 5e-324, -5e-324, 0.5, -0.5, 0.49999999999999994, -40, -40.5, 709, 709.5, -1e300, 1e300];
    mem.set(specials);
    run(8 * specials.length);
    specials.forEach((x, i) => expect(Object.is(mem[i], expm1(x))).toBe(true));
  });
});

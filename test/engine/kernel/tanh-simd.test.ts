import { describe, expect, it } from 'vitest';
import { emitTanh } from '../../../shared/engine/kernel/tanh-simd';
import { Func } from '../../../shared/engine/kernel/wasm/func';
import { assembleModule } from '../../../shared/engine/kernel/wasm/module';
import { wasmApi } from '../../../shared/engine/kernel/wasm/runtime';
import { tanh } from '../../../shared/engine/nn/tanh';

const PAGES = 64;

/** A module whose `t(bytes)` replaces each pair of doubles in [0, bytes) by their tanh, in f64x2 lanes. */
function compile(): { mem: Float64Array; run: (bytes: number) => void } {
  const f = new Func('t', ['i32']);
  const [n] = f.params;
  const p = f.local('i32');
  const x = f.local('v128');
  f.block().loop();
  f.get(p).get(n).i32LtS().i32Eqz().brIf(1);
  f.get(p).v128Load().set(x);
  f.get(p);
  emitTanh(f, x);
  f.v128Store();
  f.inc(p, 16).br(0).end().end();
  const wasm = wasmApi()!;
  const memory = new wasm.Memory({ initial: PAGES });
  const run = new wasm.Instance(new wasm.Module(assembleModule([f], PAGES)), { env: { memory } }).exports.t as (bytes: number) => void;
  return { mem: new Float64Array(memory.buffer), run };
}

describe('emitTanh', () => {
  it('computes the scalar tanh bit for bit over a dense sweep of arguments', () => {
    const { mem, run } = compile();
    const n = 400_000;
    const xs = Float64Array.from({ length: n }, (_, i) => (i % 2 ? -1 : 1) * (i < n / 2 ? (i / (n / 2)) * 25 : 10 ** (-300 + (600 * (i - n / 2)) / (n / 2))));
    mem.set(xs);
    run(8 * n);
    let mismatches = 0;
    for (let i = 0; i < n; i++) if (!Object.is(mem[i], tanh(xs[i]))) mismatches++;
    expect(mismatches).toBe(0);
  });

  it('keeps ±0, maps ±∞ to ±1 and NaN to NaN, in either lane', () => {
    const { mem, run } = compile();
    const specials = [0, -0, Infinity, -Infinity, NaN, 5e-324, -5e-324, 0.625, -0.625, 22, -1e300, 0.6249999999999999];
    mem.set(specials);
    run(8 * specials.length);
    specials.forEach((x, i) => expect(Object.is(mem[i], tanh(x))).toBe(true));
  });
});

// The measured peak of one core's f64x2 arithmetic in WebAssembly: independent multiply-then-add chains,
// no memory traffic, the same instructions the kernels' inner loops use (no FMA without relaxed SIMD).
import { Func } from '../../shared/engine/kernel/wasm/func';
import { assembleModule } from '../../shared/engine/kernel/wasm/module';
import { wasmApi } from '../../shared/engine/kernel/wasm/runtime';

/** Independent accumulators: enough to cover the adder's latency on current x86 cores. */
const CHAINS = 12;

/** GFLOP/s of `peak(n)`, counting a lane's multiply and add as 2 operations, by process CPU time (best of `rounds`). */
export function measurePeakGflops(rounds = 5): number {
  const f = new Func('peak', ['i32']);
  const [n] = f.params;
  const acc = Array.from({ length: CHAINS }, () => f.local('v128'));
  const x = f.local('v128');
  f.f64x2Const(1.0000001, 0.9999999).set(x);
  acc.forEach((a, i) => f.f64x2Const(i, -i).set(a));
  f.block().get(n).i32Eqz().brIf(0).loop();
  for (const a of acc) f.get(a).get(a).get(x).f64x2Mul().f64x2Add().set(a);
  f.get(n).i32(1).i32Sub().tee(n).brIf(0);
  f.end().end();
  // Keep the sums observable so no step can be dropped.
  f.i32(0);
  acc.forEach((a, i) => (i === 0 ? f.get(a) : f.get(a).f64x2Add()));
  f.v128Store();
  const wasm = wasmApi()!;
  const memory = new wasm.Memory({ initial: 1, maximum: 1 });
  const run = new wasm.Instance(new wasm.Module(assembleModule([f], 1)), { env: { memory } }).exports.peak as (n: number) => void;
  const trips = 2_000_000;
  run(trips);
  let best = 0;
  for (let r = 0; r < rounds; r++) {
    const start = process.cpuUsage();
    run(trips);
    const used = process.cpuUsage(start);
    const seconds = (used.user + used.system) / 1e6;
    best = Math.max(best, (trips * CHAINS * 4) / seconds / 1e9);
  }
  return best;
}

// The measured peak of one core's f64x2 arithmetic in WebAssembly: independent multiply-then-add chains,
// no memory traffic, the same instructions the kernels' inner loops use (no FMA without relaxed SIMD);
// and, where the runtime has relaxed SIMD, the same chains as f64x2.relaxed_madd, to show what FMA would buy.
import { setFlagsFromString } from 'node:v8';
import { Func } from '../../shared/engine/kernel/wasm/func';
import { assembleModule } from '../../shared/engine/kernel/wasm/module';
import { wasmApi } from '../../shared/engine/kernel/wasm/runtime';

/** Independent accumulators: enough to cover the adder's latency on current x86 cores. */
const CHAINS = 12;

/** The chains' module: `peak(n)` runs n trips of one step per chain (a·x + a, rounded twice or fused). */
function peakModule(fused: boolean): Uint8Array {
  const f = new Func('peak', ['i32']);
  const [n] = f.params;
  const acc = Array.from({ length: CHAINS }, () => f.local('v128'));
  const x = f.local('v128');
  f.f64x2Const(1.0000001, 0.9999999).set(x);
  acc.forEach((a, i) => f.f64x2Const(i, -i).set(a));
  f.block().get(n).i32Eqz().brIf(0).loop();
  for (const a of acc) {
    if (fused) f.get(a).get(x).get(a).f64x2RelaxedMadd().set(a);
    else f.get(a).get(a).get(x).f64x2Mul().f64x2Add().set(a);
  }
  f.get(n).i32(1).i32Sub().tee(n).brIf(0);
  f.end().end();
  // Keep the sums observable so no step can be dropped.
  f.i32(0);
  acc.forEach((a, i) => (i === 0 ? f.get(a) : f.get(a).f64x2Add()));
  f.v128Store();
  return assembleModule([f], 1);
}

/** GFLOP/s of one module's `peak(n)`, counting a lane's multiply and add as 2 operations, by process CPU time (best of `rounds`). */
function measure(bytes: Uint8Array, rounds: number): number {
  const wasm = wasmApi()!;
  const memory = new wasm.Memory({ initial: 1, maximum: 1 });
  const run = new wasm.Instance(new wasm.Module(bytes), { env: { memory } }).exports.peak as (n: number) => void;
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

/** GFLOP/s of multiply-then-add chains (see measure). */
export function measurePeakGflops(rounds = 5): number {
  return measure(peakModule(false), rounds);
}

/**
 * GFLOP/s of relaxed_madd chains, or null where this runtime cannot compile relaxed SIMD. Node 20 has it
 * behind a V8 flag, turned on here for the bench process only (the engine's kernels never use it).
 */
export function measureFmaPeakGflops(rounds = 5): number | null {
  const bytes = peakModule(true);
  if (!wasmApi()!.validate(bytes)) setFlagsFromString('--experimental-wasm-relaxed-simd');
  if (!wasmApi()!.validate(bytes)) return null;
  return measure(bytes, rounds);
}

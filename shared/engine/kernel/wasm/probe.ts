// Whether this runtime can compile and run the kernels' kind of code: WebAssembly with 128-bit SIMD, not
// blocked by a content security policy. Asked once per process.
import { Func } from './func';
import { assembleModule } from './module';
import { wasmApi } from './runtime';

let verdict: string | null | undefined;

/** Null when a small f64x2 module compiles and computes correctly, else why not. */
export function simdUnavailable(): string | null {
  if (verdict !== undefined) return verdict;
  const wasm = wasmApi();
  if (!wasm) return (verdict = 'this runtime has no WebAssembly');
  // probe(): stores [1.5, 2.5] + [2, 2] at address 0.
  const f = new Func('probe', []);
  f.i32(0).f64x2Const(1.5, 2.5).f64x2Const(2, 2).f64x2Add().v128Store();
  try {
    const bytes = assembleModule([f], 1);
    if (!wasm.validate(bytes)) return (verdict = "this runtime's WebAssembly has no SIMD");
    const memory = new wasm.Memory({ initial: 1, maximum: 1 });
    const run = new wasm.Instance(new wasm.Module(bytes), { env: { memory } }).exports.probe as () => void;
    run();
    const out = new Float64Array(memory.buffer, 0, 2);
    verdict = out[0] === 3.5 && out[1] === 4.5 ? null : 'WebAssembly SIMD gave a wrong result';
  } catch (e) {
    verdict = `WebAssembly cannot be compiled here (${e instanceof Error ? e.message : String(e)})`;
  }
  return verdict;
}

// The functions every kernel net shares: they take addresses rather than having a layout built in, so one module,
// compiled once per process, serves every network; it is instantiated on each net's memory.
import type { KernelNet } from './instance';
import { unpanelKernel } from './unpanel-kernel';
import { UPDATE_RULES, updateKernel, type UpdateRuleName } from './update-kernels';
import { assembleModule } from './wasm/module';
import { wasmApi, type WasmModule } from './wasm/runtime';

/** The shared functions bound to one net's memory (update-kernels.ts and unpanel-kernel.ts say what each does). */
export interface SharedFunctions {
  update: Record<UpdateRuleName, (...args: number[]) => number>;
  unpanel(xt: number, x: number, ld: number, rows: number, m: number): void;
}

let compiled: WasmModule | null = null;

/** The shared functions on the net's memory. */
export function sharedFunctions(net: KernelNet): SharedFunctions {
  const wasm = wasmApi();
  if (!wasm) throw new Error('this runtime has no WebAssembly');
  const rules = Object.keys(UPDATE_RULES) as UpdateRuleName[];
  compiled ??= new wasm.Module(assembleModule([...rules.map(updateKernel), unpanelKernel()], 1));
  const exports = new wasm.Instance(compiled, { env: { memory: net.memory } }).exports;
  const fn = (name: string) => exports[name] as (...args: number[]) => number;
  return {
    update: Object.fromEntries(rules.map((r) => [r, fn(r)])) as SharedFunctions['update'],
    unpanel: fn('unpanel'),
  };
}

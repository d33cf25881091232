// Compiles a network's kernels and exposes its memory as typed views (parameters, gradients, activations).
import type { Params } from '../types';
import { isFused } from './fused';
import { kernelFunctions } from './kernel-module';
import { PANEL, planLayout, type Layout } from './layout';
import { planSparseRelu } from './sparse-layout';
import { MAX_KERNEL_BYTES } from './supports';
import { assembleModule } from './wasm/module';
import { wasmApi, type WasmMemory, type WasmModule } from './wasm/runtime';

/** A network's gradients, shaped like its parameters. */
export interface KernelGrads {
  dW: Float64Array[];
  db: Float64Array[];
}

/** What a kernel network is built from: numbers and registry names only. */
export interface KernelNetSpec {
  dims: readonly number[];
  /** Hidden-layer activation (registry name) and its parameters. */
  activation: string;
  activationParams: Readonly<Record<string, number>>;
  /** Largest batch the network will see. */
  capacity: number;
  /** Bytes of zeroed memory after the network's arrays, at `stateAt` (an optimizer's state); none when absent. */
  stateBytes?: number;
}

/** A compiled network: its memory, views into it, and the per-layer kernels (index l = 1..L; 0 unused). */
export interface KernelNet {
  spec: KernelNetSpec;
  layout: Layout;
  memory: WasmMemory;
  /** Byte offset of the spec's stateBytes (16-byte aligned). */
  stateAt: number;
  /** Whether hidden activations (and their derivatives) run inside the kernels. */
  fusedHidden: boolean;
  /** Views of W[l], b[l] (index 0 = first weight layer, as Params numbers them). */
  params: Params;
  grads: KernelGrads;
  /** Views of each layer's arrays (index l = 0..L; n_l × ld, or panels of ld × PANEL for AT). */
  Z: Float64Array[];
  A: Float64Array[];
  dZ: Float64Array[];
  dA: Float64Array[];
  AT: Float64Array[];
  Y: Float64Array;
  /** Forward kernels; fwd[l] may leave Z[l] unwritten (when nothing downstream reads it), fwdZ[l] always writes it. */
  fwd: ((n: number) => void)[];
  fwdZ: ((n: number) => void)[];
  grad: ((n: number) => void)[];
  bias: ((n: number) => void)[];
  down: ((n: number) => void)[];
  /** Whole passes, present when every hidden activation is fused: forward(nPad) / forwardZ(nPad), backward(n, nPad). */
  passes: { forward(nPad: number): void; forwardZ(nPad: number): void; backward(n: number, nPad: number): void } | null;
}

/** The size of a WebAssembly memory page. */
const PAGE_BYTES = 65536;

/** Compiled modules kept for reuse (runs of a sweep share their shape). */
const MODULE_CACHE_SIZE = 32;
const moduleCache = new Map<string, WasmModule>();

/** Builds (or reuses) the compiled module for a spec and instantiates it on fresh zeroed memory. */
export function createKernelNet(spec: KernelNetSpec): KernelNet {
  const wasm = wasmApi();
  if (!wasm) throw new Error('this runtime has no WebAssembly');
  const layout = planLayout(spec.dims, spec.capacity);
  const L = spec.dims.length - 1;
  const fusedHidden = isFused(spec.activation);
  const fused = isFused(spec.activation) ? { name: spec.activation, params: spec.activationParams } : null;
  if (fused) for (const v of Object.values(fused.params)) if (typeof v !== 'number') throw new Error('activation parameters must be numbers');
  // ReLU networks whose layers are all narrow skip ReLU's zeros, with arrays of their own after the layout's.
  const planned = planSparseRelu(layout, fused?.name ?? null);
  const align = (b: number): number => Math.ceil(b / 16) * 16;
  // ...unless they and the optimizer's state together would pass the memory limit: then the dense kernels run.
  const sparse = planned && align(planned.bytes) + (spec.stateBytes ?? 0) <= MAX_KERNEL_BYTES ? planned : null;
  const pages = sparse?.pages ?? layout.pages;
  // An optimizer's state goes after every array the kernels use (the layout's, then the zero-skipping ones).
  const stateAt = align(sparse?.bytes ?? layout.bytes);
  const bytes = stateAt + (spec.stateBytes ?? 0);
  if (bytes > MAX_KERNEL_BYTES) throw new RangeError(`the network needs ${bytes} bytes of kernel memory (at most ${MAX_KERNEL_BYTES})`);
  // The key is made of numbers and a registry name only: the code it names is a function of them.
  const key = JSON.stringify([layout.dims, layout.ld, fused?.name ?? null, fused?.params ?? null, sparse !== null]);
  let module = moduleCache.get(key);
  if (!module) {
    module = new wasm.Module(assembleModule(kernelFunctions(layout, fused, sparse), pages));
    // A long session may train many shapes: keep only the most recent modules.
    if (moduleCache.size >= MODULE_CACHE_SIZE) moduleCache.delete(moduleCache.keys().next().value!);
    moduleCache.set(key, module);
  }
  // The module asks for its arrays' pages at least; the state, when there is one, takes the pages after them.
  const memoryPages = Math.max(pages, Math.ceil(bytes / PAGE_BYTES));
  const memory = new wasm.Memory({ initial: memoryPages, maximum: memoryPages });
  const exports = new wasm.Instance(module, { env: { memory } }).exports as Record<string, (n: number) => void>;
  const buf = memory.buffer;
  const view = (byteOffset: number, length: number): Float64Array => new Float64Array(buf, byteOffset, length);
  const dims = layout.dims;
  const ld = layout.ld;
  const layers = layout.layers;
  const range = (from: number): number[] => Array.from({ length: L + 1 - from }, (_, i) => i + from);
  const perLayer = (f: (l: number) => Float64Array): Float64Array[] => range(0).map(f);
  const missing = (): void => {
    throw new Error('no such kernel');
  };
  const fn = (name: string) => range(0).map((l) => exports[`${name}${l}`] ?? missing);
  return {
    spec,
    layout,
    memory,
    stateAt,
    fusedHidden,
    params: {
      dims: [...dims],
      W: range(1).map((l) => view(layers[l].W, dims[l] * dims[l - 1])),
      b: range(1).map((l) => view(layers[l].b, dims[l])),
    },
    grads: {
      dW: range(1).map((l) => view(layers[l].dW, dims[l] * dims[l - 1])),
      db: range(1).map((l) => view(layers[l].db, dims[l])),
    },
    Z: perLayer((l) => view(layers[l].Z, l > 0 ? dims[l] * ld : 0)),
    A: perLayer((l) => view(layers[l].A, dims[l] * ld)),
    dZ: perLayer((l) => view(layers[l].dZ, l > 0 ? dims[l] * ld : 0)),
    dA: perLayer((l) => view(layers[l].dA, l > 0 ? dims[l] * ld : 0)),
    AT: perLayer((l) => view(layers[l].AT, layers[l].panels * ld * PANEL)),
    Y: view(layout.Y, ld),
    fwd: range(0).map((l) => exports[`fwd${l}`] ?? exports[`fwdz${l}`] ?? missing),
    fwdZ: range(0).map((l) => exports[`fwdz${l}`] ?? exports[`fwd${l}`] ?? missing),
    grad: fn('grad'),
    bias: fn('bias'),
    down: fn('down'),
    passes: fused
      ? {
          forward: exports.forward,
          forwardZ: exports.forwardZ,
          backward: exports.backward as unknown as (n: number, nPad: number) => void,
        }
      : null,
  };
}

// The WebAssembly JavaScript API: a standard global in browsers, Node and workers. The project's type set
// for shared/ has no DOM library, so the few members the kernels use are declared here.

/** A linear memory. */
export interface WasmMemory {
  readonly buffer: ArrayBuffer;
}

/** A compiled module. */
export type WasmModule = object;

/** The members of the global WebAssembly object the kernels use. */
export interface WasmApi {
  Module: new (bytes: Uint8Array) => WasmModule;
  Instance: new (module: WasmModule, imports: Record<string, Record<string, unknown>>) => { exports: Record<string, unknown> };
  Memory: new (descriptor: { initial: number; maximum?: number }) => WasmMemory;
  validate(bytes: Uint8Array): boolean;
}

/** The global WebAssembly object, or null where the runtime has none. */
export function wasmApi(): WasmApi | null {
  const api = (globalThis as { WebAssembly?: WasmApi }).WebAssembly;
  return api ?? null;
}

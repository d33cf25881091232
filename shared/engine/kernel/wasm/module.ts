// Assembles functions into a WebAssembly module that imports one memory and exports its functions.
import { name, section, u32, vec } from './encode';
import { Func, VALTYPE } from './func';

const MAGIC_AND_VERSION = [0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00];

/** The bytes of a module importing `env.memory` (at least `pages` 64 KiB pages) and exporting `funcs`. */
export function assembleModule(funcs: readonly Func[], pages: number): Uint8Array {
  const types = funcs.map((f) => [
    0x60,
    ...vec(f.params.map((p) => [VALTYPE[p.type]])),
    ...vec(f.resultTypes.map((t) => [VALTYPE[t]])),
  ]);
  const memoryImport = [...name('env'), ...name('memory'), 0x02, 0x00, ...u32(pages)];
  const bytes = [
    ...MAGIC_AND_VERSION,
    ...section(1, vec(types)),
    ...section(2, vec([memoryImport])),
    ...section(3, vec(funcs.map((_, i) => u32(i)))),
    ...section(7, vec(funcs.map((f, i) => [...name(f.exportName), 0x00, ...u32(i)]))),
    ...section(10, vec(funcs.map((f) => f.body()))),
  ];
  return new Uint8Array(bytes);
}

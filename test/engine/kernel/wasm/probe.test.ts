import { afterEach, describe, expect, it, vi } from 'vitest';
import { wasmApi } from '../../../../shared/engine/kernel/wasm/runtime';

// The verdict is cached per module instance, so each case imports a fresh copy.
async function fresh(): Promise<() => string | null> {
  vi.resetModules();
  return (await import('../../../../shared/engine/kernel/wasm/probe')).simdUnavailable;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('simdUnavailable', () => {
  it('finds WebAssembly SIMD in this Node', async () => {
    expect((await fresh())()).toBeNull();
  });

  it('says so when the runtime has no WebAssembly', async () => {
    vi.stubGlobal('WebAssembly', undefined);
    expect((await fresh())()).toBe('this runtime has no WebAssembly');
  });

  it('says so when compiling is refused, as under a content security policy without wasm-unsafe-eval', async () => {
    const real = wasmApi()!;
    vi.stubGlobal('WebAssembly', {
      validate: real.validate,
      Memory: real.Memory,
      Instance: real.Instance,
      Module: function () {
        throw new Error('Refused to compile or instantiate WebAssembly module');
      },
    });
    expect((await fresh())()).toMatch(/^WebAssembly cannot be compiled here \(Refused/);
  });
});

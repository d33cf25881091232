// The built preload runs the way a sandboxed preload must: CommonJS, requiring nothing but `electron`.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { runInNewContext } from 'node:vm';
import { beforeAll, describe, expect, it } from 'vitest';
import { OPERATION_NAMES } from '../../../shared/contract/operations';
import { ensureBuilt } from '../helpers/build';

const bundle = resolve(__dirname, '../../../out/preload/index.cjs');
let code: string;
beforeAll(() => {
  ensureBuilt();
  code = readFileSync(bundle, 'utf8');
});

describe('the built preload', () => {
  it('is CommonJS that requires only electron', () => {
    const required = [...code.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]);
    expect(new Set(required)).toEqual(new Set(['electron']));
    expect(code).not.toMatch(/^\s*(import|export)\s/m);
  });

  it('exposes the lab API when run with a require that knows only electron', () => {
    const exposed: Record<string, Record<string, unknown>> = {};
    const electron = {
      contextBridge: { exposeInMainWorld: (key: string, api: Record<string, unknown>) => (exposed[key] = api) },
      ipcRenderer: { invoke: async () => undefined, on: () => {}, removeListener: () => {} },
    };
    const sandboxRequire = (name: string) => {
      if (name !== 'electron') throw new Error(`a sandboxed preload cannot require ${name}`);
      return electron;
    };
    const module = { exports: {} };
    runInNewContext(code, { require: sandboxRequire, module, exports: module.exports, console });
    expect(Object.keys(exposed)).toEqual(['lab']);
    for (const name of [...OPERATION_NAMES, 'invoke', 'onEvent', 'saveFile']) expect(typeof exposed.lab[name], name).toBe('function');
  });
});

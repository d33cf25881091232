import { describe, expect, it } from 'vitest';
import { createIpcClient, isLabBridge, type LabBridge } from '../../../renderer/src/api/ipc';

describe('createIpcClient', () => {
  it('calls the preload bridge by operation name with the input as given', async () => {
    const seen: [string, unknown][] = [];
    const bridge: LabBridge = {
      invoke: async (name, input) => {
        seen.push([name, input]);
        return { ok: true, value: { deleted: 1 } };
      },
      onEvent: () => () => {},
    };
    const client = createIpcClient(bridge);
    expect(await client.api['runs.delete']({ ids: ['a'] })).toEqual({ ok: true, value: { deleted: 1 } });
    expect(seen).toEqual([['runs.delete', { ids: ['a'] }]]);
  });

  it('saves files through the bridge\'s dialog as bytes', async () => {
    const saved: [string, number[]][] = [];
    const client = createIpcClient({
      invoke: async () => ({ ok: true, value: null }),
      onEvent: () => () => {},
      saveFile: async (name, data) => {
        saved.push([name, [...data]]);
        return true;
      },
    });
    await client.saveFile('a.csv', new Blob(['x,y']));
    expect(saved).toEqual([['a.csv', [120, 44, 121]]]);
  });

  it('recognises only an object with invoke and onEvent as a bridge', () => {
    expect(isLabBridge({ invoke() {}, onEvent() {} })).toBe(true);
    expect(isLabBridge({ invoke() {} })).toBe(false);
    expect(isLabBridge(undefined)).toBe(false);
  });
});

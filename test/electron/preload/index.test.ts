import { beforeAll, describe, expect, it, vi } from 'vitest';
import { OPERATION_NAMES } from '../../../shared/contract/operations';
import { IPC_EVENT_CHANNEL, IPC_OPEN_FILE_CHANNEL, IPC_SAVE_FILE_CHANNEL, ipcChannel } from '../../../shared/contract/transport';
import * as electron from '../helpers/fake-electron.mjs';

vi.mock('electron', () => import('../helpers/fake-electron.mjs'));

const { recorded, ipcRenderer } = electron;
// eslint-disable-next-line @typescript-eslint/no-explicit-any
let lab: any;

beforeAll(async () => {
  electron.resetFake();
  await import('../../../electron/preload/index');
  lab = recorded.exposed.lab;
});

describe('the preload bridge', () => {
  it('exposes the API on window.lab and nothing else', () => {
    expect(Object.keys(recorded.exposed)).toEqual(['lab']);
  });

  it('exposes one named method per operation, and invoke, onEvent, saveFile and pickFile, all functions', () => {
    expect(Object.keys(lab).sort()).toEqual([...OPERATION_NAMES, 'invoke', 'onEvent', 'pickFile', 'saveFile'].sort());
    for (const value of Object.values(lab)) expect(typeof value).toBe('function');
  });

  it('asks for a file on the open-file channel with the dialog title', async () => {
    await lab.pickFile('Training labels').catch(() => undefined);
    expect(ipcRenderer.invocations.at(-1)).toEqual([IPC_OPEN_FILE_CHANNEL, { title: 'Training labels' }]);
  });

  it('sends a named call on that operation’s channel with the input', async () => {
    await lab['runs.get']({ id: 'r1' });
    expect(ipcRenderer.invocations.at(-1)).toEqual([ipcChannel('runs.get'), { id: 'r1' }]);
  });

  it('sends a call by name on the same channel', async () => {
    await lab.invoke('experiments.list', {});
    expect(ipcRenderer.invocations.at(-1)).toEqual([ipcChannel('experiments.list'), {}]);
  });

  it('refuses an unknown name without sending anything', async () => {
    const before = ipcRenderer.invocations.length;
    expect(await lab.invoke('../../secret', {})).toMatchObject({ ok: false, error: { code: 'unknown_operation' } });
    expect(await lab.invoke('__proto__', {})).toMatchObject({ ok: false, error: { code: 'unknown_operation' } });
    expect(ipcRenderer.invocations.length).toBe(before);
  });

  it('delivers pushed events to a listener until it unsubscribes, without the IPC event object', () => {
    const seen: unknown[] = [];
    const off = lab.onEvent((e: unknown) => seen.push(e));
    const deliver = (e: unknown) => recorded.rendererListeners.get(IPC_EVENT_CHANNEL)!.forEach((l) => l({ sender: 'ipc internals' }, e));
    deliver({ type: 'store.changed', experimentIds: [], runIds: ['a'] });
    off();
    expect(recorded.rendererListeners.get(IPC_EVENT_CHANNEL)).toEqual([]);
    expect(seen).toEqual([{ type: 'store.changed', experimentIds: [], runIds: ['a'] }]);
  });

  it('saves a file through the save channel and answers the boolean', async () => {
    const data = new Uint8Array([1, 2]);
    ipcRenderer.invoke = vi.fn(async () => ({ ok: true, value: false }));
    expect(await lab.saveFile('a.csv', data)).toBe(false);
    expect(ipcRenderer.invoke).toHaveBeenCalledWith(IPC_SAVE_FILE_CHANNEL, { name: 'a.csv', data });
  });

  it('rejects a save that failed with the error message', async () => {
    ipcRenderer.invoke = vi.fn(async () => ({ ok: false, error: { code: 'internal', message: 'disk full' } }));
    await expect(lab.saveFile('a.csv', new Uint8Array())).rejects.toThrow('disk full');
  });
});

import { describe, expect, it } from 'vitest';
import { createDoor } from '../../../electron/door/door';
import { LabFailure, ok } from '../../../shared/contract/errors';
import { fakeBackend, fakeDoor } from '../helpers/fake-door';

describe('the door', () => {
  it('passes the parsed input, defaults applied, to the service', async () => {
    const backend = fakeBackend();
    await fakeDoor(backend).call('experiments.list', {});
    expect(backend.calls).toEqual([['experiments.list', { limit: 500 }]]);
  });

  it('refuses an unknown operation as unknown_operation', async () => {
    const result = await fakeDoor().call('runs.drop_all', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'unknown_operation' } });
  });

  it('refuses a payload that fails the schema as invalid_input and never calls the service', async () => {
    const backend = fakeBackend();
    const result = await fakeDoor(backend).call('runs.get', { id: '' });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(backend.calls).toEqual([]);
  });

  it('keeps the code of a LabFailure the service throws', async () => {
    const door = createDoor({
      invoke: async () => {
        throw new LabFailure('conflict', 'busy');
      },
      subscribe: () => () => {},
    });
    expect(await door.call('system.info', undefined)).toEqual({ ok: false, error: { code: 'conflict', message: 'busy' } });
  });

  it('turns any other exception into internal with its message', async () => {
    expect(await fakeDoor().call('registry.get', undefined)).toEqual({ ok: false, error: { code: 'internal', message: 'the fake service broke' } });
  });

  it('refuses to pass on an answer that is not a result', async () => {
    const door = createDoor({ invoke: async () => 42 as never, subscribe: () => () => {} });
    expect(await door.call('system.info', undefined)).toMatchObject({ ok: false, error: { code: 'internal' } });
  });

  it('passes a service result through unchanged', async () => {
    const door = createDoor({ invoke: async () => ok({ version: '1' }), subscribe: () => () => {} });
    expect(await door.call('system.info', undefined)).toEqual({ ok: true, value: { version: '1' } });
  });

  it('subscribes to and unsubscribes from the service events', () => {
    const backend = fakeBackend();
    const seen: unknown[] = [];
    const off = fakeDoor(backend).subscribe((e) => seen.push(e));
    backend.emit({ type: 'store.changed', experimentIds: ['e'], runIds: [] });
    off();
    backend.emit({ type: 'store.changed', experimentIds: ['f'], runIds: [] });
    expect(seen).toEqual([{ type: 'store.changed', experimentIds: ['e'], runIds: [] }]);
    expect(backend.listenerCount).toBe(0);
  });
});

// A stand-in service over the real operations map, to drive the doors without the real back end.
import { fail, ok, type Result } from '../../../shared/contract/errors';
import type { LabEvent, LabEventListener } from '../../../shared/contract/events';
import type { OperationName } from '../../../shared/contract/operations';
import { createDoor, type LabBackend } from '../../../electron/door/door';

/** The fake back end plus a way to emit events and count listeners. */
export interface FakeBackend extends LabBackend {
  emit(event: LabEvent): void;
  readonly listenerCount: number;
  /** Every (name, parsed input) the service was called with. */
  readonly calls: Array<[OperationName, unknown]>;
}

/** A back end where each operation does one recognisable thing. */
export function fakeBackend(): FakeBackend {
  const listeners = new Set<LabEventListener>();
  const calls: Array<[OperationName, unknown]> = [];
  return {
    calls,
    emit: (event) => listeners.forEach((l) => l(event)),
    get listenerCount() {
      return listeners.size;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async invoke(name, input): Promise<Result<unknown>> {
      calls.push([name, input]);
      switch (name) {
        case 'experiments.list':
          return ok(input); // shows the parsed input, defaults included
        case 'runs.get':
          return fail('not_found', `no run ${(input as { id: string }).id}`);
        case 'runs.cancel':
          return fail('conflict', 'the run has already finished');
        case 'export.run':
          return ok({ values: new Float64Array([1.5, NaN, -0, Infinity]), cost: -Infinity });
        case 'registry.get':
          throw new Error('the fake service broke');
        case 'system.info':
          return ok({ version: 'test' });
        default:
          return fail('unavailable', `the fake service has no ${name}`);
      }
    },
  };
}

/** A door over a fresh fake back end. */
export function fakeDoor(backend: FakeBackend = fakeBackend()) {
  return createDoor(backend);
}

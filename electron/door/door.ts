// The one call path of every client door: look up the operation, validate its input, call the service.
// Shared by the IPC handlers and the HTTP server, so it imports nothing from Electron.
import { fail, toLabError, type Result } from '../../shared/contract/errors';
import type { LabEventListener } from '../../shared/contract/events';
import { parseOperationInput, type OperationName } from '../../shared/contract/operations';

/** The service as the doors see it: run a validated operation; listen to its events. */
export interface LabBackend {
  invoke(name: OperationName, input: unknown): Promise<Result<unknown>>;
  subscribe(listener: LabEventListener): () => void;
}

/** A door: takes an operation name and a raw payload from outside, never throws. */
export interface Door {
  call(name: string, payload: unknown): Promise<Result<unknown>>;
  /** Listens to every event of the service; returns the unsubscribe function. */
  subscribe(listener: LabEventListener): () => void;
}

/** Builds the door over a backend: unknown names and bad payloads are refused before the service sees them. */
export function createDoor(backend: LabBackend): Door {
  return {
    async call(name, payload) {
      const parsed = parseOperationInput(String(name), payload);
      if (!parsed.ok) return parsed;
      try {
        const result = await backend.invoke(name as OperationName, parsed.value);
        return isResult(result) ? result : fail('internal', `${String(name)} answered something that is not a result`);
      } catch (err) {
        return { ok: false, error: toLabError(err) };
      }
    },
    subscribe: (listener) => backend.subscribe(listener),
  };
}

/** True for a `{ ok: true, value }` or `{ ok: false, error }` object. */
function isResult(value: unknown): value is Result<unknown> {
  if (value === null || typeof value !== 'object') return false;
  const r = value as { ok?: unknown; error?: unknown };
  return r.ok === true || (r.ok === false && typeof r.error === 'object' && r.error !== null);
}

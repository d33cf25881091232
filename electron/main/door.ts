// The one call path of every client door: look up the operation, validate its input, call the service.
// Shared by the IPC handlers and the HTTP server, so it imports nothing from Electron.
import type { z } from 'zod';
import type { CallResult } from '../../shared/contract/transport';

/** What a door must know of one operation: the schema its input is parsed with. */
export interface OperationSpec {
  input: z.ZodType;
}

/** Receives the events a call causes; it belongs to the window or browser tab that made the call. */
export type EventSink = (event: unknown) => void;

/** Runs one validated operation on the service; events it causes go to `sink`. */
export type Invoke = (operation: string, input: unknown, sink: EventSink) => Promise<unknown> | unknown;

/** A door: the operation names it serves and the call that never throws. */
export interface Door {
  readonly operations: readonly string[];
  call(operation: string, payload: unknown, sink: EventSink): Promise<CallResult>;
}

/** Builds a door over an operations map and the service function that runs them. */
export function createDoor(operations: Readonly<Record<string, OperationSpec>>, invoke: Invoke): Door {
  const names = Object.keys(operations);
  return {
    operations: names,
    async call(operation, payload, sink) {
      if (!Object.hasOwn(operations, operation)) {
        return failure('unknown_operation', `unknown operation ${JSON.stringify(String(operation))}`);
      }
      const parsed = operations[operation].input.safeParse(payload, { reportInput: true });
      if (!parsed.success) return failure('invalid_payload', `${operation}: ${describeIssues(parsed.error.issues)}`);
      try {
        return { ok: true, value: await invoke(operation, parsed.data, sink) };
      } catch (err) {
        return errorResult(err);
      }
    },
  };
}

/** An error result. */
export function failure(code: string, message: string): CallResult<never> {
  return { ok: false, error: { code, message } };
}

/** Turns whatever the service threw into an error result; errors that carry a `code` keep it. */
export function errorResult(err: unknown): CallResult<never> {
  if (err instanceof Error) {
    const code = (err as Error & { code?: unknown }).code;
    return failure(typeof code === 'string' && code !== '' ? code : 'internal', err.message);
  }
  return failure('internal', String(err));
}

/** One line per problem, naming the field and the value that was refused. */
function describeIssues(issues: readonly z.core.$ZodIssue[]): string {
  return issues
    .map((issue) => {
      const field = issue.path.length > 0 ? issue.path.map(String).join('.') : '(payload)';
      const shown = 'input' in issue && issue.input !== undefined ? ` (got ${preview(issue.input)})` : '';
      return `${field}: ${issue.message}${shown}`;
    })
    .join('; ');
}

/** A short rendering of a refused value, so a huge payload cannot make a huge message. */
function preview(value: unknown): string {
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value);
  }
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

// A tiny operations map and service, to drive the doors without the real back end.
import { z } from 'zod';
import { createDoor, type EventSink } from '../../../electron/main/door';

/** Operations covering each outcome a door must carry: values, events, refusals, failures. */
export const FAKE_OPERATIONS = {
  add: { input: z.object({ a: z.number(), b: z.number() }).strict() },
  echo: { input: z.object({ text: z.string().max(1000) }).strict() },
  countdown: { input: z.object({ from: z.number().int().min(0).max(20) }).strict() },
  missing: { input: z.object({ id: z.string() }).strict() },
  explode: { input: z.undefined() },
  ping: { input: z.undefined() },
};

/** Error with a code, as the service throws for a refused request. */
class CodedError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** The fake service: each operation does one recognisable thing. */
export async function fakeInvoke(operation: string, input: unknown, sink: EventSink): Promise<unknown> {
  switch (operation) {
    case 'add': {
      const { a, b } = input as { a: number; b: number };
      return a + b;
    }
    case 'echo':
      return input;
    case 'countdown': {
      const { from } = input as { from: number };
      for (let i = from; i >= 0; i--) sink({ type: 'tick', left: i });
      return 'done';
    }
    case 'missing':
      throw new CodedError('not_found', `no run ${(input as { id: string }).id}`);
    case 'explode':
      throw new Error('the fake service broke');
    case 'ping':
      return 'pong';
    default:
      throw new Error(`fake service has no ${operation}`);
  }
}

/** A door over the fake operations. */
export function fakeDoor() {
  return createDoor(FAKE_OPERATIONS, fakeInvoke);
}

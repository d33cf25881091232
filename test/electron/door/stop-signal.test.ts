// untilStopSignal: resolves on SIGINT or SIGTERM and leaves no listener behind.
import { describe, expect, it } from 'vitest';
import { untilStopSignal } from '../../../electron/door/stop-signal';

describe('untilStopSignal', () => {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    it(`resolves on ${signal} and stops listening for both signals`, async () => {
      const before = { int: process.listenerCount('SIGINT'), term: process.listenerCount('SIGTERM') };
      let stopped = false;
      const waiting = untilStopSignal().then(() => (stopped = true));
      await Promise.resolve();
      expect(stopped).toBe(false);
      process.emit(signal);
      await waiting;
      expect(stopped).toBe(true);
      expect({ int: process.listenerCount('SIGINT'), term: process.listenerCount('SIGTERM') }).toEqual(before);
    });
  }
});

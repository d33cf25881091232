import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { LabFailure, parseWith, toLabError } from '../../shared/contract/errors';

describe('errors', () => {
  it('keeps the code of a LabFailure', () => {
    expect(toLabError(new LabFailure('not_found', 'no run r1'))).toEqual({ code: 'not_found', message: 'no run r1' });
  });

  it('turns any other exception into an internal error with its message', () => {
    expect(toLabError(new TypeError('boom'))).toEqual({ code: 'internal', message: 'boom' });
  });

  it('names a nested field and shortens a long bad value', () => {
    const schema = z.object({ a: z.object({ b: z.number() }) });
    const r = parseWith(schema, { a: { b: 'x'.repeat(100) } }, 'cfg');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.message).toMatch(/^cfg\.a\.b: /);
      expect(r.error.message).toContain('...');
    }
  });
});

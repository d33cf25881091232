import { describe, expect, it } from 'vitest';
import { createLabApi, OPERATION_NAMES, parseOperationInput, type LabInvoke } from '../../shared/contract/operations';
import { ok } from '../../shared/contract/errors';

describe('operations', () => {
  it('names an unknown operation in its error', () => {
    const r = parseOperationInput('runs.explode', {});
    expect(r).toEqual({ ok: false, error: { code: 'unknown_operation', message: 'no operation named "runs.explode"' } });
  });

  it('names the field and the bad value of an invalid payload', () => {
    const r = parseOperationInput('runs.list', { limit: -3 });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('invalid_input');
      expect(r.error.message).toContain('runs.list.limit');
      expect(r.error.message).toContain('got -3');
    }
  });

  it('reports a missing required field as missing', () => {
    const r = parseOperationInput('runs.get', {});
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toBe('runs.get.id: got nothing; expected a string');
  });

  it('rejects fields the operation does not know', () => {
    const r = parseOperationInput('runs.cancel', { id: 'a', force: true });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toContain('force');
  });

  it('fills defaults for runs.list when no input is given', () => {
    const r = parseOperationInput('runs.list', undefined);
    expect(r).toEqual(ok({ sort: 'createdAt', order: 'desc', limit: 1000, offset: 0 }));
  });

  it('accepts no input for operations that take none', () => {
    expect(parseOperationInput('system.info', undefined).ok).toBe(true);
    expect(parseOperationInput('registry.get', {}).ok).toBe(true);
  });

  it('rejects a sweep with a non-positive scale', () => {
    const r = parseOperationInput('sweeps.start', { base: {}, scales: [0.5, 0], seeds: [1] });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toContain('sweeps.start.scales.1');
  });

  it('builds a client with one method per operation that forwards name and input', async () => {
    const calls: [string, unknown][] = [];
    const invoke: LabInvoke = async (name, input) => {
      calls.push([name, input]);
      return ok(null);
    };
    const api = createLabApi(invoke);
    expect(Object.keys(api).sort()).toEqual([...OPERATION_NAMES].sort());
    await api['runs.cancel']({ id: 'r1' });
    expect(calls).toEqual([['runs.cancel', { id: 'r1' }]]);
  });
});

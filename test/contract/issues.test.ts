import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { RunConfigSchema } from '../../shared/contract/config';
import { acceptedKeysAt, issueFieldText, issueLine, issuesFromZod, issuesMessage, underPath, type ValidationIssue } from '../../shared/contract/issues';

function issuesOf(schema: z.ZodType, input: unknown): ValidationIssue[] {
  const r = schema.safeParse(input, { reportInput: true });
  if (r.success) throw new Error('expected a validation error');
  return issuesFromZod(r.error.issues, input, schema);
}

describe('issuesFromZod', () => {
  it('gives a refused bound its path, code, value and what is accepted', () => {
    expect(issuesOf(RunConfigSchema, { optimizer: { lr: -1 } })).toEqual([
      { path: ['optimizer', 'lr'], code: 'too_small', message: 'expected a positive number', received: '-1', expected: 'a positive number' },
    ]);
  });

  it('says what a wrong type should have been, without zod\'s wording', () => {
    const [issue] = issuesOf(RunConfigSchema, { iterations: 'many' });
    expect([issue.code, issue.expected, issue.received]).toEqual(['invalid_type', 'a number', '"many"']);
  });

  it('lists the accepted words of an enum', () => {
    expect(issuesOf(RunConfigSchema, { rng: 'mt' })[0].expected).toBe('one of seedrandom, numpy');
  });

  it('keeps what a refinement said is accepted, and the value it judged', () => {
    const [issue] = issuesOf(RunConfigSchema, { optimizer: { name: 'gd', batchSize: 32 } });
    expect(issue).toEqual({
      path: ['optimizer', 'batchSize'],
      code: 'custom',
      message: 'expected null: gd is full-batch; use sgd, momentum or adam for mini-batches',
      received: '32',
      expected: 'null',
    });
  });

  it('places a generator setting\'s error on the setting the data set registry names', () => {
    const [issue] = issuesOf(RunConfigSchema, { data: { kind: 'circles', params: { factor: 7 } } });
    expect(issue.path).toEqual(['data', 'params', 'factor']);
  });

  it('makes one issue per unknown key, with the closest accepted key', () => {
    const schema = z.object({ iterations: z.number(), loss: z.string() }).strict();
    expect(issuesOf(schema, { iterations: 1, loss: 'x', iteratons: 2, zzz: 3 })).toEqual([
      { path: ['iteratons'], code: 'unrecognized_keys', message: 'unknown key; did you mean iterations?', key: 'iteratons', suggestion: 'iterations', expected: 'one of iterations, loss' },
      { path: ['zzz'], code: 'unrecognized_keys', message: 'unknown key; accepted: iterations, loss', key: 'zzz', expected: 'one of iterations, loss' },
    ]);
  });
});

describe('acceptedKeysAt', () => {
  it('follows defaults and the data kind the input picks', () => {
    expect(acceptedKeysAt(RunConfigSchema, {}, ['optimizer'])).toContain('momentum');
    expect(acceptedKeysAt(RunConfigSchema, { data: { kind: 'csv' } }, ['data'])).toContain('splitSeed');
    expect(acceptedKeysAt(RunConfigSchema, { data: { kind: 'moons' } }, ['data'])).toContain('noise');
  });
});

describe('rendering an issue', () => {
  const lr: ValidationIssue = { path: ['base', 'optimizer', 'lr'], code: 'too_small', message: 'expected a positive number', received: '-1', expected: 'a positive number' };

  it('writes one line with the path, the value and the rule', () => {
    expect(issueLine(lr)).toBe('base.optimizer.lr: got -1; expected a positive number');
    expect(issueLine(lr, '--lr')).toBe('--lr: got -1; expected a positive number');
  });

  it('counts the problems after the first', () => {
    expect(issuesMessage([lr, lr, lr])).toBe('base.optimizer.lr: got -1; expected a positive number (and 2 more problems)');
  });

  it('puts a path under the payload field the config came in', () => {
    expect(underPath(['experiment'], [lr])[0].path).toEqual(['experiment', 'base', 'optimizer', 'lr']);
  });

  it('tells a form field what it must be and what it got', () => {
    expect(issueFieldText(lr)).toBe('must be a positive number (got -1)');
    expect(issueFieldText({ ...lr, code: 'invalid_type', expected: 'a number', received: '""' })).toBe('must be a number (got nothing)');
  });

  it('tells a form field a refinement\'s reason as it is', () => {
    expect(issueFieldText({ path: ['x'], code: 'custom', message: 'expected null: gd is full-batch', received: '32', expected: 'null' })).toBe('got 32; expected null: gd is full-batch');
  });
});

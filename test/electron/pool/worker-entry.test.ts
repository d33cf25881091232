import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { resolveWorkerEntry, sourceWorkerEntry } from '../../../electron/pool/worker-entry';

describe('worker entry', () => {
  it('points at the TypeScript source of the training worker when run from source', () => {
    const e = sourceWorkerEntry();
    expect(e.typescript).toBe(true);
    expect(e.path).toMatch(/electron[/\\]worker[/\\]index\.ts$/);
    expect(existsSync(e.path)).toBe(true);
  });

  it('runs a bundled worker path that exists directly', () => {
    expect(resolveWorkerEntry(process.execPath)).toEqual({ path: process.execPath, typescript: false });
  });

  it('does not take a TypeScript file for a bundle', () => {
    expect(resolveWorkerEntry(__filename)).toEqual(sourceWorkerEntry());
  });

  it('falls back to the source when the bundled path is missing', () => {
    expect(resolveWorkerEntry('/nowhere/worker.js')).toEqual(sourceWorkerEntry());
    expect(resolveWorkerEntry(undefined)).toEqual(sourceWorkerEntry());
  });
});

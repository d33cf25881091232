import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { logExact } from '../../../shared/engine/rng/log';

const fixture = JSON.parse(readFileSync(new URL('../../fixtures/numpy-stream.json', import.meta.url), 'utf8')) as {
  log_exact: { x: number[]; log: number[] };
};

describe('logExact', () => {
  it('returns the exactly rounded logarithm of every reference argument, including ones C libraries misround', () => {
    const { x, log } = fixture.log_exact;
    for (let i = 0; i < x.length; i++) expect(logExact(x[i])).toBe(log[i]);
  });

  it('is exact at 1 and follows IEEE conventions at 0, below 0, at infinity and NaN', () => {
    expect(logExact(1)).toBe(0);
    expect(logExact(0)).toBe(-Infinity);
    expect(logExact(-1)).toBeNaN();
    expect(logExact(Infinity)).toBe(Infinity);
    expect(logExact(NaN)).toBeNaN();
  });
});

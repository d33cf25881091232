// Typed access to test/fixtures/stats-reference.json (published examples and SciPy-computed values), and comparisons.
import { expect } from 'vitest';
import reference from '../fixtures/stats-reference.json';

/** The reference fixture, as written by test/fixtures/stats-reference.py. */
export const REF = reference;

/** Expects |actual − expected| ≤ rel·|expected| (relative tolerance). */
export function expectRel(actual: number | null, expected: number, rel: number, what: string): void {
  expect(actual, what).not.toBeNull();
  expect(Math.abs((actual as number) - expected), `${what}: ${actual} vs ${expected}`).toBeLessThanOrEqual(rel * Math.abs(expected));
}

/** Expects |actual − expected| ≤ abs (absolute tolerance). */
export function expectAbs(actual: number | null, expected: number, abs: number, what: string): void {
  expect(actual, what).not.toBeNull();
  expect(Math.abs((actual as number) - expected), `${what}: ${actual} vs ${expected}`).toBeLessThanOrEqual(abs);
}

/**
 * The tolerance a published value carries: half a unit in its last printed decimal, and no less than
 * 1e-14 relative (values printed to all 16–17 digits differ in the last bits between implementations).
 */
export function printedTolerance(digits: number, expected: number): number {
  return Math.max(0.5 * 10 ** -digits, 1e-14 * Math.abs(expected));
}

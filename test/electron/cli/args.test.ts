import { describe, expect, it } from 'vitest';
import { InvalidArgumentError } from 'commander';
import { MAX_SEEDS, numberArg, numberListArg, positiveIntArg, seedListArg } from '../../../electron/cli/args';

describe('seedListArg', () => {
  it('expands an inclusive range', () => {
    expect(seedListArg('1-10')).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it('reads a comma list and mixes it with ranges', () => {
    expect(seedListArg('1,4,9')).toEqual([1, 4, 9]);
    expect(seedListArg('0-2, 7')).toEqual([0, 1, 2, 7]);
  });

  it('refuses a backward range, a repeated seed, a fraction and a sign', () => {
    expect(() => seedListArg('5-1')).toThrow(/runs backwards/);
    expect(() => seedListArg('1-3,2')).toThrow(/seed 2 is listed twice/);
    expect(() => seedListArg('1.5')).toThrow(InvalidArgumentError);
    expect(() => seedListArg('-1')).toThrow(InvalidArgumentError);
  });

  it(`refuses more than ${MAX_SEEDS} seeds`, () => {
    expect(() => seedListArg(`1-${MAX_SEEDS + 1}`)).toThrow(/more than/);
  });
});

describe('numberArg', () => {
  it('reads decimals, signs and exponents and leaves the range to the schema', () => {
    expect([numberArg('0.01'), numberArg('-1'), numberArg('1e-3'), numberArg('15000')]).toEqual([0.01, -1, 0.001, 15000]);
  });

  it('refuses text that is not a number', () => {
    for (const bad of ['', 'fast', '1,5', '0x10', '1e']) expect(() => numberArg(bad)).toThrow(InvalidArgumentError);
  });
});

describe('numberListArg', () => {
  it('reads a comma list of sizes', () => {
    expect(numberListArg('2,16,8,4,1')).toEqual([2, 16, 8, 4, 1]);
  });

  it('refuses an empty item', () => {
    expect(() => numberListArg('2,,1')).toThrow(InvalidArgumentError);
  });
});

describe('positiveIntArg', () => {
  it('accepts whole numbers from 1 and refuses 0, fractions and words', () => {
    expect(positiveIntArg('250')).toBe(250);
    for (const bad of ['0', '1.5', '-3', 'ten']) expect(() => positiveIntArg(bad)).toThrow(InvalidArgumentError);
  });
});

import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { glibcLog } from '../../../shared/engine/rng/glibc-log';
import { logExact } from '../../../shared/engine/rng/log';
import { NumpyRng } from '../../../shared/engine/rng/numpy';

interface Group {
  name: string;
  seed: number;
  requested: number;
  count: number;
  args_sha256: string;
  logs_sha256: string;
  not_correctly_rounded: { index: number[]; log: string[] };
}

const fixture = JSON.parse(readFileSync(new URL('../../fixtures/glibc-log.json', import.meta.url), 'utf8')) as {
  groups: Group[];
  explicit: { x: string[]; log: string[] };
  explicit_not_correctly_rounded: number;
};

const view = new DataView(new ArrayBuffer(8));

function fromBits(hex: string): number {
  view.setBigUint64(0, BigInt(`0x${hex}`));
  return view.getFloat64(0);
}

function fromWords(hi: number, lo: number): number {
  view.setUint32(0, hi);
  view.setUint32(4, lo);
  return view.getFloat64(0);
}

function sha256(values: Float64Array): string {
  return createHash('sha256').update(new Uint8Array(values.buffer)).digest('hex');
}

/** Each group's arguments as glibc-log.py draws them from numpy's stream, which NumpyRng reproduces. */
const GENERATORS: Record<string, (rng: NumpyRng, n: number) => number[]> = {
  uniform: (rng, n) => Array.from({ length: n }, () => rng.uniform()),
  polar_r2: (rng, n) => {
    const out: number[] = [];
    while (out.length < n) {
      const x1 = 2 * rng.uniform() - 1;
      const x2 = 2 * rng.uniform() - 1;
      const r2 = x1 * x1 + x2 * x2;
      if (r2 < 1 && r2 > 0) out.push(r2);
    }
    return out;
  },
  bits_below_one: (rng, n) => Array.from({ length: n }, () => fromWords(rng.nextUint32() % 0x3ff00000, rng.nextUint32())),
  subnormal: (rng, n) => Array.from({ length: n }, () => fromWords(rng.nextUint32() & 0xfffff, rng.nextUint32())),
  near_one: (rng, n) => Array.from({ length: n }, () => 0.9 + rng.uniform() * 0.2),
  bits_above_one: (rng, n) =>
    Array.from({ length: n }, () => fromWords(0x3ff00000 + (rng.nextUint32() % 0x40000000), rng.nextUint32())),
};

function groupArguments(group: Group): Float64Array {
  const generate = GENERATORS[group.name];
  if (!generate) throw new Error(`no generator for group ${group.name}`);
  // glibc-log.py draws `requested` arguments, then drops zeros.
  return Float64Array.from(generate(new NumpyRng(group.seed), group.requested).filter((x) => x > 0));
}

describe.each(fixture.groups)('glibcLog on the $name arguments', (group) => {
  const xs = groupArguments(group);

  it('draws the same arguments as the reference script', () => {
    expect(xs.length).toBe(group.count);
    expect(sha256(xs)).toBe(group.args_sha256);
  });

  it("returns the C library's log bit for bit: the correctly rounded value except where libm rounds the other way", () => {
    const libmValue = new Map(group.not_correctly_rounded.index.map((i, j) => [i, fromBits(group.not_correctly_rounded.log[j])]));
    const wrong: string[] = [];
    const logs = xs.map((x, i) => {
      const y = glibcLog(x);
      const expected = libmValue.get(i) ?? logExact(x);
      if (!Object.is(y, expected) && wrong.length < 5) wrong.push(`log(${x}) = ${y}, libm ${expected}`);
      return y;
    });
    expect(wrong).toEqual([]);
    expect(sha256(logs)).toBe(group.logs_sha256);
  });
});

describe('glibcLog on stored arguments', () => {
  it(`matches libm on the boundary arguments and on ${fixture.explicit_not_correctly_rounded} polar-method arguments libm does not round correctly`, () => {
    const { x, log } = fixture.explicit;
    const expected = log.map(fromBits);
    const wrong = x.filter((h, i) => !Object.is(glibcLog(fromBits(h)), expected[i]));
    expect(wrong).toEqual([]);
    // The fixture holds arguments where a correctly rounded log is not what numpy gets.
    const differing = x.filter((h, i) => logExact(fromBits(h)) !== expected[i]).length;
    expect(differing).toBe(fixture.explicit_not_correctly_rounded);
  });

  it('follows IEEE conventions at 1, ±0, below 0, at infinity and NaN', () => {
    expect(Object.is(glibcLog(1), 0)).toBe(true);
    expect(glibcLog(0)).toBe(-Infinity);
    expect(glibcLog(-0)).toBe(-Infinity);
    expect(glibcLog(-1)).toBeNaN();
    expect(glibcLog(-Number.MIN_VALUE)).toBeNaN();
    expect(glibcLog(-Infinity)).toBeNaN();
    expect(glibcLog(Infinity)).toBe(Infinity);
    expect(glibcLog(NaN)).toBeNaN();
  });
});

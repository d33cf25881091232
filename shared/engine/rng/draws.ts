// The two draws both streams make the same way: numpy's legacy polar-method Gaussian pair and its masked
// bounded integers. Each stream supplies its own uniform source (and, for the Gaussian, its own log).

/** Two independent standard normals from one Marsaglia polar step: `first` is returned, `second` cached (numpy's order). */
export interface GaussPair {
  first: number;
  second: number;
}

/** One polar step as numpy's legacy_gauss takes it: x1, x2 uniform on (−1, 1) until 0 < r² < 1, f = √(−2·log r² / r²). */
export function polarPair(uniform: () => number, log: (x: number) => number): GaussPair {
  let x1: number;
  let x2: number;
  let r2: number;
  do {
    x1 = 2 * uniform() - 1;
    x2 = 2 * uniform() - 1;
    r2 = x1 * x1 + x2 * x2;
  } while (r2 >= 1 || r2 === 0);
  const f = Math.sqrt((-2 * log(r2)) / r2);
  return { first: f * x2, second: f * x1 };
}

/** An integer in [0, n) by masked rejection sampling over 32-bit draws, as numpy's legacy random_interval(n − 1). */
export function maskedInt(n: number, nextUint32: () => number): number {
  if (!Number.isInteger(n) || n < 1 || n > 0x100000000) {
    throw new RangeError(`int(n) needs an integer n in [1, 2^32], got ${n}`);
  }
  const max = n - 1;
  if (max === 0) return 0;
  let mask = max;
  mask |= mask >>> 1;
  mask |= mask >>> 2;
  mask |= mask >>> 4;
  mask |= mask >>> 8;
  mask |= mask >>> 16;
  mask >>>= 0;
  let value: number;
  do {
    value = (nextUint32() & mask) >>> 0;
  } while (value > max);
  return value;
}

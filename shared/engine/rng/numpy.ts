// numpy's legacy random stream (np.random.seed / random_sample / randn / uniform / shuffle), bit for bit.
// MT19937 as in Matsumoto & Nishimura's mt19937ar.c, which numpy's RandomState wraps.
import { maskedInt, polarPair } from './draws';
import { glibcLog } from './glibc-log';
import type { Rng, RngState } from './types';

const N = 624;
const M = 397;
const MATRIX_A = 0x9908b0df;
const UPPER_MASK = 0x80000000;
const LOWER_MASK = 0x7fffffff;

/** Full state of numpy's legacy stream: the MT19937 words, the read position and the cached Gaussian. */
export interface NumpyRngState {
  mt: number[];
  pos: number;
  hasGauss: boolean;
  gauss: number;
}

/** numpy.random.RandomState's legacy stream, seeded as np.random.seed(seed) (init_genrand for 32-bit seeds). */
export class NumpyRng implements Rng {
  readonly kind = 'numpy' as const;
  readonly seed: number;
  private readonly mt = new Uint32Array(N);
  private pos = N;
  private hasGauss = false;
  private gauss = 0;

  constructor(seed: number) {
    if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) {
      throw new RangeError(`numpy seed must be an integer in [0, 2^32 - 1], got ${seed}`);
    }
    this.seed = seed;
    this.mt[0] = seed >>> 0;
    for (let i = 1; i < N; i++) {
      const prev = this.mt[i - 1];
      this.mt[i] = (Math.imul(1812433253, prev ^ (prev >>> 30)) + i) >>> 0;
    }
  }

  /** One tempered 32-bit output (genrand_int32). */
  nextUint32(): number {
    if (this.pos >= N) this.twist();
    let y = this.mt[this.pos++];
    y ^= y >>> 11;
    y ^= (y << 7) & 0x9d2c5680;
    y ^= (y << 15) & 0xefc60000;
    y ^= y >>> 18;
    return y >>> 0;
  }

  private twist(): void {
    const mt = this.mt;
    let kk = 0;
    for (; kk < N - M; kk++) {
      const y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
      mt[kk] = mt[kk + M] ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
    }
    for (; kk < N - 1; kk++) {
      const y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
      mt[kk] = mt[kk + (M - N)] ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
    }
    const y = (mt[N - 1] & UPPER_MASK) | (mt[0] & LOWER_MASK);
    mt[N - 1] = mt[M - 1] ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
    this.pos = 0;
  }

  /** random_sample: 53 random bits from two consecutive outputs. */
  uniform(): number {
    const a = this.nextUint32() >>> 5;
    const b = this.nextUint32() >>> 6;
    return (a * 67108864 + b) / 9007199254740992;
  }

  /** legacy_gauss: Marsaglia polar method with glibc's log; the second value of each pair is cached for the next call. */
  normal(): number {
    if (this.hasGauss) {
      const cached = this.gauss;
      this.hasGauss = false;
      this.gauss = 0;
      return cached;
    }
    const pair = polarPair(() => this.uniform(), glibcLog); // the C library's log, as numpy calls it
    this.gauss = pair.second;
    this.hasGauss = true;
    return pair.first;
  }

  /** random_interval(n − 1): masked rejection sampling, as legacy shuffle and randint do for 32-bit ranges. */
  int(n: number): number {
    return maskedInt(n, () => this.nextUint32());
  }

  getState(): RngState {
    const state: NumpyRngState = { mt: Array.from(this.mt), pos: this.pos, hasGauss: this.hasGauss, gauss: this.gauss };
    return { ...state };
  }

  setState(state: RngState): void {
    const s = state as unknown as NumpyRngState;
    if (!Array.isArray(s.mt) || s.mt.length !== N || typeof s.pos !== 'number') {
      throw new TypeError('not a numpy stream state');
    }
    this.mt.set(s.mt);
    this.pos = s.pos;
    this.hasGauss = Boolean(s.hasGauss);
    this.gauss = Number(s.gauss);
  }
}

// The default stream: seedrandom's ARC4 generator keyed by the decimal seed string.
import seedrandom from 'seedrandom';
import { logExact } from './log';
import type { Rng, RngState } from './types';

type Arc4State = seedrandom.State.Arc4;

/** Full state of the seedrandom stream: ARC4's state and the cached second Gaussian of the last pair. */
export interface SeededRngState {
  arc4: Arc4State;
  hasGauss: boolean;
  gauss: number;
}

/**
 * A seedrandom (ARC4) stream. uniform() is seedrandom's 53-bit-mantissa double; normal() uses the same
 * Marsaglia polar method as numpy's legacy gauss (second value cached), so the two streams differ only
 * in where their uniforms come from; int(n) is masked rejection on 32-bit outputs, as numpy's.
 */
export class SeededRng implements Rng {
  readonly kind = 'seedrandom' as const;
  readonly seed: number;
  private prng: seedrandom.StatefulPRNG<Arc4State>;
  private hasGauss = false;
  private gauss = 0;

  constructor(seed: number) {
    if (!Number.isFinite(seed)) throw new RangeError(`seed must be a finite number, got ${seed}`);
    this.seed = seed;
    this.prng = seedrandom(String(seed), { state: true });
  }

  uniform(): number {
    return this.prng();
  }

  normal(): number {
    if (this.hasGauss) {
      const cached = this.gauss;
      this.hasGauss = false;
      this.gauss = 0;
      return cached;
    }
    let x1: number;
    let x2: number;
    let r2: number;
    do {
      x1 = 2 * this.uniform() - 1;
      x2 = 2 * this.uniform() - 1;
      r2 = x1 * x1 + x2 * x2;
    } while (r2 >= 1 || r2 === 0);
    const f = Math.sqrt((-2 * logExact(r2)) / r2);
    this.gauss = f * x1;
    this.hasGauss = true;
    return f * x2;
  }

  int(n: number): number {
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
      value = (this.prng.int32() & mask) >>> 0;
    } while (value > max);
    return value;
  }

  getState(): RngState {
    const state: SeededRngState = { arc4: this.prng.state(), hasGauss: this.hasGauss, gauss: this.gauss };
    return { ...state };
  }

  setState(state: RngState): void {
    const s = state as unknown as SeededRngState;
    if (!s.arc4 || !Array.isArray(s.arc4.S)) throw new TypeError('not a seedrandom stream state');
    this.prng = seedrandom('', { state: { i: s.arc4.i, j: s.arc4.j, S: s.arc4.S.slice() } });
    this.hasGauss = Boolean(s.hasGauss);
    this.gauss = Number(s.gauss);
  }
}

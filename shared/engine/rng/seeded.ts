// The default stream: seedrandom's ARC4 generator keyed by the decimal seed string.
import { maskedInt, polarPair } from './draws';
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
    const pair = polarPair(() => this.uniform(), logExact);
    this.gauss = pair.second;
    this.hasGauss = true;
    return pair.first;
  }

  int(n: number): number {
    return maskedInt(n, () => this.prng.int32());
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

// The random-stream interface every random initializer and data generator draws from.

/** The two streams: numpy's legacy MT19937 stream (bit-exact with numpy.random.seed/randn/uniform) and a seedrandom-based one. */
export type RngKind = 'numpy' | 'seedrandom';

/** A restorable snapshot of a stream's internal state (plain data). */
export type RngState = Record<string, unknown>;

/** A seeded random stream. Never Math.random: randomness is always a value passed in. */
export interface Rng {
  readonly kind: RngKind;
  readonly seed: number;
  /** A double in [0, 1) (numpy: random_sample). */
  uniform(): number;
  /** A standard normal draw (numpy: legacy gauss, Marsaglia polar with a cached second value). */
  normal(): number;
  /** An integer in [0, n) (numpy: legacy bounded-integer rejection sampler where it matters). */
  int(n: number): number;
  getState(): RngState;
  setState(state: RngState): void;
}

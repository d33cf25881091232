// A seeded Rng for the stats tests: seedrandom's ARC4 stream behind the engine's Rng interface.
import seedrandom from 'seedrandom';
import type { Rng, RngState } from '../../shared/engine/rng/types';

/** A minimal seeded Rng (uniform and int are all the statistics draw; normal is Box–Muller). */
export function testRng(seed: number): Rng {
  const prng = seedrandom(String(seed));
  return {
    kind: 'seedrandom',
    seed,
    uniform: () => prng(),
    normal: () => Math.sqrt(-2 * Math.log(1 - prng())) * Math.cos(2 * Math.PI * prng()),
    int: (n: number) => Math.floor(prng() * n),
    getState: (): RngState => ({}),
    setState: () => {
      throw new Error('testRng cannot restore state');
    },
  };
}

// Creating random streams by kind, and the small draws built on them.
import { NumpyRng } from './numpy';
import { SeededRng } from './seeded';
import type { Rng, RngKind } from './types';

export type { Rng, RngKind, RngState } from './types';
export { NumpyRng } from './numpy';
export { SeededRng } from './seeded';

/** The available stream kinds, in the order the UI lists them. */
export const RNG_KINDS = ['seedrandom', 'numpy'] as const satisfies readonly RngKind[];

/** A fresh stream of the given kind, seeded (numpy: np.random.seed(seed); seedrandom: seedrandom(String(seed))). */
export function createRng(kind: RngKind, seed: number): Rng {
  return kind === 'numpy' ? new NumpyRng(seed) : new SeededRng(seed);
}

/** numpy's uniform(lo, hi): lo + (hi − lo) · u with u in [0, 1). */
export function uniformRange(rng: Rng, lo: number, hi: number): number {
  return lo + (hi - lo) * rng.uniform();
}

/** Fills a Float64Array with standard normal draws in order (numpy's randn(r, c) fills row-major). */
export function fillNormal(rng: Rng, out: Float64Array): Float64Array {
  for (let i = 0; i < out.length; i++) out[i] = rng.normal();
  return out;
}

/** In-place Fisher–Yates shuffle from the last element down, as numpy's legacy shuffle does. */
export function shuffleInPlace<T>(rng: Rng, items: { length: number; [i: number]: T }): void {
  for (let i = items.length - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    const t = items[i];
    items[i] = items[j];
    items[j] = t;
  }
}

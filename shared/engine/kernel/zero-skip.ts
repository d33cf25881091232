// When the first layer's products skip the all-zero steps of their input (images are mostly exact zeros), how
// their scratch is planned, and the guard that keeps the skip exact: every A value the product reads is finite,
// else the dense loop runs.
import { zeroSkipBytes, type ZeroSkip } from './gemm';
import type { Func } from './wasm/func';

/** Inputs narrower than this are not worth gathering (the course's and the deep bench's inputs are 2 wide). */
export const SKIP_MIN_INPUTS = 64;

/** A column tile with more non-zero depth steps than this fraction runs the dense loop (gathered steps cost a little more each). */
export const SKIP_DENSE_ABOVE = 0.75;

/** Gathering every tile before the blocks (rows-outer) is planned while that scratch stays this small; else tile by tile. */
export const SKIP_ALL_TILES_MAX_BYTES = 2 << 20;

/** f64x2 vectors per column tile of both first-layer products (SAMPLE_TILE samples, PANEL features: 4 each). */
const VECS = 2;

/** The scratch plan of one skipping product: its largest depth and how many tiles it gathers at once. */
export interface SkipPlan {
  capacity: number;
  tiles: number;
  bytes: number;
}

/** Both first-layer products' plans (they share one scratch), or null when the inputs are too narrow. */
export interface SkipPlans {
  forward: SkipPlan;
  grad: SkipPlan;
  bytes: number;
}

/** Whether a network's first-layer products skip zero inputs (and its layout holds their scratch). */
export function skipsInputZeros(dims: readonly number[]): boolean {
  return dims[0] >= SKIP_MIN_INPUTS;
}

function plan(capacity: number, tiles: number): SkipPlan {
  const all = zeroSkipBytes(capacity, VECS, tiles);
  if (tiles > 1 && all <= SKIP_ALL_TILES_MAX_BYTES) return { capacity, tiles, bytes: all };
  return { capacity, tiles: 1, bytes: zeroSkipBytes(capacity, VECS, 1) };
}

/**
 * The plans for inputs of dims[0] features and batches of up to ld samples: the forward product's depth is the
 * features, its tiles the sample tiles (ld ÷ sampleTile); the weight gradient's depth is the batch, its tiles the
 * whole panels of features (⌊dims[0] ÷ panel⌋).
 */
export function planSkips(dims: readonly number[], ld: number, sampleTile: number, panel: number): SkipPlans | null {
  if (!skipsInputZeros(dims)) return null;
  const forward = plan(dims[0], Math.ceil(ld / sampleTile));
  const grad = plan(ld, Math.floor(dims[0] / panel));
  return { forward, grad, bytes: Math.max(forward.bytes, grad.bytes) };
}

/** The skip of a first-layer product planned by `p` whose A operand is the `doubles` contiguous doubles at byte `base`. */
export function inputSkip(scratch: number, p: SkipPlan, base: number, doubles: number): ZeroSkip {
  return { scratch, capacity: p.capacity, tiles: p.tiles, denseAbove: SKIP_DENSE_ABOVE, guard: (f) => allFinite(f, base, doubles) };
}

/** Emits code leaving 1 on the stack when the `doubles` doubles at byte `base` are all finite, else 0. */
export function allFinite(f: Func, base: number, doubles: number): void {
  const q = f.local('i32');
  const bad = f.local('v128');
  const t = f.local('v128');
  const vectors = Math.floor(doubles / 2);
  // x − x is +0 for a finite x and NaN for ±∞ or NaN; NaN ≠ NaN marks it.
  const mark = (): void => {
    f.tee(t).get(t).f64x2Sub().tee(t).get(t).f64x2Ne().get(bad).v128Or().set(bad);
  };
  f.f64x2Const(0, 0).set(bad);
  if (vectors > 0) {
    f.i32(base).set(q);
    f.loop();
    f.get(q).v128Load();
    mark();
    f.inc(q, 16);
    f.get(q).i32(base + 16 * vectors).i32LtS().brIf(0);
    f.end();
  }
  if (doubles % 2 === 1) {
    f.i32(base + 16 * vectors).load64Splat();
    mark();
  }
  f.get(bad).v128AnyTrue().i32Eqz();
}

// Mean-field signal propagation in wide random networks (Poole et al. 2016, Schoenholz et al. 2017).
//
// With weights W_ij ~ N(0, σ_w²/n) and biases ~ N(0, σ_b²) (or a constant whose square is σ_b²), the
// pre-activations of a wide layer are Gaussian with a length q^l that follows the length map
//   q^l = σ_w² E[φ(√q^{l−1} z)²] + σ_b²,  z ~ N(0, 1),
// and the correlation c^l of two inputs follows the correlation map
//   c^l = (σ_w² E[φ(u₁)φ(u₂)] + σ_b²) / q*,  u₁ = √q* z₁, u₂ = √q* (c z₁ + √(1 − c²) z₂).
// χ₁ = σ_w² E[φ'(√q* z)²] is the slope of the correlation map at c = 1 and the factor by which the
// back-propagated gradient's variance changes per layer: χ₁ < 1 is the ordered phase (inputs merge,
// gradients vanish), χ₁ > 1 the chaotic phase (inputs decorrelate, gradients explode), χ₁ = 1 the edge of
// chaos. Correlations approach c* as e^{−l/ξ_c} with ξ_c = −1/ln χ_c, χ_c = σ_w² E[φ'(u₁)φ'(u₂)] at c*.
import { ACTIVATIONS, activationParams, type ActivationName, type ActivationParams } from '../engine/nn/activations';
import { gaussianExpectation } from './gaussian-expectation';

/** The weight and bias variances that define a point of the mean-field phase diagram. */
export interface MeanFieldPoint {
  /** σ_w²: n_{l−1} · Var(W_l). */
  sigmaW2: number;
  /** σ_b²: Var(b) (or b² for a constant bias). */
  sigmaB2: number;
  activation: ActivationName;
  activationParams?: ActivationParams;
}

/** The mean-field quantities at a point, as the phase diagram reads them. */
export interface MeanFieldSummary {
  /** Fixed point of the length map reached from q⁰ = 1 (0 when the signal dies, Infinity when it grows without bound). */
  qStar: number;
  /** Stable fixed point of the correlation map: 1 in the ordered phase, below 1 in the chaotic one. */
  cStar: number;
  /** σ_w² E[φ'(√q* z)²]. */
  chi1: number;
  /** σ_w² E[φ'(u₁)φ'(u₂)] at c* (equal to χ₁ where c* = 1). */
  chiC: number;
  /** −1/ln χ_c: the depth over which correlations reach c*; Infinity at the edge of chaos. */
  correlationDepth: number;
  phase: MeanFieldPhase;
}

/** Which side of the order-to-chaos line (χ₁ = 1) a point lies on. */
export type MeanFieldPhase = 'ordered' | 'critical' | 'chaotic';

/** |χ₁ − 1| below this counts as critical. */
const CRITICAL_TOLERANCE = 1e-9;
/** The length that stands in for q* = Infinity (large enough for every registry activation's limit). */
const UNBOUNDED_Q = 1e200;
/** Factor by which q* is bracketed: 1e-300..1e300 in at most ~70 steps. */
const BRACKET_STEP = 1024;
/** Root-finding steps before giving up on superlinear convergence (the bracket is still returned). */
const MAX_ROOT_STEPS = 100;

function check(point: MeanFieldPoint): void {
  if (!(point.sigmaW2 >= 0 && Number.isFinite(point.sigmaW2))) throw new RangeError(`sigmaW2 must be finite and ≥ 0, got ${point.sigmaW2}`);
  if (!(point.sigmaB2 >= 0 && Number.isFinite(point.sigmaB2))) throw new RangeError(`sigmaB2 must be finite and ≥ 0, got ${point.sigmaB2}`);
}

/** φ and φ' of a registry activation with its parameters filled in. */
function activationFns(point: MeanFieldPoint): { f: (z: number) => number; df: (z: number) => number } {
  const entry = ACTIVATIONS[point.activation];
  const p = activationParams(point.activation, point.activationParams);
  return { f: (z) => entry.f(z, p), df: (z) => entry.df(z, entry.f(z, p), p) };
}

/** One step of the length map: σ_w² E[φ(√q z)²] + σ_b². */
export function lengthMap(point: MeanFieldPoint, q: number): number {
  check(point);
  const { f } = activationFns(point);
  return point.sigmaW2 * gaussianExpectation((x) => f(x) ** 2, 0, q) + point.sigmaB2;
}

/** q^1..q^depth from q^0 by the length map. */
export function lengthSequence(point: MeanFieldPoint, q0: number, depth: number): number[] {
  const out: number[] = [];
  let q = q0;
  for (let l = 0; l < depth; l++) {
    q = Number.isFinite(q) ? lengthMap(point, q) : q;
    out.push(q);
  }
  return out;
}

/**
 * q*: the fixed point the length map reaches from q0 (default 1). The map is increasing in q, so its iterates
 * move monotonically to the nearest fixed point on the side where lengthMap(q0) lies; that one is found by
 * bracketing and root finding rather than by iterating (which converges only like 1/l near χ₁ = 1).
 * 0 when the signal shrinks to nothing (σ_b² = 0, ordered), Infinity when it grows without bound.
 */
export function qStar(point: MeanFieldPoint, q0 = 1): number {
  check(point);
  if (!(q0 > 0 && Number.isFinite(q0))) throw new RangeError(`q0 must be finite and > 0, got ${q0}`);
  const g = (q: number) => lengthMap(point, q) - q;
  const g0 = g(q0);
  if (g0 === 0) return q0;
  // Bracket by factors of BRACKET_STEP, then solve in log q, where the root's scale is what matters.
  let lo = q0;
  let hi = q0;
  if (g0 > 0) {
    while (g(hi) > 0) {
      lo = hi;
      hi *= BRACKET_STEP;
      if (hi > 1e300) return Infinity;
    }
  } else {
    while (g(lo) < 0) {
      hi = lo;
      lo /= BRACKET_STEP;
      if (lo < 1e-300) return 0;
    }
  }
  return Math.exp(illinois((t) => g(Math.exp(t)), Math.log(lo), Math.log(hi), 1e-15));
}

/**
 * A root of g in [a, b] where g(a) and g(b) differ in sign (or one is 0), by the Illinois variant of regula
 * falsi: superlinear like the secant method, yet it never leaves the bracket. Stops when the bracket is
 * narrower than tol·max(1, |x|) or g is exactly 0.
 */
export function illinois(g: (x: number) => number, a: number, b: number, tol: number): number {
  let fa = g(a);
  let fb = g(b);
  if (fa === 0) return a;
  if (fb === 0) return b;
  if (Math.sign(fa) === Math.sign(fb)) throw new RangeError(`no sign change of g on [${a}, ${b}]`);
  let side = 0;
  for (let i = 0; i < MAX_ROOT_STEPS; i++) {
    const x = (a * fb - b * fa) / (fb - fa);
    const fx = g(x);
    if (fx === 0) return x;
    if (Math.sign(fx) === Math.sign(fb)) {
      b = x;
      fb = fx;
      if (side === -1) fa /= 2;
      side = -1;
    } else {
      a = x;
      fa = fx;
      if (side === 1) fb /= 2;
      side = 1;
    }
    if (Math.abs(b - a) <= tol * Math.max(1, Math.abs(x))) return x;
  }
  return (a + b) / 2;
}

/** χ₁ = σ_w² E[φ'(√q z)²] at length q (default q*). */
export function chi1(point: MeanFieldPoint, q = qStar(point)): number {
  check(point);
  const { df } = activationFns(point);
  // Where q* is unbounded (ReLU-like φ above the line), χ₁ is its limit; for homogeneous φ it does not depend on q.
  return point.sigmaW2 * gaussianExpectation((x) => df(x) ** 2, 0, Number.isFinite(q) ? q : UNBOUNDED_Q);
}

/** E[h₁(u₁) h₂(u₂)] for (u₁, u₂) Gaussian with variance q each and correlation c: u₂ | u₁ ~ N(c·u₁, q(1 − c²)). */
function pairExpectation(h1: (x: number) => number, h2: (x: number) => number, q: number, c: number): number {
  if (c >= 1) return gaussianExpectation((x) => h1(x) * h2(x), 0, q);
  const rest = q * (1 - c * c);
  return gaussianExpectation((x) => {
    const a = h1(x);
    return a === 0 ? 0 : a * gaussianExpectation(h2, c * x, rest);
  }, 0, q);
}

/** One step of the correlation map at length q (default q*): (σ_w² E[φ(u₁)φ(u₂)] + σ_b²) / q. */
export function correlationMap(point: MeanFieldPoint, c: number, q = qStar(point)): number {
  check(point);
  if (!(c >= -1 && c <= 1)) throw new RangeError(`c must be in [−1, 1], got ${c}`);
  const { f } = activationFns(point);
  return (point.sigmaW2 * pairExpectation(f, f, q, c) + point.sigmaB2) / q;
}

/** χ_c = σ_w² E[φ'(u₁)φ'(u₂)] at correlation c and length q (default q*). */
export function chiC(point: MeanFieldPoint, c: number, q = qStar(point)): number {
  const { df } = activationFns(point);
  return point.sigmaW2 * pairExpectation(df, df, q, c);
}

/** Whether φ(−z) = −φ(z) on a few probe points (tanh, linear; not ReLU or sigmoid). */
function isOdd(point: MeanFieldPoint): boolean {
  const { f } = activationFns(point);
  return [0.1, 0.7, 2.3].every((z) => f(-z) === -f(z));
}

/** c*: 1 where χ₁ ≤ 1 (ordered or critical); otherwise the correlation map's fixed point below 1, by root finding. */
export function cStar(point: MeanFieldPoint, q = qStar(point)): number {
  if (!(q > 0 && Number.isFinite(q))) return 1;
  if (chi1(point, q) <= 1 + CRITICAL_TOLERANCE) return 1;
  const g = (c: number) => correlationMap(point, c, q) - c;
  // Just below 1, g is (χ₁ − 1)(1 − c) < 0. At 0 it is (σ_w² E[φ]² + σ_b²)/q ≥ 0, and exactly 0 for an odd φ
  // with σ_b² = 0, whose map is odd too, so c* = 0 there (quadrature leaves g(0) at rounding level).
  if (point.sigmaB2 === 0 && isOdd(point)) return 0;
  let hi = 1 - 1e-6;
  while (g(hi) >= 0 && hi > 0) hi = 1 - (1 - hi) * 10;
  return illinois(g, 0, Math.max(hi, 0), 1e-13);
}

/**
 * ξ_c = −1/ln χ_c for 0 < χ_c < 1; Infinity at χ_c = 1; NaN where χ_c > 1 (only where q* is unbounded, as
 * χ_c < 1 at any stable c* < 1) or not positive, as no depth scale exists there.
 */
export function correlationDepth(chi: number): number {
  if (!(chi > 0) || chi > 1) return NaN;
  const l = Math.log(chi);
  return l === 0 ? Infinity : -1 / l;
}

/** Every mean-field quantity at one point of the (σ_w², σ_b²) plane. */
export function meanField(point: MeanFieldPoint, q0 = 1): MeanFieldSummary {
  const q = qStar(point, q0);
  const x1 = chi1(point, q);
  const phase: MeanFieldPhase = Math.abs(x1 - 1) <= CRITICAL_TOLERANCE ? 'critical' : x1 < 1 ? 'ordered' : 'chaotic';
  const c = phase === 'chaotic' ? cStar(point, q) : 1;
  const xc = c === 1 ? x1 : chiC(point, c, q);
  return { qStar: q, cStar: c, chi1: x1, chiC: xc, correlationDepth: correlationDepth(xc), phase };
}

/**
 * The order-to-chaos line: the σ_w² at which χ₁(q*) = 1 for a given σ_b² (root finding in σ_w² on [lo, hi]; NaN where χ₁ − 1 keeps one sign there).
 * For tanh it is 1 at σ_b² = 0 and about 1.76 at σ_b² = 0.05; for ReLU it is 2 at σ_b² = 0.
 */
export function criticalSigmaW2(sigmaB2: number, activation: ActivationName, options: { activationParams?: ActivationParams; lo?: number; hi?: number } = {}): number {
  const at = (sigmaW2: number) => chi1({ sigmaW2, sigmaB2, activation, activationParams: options.activationParams }) - 1;
  const lo = options.lo ?? 1e-3;
  const hi = options.hi ?? 100;
  if (at(lo) > 0 || at(hi) < 0) return NaN;
  return illinois(at, lo, hi, 1e-13);
}

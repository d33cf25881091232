// The engine's tanh (nn/tanh.ts) over f64x2 lanes, operation for operation: both branches are computed
// and a mask picks per lane; the sign is put back with a bitwise or, which is the scalar code's negation
// for every non-negative result (and keeps ±0 as the scalar code's early return does).
import { TANH } from '../nn/tanh';
import type { Func, Local } from './wasm/func';

/** Scratch vectors of one function, allocated once and shared by every tanh it emits. */
const scratch = new WeakMap<Func, Local[]>();

function locals(f: Func): Local[] {
  let l = scratch.get(f);
  if (!l) {
    l = Array.from({ length: 9 }, () => f.local('v128'));
    scratch.set(f, l);
  }
  return l;
}


const splat = (f: Func, c: number): Func => f.f64x2Const(c, c);

/** Pushes tanh of the vector in local x (x itself is left unchanged). */
export function emitTanh(f: Func, x: Local): void {
  const [ax, s, q, y, k, g, gg, a, mask] = locals(f);
  f.get(x).f64x2Abs().tee(ax);
  splat(f, TANH.small).f64x2Lt().set(mask);
  f.get(ax).get(ax).f64x2Mul().set(s);
  // Small branch: P(s) into y, Q(s) into q.
  splat(f, TANH.p[0]).get(s).f64x2Mul();
  splat(f, TANH.p[1]).f64x2Add().get(s).f64x2Mul();
  splat(f, TANH.p[2]).f64x2Add().set(y);
  f.get(s);
  splat(f, TANH.q[0]).f64x2Add().get(s).f64x2Mul();
  splat(f, TANH.q[1]).f64x2Add().get(s).f64x2Mul();
  splat(f, TANH.q[2]).f64x2Add().set(q);
  // Large branch: c = min(ax, clamp), g = 2c − k·ln2Hi − k·ln2Lo with k = round(2c·log2 e), taken from
  // t = 2c·log2 e + 1.5·2^52, whose low bits give 2^k once shifted into the exponent field.
  f.get(ax);
  splat(f, TANH.clamp).f64x2Pmin().tee(g).get(g).f64x2Add().tee(g);
  splat(f, TANH.log2e).f64x2Mul();
  splat(f, TANH.round).f64x2Add().tee(k);
  f.i64x2Const(1023).i64x2Add().i32(52).i64x2Shl().set(a);
  f.get(k);
  splat(f, TANH.round).f64x2Sub().set(k);
  f.get(g).get(k);
  splat(f, TANH.ln2Hi).f64x2Mul().f64x2Sub().get(k);
  splat(f, TANH.ln2Lo).f64x2Mul().f64x2Sub().tee(g).get(g).f64x2Mul().set(gg);
  // pg = g·((e0·gg + e1)·gg + e2) into g; qg into k.
  f.get(g);
  splat(f, TANH.e[0]).get(gg).f64x2Mul();
  splat(f, TANH.e[1]).f64x2Add().get(gg).f64x2Mul();
  splat(f, TANH.e[2]).f64x2Add().f64x2Mul().set(g);
  splat(f, TANH.f[0]).get(gg).f64x2Mul();
  splat(f, TANH.f[1]).f64x2Add().get(gg).f64x2Mul();
  splat(f, TANH.f[2]).f64x2Add().get(gg).f64x2Mul();
  splat(f, TANH.f[3]).f64x2Add().set(k);
  // b = (qg + pg)·2^k into gg; then a = qg − pg.
  f.get(k).get(g).f64x2Add().get(a).f64x2Mul().set(gg);
  f.get(k).get(g).f64x2Sub().set(a);
  // One division for both branches: P/Q where small, 2a/(b + a) elsewhere.
  f.get(y).get(a).get(a).f64x2Add().get(mask).v128Bitselect();
  f.get(q).get(gg).get(a).f64x2Add().get(mask).v128Bitselect();
  f.f64x2Div().set(y);
  // small = ax + ax·s·d, large = 1 − d; pick per lane, then or in x's sign bit.
  f.get(ax).get(ax).get(s).f64x2Mul().get(y).f64x2Mul().f64x2Add();
  splat(f, 1).get(y).f64x2Sub();
  f.get(mask).v128Bitselect();
  f.get(x);
  splat(f, -0).v128And().v128Or();
}

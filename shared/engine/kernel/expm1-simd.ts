// The engine's e^x − 1 (nn/expm1.ts) over f64x2 lanes, operation for operation: both branches share the
// polynomials and the one division, and masks pick per lane where the scalar code branches.
import { EXPM1 } from '../nn/expm1';
import { TANH } from '../nn/tanh';
import type { Func, Local } from './wasm/func';

/** Scratch vectors of one function, allocated once and shared by every expm1 it emits. */
const scratch = new WeakMap<Func, Local[]>();

function locals(f: Func): Local[] {
  let l = scratch.get(f);
  if (!l) {
    l = Array.from({ length: 7 }, () => f.local('v128'));
    scratch.set(f, l);
  }
  return l;
}

const splat = (f: Func, c: number): Func => f.f64x2Const(c, c);

/** Pushes e^x − 1 of the vector in local x (x itself is left unchanged). */
export function emitExpm1(f: Func, x: Local): void {
  const [mask, c, k, pow, g, gg, pg] = locals(f);
  f.get(x).f64x2Abs();
  splat(f, EXPM1.small).f64x2Lt().set(mask);
  // c = x clamped to [low, high]; t = c·log2 e + 1.5·2^52 gives 2^k from its low bits; k = 0 where small.
  f.get(x);
  splat(f, EXPM1.low).f64x2Pmax();
  splat(f, EXPM1.high).f64x2Pmin().tee(c);
  splat(f, TANH.log2e).f64x2Mul();
  splat(f, TANH.round).f64x2Add().tee(k);
  f.i64x2Const(1023).i64x2Add().i32(52).i64x2Shl().set(pow);
  splat(f, 0).get(k);
  splat(f, TANH.round).f64x2Sub().get(mask).v128Bitselect().set(k);
  f.get(c).get(k);
  splat(f, TANH.ln2Hi).f64x2Mul().f64x2Sub().get(k);
  splat(f, TANH.ln2Lo).f64x2Mul().f64x2Sub().tee(g).get(g).f64x2Mul().set(gg);
  f.get(g);
  splat(f, TANH.e[0]).get(gg).f64x2Mul();
  splat(f, TANH.e[1]).f64x2Add().get(gg).f64x2Mul();
  splat(f, TANH.e[2]).f64x2Add().f64x2Mul().set(pg);
  splat(f, TANH.f[0]).get(gg).f64x2Mul();
  splat(f, TANH.f[1]).f64x2Add().get(gg).f64x2Mul();
  splat(f, TANH.f[2]).f64x2Add().get(gg).f64x2Mul();
  splat(f, TANH.f[3]).f64x2Add().set(g);
  // d = (small ? pg : qg + pg)/(qg − pg); small: d + d, else d·2^k − 1.
  f.get(pg).get(g).get(pg).f64x2Add().get(mask).v128Bitselect();
  f.get(g).get(pg).f64x2Sub().f64x2Div().set(g);
  f.get(g).get(g).f64x2Add();
  f.get(g).get(pow).f64x2Mul();
  splat(f, 1).f64x2Sub();
  f.get(mask).v128Bitselect();
  // +∞ past high (NaN fails the comparison and stays NaN).
  f.set(g);
  splat(f, Infinity).get(g).get(x);
  splat(f, EXPM1.high).f64x2Gt().v128Bitselect();
}

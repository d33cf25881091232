// numpy's pairwise summation as a WebAssembly function, term for term the same as nn/sum.ts's pairwiseSum
// (numpy's np.sum order): the bias gradients the kernels produce round exactly as the scalar path's do.
import { Func } from './wasm/func';

const BLOCK = 128;

/** `psum(p, n) -> f64`: the pairwise sum of the n doubles at byte address p; it calls itself at `selfIndex`. */
export function pairwiseSumKernel(selfIndex: number): Func {
  const f = new Func('psum', ['i32', 'i32'], ['f64']);
  const [p, n] = f.params;
  const i = f.local('i32');
  const end = f.local('i32');
  const half = f.local('i32');
  const res = f.local('f64');
  // The 8 running sums r0..r7 as four lane pairs: lane-wise adds are the scalar adds.
  const r = [f.local('v128'), f.local('v128'), f.local('v128'), f.local('v128')];
  // res += p[i] for i up to n, left to right, then return res (both the short sum and a block's tail end so).
  const addRestAndReturn = () => {
    f.block().loop();
    f.get(i).get(n).i32LtS().i32Eqz().brIf(1);
    f.get(res).get(i).i32(8).i32Mul().get(p).i32Add().f64Load().f64Add().set(res);
    f.inc(i, 1).br(0);
    f.end().end();
    f.get(res).return();
  };

  // n < 8: a plain left-to-right sum from 0.
  f.get(n).i32(8).i32LtS().if();
  f.f64(0).set(res).i32(0).set(i);
  addRestAndReturn();
  f.end();

  // 8 ≤ n ≤ 128: eight running sums, combined as r0 + r1 + (r2 + r3) + (r4 + r5 + (r6 + r7)), then the tail.
  f.get(n).i32(BLOCK).i32LeS().if();
  for (let k = 0; k < 4; k++) f.get(p).v128Load(16 * k).set(r[k]);
  f.get(n).get(n).i32(8).i32RemU().i32Sub().set(end);
  f.i32(8).set(i);
  f.block().loop();
  f.get(i).get(end).i32LtS().i32Eqz().brIf(1);
  f.get(i).i32(8).i32Mul().get(p).i32Add().set(half);
  for (let k = 0; k < 4; k++) f.get(r[k]).get(half).v128Load(16 * k).f64x2Add().set(r[k]);
  f.inc(i, 8).br(0);
  f.end().end();
  const lane = (k: number, l: 0 | 1): Func => f.get(r[k]).f64x2Extract(l);
  lane(0, 0); lane(0, 1); f.f64Add();
  lane(1, 0); lane(1, 1); f.f64Add();
  f.f64Add();
  lane(2, 0); lane(2, 1); f.f64Add();
  lane(3, 0); lane(3, 1); f.f64Add();
  f.f64Add();
  f.f64Add().set(res);
  addRestAndReturn();
  f.end();

  // n > 128: split at half rounded down to a multiple of 8, and add the two halves' sums.
  f.get(n).i32(2).i32DivU().tee(half).get(half).i32(8).i32RemU().i32Sub().set(half);
  f.get(p).get(half).call(selfIndex);
  f.get(p).get(half).i32(8).i32Mul().i32Add().get(n).get(half).i32Sub().call(selfIndex);
  f.f64Add();
  return f;
}

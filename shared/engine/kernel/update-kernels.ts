// The optimizers' update rules (optim/) as WebAssembly functions over arrays in a kernel memory, two doubles
// at a time: each lane does the JavaScript rule's operations in its order, so the parameters come out the same.
import { Func, type Local } from './wasm/func';

/** Loads, stores and operands a rule is written with; arrays and scalars are numbered as the rule declares them. */
interface RuleContext {
  /** Pushes the two doubles of array a at the current position. */
  load(a: number): void;
  /** Stores local v into array a at the current position. */
  store(a: number, v: Local): void;
  /** Scalar s, in both lanes. */
  scalar(s: number): Local;
  /** A fresh v128 local. */
  temp(): Local;
}

/** An elementwise update of a parameter array (array 0) from its gradient and state arrays. */
interface UpdateRule {
  /** Pointer parameters: the parameters first, then the gradient, then any state. */
  arrays: number;
  /** f64 parameters after the count. */
  scalars: number;
  /** Emits one step on the current two doubles and returns the local holding the new parameters (not yet stored). */
  emit(f: Func, c: RuleContext): Local;
}

/** The update rules by export name, each the same arithmetic as its optim/ file. */
export const UPDATE_RULES = {
  // gd.ts: W ← W − lr·dW. Scalars: lr.
  gd: {
    arrays: 2,
    scalars: 1,
    emit(f, c) {
      const w = c.temp();
      c.load(0);
      f.get(c.scalar(0));
      c.load(1);
      f.f64x2Mul().f64x2Sub().set(w);
      return w;
    },
  },
  // momentum.ts: v ← β·v + (1 − β)·g, W ← W − lr·v. Scalars: lr, β, 1 − β. Arrays: W, g, v.
  momentum: {
    arrays: 3,
    scalars: 3,
    emit(f, c) {
      const v = c.temp();
      const w = c.temp();
      f.get(c.scalar(1));
      c.load(2);
      f.f64x2Mul().get(c.scalar(2));
      c.load(1);
      f.f64x2Mul().f64x2Add().set(v);
      c.store(2, v);
      c.load(0);
      f.get(c.scalar(0)).get(v).f64x2Mul().f64x2Sub().set(w);
      return w;
    },
  },
  // adam.ts: m ← β1·m + (1 − β1)·g, s ← β2·s + (1 − β2)·g·g, W ← W − (lr·(m/c1))/(√(s/c2) + ε).
  // Scalars: lr, β1, 1 − β1, β2, 1 − β2, c1, c2, ε. Arrays: W, g, m, s.
  adam: {
    arrays: 4,
    scalars: 8,
    emit(f, c) {
      const g = c.temp();
      const m = c.temp();
      const s = c.temp();
      const w = c.temp();
      c.load(1);
      f.set(g);
      f.get(c.scalar(1));
      c.load(2);
      f.f64x2Mul().get(c.scalar(2)).get(g).f64x2Mul().f64x2Add().set(m);
      c.store(2, m);
      f.get(c.scalar(3));
      c.load(3);
      f.f64x2Mul().get(c.scalar(4)).get(g).f64x2Mul().get(g).f64x2Mul().f64x2Add().set(s);
      c.store(3, s);
      c.load(0);
      f.get(c.scalar(0)).get(m).get(c.scalar(5)).f64x2Div().f64x2Mul();
      f.get(s).get(c.scalar(6)).f64x2Div().f64x2Sqrt().get(c.scalar(7)).f64x2Add();
      f.f64x2Div().f64x2Sub().set(w);
      return w;
    },
  },
} as const satisfies Record<string, UpdateRule>;

/** An update rule's export name. */
export type UpdateRuleName = keyof typeof UPDATE_RULES;

/** Bytes of one entry of an update's table: the arrays' addresses, then the length, as i32s. */
export function tableEntryBytes(name: UpdateRuleName): number {
  return 4 * (UPDATE_RULES[name].arrays + 1);
}

/**
 * `name(table, count, scalars…) -> f64`: one update of `count` parameter arrays, entry e of the table at byte
 * address `table` giving the addresses of array e's parameters, gradient and state (16-byte aligned) and its length.
 * Returns Σ W·0 over the new parameters: ±0 when every one is finite, NaN otherwise (train/params.ts's test).
 */
export function updateKernel(name: UpdateRuleName): Func {
  const rule: UpdateRule = UPDATE_RULES[name];
  const f = new Func(name, ['i32', 'i32', ...Array<'f64'>(rule.scalars).fill('f64')], ['f64']);
  const [table, count] = f.params;
  const scalars = f.params.slice(2).map((x) => {
    const v = f.local('v128');
    f.get(x).f64x2Splat().set(v);
    return v;
  });
  const ptrs = Array.from({ length: rule.arrays }, () => f.local('i32'));
  const n = f.local('i32');
  const entry = f.local('i32');
  const stop = f.local('i32');
  const at = f.local('i32');
  const end = f.local('i32');
  const acc = f.local('v128');
  const temps: Local[] = [];
  // Each body emission takes its temporaries afresh from the same pool.
  const body = (whole: boolean): void => {
    let used = 0;
    const w = rule.emit(f, {
      load: (a) => void (whole ? f.get(ptrs[a]).get(at).i32Add().v128Load() : f.get(ptrs[a]).get(at).i32Add().load64Splat()),
      store: (a, v) => void (whole ? f.get(ptrs[a]).get(at).i32Add().get(v).v128Store() : f.get(ptrs[a]).get(at).i32Add().get(v).store64Lane(0)),
      scalar: (s) => scalars[s],
      temp: () => {
        if (used === temps.length) temps.push(f.local('v128'));
        return temps[used++];
      },
    });
    f.get(ptrs[0]).get(at).i32Add().get(w);
    if (whole) f.v128Store();
    else f.store64Lane(0);
    f.get(acc).get(w).f64x2Const(0, 0).f64x2Mul().f64x2Add().set(acc);
  };
  const entryBytes = tableEntryBytes(name);
  f.f64x2Const(0, 0).set(acc);
  f.get(table).set(entry);
  f.get(count).i32(entryBytes).i32Mul().get(table).i32Add().set(stop);
  f.block().loop();
  f.get(entry).get(stop).i32GeS().brIf(1);
  ptrs.forEach((p, a) => f.get(entry).i32Load(4 * a).set(p));
  f.get(entry).i32Load(4 * rule.arrays).set(n);
  f.i32(0).set(at);
  // Pairs of doubles up to the last even count, then a last odd one in both lanes of a vector.
  f.get(n).i32(8).i32Mul().i32(-16).i32And().set(end);
  f.block().loop();
  f.get(at).get(end).i32GeS().brIf(1);
  body(true);
  f.inc(at, 16).br(0);
  f.end().end();
  f.get(n).i32(1).i32And().if();
  body(false);
  f.end();
  f.inc(entry, entryBytes).br(0);
  f.end().end();
  f.get(acc).f64x2Extract(0).get(acc).f64x2Extract(1).f64Add();
  return f;
}

// The fast path's parameter update: the run's optimizer (optim/) and the divergence test (train/params.ts) in
// one WebAssembly call and one pass over the parameters in the kernels' memory, the optimizer's state kept there
// too, after it the table of arrays the call walks.
import type { OptimizerName, OptimizerSettings } from '../optim';
import type { KernelNet } from './instance';
import type { SharedFunctions } from './shared-module';
import { tableEntryBytes, type UpdateRuleName } from './update-kernels';

/** An update function of the shared module: (table, count, scalars…) → Σ W·0 (update-kernels.ts). */
type UpdateFunction = (...args: number[]) => number;

/** How the kernels run one optimizer of the registry: its rule and its state arrays. */
interface KernelOptimizer {
  rule: UpdateRuleName;
  /** Parameter-shaped state arrays (velocities, moments), zero at the start. */
  state: number;
  /** Update t (from 1): calls the rule with the table and the scalars it takes, computed as the optim/ file computes them. */
  step(run: UpdateFunction, table: number, count: number, s: OptimizerSettings, t: number): number;
}

const plain: KernelOptimizer = { rule: 'gd', state: 0, step: (run, table, count, s) => run(table, count, s.lr) };

/** Every optimizer of the registry (optim/index.ts). */
const KERNEL_OPTIMIZERS: Record<OptimizerName, KernelOptimizer> = {
  gd: plain,
  sgd: plain,
  momentum: { rule: 'momentum', state: 1, step: (run, table, count, s) => run(table, count, s.lr, s.momentum, 1 - s.momentum) },
  adam: {
    rule: 'adam',
    state: 2,
    step: (run, table, count, s, t) =>
      run(table, count, s.lr, s.beta1, 1 - s.beta1, s.beta2, 1 - s.beta2, 1 - s.beta1 ** t, 1 - s.beta2 ** t, s.epsilon),
  },
};

/** The bytes of 16-byte aligned doubles. */
const aligned = (doubles: number): number => Math.ceil(doubles / 2) * 16;

/** Bytes of one parameter-shaped array in kernel memory: every W[l] and b[l], each 16-byte aligned. */
function paramBytes(dims: readonly number[]): number {
  let bytes = 0;
  for (let l = 1; l < dims.length; l++) bytes += aligned(dims[l] * dims[l - 1]) + aligned(dims[l]);
  return bytes;
}

/** Bytes of the table: one entry per W[l] and b[l]. */
function tableBytes(dims: readonly number[], rule: UpdateRuleName): number {
  return Math.ceil((2 * (dims.length - 1) * tableEntryBytes(rule)) / 16) * 16;
}

/** Bytes of kernel memory the optimizer's state and table take for a network of these layer sizes (KernelNetSpec.stateBytes). */
export function updateStateBytes(dims: readonly number[], optimizer: OptimizerName): number {
  const opt = KERNEL_OPTIMIZERS[optimizer];
  return opt.state * paramBytes(dims) + tableBytes(dims, opt.rule);
}

/**
 * One update of the net's parameters from its gradients with the named optimizer, then whether every weight and
 * bias is finite: what runLoop's registry optimizer and paramsFinite do, bit for bit. The net must have been
 * created with updateStateBytes(dims, name) of state, and `fns` be the shared functions on its memory.
 */
export function createKernelUpdate(net: KernelNet, fns: SharedFunctions, name: OptimizerName, settings: OptimizerSettings): () => boolean {
  const opt = KERNEL_OPTIMIZERS[name];
  const run = fns.update[opt.rule];
  const { dims, layers } = net.layout;
  const block = paramBytes(dims);
  const need = updateStateBytes(dims, name);
  if ((net.spec.stateBytes ?? 0) < need) throw new RangeError(`${name} needs ${need} bytes of state in the kernels' memory`);
  // Each parameter array's entry: its address, its gradient's and its state's (one block per state array), and its length.
  const table = net.stateAt + opt.state * block;
  const entries: number[] = [];
  let offset = 0;
  const add = (param: number, grad: number, n: number): void => {
    entries.push(param, grad, ...Array.from({ length: opt.state }, (_, k) => net.stateAt + k * block + offset), n);
    offset += aligned(n);
  };
  for (let l = 1; l < dims.length; l++) {
    add(layers[l].W, layers[l].dW, dims[l] * dims[l - 1]);
    add(layers[l].b, layers[l].db, dims[l]);
  }
  new Int32Array(net.memory.buffer, table, entries.length).set(entries);
  const count = 2 * (dims.length - 1);
  let t = 0;
  return () => opt.step(run, table, count, settings, ++t) === 0;
}

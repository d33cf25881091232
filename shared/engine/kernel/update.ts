// The fast path's parameter update: the run's optimizer (optim/) and the divergence test (train/params.ts) in
// one WebAssembly pass over each parameter array in the kernels' memory, the optimizer's state kept there too.
import type { OptimizerName, OptimizerSettings } from '../optim';
import type { KernelNet } from './instance';
import type { SharedFunctions } from './shared-module';
import type { UpdateRuleName } from './update-kernels';

/** How the kernels run one optimizer of the registry: its rule, its state arrays and the rule's scalars at update t (from 1). */
interface KernelOptimizer {
  rule: UpdateRuleName;
  /** Parameter-shaped state arrays (velocities, moments), zero at the start. */
  state: number;
  scalars(s: OptimizerSettings, t: number): number[];
}

const plain: KernelOptimizer = { rule: 'gd', state: 0, scalars: (s) => [s.lr] };

/** Every optimizer of the registry (optim/index.ts), with the scalars its rule takes, computed as its optim/ file computes them. */
const KERNEL_OPTIMIZERS: Record<OptimizerName, KernelOptimizer> = {
  gd: plain,
  sgd: plain,
  momentum: { rule: 'momentum', state: 1, scalars: (s) => [s.lr, s.momentum, 1 - s.momentum] },
  adam: {
    rule: 'adam',
    state: 2,
    scalars: (s, t) => [s.lr, s.beta1, 1 - s.beta1, s.beta2, 1 - s.beta2, 1 - s.beta1 ** t, 1 - s.beta2 ** t, s.epsilon],
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

/** Bytes of kernel memory the optimizer's state takes for a network of these layer sizes (KernelNetSpec.stateBytes). */
export function updateStateBytes(dims: readonly number[], optimizer: OptimizerName): number {
  return KERNEL_OPTIMIZERS[optimizer].state * paramBytes(dims);
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
  if ((net.spec.stateBytes ?? 0) < opt.state * block) throw new RangeError(`${name} needs ${opt.state * block} bytes of state in the kernels' memory`);
  // Each parameter array: its address, its gradient's and its state's (one block per state array), and its length.
  const arrays: { at: number[]; n: number }[] = [];
  let offset = 0;
  const add = (param: number, grad: number, n: number): void => {
    arrays.push({ at: [param, grad, ...Array.from({ length: opt.state }, (_, k) => net.stateAt + k * block + offset)], n });
    offset += aligned(n);
  };
  for (let l = 1; l < dims.length; l++) {
    add(layers[l].W, layers[l].dW, dims[l] * dims[l - 1]);
    add(layers[l].b, layers[l].db, dims[l]);
  }
  let t = 0;
  return () => {
    t++;
    const scalars = opt.scalars(settings, t);
    let zero = 0;
    for (const { at, n } of arrays) zero += run(...at, n, ...scalars);
    return zero === 0;
  };
}

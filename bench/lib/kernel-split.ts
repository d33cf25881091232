// One training iteration of the fast path split by kernel: each kind (forward products, weight gradients,
// gradients passed down, bias sums, output layer) run over every layer many times, timed by process CPU
// time, on a prepared run's data and initial parameters. Shows where an iteration's time goes.
import { createKernelNet } from '../../shared/engine/kernel/instance';
import { createOutputPass } from '../../shared/engine/kernel/output';
import { loadInputSet } from '../../shared/engine/kernel/load-set';
import { paddedCount } from '../../shared/engine/kernel/passes';
import type { RunSetup } from '../../shared/engine/train';

/** One kind of kernel: milliseconds per iteration and GFLOP/s (NaN where no products are counted). */
export interface KernelShare {
  kind: string;
  ms: number;
  gflops: number;
}

/** The split for batches of n samples (the first n training samples), `reps` iterations per kind. */
export function kernelSplit(setup: RunSetup, n: number, reps: number): KernelShare[] {
  const dims = setup.net.dims;
  const L = dims.length - 1;
  const net = createKernelNet({ dims, activation: setup.net.hiddenName, activationParams: setup.net.hiddenParams, capacity: n });
  for (let l = 0; l < L; l++) {
    net.params.W[l].set(setup.initialParams.W[l]);
    net.params.b[l].set(setup.initialParams.b[l]);
  }
  loadInputSet(net, setup.xTrain, setup.dataset.yTrain, n);
  const output = createOutputPass(net.layout.capacity, dims[L]);
  output.setLabels(net.Y, n);
  const nPad = paddedCount(n);
  const macs = (l: number) => 2 * dims[l] * dims[l - 1] * n;
  let products = 0;
  for (let l = 2; l <= L; l++) products += macs(l);
  const kinds: [string, number, () => void][] = [
    ['forward', products + macs(1), () => { for (let l = 1; l <= L; l++) net.fwd[l](nPad); }],
    ['output', NaN, () => void output.run(net.Z[L], net.A[L], net.Y, net.dZ[L], n, setup.config.loss, net.layout.ld)],
    ['weight gradients', products + macs(1), () => { for (let l = L; l >= 1; l--) net.grad[l](n); }],
    ['bias sums', NaN, () => { for (let l = L; l >= 1; l--) net.bias[l](n); }],
    ['passed down', products, () => { for (let l = L; l >= 2; l--) net.down[l](nPad); }],
  ];
  const cpu = () => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  };
  // Warm up first: V8 compiles the kernels' optimized code once they have run a while.
  for (const [, , run] of kinds) for (let r = 0; r < Math.max(10, reps / 4); r++) run();
  return kinds.map(([kind, flops, run]) => {
    const start = cpu();
    for (let r = 0; r < reps; r++) run();
    const ms = (cpu() - start) / reps;
    return { kind, ms, gflops: flops / ms / 1e6 };
  });
}

/** The split as one line: each kind's milliseconds (and GFLOP/s where counted), then their total. */
export function splitLine(shares: KernelShare[]): string {
  const total = shares.reduce((s, k) => s + k.ms, 0);
  const parts = shares.map((k) => `${k.kind} ${k.ms.toFixed(2)} ms${Number.isNaN(k.gflops) ? '' : ` (${k.gflops.toFixed(1)} GFLOP/s)`}`);
  return `${parts.join(', ')}; kernels ${total.toFixed(2)} ms per iteration`;
}

// Whether the fast path can train a run, and why not when it cannot.
import type { RunSetup } from '../train/setup';
import { planLayout } from './layout';
import { updateStateBytes } from './update';
import { simdUnavailable } from './wasm/probe';

/** The most linear memory one network's kernels may take (well inside WebAssembly's 32-bit address space). */
export const MAX_KERNEL_BYTES = 2 ** 30;

/** Null when the kernels can train the run, else the reason they cannot. */
export function fastPathUnsupported(setup: RunSetup): string | null {
  const simd = simdUnavailable();
  if (simd) return simd;
  const { dataset, config } = setup;
  const capacity = Math.max(1, dataset.nTrain, dataset.nTest, config.optimizer.batchSize ?? 0);
  const bytes = planLayout(setup.net.dims, capacity).bytes + updateStateBytes(setup.net.dims, config.optimizer.name);
  if (bytes > MAX_KERNEL_BYTES) return `the network needs ${bytes} bytes of kernel memory (at most ${MAX_KERNEL_BYTES})`;
  return null;
}

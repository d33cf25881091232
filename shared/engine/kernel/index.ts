// The fast training path: WebAssembly SIMD kernels generated from the layer sizes, bit-identical to the reference loop.
export { trainFast } from './train-fast';
export { fastPathUnsupported } from './supports';
export { createKernelNet } from './instance';
export type { KernelNet, KernelNetSpec } from './instance';

// The functions of one network's module: per layer forward, weight and bias gradients and the gradient
// passed down, and (when every hidden activation is fused) whole passes that call them in order, so a
// training iteration crosses from JavaScript into WebAssembly twice rather than once per kernel.
import { biasKernel, downKernel, gradKernel } from './backward-kernel';
import { forwardKernel, type FusedChoice } from './forward-kernel';
import { FUSED_ACTIVATIONS } from './fused';
import type { Layout } from './layout';
import { pairwiseSumKernel } from './pairwise-sum';
import type { SparsePlan } from './sparse-layout';
import { sparseDownKernel, sparseForwardKernel, sparseGradKernel } from './sparse-relu';
import { Func } from './wasm/func';

/**
 * Every function of a network's module, in module order (their index is their position). With a sparse plan
 * the hidden layers' forward products and every product passed down skip ReLU's zeros (sparse-relu.ts).
 */
export function kernelFunctions(layout: Layout, fused: FusedChoice | null, sparse: SparsePlan | null = null): Func[] {
  const L = layout.dims.length - 1;
  const funcs: Func[] = [];
  const index = new Map<string, number>();
  const add = (f: Func): void => {
    index.set(f.exportName, funcs.length);
    funcs.push(f);
  };
  add(pairwiseSumKernel(0));
  for (let l = 1; l <= L; l++) {
    const layerFused = l < L ? fused : null;
    if (sparse && l < L) {
      add(sparseForwardKernel(layout, sparse, l, true));
      add(sparseForwardKernel(layout, sparse, l, false));
    } else {
      add(forwardKernel(layout, l, layerFused, true));
      // A variant that skips Z, for the iterations that record nothing, where the backward pass reads only A.
      if (layerFused && FUSED_ACTIVATIONS[layerFused.name].derivativeFrom === 'a') add(forwardKernel(layout, l, layerFused, false));
    }
    add(sparse && l >= 2 && l < L ? sparseGradKernel(layout, sparse, l) : gradKernel(layout, l));
    add(biasKernel(layout, l, index.get('psum')!));
    if (l >= 2) add(sparse ? sparseDownKernel(layout, sparse, l) : downKernel(layout, l, fused));
  }
  if (!fused) return funcs;
  const call = (f: Func, name: string, ...args: (0 | 1)[]): void => {
    for (const a of args) f.get(f.params[a]);
    f.call(index.get(name)!);
  };
  const pass = (name: string, withZ: boolean): Func => {
    const f = new Func(name, ['i32']);
    for (let l = 1; l <= L; l++) call(f, index.has(`fwd${l}`) && !withZ ? `fwd${l}` : index.has(`fwdz${l}`) ? `fwdz${l}` : `fwd${l}`, 0);
    return f;
  };
  add(pass('forward', false));
  add(pass('forwardZ', true));
  // backward(n, nPad): the weight and bias gradients sum over the n samples, the products passed down run over nPad.
  const back = new Func('backward', ['i32', 'i32']);
  for (let l = L; l >= 1; l--) {
    call(back, `grad${l}`, 0);
    call(back, `bias${l}`, 0);
    if (l >= 2) call(back, `down${l}`, 1);
  }
  add(back);
  return funcs;
}

// Picking layers out of a checkpoint: hidden ones, and a statistic per layer as a trend's input.
import type { Checkpoint, LayerStats } from '../engine/types';
import type { LayerValue } from './layer-trend';

/** The hidden layers (every layer but the output, sigmoid or softmax). */
export function hiddenLayers(layers: readonly LayerStats[]): LayerStats[] {
  return layers.slice(0, -1);
}

/** A layer's unit distinctness; all-zero weights (0/0) count as identical units. */
export function distinctness(l: LayerStats | undefined): number {
  if (!l) return 1;
  return Number.isFinite(l.symmetry) ? l.symmetry : l.wStd === 0 ? 0 : 1;
}

/** Pre-activation std of every hidden layer, input side first. */
export function forwardProfile(c: Checkpoint): LayerValue[] {
  return hiddenLayers(c.layers).map((l) => ({ layer: l.layer, value: l.zStd }));
}

/** What a gradient profile is made of: the back-propagated dA, or dW for checkpoints recorded before dA was. */
export interface GradientProfile {
  values: LayerValue[];
  stat: 'dA' | 'dW';
}

/**
 * Gradient std along the backward direction (output side first): dA of the hidden layers, last hidden layer
 * first; for checkpoints without dA, dW of every layer, output first.
 */
export function backwardProfile(c: Checkpoint): GradientProfile {
  const hidden = hiddenLayers(c.layers);
  if (hidden.some((l) => !Number.isNaN(l.daStd ?? NaN))) {
    return { values: hidden.map((l) => ({ layer: l.layer, value: l.daStd })).reverse(), stat: 'dA' };
  }
  return { values: c.layers.map((l) => ({ layer: l.layer, value: l.dwStd })).reverse(), stat: 'dW' };
}

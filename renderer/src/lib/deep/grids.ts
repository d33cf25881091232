// Per-layer statistics of a run's checkpoints arranged for the deep views: a layer × iteration grid per
// statistic, and one curve per chosen layer.
import type { Checkpoint, LayerStats } from '../../../../shared/engine/types';
import type { HeatmapGrid } from './heatmap';
import type { RawCurve } from './traceSeries';

/** The statistics the deep views draw, by key, with how they are named. */
export const DEEP_STATS = {
  aStd: { label: 'std(A)', title: 'activations' },
  zStd: { label: 'std(Z)', title: 'pre-activations' },
  daStd: { label: 'std(dA)', title: 'back-propagated gradients' },
  dwStd: { label: 'std(dW)', title: 'weight gradients' },
} as const satisfies Partial<Record<keyof LayerStats, { label: string; title: string }>>;

/** A statistic the deep views draw. */
export type DeepStat = keyof typeof DEEP_STATS;

/** Every layer of the first checkpoint (1 … L), the rows of every grid. */
export function layersOf(checkpoints: readonly Checkpoint[]): number[] {
  return (checkpoints[0]?.layers ?? []).map((l) => l.layer);
}

/** The layer × iteration grid of one statistic; a layer missing from a checkpoint reads NaN. */
export function statGrid(checkpoints: readonly Checkpoint[], stat: DeepStat): HeatmapGrid {
  const layers = layersOf(checkpoints);
  const values = layers.map((layer, r) => checkpoints.map((c) => (c.layers[r]?.layer === layer ? c.layers[r] : c.layers.find((l) => l.layer === layer))?.[stat] ?? NaN));
  return { layers, iterations: checkpoints.map((c) => c.iteration), values };
}

/** One curve per chosen layer: the statistic over the checkpoints' iterations. */
export function layerCurves(checkpoints: readonly Checkpoint[], stat: DeepStat, layers: readonly number[], color: (i: number) => string, dashed = false): RawCurve[] {
  return layers.map((layer, i) => ({
    id: `${stat}-${layer}`,
    label: `layer ${layer} ${DEEP_STATS[stat].label}`,
    color: color(i),
    dashed,
    points: checkpoints.map((c) => ({ x: c.iteration, y: c.layers.find((l) => l.layer === layer)?.[stat] ?? NaN })),
  }));
}

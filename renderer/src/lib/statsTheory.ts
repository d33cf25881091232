// Theory against measurement at initialization: per arm and layer, the Var(Z) the initializer's formula predicts
// (fan-in propagation from shared/stats, through lib/theory) beside zStd² measured at iteration 0 over the seeds.
import { readRunConfig } from './runConfig';
import { inputSecondMoment } from './datasetPoints';
import type { ArmGroup } from './statsArms';
import { predictZStd } from './theory';

/** One layer's predicted and measured Var(Z). Measured values are over the seeds with an iteration-0 checkpoint. */
export interface LayerVariance {
  layer: number;
  predicted: number | null;
  measuredMean: number | null;
  measuredMin: number | null;
  measuredMax: number | null;
  /** Seeds measured at this layer. */
  n: number;
}

/** An arm's layers, with the network they belong to. */
export interface ArmTheory {
  armIndex: number;
  label: string;
  color: string;
  activation: string;
  depth: number;
  layers: LayerVariance[];
  /** Why there is no prediction, when there is none. */
  note: string | null;
}

/** Predicted Var(Z_l) for a run config, or null per layer the formula does not cover. */
function predictedOf(raw: unknown): { values: (number | null)[]; activation: string; dims: number[] } | null {
  const cfg = readRunConfig(raw);
  if (!cfg) return null;
  const m = inputSecondMoment(cfg.data, cfg.rng);
  const std =
    m == null
      ? cfg.network.dims.slice(1).map(() => null)
      : predictZStd({ dims: cfg.network.dims, activation: cfg.network.activation, activationParams: cfg.network.activationParams, init: cfg.init, inputSecondMoment: m });
  return { values: std.map((s) => (s == null ? null : s * s)), activation: cfg.network.activation, dims: cfg.network.dims };
}

/** Per arm and layer, predicted Var(Z) beside the mean (and range) of zStd² at iteration 0 over the arm's seeds. */
export function armTheory(groups: readonly ArmGroup[]): ArmTheory[] {
  return groups.flatMap((g) => {
    const withConfig = g.runs.find((r) => readRunConfig(r.config));
    const prediction = withConfig ? predictedOf(withConfig.config) : null;
    const initial = g.runs.map((r) => r.checkpoints[0]).filter((c) => c && c.iteration === 0);
    const depth = prediction?.dims.length ? prediction.dims.length - 1 : Math.max(0, ...initial.map((c) => c.layers.length));
    if (!depth) return [];
    const layers: LayerVariance[] = [];
    for (let l = 1; l <= depth; l++) {
      const measured = initial.map((c) => c.layers.find((s) => s.layer === l)?.zStd).filter((v): v is number => v != null && Number.isFinite(v)).map((s) => s * s);
      layers.push({
        layer: l,
        predicted: prediction?.values[l - 1] ?? null,
        measuredMean: measured.length ? measured.reduce((s, v) => s + v, 0) / measured.length : null,
        measuredMin: measured.length ? Math.min(...measured) : null,
        measuredMax: measured.length ? Math.max(...measured) : null,
        n: measured.length,
      });
    }
    const note = !prediction
      ? 'No prediction: the run configuration could not be read.'
      : layers.every((l) => l.predicted == null)
        ? "No prediction: this initializer's weights are not zero-mean and independent of the data (the fan-in argument's assumption)."
        : null;
    return [{ armIndex: g.armIndex, label: g.label, color: g.color, activation: prediction?.activation ?? '', depth, layers, note }];
  });
}

/** The layer where measured and predicted Var(Z) differ most (as a ratio), for a one-line summary; null without both. */
export function largestGap(t: ArmTheory): { layer: number; ratio: number } | null {
  let best: { layer: number; ratio: number } | null = null;
  for (const l of t.layers) {
    if (l.predicted == null || l.measuredMean == null || !(l.predicted > 0) || !(l.measuredMean > 0)) continue;
    const ratio = l.measuredMean / l.predicted;
    if (!best || Math.abs(Math.log(ratio)) > Math.abs(Math.log(best.ratio))) best = { layer: l.layer, ratio };
  }
  return best;
}

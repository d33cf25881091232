// Theory against measurement at initialization: per arm and layer, the Var(Z) the initializer's formula predicts
// (fan-in propagation from shared/stats, through lib/theory) beside the one measured at iteration 0 over the seeds.
//
// The prediction is a variance over weight draws and samples together, about Z's theoretical mean (the bias b).
// One network's measurement of that is the mean square of Z − b over its units and samples,
// zStd² + (zMean − b)² (zStd is a population std). zStd² alone is the spread over samples around this network's
// own mean: for a wide layer the two agree, but for the single output unit zStd² leaves out the unit's offset
// and falls short of the prediction (by about half for the course network's output under ReLU).
import { readRunConfig } from '../runs/runConfig';
import { inputSecondMoment } from '../boundary/datasetPoints';
import type { ArmGroup } from '../stats/statsArms';
import { predictZStd } from './theory';

/** One layer's predicted and measured Var(Z). Measured values are over the seeds with an iteration-0 checkpoint. */
export interface LayerVariance {
  layer: number;
  /** Units in the layer (null when the config could not be read). */
  units: number | null;
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

/** Per arm and layer, predicted Var(Z) beside the mean (and range) over the arm's seeds of the measured one at iteration 0. */
export function armTheory(groups: readonly ArmGroup[]): ArmTheory[] {
  return groups.flatMap((g) => {
    const withConfig = g.runs.find((r) => readRunConfig(r.config));
    const prediction = withConfig ? predictedOf(withConfig.config) : null;
    const bias = readRunConfig(withConfig?.config)?.init.bias ?? 0;
    const initial = g.runs.map((r) => r.checkpoints[0]).filter((c) => c && c.iteration === 0);
    const depth = prediction?.dims.length ? prediction.dims.length - 1 : Math.max(0, ...initial.map((c) => c.layers.length));
    if (!depth) return [];
    const layers: LayerVariance[] = [];
    for (let l = 1; l <= depth; l++) {
      const measured = initial
        .map((c) => c.layers.find((s) => s.layer === l))
        .map((s) => (s ? s.zStd * s.zStd + (s.zMean - bias) ** 2 : NaN))
        .filter(Number.isFinite);
      layers.push({
        layer: l,
        units: prediction?.dims[l] ?? null,
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

/**
 * The layer where measured and predicted Var(Z) differ most (as a ratio), for a one-line summary; null without
 * both. Single-unit layers (the output) are passed over: one unit's variance from a few seeds is a handful of
 * draws, so its ratio says more about chance than about the formula.
 */
export function largestGap(t: ArmTheory): { layer: number; ratio: number } | null {
  let best: { layer: number; ratio: number } | null = null;
  for (const l of t.layers) {
    if (l.units === 1 || l.predicted == null || l.measuredMean == null || !(l.predicted > 0) || !(l.measuredMean > 0)) continue;
    const ratio = l.measuredMean / l.predicted;
    if (!best || Math.abs(Math.log(ratio)) > Math.abs(Math.log(best.ratio))) best = { layer: l.layer, ratio };
  }
  return best;
}

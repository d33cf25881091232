// What went right or wrong in a run, read from its recorded numbers: each finding says what was measured,
// where and when, and why it matters.
import type { RunStatus } from '../../../shared/contract/records';
import type { Checkpoint, CostPoint, LayerStats } from '../../../shared/engine/types';
import { findCostGaps } from './costGaps';
import { formatInt, formatNumber, formatPercent } from './format';

/** How serious a finding is. */
export type InsightSeverity = 'problem' | 'warning' | 'ok';

/** The kinds of finding. */
export type InsightKind = 'symmetry' | 'saturation' | 'infinite_loss' | 'dead_relu' | 'vanishing' | 'exploding' | 'diverged' | 'healthy';

/** One finding about a run. */
export interface Insight {
  kind: InsightKind;
  severity: InsightSeverity;
  title: string;
  /** The measured number, formatted. */
  measured: string;
  /** Where in the network (a layer, the output, the whole net). */
  where: string;
  /** When in training (an iteration or a range). */
  when: string;
  /** One sentence on why it matters. */
  why: string;
}

/** What insights are computed from. */
export interface InsightInput {
  status: RunStatus;
  costs: readonly CostPoint[];
  checkpoints: readonly Checkpoint[];
  divergedAt: number | null;
  /** The hidden layers' activation (e.g. relu, tanh). */
  activation: string;
  /** Layer sizes, to skip symmetry checks on single-unit layers; a last entry K ≥ 2 is a softmax over K classes. */
  dims: readonly number[];
}

/** Thresholds, in one place so they can be read and argued with. */
export const INSIGHT_THRESHOLDS = {
  /** Units count as identical below this distinctness (mean pairwise distance of weight rows over their norm). */
  symmetry: 1e-6,
  /** Share of saturated output values worth reporting. */
  saturated: 0.05,
  /** Share of (unit, sample) ReLU outputs that are exactly zero beyond which a layer is mostly dead (about half is normal). */
  dead: 0.85,
  /** A layer's activation std this many times smaller/larger than the first layer's counts as vanishing/exploding. */
  activationRatio: 10,
  /** Pre-activation std above which values are exploding outright. */
  activationAbs: 20,
  /** Gradient std ratio between the first and the last layer beyond which gradients vanish or explode. */
  gradientRatio: 100,
} as const;

const RELU_FAMILY = new Set(['relu', 'leaky_relu', 'elu', 'selu']);

/** Every finding for a run, problems first; a finished run with none gets one "healthy" finding. */
export function computeInsights(input: InsightInput): Insight[] {
  const out: Insight[] = [];
  const cps = [...input.checkpoints].sort((a, b) => a.iteration - b.iteration);
  const first = cps[0];
  const last = cps[cps.length - 1];
  if (input.divergedAt != null) {
    out.push({
      kind: 'diverged',
      severity: 'problem',
      title: 'Training diverged',
      measured: 'non-finite parameters',
      where: 'whole network',
      when: `iteration ${formatInt(input.divergedAt)}`,
      why: 'Once a weight becomes ∞ or NaN every later update is NaN too: the learning rate or the initial scale is too large.',
    });
  }
  if (first) {
    symmetry(input, first, last, out);
    saturation(first, cps, out, softmaxOutput(input.dims));
  }
  infiniteLoss(input.costs, out, softmaxOutput(input.dims));
  if (first) {
    // a layer whose units are identical copies is explained by the symmetry finding, not by dying units
    const stuck = new Set(hidden(first.layers).filter((l) => distinctness(l) < INSIGHT_THRESHOLDS.symmetry).map((l) => l.layer));
    deadRelu(input, cps, out, stuck);
    activations(first, out, softmaxOutput(input.dims));
    gradients(first, out);
  }
  const finished = !['queued', 'running'].includes(input.status);
  if (!out.length && finished && first) {
    out.push({
      kind: 'healthy',
      severity: 'ok',
      title: 'Signals flow well',
      measured: `activation std ${spread(first.layers.map((l) => l.aStd))}`,
      where: `all ${first.layers.length} layers`,
      when: 'at initialization',
      why: 'Activations and gradients keep their scale from layer to layer, so every layer learns at a similar pace.',
    });
  }
  const rank: Record<InsightSeverity, number> = { problem: 0, warning: 1, ok: 2 };
  return out.sort((a, b) => rank[a.severity] - rank[b.severity]);
}

function spread(values: number[]): string {
  const finite = values.filter(Number.isFinite);
  if (!finite.length) return '—';
  return `${formatNumber(Math.min(...finite), 3)}–${formatNumber(Math.max(...finite), 3)}`;
}

/** Whether the output layer is a softmax (K ≥ 2 units) rather than one sigmoid unit. */
function softmaxOutput(dims: readonly number[]): boolean {
  return (dims[dims.length - 1] ?? 1) > 1;
}

function hidden(layers: readonly LayerStats[]): LayerStats[] {
  // the last layer is the output (sigmoid or softmax); hidden layers are the ones before it
  return layers.slice(0, -1);
}

/** A layer's unit distinctness; all-zero weights (0/0) count as identical units. */
function distinctness(l: LayerStats | undefined): number {
  if (!l) return 1;
  return Number.isFinite(l.symmetry) ? l.symmetry : l.wStd === 0 ? 0 : 1;
}

function symmetry(input: InsightInput, first: Checkpoint, last: Checkpoint, out: Insight[]): void {
  const stuck = hidden(first.layers).filter((l) => (input.dims[l.layer] ?? 2) > 1 && distinctness(l) < INSIGHT_THRESHOLDS.symmetry);
  if (!stuck.length) return;
  const stillStuck = stuck.filter((l) => distinctness(last.layers.find((x) => x.layer === l.layer)) < INSIGHT_THRESHOLDS.symmetry);
  const layers = stuck.map((l) => l.layer);
  const lastValue = distinctness(last.layers.find((x) => x.layer === layers[0]));
  out.push({
    kind: 'symmetry',
    severity: 'problem',
    title: 'Symmetry not broken',
    measured: `unit distinctness ${formatNumber(distinctness(stuck[0]), 3)}${stillStuck.length ? `, still ${formatNumber(lastValue, 3)} at the end` : ''}`,
    where: `${layers.length > 1 ? 'layers' : 'layer'} ${layers.join(', ')} (every unit identical)`,
    when: stillStuck.length ? `iterations ${formatInt(first.iteration)}–${formatInt(last.iteration)}` : `iteration ${formatInt(first.iteration)}`,
    why: 'Identical units get identical gradients and stay copies of each other, so each layer behaves like a single unit and the network cannot fit anything non-linear.',
  });
}

function saturation(first: Checkpoint, cps: readonly Checkpoint[], out: Insight[], softmax: boolean): void {
  const outLayer = first.layers[first.layers.length - 1];
  if (!outLayer || !(outLayer.saturatedFraction >= INSIGHT_THRESHOLDS.saturated)) return;
  const recovered = cps.find((c) => (c.layers[c.layers.length - 1]?.saturatedFraction ?? 1) < INSIGHT_THRESHOLDS.saturated);
  out.push({
    kind: 'saturation',
    severity: 'problem',
    title: 'Saturated outputs',
    measured: `${formatPercent(outLayer.saturatedFraction)} of outputs at 0 or 1`,
    where: `output layer (layer ${outLayer.layer})`,
    when: recovered ? `from iteration ${formatInt(first.iteration)} until about ${formatInt(recovered.iteration)}` : `iteration ${formatInt(first.iteration)} onwards`,
    why: softmax
      ? 'A softmax that puts all its probability on one class is confidently wrong on the samples of the others: their loss is huge and learning crawls until the logits shrink.'
      : 'A sigmoid pinned at 0 or 1 is confidently wrong on some points: its loss is huge (or infinite) and learning crawls until the weights shrink.',
  });
}

function infiniteLoss(costs: readonly CostPoint[], out: Insight[], softmax: boolean): void {
  const gaps = findCostGaps(costs);
  if (!gaps.infinite && !gaps.nan) return;
  const n = gaps.infinite + gaps.nan;
  out.push({
    kind: 'infinite_loss',
    severity: 'problem',
    title: gaps.infinite ? 'Infinite loss' : 'Loss is not a number',
    measured: `${formatInt(n)} of ${formatInt(costs.length)} recorded costs non-finite`,
    where: 'cost (cross-entropy)',
    when:
      gaps.firstIteration === gaps.lastIteration
        ? `iteration ${formatInt(gaps.firstIteration ?? 0)}`
        : `iterations ${formatInt(gaps.firstIteration ?? 0)}–${formatInt(gaps.lastIteration ?? 0)}`,
    why: gaps.infinite
      ? softmax
        ? 'log(0) = −∞: a probability of exactly 0 for a sample\'s true class makes the whole cost infinite, which is why the curve has gaps there.'
        : 'log(0) = −∞: an output of exactly 0 or 1 on a misclassified point makes the whole cost infinite, which is why the curve has gaps there.'
      : 'NaN costs mean the arithmetic broke down (∞ − ∞ or 0 · ∞), usually after the weights blew up.',
  });
}

function deadRelu(input: InsightInput, cps: readonly Checkpoint[], out: Insight[], skip: ReadonlySet<number>): void {
  if (!RELU_FAMILY.has(input.activation)) return;
  let worst: { layer: number; value: number; iteration: number } | null = null;
  for (const c of cps) {
    for (const l of hidden(c.layers)) {
      if (skip.has(l.layer)) continue;
      if (l.deadFraction >= INSIGHT_THRESHOLDS.dead && (!worst || l.deadFraction > worst.value)) {
        worst = { layer: l.layer, value: l.deadFraction, iteration: c.iteration };
      }
    }
  }
  if (!worst) return;
  out.push({
    kind: 'dead_relu',
    severity: 'warning',
    title: 'Dead ReLUs',
    measured: `${formatPercent(worst.value)} of outputs exactly 0`,
    where: `layer ${worst.layer}`,
    when: `iteration ${formatInt(worst.iteration)}`,
    why: 'A ReLU that outputs 0 for every input passes no gradient back and never recovers, so the layer loses capacity.',
  });
}

function activations(first: Checkpoint, out: Insight[], softmax: boolean): void {
  const hs = hidden(first.layers);
  if (!hs.length) return;
  const base = hs[0].zStd;
  const exploding = hs.find((l) => l.zStd > INSIGHT_THRESHOLDS.activationAbs || (base > 0 && l.zStd / base > INSIGHT_THRESHOLDS.activationRatio));
  const vanishing = hs.find((l, i) => i > 0 && base > 0 && l.zStd / base < 1 / INSIGHT_THRESHOLDS.activationRatio);
  if (exploding) {
    out.push({
      kind: 'exploding',
      severity: 'problem',
      title: 'Exploding activations',
      measured: `pre-activation std ${formatNumber(exploding.zStd, 3)}${exploding.layer !== hs[0].layer ? ` (layer ${hs[0].layer}: ${formatNumber(base, 3)})` : ''}`,
      where: `layer ${exploding.layer}`,
      when: `iteration ${formatInt(first.iteration)} (initialization)`,
      why: softmax
        ? 'Values this large make the softmax all but certain of one class and make gradients either huge or zero: the weights start far too big.'
        : 'Values this large push the output sigmoid to exactly 0 or 1 and make gradients either huge or zero: the weights start far too big.',
    });
  }
  if (vanishing) {
    out.push({
      kind: 'vanishing',
      severity: 'warning',
      title: 'Vanishing activations',
      measured: `pre-activation std ${formatNumber(vanishing.zStd, 3)} vs ${formatNumber(base, 3)} in layer ${hs[0].layer}`,
      where: `layer ${vanishing.layer}`,
      when: `iteration ${formatInt(first.iteration)} (initialization)`,
      why: 'The signal shrinks layer by layer, so deep layers see almost constant inputs and learn slowly.',
    });
  }
}

function gradients(first: Checkpoint, out: Insight[]): void {
  const ls = first.layers.filter((l) => Number.isFinite(l.dwStd));
  if (ls.length < 2) return;
  const firstL = ls[0];
  const lastL = ls[ls.length - 1];
  if (!(firstL.dwStd >= 0) || !(lastL.dwStd > 0)) return;
  const ratio = firstL.dwStd / lastL.dwStd;
  if (firstL.dwStd === 0 && lastL.dwStd === 0) return;
  if (ratio < 1 / INSIGHT_THRESHOLDS.gradientRatio) {
    out.push({
      kind: 'vanishing',
      severity: 'warning',
      title: 'Vanishing gradients',
      measured: `weight-gradient std ${formatNumber(firstL.dwStd, 3)} in layer ${firstL.layer} vs ${formatNumber(lastL.dwStd, 3)} in layer ${lastL.layer}`,
      where: `layers ${firstL.layer}–${lastL.layer}`,
      when: `iteration ${formatInt(first.iteration)} (initialization)`,
      why: 'The first layers receive almost no gradient, so they barely move while the last layers do all the learning.',
    });
  } else if (ratio > INSIGHT_THRESHOLDS.gradientRatio) {
    out.push({
      kind: 'exploding',
      severity: 'warning',
      title: 'Exploding gradients',
      measured: `weight-gradient std ${formatNumber(firstL.dwStd, 3)} in layer ${firstL.layer} vs ${formatNumber(lastL.dwStd, 3)} in layer ${lastL.layer}`,
      where: `layers ${firstL.layer}–${lastL.layer}`,
      when: `iteration ${formatInt(first.iteration)} (initialization)`,
      why: 'Gradients grow on the way back, so one learning rate is too large for the first layers and too small for the last.',
    });
  }
}

// Symmetry not broken: every unit of a layer starts identical, so they stay copies of each other.
import { fmt } from '../format';
import { distinctness, hiddenLayers } from '../layers';
import { INSIGHT_THRESHOLDS } from '../thresholds';
import type { InsightRule } from '../types';

/** Hidden layers of more than one unit whose units are identical at the first checkpoint. */
export const symmetry: InsightRule = (ctx) => {
  const first = ctx.ordered[0];
  const last = ctx.ordered[ctx.ordered.length - 1];
  if (!first) return [];
  const stuck = hiddenLayers(first.layers).filter((l) => (ctx.dims[l.layer] ?? 2) > 1 && distinctness(l) < INSIGHT_THRESHOLDS.symmetry);
  if (!stuck.length) return [];
  const layers = stuck.map((l) => l.layer);
  const lastValue = distinctness(last.layers.find((x) => x.layer === layers[0]));
  const still = lastValue < INSIGHT_THRESHOLDS.symmetry;
  return [
    {
      kind: 'symmetry',
      severity: 'problem',
      layer: layers[0],
      iteration: first.iteration,
      measured: distinctness(stuck[0]),
      unit: `unit distinctness at layer ${layers[0]}`,
      factorPerLayer: null,
      title: 'Symmetry not broken',
      detail: `unit distinctness ${fmt(distinctness(stuck[0]))} in ${layers.length > 1 ? 'layers' : 'layer'} ${layers.join(', ')} (every unit identical)${still ? `, still ${fmt(lastValue)} at iteration ${last.iteration}` : ''}`,
      why: 'Identical units get identical gradients and stay copies of each other, so each layer behaves like a single unit and the network cannot fit anything non-linear.',
    },
  ];
};

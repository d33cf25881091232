// The compared runs' data as plain JSON: summaries, configs, costs and checkpoint statistics.
// Non-finite numbers are written as the strings "Infinity", "-Infinity" and "NaN" (JSON has no words for them).
import type { RunDetail } from '../../../../shared/contract/records';

function finite(x: number): number | string {
  return Number.isFinite(x) ? x : String(x);
}

/** JSON text of the runs (without the boundary grids and weights, which the bundle export carries). */
export function comparisonJson(runs: readonly RunDetail[], generatedAt: string): string {
  return JSON.stringify(
    {
      format: 'init-lab-comparison',
      generatedAt,
      runs: runs.map((r) => {
        const { costs, checkpoints, initialParams: _i, finalParams: _f, ...rest } = r;
        return {
          ...rest,
          finalCost: rest.finalCost == null ? null : finite(rest.finalCost),
          costs: costs.map((p) => [p.iteration, finite(p.cost)]),
          checkpoints: checkpoints.map((c) => ({
            iteration: c.iteration,
            cost: finite(c.cost),
            trainAccuracy: c.trainAccuracy,
            testAccuracy: c.testAccuracy,
            layers: c.layers.map((l) => Object.fromEntries(Object.entries(l).map(([k, v]) => [k, finite(v)]))),
          })),
        };
      }),
    },
    null,
    1,
  );
}

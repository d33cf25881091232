// Metrics as CSV, long format: one row per run and iteration, so any tool can pivot or plot it.
import Papa from 'papaparse';
import type { RunDetail } from '../../shared/contract/records';
import { costsDecimatedFrom, keptCosts } from '../../shared/engine/record/cost-record';

const RUN_COLUMNS = ['run_id', 'experiment_id', 'run_name', 'arm', 'dataset', 'init', 'init_seed', 'data_seed'] as const;

/** A number as text: the shortest exact form, and Infinity, -Infinity, NaN spelled out. */
function num(v: number | null): string {
  return v === null ? '' : String(v);
}

function runCells(r: RunDetail): string[] {
  return [r.id, r.experimentId, r.name, r.arm, r.dataset, r.init, String(r.initSeed), r.dataSeed === null ? '' : String(r.dataSeed)];
}

/**
 * Recorded costs of the runs: run columns, iteration, cost. When any run's record was decimated past the full-rate
 * limit, `kept` (all, min, max, min max, nan) and `bucket_from`/`bucket_to` say what each row stands for.
 */
export function costsCsv(runs: RunDetail[]): string {
  const decimated = runs.some((r) => costsDecimatedFrom(r.costs) !== null);
  const rows: string[][] = [];
  for (const r of runs) {
    const cells = runCells(r);
    const kept = decimated ? keptCosts(r.costs) : null;
    r.costs.forEach((p, i) => {
      const k = kept?.[i];
      rows.push([...cells, String(p.iteration), num(p.cost), ...(k ? [k.kept, String(k.from), String(k.to)] : [])]);
    });
  }
  return Papa.unparse({ fields: [...RUN_COLUMNS, 'iteration', 'cost', ...(decimated ? ['kept', 'bucket_from', 'bucket_to'] : [])], data: rows }, { newline: '\n' }) + '\n';
}

/** Checkpoint metrics of the runs: run columns, iteration, cost, accuracies, and per-layer std of activations and gradients. */
export function checkpointsCsv(runs: RunDetail[]): string {
  const depth = Math.max(0, ...runs.flatMap((r) => r.checkpoints.map((c) => c.layers.length)));
  const layerFields: string[] = [];
  for (let l = 1; l <= depth; l++) layerFields.push(`a_std_${l}`, `dw_std_${l}`, `dead_fraction_${l}`, `saturated_fraction_${l}`);
  const rows: string[][] = [];
  for (const r of runs) {
    const cells = runCells(r);
    for (const c of r.checkpoints) {
      const layer: string[] = [];
      for (let l = 0; l < depth; l++) {
        const s = c.layers[l];
        layer.push(...(s ? [num(s.aStd), num(s.dwStd), num(s.deadFraction), num(s.saturatedFraction)] : ['', '', '', '']));
      }
      rows.push([...cells, String(c.iteration), num(c.cost), num(c.trainAccuracy), num(c.testAccuracy), ...layer]);
    }
  }
  return Papa.unparse({ fields: [...RUN_COLUMNS, 'iteration', 'cost', 'train_accuracy', 'test_accuracy', ...layerFields], data: rows }, { newline: '\n' }) + '\n';
}

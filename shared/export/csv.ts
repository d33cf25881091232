// Run metrics as CSV (RFC 4180: comma-separated, CRLF line ends, fields quoted where needed, by papaparse).
import Papa from 'papaparse';
import { costsDecimatedFrom, keptCosts } from '../engine/record/cost-record';
import type { Checkpoint, CostPoint, LayerStats } from '../engine/types';

/** A run's recorded series, under the name its rows carry in a table of several runs. */
export interface CsvRun {
  label: string;
  costs?: readonly CostPoint[];
  checkpoints?: readonly Checkpoint[];
}

/** Every per-layer statistic (all of LayerStats but `layer`, or this does not compile) and its column name, in order. */
const LAYER_COLUMN_NAMES = {
  wMean: 'w_mean',
  wStd: 'w_std',
  zMean: 'z_mean',
  zStd: 'z_std',
  aMean: 'a_mean',
  aStd: 'a_std',
  dwMean: 'dw_mean',
  dwStd: 'dw_std',
  dzStd: 'dz_std',
  daStd: 'da_std',
  deadFraction: 'dead_fraction',
  saturatedFraction: 'saturated_fraction',
  symmetry: 'symmetry',
} as const satisfies Record<Exclude<keyof LayerStats, 'layer'>, string>;

const LAYER_COLUMNS = Object.entries(LAYER_COLUMN_NAMES) as [keyof typeof LAYER_COLUMN_NAMES, string][];

/** Columns of checkpointsCsv, after the optional run column. */
export const CHECKPOINT_COLUMNS = ['iteration', 'cost', 'train_accuracy', 'test_accuracy', 'layer', ...LAYER_COLUMNS.map((c) => c[1])];

type Cell = string | number | null;

/** Columns a cost table gains when a run's record was decimated: what each row stands for and the iterations it covers. */
const KEPT_COLUMNS = ['kept', 'bucket_from', 'bucket_to'];

/** Each point's cost row and, for a decimated record, `kept` (all, min, max, min max, nan) and its bucket's iterations. */
function costRows(costs: readonly CostPoint[], withKept: boolean): Cell[][] {
  if (!withKept) return costs.map((p) => [p.iteration, num(p.cost)]);
  const kept = keptCosts(costs);
  return costs.map((p, i) => [p.iteration, num(p.cost), kept[i].kept, kept[i].from, kept[i].to]);
}

/**
 * `iteration,cost`: a header, then one row per recorded cost; infinite and NaN costs are written inf, -inf, nan. A
 * record decimated past the full-rate limit adds `kept,bucket_from,bucket_to`, so the file says which rows stand for
 * a bucket's lowest or highest cost.
 */
export function costsCsv(costs: readonly CostPoint[]): string {
  const decimated = costsDecimatedFrom(costs) !== null;
  return unparse(['iteration', 'cost', ...(decimated ? KEPT_COLUMNS : [])], costRows(costs, decimated));
}

/** `run,iteration,cost` for several runs, one after the other (a long table, one row per run and iteration); with the kept columns when any run decimated. */
export function runsCostsCsv(runs: readonly CsvRun[]): string {
  const decimated = runs.some((r) => costsDecimatedFrom(r.costs ?? []) !== null);
  return unparse(
    ['run', 'iteration', 'cost', ...(decimated ? KEPT_COLUMNS : [])],
    runs.flatMap((r) => costRows(r.costs ?? [], decimated).map((row) => [r.label, ...row])),
  );
}

/**
 * One row per checkpoint and layer: the checkpoint's iteration, cost and accuracies (fractions in [0, 1]),
 * then the layer (1-based) and its statistics. A checkpoint taken without layer statistics is one row
 * with the layer columns empty.
 */
export function checkpointsCsv(checkpoints: readonly Checkpoint[]): string {
  return unparse(CHECKPOINT_COLUMNS, checkpoints.flatMap((c) => checkpointRows(c)));
}

/** checkpointsCsv for several runs, with a first column `run`. */
export function runsCheckpointsCsv(runs: readonly CsvRun[]): string {
  return unparse(
    ['run', ...CHECKPOINT_COLUMNS],
    runs.flatMap((r) => (r.checkpoints ?? []).flatMap((c) => checkpointRows(c).map((row) => [r.label, ...row]))),
  );
}

function checkpointRows(c: Checkpoint): Cell[][] {
  const head: Cell[] = [c.iteration, num(c.cost), num(c.trainAccuracy), num(c.testAccuracy)];
  if (c.layers.length === 0) return [[...head, null, ...LAYER_COLUMNS.map(() => null)]];
  return c.layers.map((s) => [...head, s.layer, ...LAYER_COLUMNS.map(([key]) => num(s[key]))]);
}

/** A number as a cell: finite numbers as JavaScript writes them (shortest exact digits), the rest as words. */
function num(x: number): Cell {
  if (Number.isFinite(x)) return x;
  return Number.isNaN(x) ? 'nan' : x > 0 ? 'inf' : '-inf';
}

// A text cell starting with = + - @ or a tab could run as a formula in a spreadsheet: papaparse prefixes it
// with a quote. Numbers are never touched, and neither is the word -inf.
const FORMULA_START = /^(?!-inf$)[=+\-@\t\r]/;

// Every record, the last included, ends with CRLF (RFC 4180 allows it, and line-based tools expect it).
function unparse(fields: readonly string[], data: Cell[][]): string {
  const options = { newline: CRLF, escapeFormulae: FORMULA_START };
  // papaparse reads an empty data array as one empty row, so a table without rows is written as its header row.
  const text = data.length === 0 ? Papa.unparse([[...fields]], options) : Papa.unparse({ fields: [...fields], data }, options);
  return text + CRLF;
}

const CRLF = '\r\n';

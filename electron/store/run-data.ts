// A run's recorded data in the database: cost chunks, checkpoints and parameters.
import type Database from 'better-sqlite3';
import type { BoundaryGrid, Checkpoint, LayerStats, Params } from '../../shared/engine/types';
import { parseWire, stringifyWire } from '../../shared/contract/wire';
import { f32FromBlob, f64FromBlob, i32FromBlob, paramsFromBlob, paramsToBlob, toBlob } from './blobs';

/** Writes one chunk of costs; iterations are stored as Int32 and costs as Float64, both exact. */
export function writeCosts(db: Database.Database, runId: string, iterations: ArrayLike<number>, costs: Float64Array): void {
  if (iterations.length !== costs.length) throw new Error(`cost chunk has ${iterations.length} iterations and ${costs.length} costs`);
  const its = Int32Array.from(iterations);
  db.prepare(`INSERT OR REPLACE INTO cost_chunks (run_id, first_iteration, iterations, costs) VALUES (?, ?, ?, ?)`).run(runId, its[0], toBlob(its), toBlob(costs));
}

/** Every recorded cost of a run, in iteration order. */
export function readCosts(db: Database.Database, runId: string): { iterations: Int32Array; costs: Float64Array } {
  const rows = db.prepare(`SELECT iterations, costs FROM cost_chunks WHERE run_id = ? ORDER BY first_iteration`).all(runId) as { iterations: Buffer; costs: Buffer }[];
  const parts = rows.map((r) => ({ it: i32FromBlob(r.iterations), c: f64FromBlob(r.costs) }));
  const n = parts.reduce((s, p) => s + p.c.length, 0);
  const iterations = new Int32Array(n);
  const costs = new Float64Array(n);
  let o = 0;
  for (const p of parts) {
    iterations.set(p.it, o);
    costs.set(p.c, o);
    o += p.c.length;
  }
  return { iterations, costs };
}

interface CheckpointRow {
  iteration: number;
  data: string;
  boundary_meta: string | null;
  boundary: Buffer | null;
}

/** Writes (or replaces) a checkpoint; the boundary grid's probabilities are kept as Float32, enough for drawing and half the size. */
export function writeCheckpoint(db: Database.Database, runId: string, c: Checkpoint): void {
  const data = stringifyWire({
    cost: c.cost,
    trainAccuracy: c.trainAccuracy,
    testAccuracy: c.testAccuracy,
    layers: c.layers,
    histograms: c.histograms,
    confusion: c.confusion,
    perClassAccuracy: c.perClassAccuracy,
    predictionSample: c.predictionSample,
    params: c.params,
  });
  const g = c.boundary;
  const meta = g ? stringifyWire({ size: g.size, xMin: g.xMin, xMax: g.xMax, yMin: g.yMin, yMax: g.yMax }) : null;
  const blob = g ? toBlob(Float32Array.from(g.probs)) : null;
  db.prepare(
    `INSERT OR REPLACE INTO checkpoints (run_id, iteration, train_accuracy, test_accuracy, data, boundary_meta, boundary) VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(runId, c.iteration, c.trainAccuracy, c.testAccuracy, data, meta, blob);
}

/** Every checkpoint of a run, in iteration order. */
export function readCheckpoints(db: Database.Database, runId: string): Checkpoint[] {
  const rows = db.prepare(`SELECT iteration, data, boundary_meta, boundary FROM checkpoints WHERE run_id = ? ORDER BY iteration`).all(runId) as CheckpointRow[];
  return rows.map((r) => {
    const d = parseWire(r.data) as Omit<Checkpoint, 'iteration' | 'boundary'>;
    let boundary: BoundaryGrid | null = null;
    if (r.boundary_meta && r.boundary) {
      const m = parseWire(r.boundary_meta) as Omit<BoundaryGrid, 'probs'>;
      boundary = { ...m, probs: Float64Array.from(f32FromBlob(r.boundary)) };
    }
    const c: Checkpoint = { iteration: r.iteration, cost: d.cost, trainAccuracy: d.trainAccuracy, testAccuracy: d.testAccuracy, layers: d.layers.map(withDaStd), boundary };
    if (d.histograms !== undefined) c.histograms = d.histograms;
    if (d.confusion !== undefined) c.confusion = d.confusion;
    if (d.perClassAccuracy !== undefined) c.perClassAccuracy = d.perClassAccuracy;
    if (d.predictionSample !== undefined) c.predictionSample = d.predictionSample;
    if (d.params !== undefined) c.params = d.params;
    return c;
  });
}

/** Checkpoints stored before dA was recorded read back with daStd NaN ("not recorded"). */
function withDaStd(l: LayerStats): LayerStats {
  return l.daStd === undefined ? { ...l, daStd: NaN } : l;
}

/** Writes (or replaces) a run's initial or final parameters. */
export function writeParams(db: Database.Database, runId: string, which: 'initial' | 'final', p: Params): void {
  db.prepare(`INSERT OR REPLACE INTO params (run_id, which, dims, data) VALUES (?, ?, ?, ?)`).run(runId, which, JSON.stringify(p.dims), paramsToBlob(p));
}

/** A run's initial or final parameters, or null if none were stored. */
export function readParams(db: Database.Database, runId: string, which: 'initial' | 'final'): Params | null {
  const row = db.prepare(`SELECT dims, data FROM params WHERE run_id = ? AND which = ?`).get(runId, which) as { dims: string; data: Buffer } | undefined;
  return row ? paramsFromBlob(JSON.parse(row.dims) as number[], row.data) : null;
}

// Export bundles read from the store, and bundles written into it in one transaction.
import type { BundleExperiment, BundleRun } from '../../shared/contract/bundle';
import { LabFailure } from '../../shared/contract/errors';
import { newId } from './ids';
import { EXPERIMENT_COLUMNS, splitTags, type ExperimentRow } from './rows';
import { readCheckpoints, readCosts, readParams, writeCheckpoint, writeCosts, writeParams } from './run-data';
import type { RunStore } from './run-store';

/** An experiment as it goes into a bundle. */
export function readBundleExperiment(store: RunStore, id: string): BundleExperiment | null {
  const row = store.connection.prepare(`SELECT ${EXPERIMENT_COLUMNS} FROM experiments e WHERE e.id = ?`).get(id) as ExperimentRow | undefined;
  if (!row) return null;
  return { id: row.id, name: row.name, kind: row.kind, config: JSON.parse(row.config), createdAt: row.created_at, tags: splitTags(row.tags), notes: row.notes };
}

/** A run as it goes into a bundle: summary, config, costs, checkpoints and parameters. */
export function readBundleRun(store: RunStore, id: string): BundleRun | null {
  const summary = store.runSummary(id);
  if (!summary) return null;
  const db = store.connection;
  return {
    ...summary,
    config: store.runConfig(id),
    costs: readCosts(db, id),
    checkpoints: readCheckpoints(db, id),
    initialParams: readParams(db, id, 'initial'),
    finalParams: readParams(db, id, 'final'),
  };
}

/** The ids a bundle's items were stored under (an id already taken in this store gets a new one). */
export interface ImportedIds {
  experimentIds: string[];
  runIds: string[];
}

/** Writes a validated bundle's experiments and runs in one transaction: any failure writes nothing. */
export function writeBundle(store: RunStore, experiments: BundleExperiment[], runs: BundleRun[]): ImportedIds {
  const db = store.connection;
  return store.transaction(() => {
    const expIds = new Map<string, string>();
    for (const e of experiments) {
      const id = store.idTaken(e.id) ? newId(e.kind === 'sweep' ? 's' : 'e') : e.id;
      expIds.set(e.id, id);
      db.prepare(`INSERT INTO experiments (id, name, kind, config, created_at, notes) VALUES (?, ?, ?, ?, ?, ?)`).run(
        id,
        e.name,
        e.kind,
        JSON.stringify(e.config),
        e.createdAt,
        e.notes,
      );
      const tag = db.prepare(`INSERT OR IGNORE INTO experiment_tags (experiment_id, tag) VALUES (?, ?)`);
      for (const t of e.tags) tag.run(id, t);
    }
    const runIds: string[] = [];
    for (const r of runs) {
      const id = store.idTaken(r.id) ? newId('r') : r.id;
      const experimentId = expIds.get(r.experimentId);
      if (!experimentId) throw new LabFailure('bad_bundle', `run ${r.id} names experiment ${r.experimentId}, which is not in the bundle`);
      const sweepId = r.sweep ? expIds.get(r.sweep.sweepId) : null;
      if (r.sweep && !sweepId) throw new LabFailure('bad_bundle', `run ${r.id} names sweep ${r.sweep.sweepId}, which is not in the bundle`);
      // A run exported while it was queued or training cannot be resumed from a file: it arrives interrupted.
      const status = r.status === 'queued' || r.status === 'running' ? 'interrupted' : r.status;
      db.prepare(
        `INSERT INTO runs (id, experiment_id, name, arm, status, config, dataset, init, init_name, init_seed, data_seed, iterations,
           engine_version, owner_pid, created_at, started_at, finished_at, iterations_run, cost_every, train_accuracy, test_accuracy,
           final_cost, diverged_at, first_non_finite, train_seconds, error_message, notes, sweep_id, sweep_scale, sweep_seed)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, ?, NULL, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(
        id,
        experimentId,
        r.name,
        r.arm,
        status,
        JSON.stringify(r.config),
        r.dataset,
        r.init,
        initName(r.init),
        r.initSeed,
        r.dataSeed,
        r.iterations,
        r.engineVersion,
        r.createdAt,
        r.startedAt,
        r.finishedAt,
        r.iterationsRun,
        r.trainAccuracy,
        r.testAccuracy,
        r.finalCost,
        r.divergedAt,
        r.firstNonFiniteIteration,
        r.trainSeconds,
        r.errorMessage,
        r.notes,
        sweepId ?? null,
        r.sweep?.scale ?? null,
        r.sweep?.seed ?? null,
      );
      const tag = db.prepare(`INSERT OR IGNORE INTO run_tags (run_id, tag) VALUES (?, ?)`);
      for (const t of r.tags) tag.run(id, t);
      if (r.costs.costs.length > 0) writeCosts(db, id, r.costs.iterations, r.costs.costs);
      for (const c of r.checkpoints) writeCheckpoint(db, id, c);
      if (r.initialParams) writeParams(db, id, 'initial', r.initialParams);
      if (r.finalParams) writeParams(db, id, 'final', r.finalParams);
      runIds.push(id);
    }
    return { experimentIds: [...expIds.values()], runIds };
  });
}

/** The initializer's registry name from a spec such as `he_normal:mode=fan_out`. */
export function initName(spec: string): string {
  const colon = spec.indexOf(':');
  return (colon < 0 ? spec : spec.slice(0, colon)).trim();
}

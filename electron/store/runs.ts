// Runs in the store as readers see them: summaries, configs, details, filtered lists; edits and deletion.
import type { RunConfig } from '../../shared/contract/config';
import { dataShape } from '../../shared/contract/data-sets';
import type Database from 'better-sqlite3';
import type { RunListQuery } from '../../shared/contract/operations';
import type { RunDetail, RunSummary } from '../../shared/contract/records';
import type { CostPoint } from '../../shared/engine/types';
import { RUN_COLUMNS, toRunSummary, type RunRow } from './rows';
import { readCheckpoints, readCosts, readParams } from './run-data';
import { runFilter, runOrder } from './run-query';
import type { RunInclude } from './store-types';
import { setRunTags } from './tags';

/** Reading and editing stored runs. */
export class RunRecords {
  constructor(private readonly db: Database.Database) {}

  private row(id: string): RunRow | undefined {
    return this.db.prepare(`SELECT ${RUN_COLUMNS} FROM runs r WHERE r.id = ?`).get(id) as RunRow | undefined;
  }

  /** One run's summary, or null. */
  summary(id: string): RunSummary | null {
    const row = this.row(id);
    return row ? toRunSummary(row) : null;
  }

  /** One run's stored config, or undefined. Only validated configs are written (the service's doors, bundle import). */
  config(id: string): RunConfig | undefined {
    const row = this.db.prepare(`SELECT config FROM runs WHERE id = ?`).get(id) as { config: string } | undefined;
    return row ? JSON.parse(row.config) : undefined;
  }

  /** Everything stored about a run (the heavy parts as asked), or null. */
  detail(id: string, include: RunInclude): RunDetail | null {
    const row = this.row(id);
    if (!row) return null;
    const series = include.costs ? readCosts(this.db, id) : null;
    const costs: CostPoint[] = [];
    if (series) for (let i = 0; i < series.costs.length; i++) costs.push({ iteration: series.iterations[i], cost: series.costs[i] });
    const config = JSON.parse(row.config) as RunConfig;
    return {
      ...toRunSummary(row),
      config,
      classes: dataShape(config.data).classes,
      costs,
      checkpoints: include.checkpoints ? readCheckpoints(this.db, id) : [],
      initialParams: include.params ? readParams(this.db, id, 'initial') : null,
      finalParams: include.params ? readParams(this.db, id, 'final') : null,
    };
  }

  /** Runs matching a query, and how many match in all. */
  list(q: RunListQuery): { runs: RunSummary[]; total: number } {
    const { where, params } = runFilter(q);
    const total = (this.db.prepare(`SELECT count(*) AS n FROM runs r ${where}`).get(...params) as { n: number }).n;
    const rows = this.db.prepare(`SELECT ${RUN_COLUMNS} FROM runs r ${where} ${runOrder(q)} LIMIT ? OFFSET ?`).all(...params, q.limit, q.offset) as RunRow[];
    return { runs: rows.map(toRunSummary), total };
  }

  /** Renames, retags or annotates a run; returns false if it does not exist. */
  update(id: string, patch: { name?: string; tags?: string[]; notes?: string }): boolean {
    const tx = this.db.transaction(() => {
      if (!this.row(id)) return false;
      if (patch.name !== undefined) this.db.prepare(`UPDATE runs SET name = ? WHERE id = ?`).run(patch.name, id);
      if (patch.notes !== undefined) this.db.prepare(`UPDATE runs SET notes = ? WHERE id = ?`).run(patch.notes, id);
      if (patch.tags !== undefined) setRunTags(this.db, id, patch.tags);
      return true;
    });
    return tx.immediate();
  }

  /** Deletes runs with all they recorded; returns how many existed. */
  delete(ids: string[]): number {
    const del = this.db.prepare(`DELETE FROM runs WHERE id = ?`);
    const tx = this.db.transaction(() => ids.reduce((n, id) => n + del.run(id).changes, 0));
    return tx.immediate();
  }
}

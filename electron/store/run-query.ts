// runs.list as SQL: filters become WHERE clauses with bound values, the sort key maps to a column.
import type { RunListQuery } from '../../shared/contract/operations';

const SORT_COLUMNS: Record<RunListQuery['sort'], string> = {
  createdAt: 'r.created_at',
  name: 'r.name COLLATE NOCASE',
  status: 'r.status',
  dataset: 'r.dataset',
  init: 'r.init',
  initSeed: 'r.init_seed',
  trainAccuracy: 'r.train_accuracy',
  testAccuracy: 'r.test_accuracy',
  finalCost: 'r.final_cost',
  trainSeconds: 'r.train_seconds',
};

/** A WHERE clause (empty or starting with WHERE) and its bound values. */
export interface SqlFilter {
  where: string;
  params: unknown[];
}

function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** The WHERE clause for a query's filters. */
export function runFilter(q: RunListQuery): SqlFilter {
  const clauses: string[] = [];
  const params: unknown[] = [];
  if (q.experimentId !== undefined) {
    clauses.push('r.experiment_id = ?');
    params.push(q.experimentId);
  }
  if (q.dataset !== undefined) {
    clauses.push('r.dataset = ?');
    params.push(q.dataset);
  }
  if (q.init !== undefined) {
    // An initializer name matches every spec of it; a full spec matches itself.
    clauses.push('(r.init_name = ? OR r.init = ?)');
    params.push(q.init, q.init);
  }
  if (q.tag !== undefined) {
    clauses.push('EXISTS (SELECT 1 FROM run_tags t WHERE t.run_id = r.id AND t.tag = ?)');
    params.push(q.tag);
  }
  if (q.status !== undefined) {
    const statuses = Array.isArray(q.status) ? q.status : [q.status];
    if (statuses.length === 0) clauses.push('0');
    else {
      clauses.push(`r.status IN (${statuses.map(() => '?').join(',')})`);
      params.push(...statuses);
    }
  }
  if (q.search !== undefined && q.search.trim() !== '') {
    const p = likePattern(q.search.trim());
    const fields = ['r.name', 'r.arm', 'r.init', 'r.dataset', 'r.notes', 'r.id', 'r.experiment_id'];
    clauses.push(
      `(${fields.map((f) => `${f} LIKE ? ESCAPE '\\'`).join(' OR ')} OR EXISTS (SELECT 1 FROM run_tags t WHERE t.run_id = r.id AND t.tag LIKE ? ESCAPE '\\'))`,
    );
    params.push(...fields.map(() => p), p);
  }
  return { where: clauses.length ? `WHERE ${clauses.join(' AND ')}` : '', params };
}

/** The ORDER BY clause: the sort key with NULLs last, then creation order as a tie-break. */
export function runOrder(q: RunListQuery): string {
  const col = SORT_COLUMNS[q.sort];
  const dir = q.order === 'asc' ? 'ASC' : 'DESC';
  return `ORDER BY (${col.replace(' COLLATE NOCASE', '')} IS NULL), ${col} ${dir}, r.rowid ${dir}`;
}

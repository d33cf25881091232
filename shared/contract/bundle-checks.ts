// What a bundle must hold beyond its schema before anything of it is written: unique ids, parameter arrays sized
// as their dims say, accuracies in [0, 1], whole-number seeds, tags within the API's limits.
import type { Bundle } from './bundle';
import type { LimitIssue } from './limits';

/** Tags one item may carry, and the longest tag: the same limits as the operations' inputs. */
export const MAX_TAGS = 50;
export const MAX_TAG_LENGTH = 64;

/** A bundle problem: where it is (a path under `bundle`), and what is wrong. */
export interface BundleIssue {
  path: (string | number)[];
  code: 'duplicate_id' | 'shape_mismatch' | 'out_of_range' | 'not_integer' | LimitIssue['code'];
  message: string;
}

function paramsIssues(p: { dims: number[]; W: Float64Array[]; b: Float64Array[] } | null, path: (string | number)[]): BundleIssue[] {
  if (!p) return [];
  const out: BundleIssue[] = [];
  const layers = p.dims.length - 1;
  if (p.W.length !== layers || p.b.length !== layers) {
    out.push({ path, code: 'shape_mismatch', message: `expected ${layers} weight matrices and bias vectors for dims [${p.dims.join(', ')}], got ${p.W.length} and ${p.b.length}` });
    return out;
  }
  for (let l = 0; l < layers; l++) {
    if (p.W[l].length !== p.dims[l + 1] * p.dims[l]) out.push({ path: [...path, 'W', l], code: 'shape_mismatch', message: `expected ${p.dims[l + 1]} × ${p.dims[l]} = ${p.dims[l + 1] * p.dims[l]} weights, got ${p.W[l].length}` });
    if (p.b[l].length !== p.dims[l + 1]) out.push({ path: [...path, 'b', l], code: 'shape_mismatch', message: `expected ${p.dims[l + 1]} biases, got ${p.b[l].length}` });
  }
  return out;
}

function accuracyIssue(v: number | null, path: (string | number)[]): BundleIssue[] {
  return v === null || (v >= 0 && v <= 1) ? [] : [{ path, code: 'out_of_range', message: `an accuracy must be in [0, 1], got ${v}` }];
}

function tagIssues(tags: string[], path: (string | number)[]): BundleIssue[] {
  if (tags.length > MAX_TAGS) return [{ path, code: 'too_large', message: `${tags.length} tags is over the limit of ${MAX_TAGS}` }];
  const long = tags.findIndex((t) => t.trim().length === 0 || t.length > MAX_TAG_LENGTH);
  return long < 0 ? [] : [{ path: [...path, long], code: 'out_of_range', message: `a tag must be 1 to ${MAX_TAG_LENGTH} characters, got ${tags[long].length}` }];
}

/** Every problem of a schema-valid bundle (empty when it may be written). */
export function bundleIssues(b: Bundle): BundleIssue[] {
  const out: BundleIssue[] = [];
  const seen = new Map<string, string>();
  const unique = (id: string, path: (string | number)[]) => {
    const where = path.join('.');
    const first = seen.get(id);
    if (first !== undefined) out.push({ path: [...path, 'id'], code: 'duplicate_id', message: `id ${JSON.stringify(id)} is used twice (first at bundle.${first})` });
    else seen.set(id, where);
  };
  b.experiments.forEach((e, i) => {
    unique(e.id, ['experiments', i]);
    out.push(...tagIssues(e.tags, ['experiments', i, 'tags']));
  });
  b.runs.forEach((r, i) => {
    const at = ['runs', i];
    unique(r.id, at);
    if (!Number.isInteger(r.initSeed)) out.push({ path: [...at, 'initSeed'], code: 'not_integer', message: `a seed must be a whole number, got ${r.initSeed}` });
    if (r.dataSeed !== null && !Number.isInteger(r.dataSeed)) out.push({ path: [...at, 'dataSeed'], code: 'not_integer', message: `a seed must be a whole number, got ${r.dataSeed}` });
    if (r.sweep && !Number.isInteger(r.sweep.seed)) out.push({ path: [...at, 'sweep', 'seed'], code: 'not_integer', message: `a seed must be a whole number, got ${r.sweep.seed}` });
    out.push(...accuracyIssue(r.trainAccuracy, [...at, 'trainAccuracy']), ...accuracyIssue(r.testAccuracy, [...at, 'testAccuracy']));
    r.checkpoints.forEach((c, k) => out.push(...accuracyIssue(c.trainAccuracy, [...at, 'checkpoints', k, 'trainAccuracy']), ...accuracyIssue(c.testAccuracy, [...at, 'checkpoints', k, 'testAccuracy'])));
    out.push(...tagIssues(r.tags, [...at, 'tags']));
    out.push(...paramsIssues(r.initialParams, [...at, 'initialParams']), ...paramsIssues(r.finalParams, [...at, 'finalParams']));
    if (r.costs.iterations.length !== r.costs.costs.length) out.push({ path: [...at, 'costs'], code: 'shape_mismatch', message: `${r.costs.iterations.length} iterations but ${r.costs.costs.length} costs` });
  });
  return out;
}

/** The first few issues as one line, each `bundle.path: message`. */
export function describeBundleIssues(issues: readonly BundleIssue[]): string {
  const shown = issues.slice(0, 5).map((i) => `bundle.${i.path.join('.')}: ${i.message}`);
  return `invalid bundle: ${shown.join('; ')}${issues.length > 5 ? `; and ${issues.length - 5} more` : ''}`;
}

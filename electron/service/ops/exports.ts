// export.* and import.bundle: versioned JSON bundles and CSV metrics.
import { BUNDLE_FORMAT, BUNDLE_VERSION, parseBundle, serializeBundle, type Bundle, type BundleExperiment } from '../../../shared/contract/bundle';
import { bundleIssues, describeBundleIssues } from '../../../shared/contract/bundle-checks';
import { parseExperimentConfig, parseRunConfig } from '../../../shared/contract/config';
import { MAX_EXPORT_BYTES } from '../../../shared/contract/limits';
import { LabFailure } from '../../../shared/contract/errors';
import { issuesMessage, underPath, type PathSegment, type ValidationIssue } from '../../../shared/contract/issues';
import type { RunDetail } from '../../../shared/contract/records';
import { readBundleExperiment, readBundleRun, writeBundle } from '../../store/bundle-io';
import type { HandlerMap, ServiceContext } from '../context';
import { checkpointsCsv, costsCsv } from '../metrics-csv';
import { parseSweepSpec } from '../../../shared/contract/sweep';

type ExportOps = 'export.run' | 'export.experiment' | 'export.csv' | 'import.bundle';

function bundle(ctx: ServiceContext, experimentId: string, runIds: string[]): Bundle {
  const exp = readBundleExperiment(ctx.store, experimentId);
  if (!exp) throw new LabFailure('not_found', `no experiment ${experimentId}`);
  return {
    format: BUNDLE_FORMAT,
    version: BUNDLE_VERSION,
    exportedAt: new Date().toISOString(),
    appVersion: ctx.appVersion,
    experiments: [exp],
    runs: runIds.map((id) => readBundleRun(ctx.store, id)!),
  };
}

/** A bundle's config that fails its schema: the issues under their place in the bundle. */
function badConfig(at: PathSegment[], issues: readonly ValidationIssue[]): LabFailure {
  const placed = underPath(['bundle', ...at], issues);
  return new LabFailure('bad_bundle', `invalid bundle: ${issuesMessage(placed)}`, placed);
}

function checkExperimentConfig(e: BundleExperiment, i: number): void {
  const r = e.kind === 'sweep' ? parseSweepSpec(e.config) : parseExperimentConfig(e.config);
  if (!r.ok) throw badConfig(['experiments', i, 'config'], r.error.issues ?? []);
}

/** A bundle's text, refused if larger than an import takes (MAX_EXPORT_BYTES), so every export can be imported again. */
function sized(text: string): string {
  const bytes = Buffer.byteLength(text);
  if (bytes > MAX_EXPORT_BYTES) {
    throw new LabFailure('invalid_input', `the bundle would be ${Math.ceil(bytes / 2 ** 20)} MiB, over the limit of ${MAX_EXPORT_BYTES / 2 ** 20} MiB that an import takes; export fewer runs at a time`);
  }
  return text;
}

/** The export and import operations. */
export const exportOps: HandlerMap<ExportOps> = {
  'export.run'(ctx, input) {
    const s = ctx.store.runSummary(input.id);
    if (!s) throw new LabFailure('not_found', `no run ${input.id}`);
    return { fileName: `init-lab-run-${s.id}.json`, mimeType: 'application/json', text: sized(serializeBundle(bundle(ctx, s.experimentId, [s.id]))) };
  },

  'export.experiment'(ctx, input) {
    if (!ctx.store.experimentSummary(input.id)) throw new LabFailure('not_found', `no experiment ${input.id}`);
    const runIds = ctx.store.experimentRuns(input.id).map((r) => r.id);
    return { fileName: `init-lab-experiment-${input.id}.json`, mimeType: 'application/json', text: sized(serializeBundle(bundle(ctx, input.id, runIds))) };
  },

  'export.csv'(ctx, input) {
    const include = { costs: input.what === 'costs', checkpoints: input.what === 'checkpoints', params: false };
    const runs: RunDetail[] = input.runIds.map((id) => {
      const d = ctx.store.runDetail(id, include);
      if (!d) throw new LabFailure('not_found', `no run ${id}`);
      return d;
    });
    const text = input.what === 'costs' ? costsCsv(runs) : checkpointsCsv(runs);
    const name = input.runIds.length === 1 ? `init-lab-${input.what}-${input.runIds[0]}.csv` : `init-lab-${input.what}-${input.runIds.length}-runs.csv`;
    return { fileName: name, mimeType: 'text/csv', text };
  },

  'import.bundle'(ctx, input) {
    const parsed = parseBundle(input.text);
    if (!parsed.ok) throw new LabFailure(parsed.error.code, parsed.error.message);
    const b = parsed.value;
    b.experiments.forEach(checkExperimentConfig);
    const runs = b.runs.map((r, i) => {
      const c = parseRunConfig(r.config);
      if (!c.ok) throw badConfig(['runs', i, 'config'], c.error.issues);
      return { ...r, config: c.value };
    });
    // Checked in full before the one write transaction, so a bad bundle writes nothing.
    const issues = bundleIssues(b);
    if (issues.length > 0) throw new LabFailure('bad_bundle', describeBundleIssues(issues));
    const ids = writeBundle(ctx.store, b.experiments, runs);
    ctx.events.emit({ type: 'store.changed', experimentIds: ids.experimentIds, runIds: ids.runIds });
    return ids;
  },
};

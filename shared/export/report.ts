// A whole comparison as one self-contained HTML document: numbers, charts and configs, opening offline.
import type { RunConfig } from '../contract/config';
import { settingName } from './setting-names';
import type { Comparison, Summary } from '../stats';
import { configDiff } from './config-diff';
import { configFields, formatConfigValue, initSpecText } from './config-fields';
import { escapeHtml, isPngDataUrl, svgDataUrl } from './html';
import { formatIteration, formatNumber, formatP, formatPercent } from './report-format';
import { REPORT_CSS } from './report-style';

/** A chart the caller rendered: an SVG document (shown as an image) and/or a PNG data URL; the SVG wins. */
export interface ReportChart {
  name: string;
  svg?: string;
  /** data:image/png;base64,… (anything else is refused, so the report never fetches). */
  pngDataUrl?: string;
  /** A sentence under the chart. */
  caption?: string;
}

/** How a run (or an arm's representative run) ended: fields RunResult and RunSummary both carry. */
export interface ReportResult {
  /** How it ended, as RunResult.outcome or RunSummary.status says (done, diverged, cancelled, …). */
  status?: string;
  /** Final train cost; ∞ or NaN when it blew up; null when unknown. */
  finalCost: number | null;
  /** Fractions in [0, 1]. */
  trainAccuracy: number | null;
  testAccuracy: number | null;
  /** Iteration at which training blew up (non-finite parameters or NaN cost), or null. */
  divergedAt: number | null;
  /** First iteration whose cost was not finite (the course's random arm: 0), or null. */
  firstNonFiniteIteration: number | null;
  iterationsRun?: number | null;
  trainSeconds?: number | null;
  /** Test accuracy per class at the last checkpoint (fractions, NaN for a class without test samples); shown for more than two classes. */
  perClass?: { classes: string[]; accuracy: number[] } | null;
}

/** One metric of an arm summarized across its seeds (shared/stats summarize). */
export interface ReportSeedStat {
  /** What was summarized, e.g. "final cost" or "test accuracy". */
  metric: string;
  /** Whether the values are accuracies (fractions shown as percentages). */
  percent?: boolean;
  summary: Summary;
}

/** One arm of the comparison. */
export interface ReportArm {
  label: string;
  config: RunConfig;
  result: ReportResult;
  /** The init seeds behind seedStats when the arm stands for several runs. */
  seeds?: number[];
  seedStats?: ReportSeedStat[];
  charts?: ReportChart[];
  tags?: string[];
  notes?: string;
}

/** Arm a against arm b on one metric (shared/stats compare). */
export interface ReportComparison {
  a: string;
  b: string;
  metric: string;
  comparison: Comparison;
}

/** Everything a report shows. Every string is escaped; charts are embedded as data URLs. */
export interface ReportInput {
  title: string;
  /** ISO 8601 time the report was made. */
  createdAt: string;
  notes?: string;
  arms: ReportArm[];
  /** Charts of the comparison as a whole (e.g. the arms' cost curves overlaid). */
  charts?: ReportChart[];
  comparisons?: ReportComparison[];
}

// No script, no network: even a value that slipped through escaping could neither run nor fetch.
const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

/** The report as one HTML document with inline CSS and images, no script, no external requests. */
export function buildHtmlReport(input: ReportInput): string {
  const e = escapeHtml;
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${CSP}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${e(input.title)}</title>`,
    `<style>${REPORT_CSS}</style>`,
    '</head>',
    '<body>',
    '<header>',
    `<h1>${e(input.title)}</h1>`,
    `<p class="meta">Created <time datetime="${e(input.createdAt)}">${e(input.createdAt)}</time> · ${input.arms.length} arm${input.arms.length === 1 ? '' : 's'}</p>`,
    input.notes ? `<p class="notes">${e(input.notes)}</p>` : '',
    '</header>',
    '<main>',
    resultsSection(input.arms),
    perClassSection(input.arms),
    seedSection(input.arms),
    comparisonsSection(input.comparisons ?? []),
    input.charts?.length ? `<section><h2>Charts</h2>${charts(input.charts, 'wide')}</section>` : '',
    armsSection(input.arms),
    configSection(input.arms),
    '</main>',
    '<footer>Init Lab report. Accuracies are fractions of correctly classified points; costs are the run\'s loss on the whole training set.</footer>',
    '</body>',
    '</html>',
    '',
  ]
    .filter((line) => line !== '')
    .join('\n');
}

function resultsSection(arms: readonly ReportArm[]): string {
  const rows = arms.map((arm) => {
    const r = arm.result;
    return tr([
      th(arm.label, 'row'),
      td(initSpecText(arm.config)),
      td(arm.seeds?.length ? arm.seeds.join(', ') : String(arm.config.initSeed)),
      td(r.status ?? '—', r.status === 'diverged' ? 'bad' : ''),
      numTd(formatNumber(r.finalCost), r.finalCost === null ? undefined : String(r.finalCost)),
      numTd(formatPercent(r.trainAccuracy)),
      numTd(formatPercent(r.testAccuracy)),
      numTd(formatIteration(r.divergedAt), undefined, r.divergedAt !== null),
      numTd(formatIteration(r.firstNonFiniteIteration), undefined, r.firstNonFiniteIteration !== null),
      numTd(formatIteration(r.iterationsRun)),
      numTd(r.trainSeconds === null || r.trainSeconds === undefined ? '—' : `${formatNumber(r.trainSeconds, 3)} s`),
    ]);
  });
  return section(
    'Results',
    table(
      'Final numbers per arm',
      ['Arm', 'Initializer', 'Init seed', 'Status', 'Final cost', 'Train accuracy', 'Test accuracy', 'Diverged at', 'First non-finite cost', 'Iterations', 'Training time'],
      rows,
    ),
  );
}

/** A run's test accuracy per class at its last checkpoint, for ReportResult.perClass; null without one. */
export function perClassOf(run: { classes: string[]; checkpoints: readonly { perClassAccuracy?: number[] }[] }): ReportResult['perClass'] {
  const last = run.checkpoints[run.checkpoints.length - 1]?.perClassAccuracy;
  return last ? { classes: [...run.classes], accuracy: [...last] } : null;
}

function perClassSection(arms: readonly ReportArm[]): string {
  const withClasses = arms.filter((arm) => (arm.result.perClass?.classes.length ?? 0) > 2);
  if (withClasses.length === 0) return '';
  // Arms of one comparison may differ in their data; each row names its own classes when they do.
  const classes = withClasses[0].result.perClass?.classes ?? [];
  const same = withClasses.every((arm) => arm.result.perClass?.classes.join('\n') === classes.join('\n'));
  const rows = withClasses.map((arm) => {
    const pc = arm.result.perClass as { classes: string[]; accuracy: number[] };
    // NaN: the class has no test samples.
    const pct = (a: number) => (Number.isNaN(a) ? '—' : formatPercent(a));
    return tr([th(arm.label, 'row'), ...pc.accuracy.map((a, k) => numTd(same ? pct(a) : `${pc.classes[k]}: ${pct(a)}`))]);
  });
  return section('Per class', table('Test accuracy per class at the last checkpoint', ['Arm', ...(same ? classes : classes.map((_, k) => `Class ${k + 1}`))], rows));
}

function seedSection(arms: readonly ReportArm[]): string {
  const rows = arms.flatMap((arm) =>
    (arm.seedStats ?? []).map((s) => {
      const f = (x: number | null) => (s.percent ? formatPercent(x) : formatNumber(x));
      const { summary: m } = s;
      return tr([
        th(arm.label, 'row'),
        td(s.metric),
        numTd(String(m.n)),
        numTd(String(m.nonFinite), undefined, m.nonFinite > 0),
        numTd(f(m.mean)),
        numTd(f(m.std)),
        numTd(f(m.median)),
        numTd(m.min === null || m.max === null ? '—' : `${f(m.min)} – ${f(m.max)}`),
        numTd(m.ci95 ? `${f(m.ci95[0])} – ${f(m.ci95[1])}` : '—'),
      ]);
    }),
  );
  if (rows.length === 0) return '';
  return section(
    'Across seeds',
    table('Each metric over the seeds of each arm (non-finite values left out and counted)', ['Arm', 'Metric', 'n', 'Non-finite', 'Mean', 'Std', 'Median', 'Range', '95% CI of the mean'], rows),
  );
}

function comparisonsSection(comparisons: readonly ReportComparison[]): string {
  if (comparisons.length === 0) return '';
  const rows = comparisons.map(({ a, b, metric, comparison: c }) =>
    tr([
      th(`${a} vs ${b}`, 'row'),
      td(metric),
      numTd(formatNumber(c.meanDiff)),
      numTd(`${formatNumber(c.ci95[0])} – ${formatNumber(c.ci95[1])}`),
      numTd(formatP(c.welchP)),
      numTd(`${formatP(c.mannWhitneyP)} (${c.mannWhitneyMethod})`),
      numTd(formatNumber(c.cohenD, 3)),
      numTd(formatNumber(c.cliffDelta, 3)),
      numTd(`${c.nA} / ${c.nB}`),
    ]),
  );
  return section(
    'Comparisons',
    table('Pairwise differences (a − b)', ['Arms', 'Metric', 'Mean difference', '95% CI (bootstrap)', 'Welch p', 'Mann–Whitney p', "Cohen's d", "Cliff's δ", 'n (a / b)'], rows),
  );
}

function armsSection(arms: readonly ReportArm[]): string {
  const parts = arms
    .filter((arm) => arm.tags?.length || arm.notes || arm.charts?.length)
    .map((arm) =>
      [
        `<h3>${escapeHtml(arm.label)}</h3>`,
        arm.tags?.length ? `<p>${arm.tags.map((t) => `<span class="tag">${escapeHtml(t)}</span>`).join('')}</p>` : '',
        arm.notes ? `<p class="notes">${escapeHtml(arm.notes)}</p>` : '',
        arm.charts?.length ? charts(arm.charts) : '',
      ].join(''),
    );
  return parts.length ? section('Arms', parts.join('\n')) : '';
}

function configSection(arms: readonly ReportArm[]): string {
  const configs = arms.map((a) => a.config);
  const differing = new Set(configDiff(configs).map((d) => d.path));
  const perArm = configs.map((c) => new Map(configFields(c).map((f) => [f.path, f.value])));
  const paths = [...new Set(perArm.flatMap((m) => [...m.keys()]))];
  const rows = paths.map((path) => {
    const differs = differing.has(path);
    return tr(
      [th(`${differs ? '≠ ' : ''}${settingName(path)} (${path})`, 'row'), ...perArm.map((m) => td(formatConfigValue(m.get(path))))],
      differs ? 'differs' : '',
    );
  });
  const json = arms
    .map((a) => `<details><summary>${escapeHtml(a.label)}: the full config (JSON)</summary><pre>${escapeHtml(JSON.stringify(a.config, null, 2))}</pre></details>`)
    .join('\n');
  const note = differing.size
    ? `<p class="muted">Rows marked ≠ differ between arms (${differing.size} field${differing.size === 1 ? '' : 's'}); defaults are filled in.</p>`
    : '<p class="muted">Every arm has the same config.</p>';
  return section('Configuration', `${note}\n${table('Every config field, per arm', ['Field', ...arms.map((a) => a.label)], rows)}\n${json}`);
}

/** A grid of figures; the comparison's own charts are `wide`, one per row at the page's full width. */
function charts(list: readonly ReportChart[], layout: 'grid' | 'wide' = 'grid'): string {
  return `<div class="charts${layout === 'wide' ? ' wide' : ''}">${list.map(chart).join('\n')}</div>`;
}

function chart(c: ReportChart): string {
  const src = c.svg !== undefined ? svgDataUrl(c.svg) : c.pngDataUrl !== undefined && isPngDataUrl(c.pngDataUrl) ? c.pngDataUrl : null;
  const caption = `<figcaption>${escapeHtml(c.name)}${c.caption ? `: ${escapeHtml(c.caption)}` : ''}</figcaption>`;
  const body = src
    ? `<img src="${escapeHtml(src)}" alt="${escapeHtml(c.name)}">`
    : '<p class="muted">(chart not embedded: it was neither an SVG document nor a PNG data URL)</p>';
  return `<figure>${body}${caption}</figure>`;
}

function section(title: string, body: string): string {
  return `<section><h2>${escapeHtml(title)}</h2>\n${body}\n</section>`;
}

function table(caption: string, headers: readonly string[], rows: readonly string[]): string {
  const head = `<thead><tr>${headers.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join('')}</tr></thead>`;
  return `<table><caption>${escapeHtml(caption)}</caption>${head}<tbody>\n${rows.join('\n')}\n</tbody></table>`;
}

function tr(cells: readonly string[], cls = ''): string {
  return `<tr${cls ? ` class="${cls}"` : ''}>${cells.join('')}</tr>`;
}

function th(text: string, scope: 'row' | 'col'): string {
  return `<th scope="${scope}">${escapeHtml(text)}</th>`;
}

function td(text: string, cls = ''): string {
  return `<td${cls ? ` class="${cls}"` : ''}>${escapeHtml(text)}</td>`;
}

function numTd(text: string, title?: string, bad = false): string {
  const cls = bad ? 'num bad' : 'num';
  return `<td class="${cls}"${title ? ` title="${escapeHtml(title)}"` : ''}>${escapeHtml(text)}</td>`;
}

// A comparison as one self-contained HTML file: charts as inline SVG, numbers, what differs and each full config.
// It loads nothing from anywhere, so it opens offline and can be mailed as is.
import type { DiffRow } from './configDiff';
import { formatNumber, formatPercent } from './format';

/** One run in a report. */
export interface ReportRun {
  label: string;
  color: string;
  experiment: string;
  init: string;
  seed: number;
  status: string;
  trainAccuracy: number | null;
  testAccuracy: number | null;
  finalCost: number | null;
  trainSeconds: number | null;
  config: unknown;
}

/** Everything a report shows. */
export interface ReportInput {
  title: string;
  generatedAt: string;
  appVersion: string;
  runs: readonly ReportRun[];
  /** Serialized SVG documents of the charts, each with a caption. */
  charts: readonly { caption: string; svg: string }[];
  diff: readonly DiffRow[];
  notes: readonly string[];
}

/** Escapes text for HTML. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);
}

function inlineSvg(svg: string): string {
  // an inline SVG must not carry an XML prolog
  return svg.replace(/^<\?xml[^>]*>\s*/, '');
}

/** The report's HTML text. */
export function buildReport(r: ReportInput): string {
  const e = escapeHtml;
  const rows = r.runs
    .map(
      (x) => `<tr><td><span class="sw" style="background:${e(x.color)}"></span>${e(x.label)}</td><td>${e(x.experiment)}</td><td><code>${e(x.init)}</code></td>` +
        `<td class="n">${x.seed}</td><td>${e(x.status)}</td><td class="n">${formatPercent(x.trainAccuracy)}</td><td class="n">${formatPercent(x.testAccuracy)}</td>` +
        `<td class="n">${e(formatNumber(x.finalCost, 5))}</td><td class="n">${x.trainSeconds == null ? '—' : `${x.trainSeconds.toFixed(2)} s`}</td></tr>`,
    )
    .join('\n');
  const diff = r.diff.length
    ? `<table><thead><tr><th>setting</th>${r.runs.map((x) => `<th>${e(x.label)}</th>`).join('')}</tr></thead><tbody>${r.diff
        .map((d) => `<tr><td><code>${e(d.path)}</code></td>${d.values.map((v) => `<td><code>${e(v)}</code></td>`).join('')}</tr>`)
        .join('\n')}</tbody></table>`
    : '<p>The configs are identical.</p>';
  const charts = r.charts.map((c) => `<figure>${inlineSvg(c.svg)}<figcaption>${e(c.caption)}</figcaption></figure>`).join('\n');
  const notes = r.notes.length ? `<ul class="notes">${r.notes.map((n) => `<li>${e(n)}</li>`).join('')}</ul>` : '';
  const configs = r.runs.map((x) => `<details><summary>${e(x.label)}</summary><pre>${e(JSON.stringify(x.config, null, 2))}</pre></details>`).join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Init Lab ${e(r.appVersion)}">
<title>${e(r.title)}</title>
<style>
body{font:14px/1.45 system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;color:#1b1f24;background:#fff;margin:24px auto;max-width:1100px;padding:0 16px}
h1{font-size:1.5rem;margin:0 0 4px}h2{font-size:1.1rem;margin:24px 0 8px}
table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:4px 8px;border-bottom:1px solid #d5d9e0}th{color:#535b66;font-size:.9em}
td.n{text-align:right;font-variant-numeric:tabular-nums}code,pre{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:.9em}
pre{background:#f3f4f6;padding:8px;overflow:auto;max-height:400px}
.sw{display:inline-block;width:10px;height:10px;border-radius:2px;margin-right:6px}
figure{display:inline-block;vertical-align:top;margin:12px 12px 12px 0;max-width:100%}figure svg{max-width:100%;height:auto}figcaption{color:#535b66;font-size:.9em}
.meta{color:#535b66}.notes li{margin:4px 0}
</style>
</head>
<body>
<h1>${e(r.title)}</h1>
<p class="meta">${r.runs.length} runs · generated ${e(r.generatedAt)} by Init Lab ${e(r.appVersion)}</p>
<h2>Results</h2>
<table><thead><tr><th>run</th><th>experiment</th><th>initializer</th><th>seed</th><th>status</th><th>train</th><th>test</th><th>final cost</th><th>training time</th></tr></thead>
<tbody>
${rows}
</tbody></table>
${notes}
<h2>Charts</h2>
${charts}
<h2>What differs</h2>
${diff}
<h2>Full configs</h2>
${configs}
</body>
</html>
`;
}

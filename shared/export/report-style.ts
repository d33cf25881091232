// The report's stylesheet, inlined: readable on screen and paper, light or dark as the reader's system is.

/** CSS of the HTML report (no external fonts or images). */
export const REPORT_CSS = `
:root { color-scheme: light dark; --fg: #1b1f24; --muted: #57606a; --bg: #ffffff; --line: #d0d7de; --head: #f6f8fa; --mark: #fff3c4; --bad: #b35806; }
@media (prefers-color-scheme: dark) {
  :root { --fg: #e6edf3; --muted: #9da7b3; --bg: #0d1117; --line: #30363d; --head: #161b22; --mark: #3d3000; --bad: #f1a340; }
}
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 1200px; padding: 24px; font: 14px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; color: var(--fg); background: var(--bg); }
h1 { font-size: 24px; margin: 0 0 4px; }
h2 { font-size: 18px; margin: 32px 0 8px; border-bottom: 1px solid var(--line); padding-bottom: 4px; }
h3 { font-size: 15px; margin: 20px 0 6px; }
.meta, .muted { color: var(--muted); }
.notes { white-space: pre-wrap; }
table { border-collapse: collapse; margin: 8px 0; width: 100%; }
caption { text-align: left; font-weight: 600; padding: 4px 0; }
th, td { border: 1px solid var(--line); padding: 4px 8px; text-align: left; vertical-align: top; }
thead th { background: var(--head); }
td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
tr.differs td, tr.differs th { background: var(--mark); }
.bad { color: var(--bad); font-weight: 600; }
.tag { display: inline-block; border: 1px solid var(--line); border-radius: 10px; padding: 0 8px; margin-right: 4px; font-size: 12px; }
figure { margin: 12px 0; }
figure img { max-width: 100%; height: auto; border: 1px solid var(--line); background: #ffffff; }
figcaption { color: var(--muted); font-size: 13px; }
.charts { display: grid; grid-template-columns: repeat(auto-fill, minmax(360px, 1fr)); gap: 12px; }
.charts.wide { grid-template-columns: 1fr; }
.charts.wide img { width: 100%; }
details pre { overflow-x: auto; background: var(--head); padding: 8px; border: 1px solid var(--line); }
footer { margin-top: 40px; color: var(--muted); font-size: 12px; }
@media print { body { max-width: none; padding: 0; } details { display: none; } }
`;

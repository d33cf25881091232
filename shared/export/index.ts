// Exports of runs and comparisons: Python snippets of the initial weights, HTML reports, CSV tables, config diffs.
export { numpySnippet, pytorchSnippet, type SnippetOptions } from './snippets';
export { snippetFidelity, type SnippetFidelity } from './snippet-arm';
export { configDiff, sameValue, type ConfigDifference } from './config-diff';
export { configFields, formatConfigValue, initSpecText, type ConfigField } from './config-fields';
export { settingName } from './setting-names';
export { CHECKPOINT_COLUMNS, checkpointsCsv, costsCsv, runsCheckpointsCsv, runsCostsCsv, type CsvRun } from './csv';
export {
  buildHtmlReport,
  perClassOf,
  type ReportArm,
  type ReportChart,
  type ReportComparison,
  type ReportInput,
  type ReportResult,
  type ReportSeedStat,
} from './report';
export { escapeHtml, isPngDataUrl, svgDataUrl } from './html';
export { formatIteration, formatNumber, formatP, formatPercent } from './report-format';

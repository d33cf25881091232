// The report's pictures: cost and accuracy charts and each run's final boundary, drawn as SVG in the light theme.
import { Context as SvgContext } from 'svgcanvas';
import type { RunDetail } from '../../../../shared/contract/records';
import { drawBoundary, type LabelledPoint } from '../boundary/boundaryDraw';
import { chartToSvg, withExportLegend } from './chartExport';
import { LIGHT_CHART_COLORS } from './chartTheme';
import { costBands, costLines } from '../cost/costSeries';
import { formatPercent } from '../runs/format';
import { buildLineChartConfig } from './lineChartConfig';

/** A run with how it is drawn. */
export interface DrawnRun {
  run: RunDetail;
  label: string;
  color: string;
  points: { train: readonly LabelledPoint[]; test: readonly LabelledPoint[] } | null;
}

/** A chart for the report: its name, an SVG document and a caption. */
export interface SvgChart {
  name: string;
  svg: string;
  caption: string;
}

/** The comparison's cost and accuracy charts as SVG. */
export function reportCharts(runs: readonly DrawnRun[]): SvgChart[] {
  const series = runs.map((r) => ({ id: r.run.id, label: r.label, color: r.color, costs: r.run.costs }));
  let lo = Infinity;
  let hi = 0;
  for (const s of series) for (const p of s.costs) if (Number.isFinite(p.cost) && p.cost > 0) [lo, hi] = [Math.min(lo, p.cost), Math.max(hi, p.cost)];
  const logScale = hi > 0 && hi / lo > 50;
  const out: SvgChart[] = [];
  out.push({
    name: 'Cost',
    caption: `Cost by iteration${logScale ? ' (log scale)' : ''}; shaded stretches are where a cost was infinite or NaN.`,
    svg: chartToSvg(
      withExportLegend(
        buildLineChartConfig({ series: costLines(series), bands: costBands(series), colors: LIGHT_CHART_COLORS, xTitle: 'Iteration', yTitle: 'Cost', logScale }),
        runs.map((r) => ({ label: r.label, color: r.color })),
        LIGHT_CHART_COLORS.muted,
      ),
      { width: 1000, height: 360 },
    ),
  });
  out.push({
    name: 'Accuracy',
    caption: 'Train (solid) and test (dashed) accuracy at each checkpoint.',
    svg: chartToSvg(
      withExportLegend(
        buildLineChartConfig({
          series: runs.flatMap((r) => [
            { id: `${r.run.id}:train`, label: `${r.label} train`, color: r.color, markers: true, points: r.run.checkpoints.map((c) => ({ x: c.iteration, y: c.trainAccuracy })) },
            { id: `${r.run.id}:test`, label: `${r.label} test`, color: r.color, dashed: true, markers: true, points: r.run.checkpoints.map((c) => ({ x: c.iteration, y: c.testAccuracy })) },
          ]),
          colors: LIGHT_CHART_COLORS,
          xTitle: 'Iteration',
          yTitle: 'Accuracy',
          yMin: 0,
          yMax: 1,
          formatY: formatPercent,
        }),
        runs.flatMap((r) => [
          { label: `${r.label} train`, color: r.color },
          { label: `${r.label} test`, color: r.color, dashed: true },
        ]),
        LIGHT_CHART_COLORS.muted,
      ),
      { width: 1000, height: 320 },
    ),
  });
  return out;
}

/** A run's final decision boundary with its training points as SVG, or null when it has none. */
export function boundarySvg(r: DrawnRun): SvgChart | null {
  const grid = [...r.run.checkpoints].reverse().find((c) => c.boundary)?.boundary ?? null;
  if (!grid || !r.points) return null;
  const size = 320;
  const ctx = new SvgContext({ width: size, height: size, document });
  drawBoundary(ctx as unknown as CanvasRenderingContext2D, size, size, { grid, train: r.points.train, test: [], showTest: false, colors: { surface: '#ffffff', text: '#1b1f24', muted: '#535b66' } }, false);
  return { name: `Decision boundary · ${r.label}`, caption: 'After training, with the training points.', svg: ctx.getSerializedSvg(true) };
}

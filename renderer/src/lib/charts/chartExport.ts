// Renders a chart configuration off screen: PNG at 2× resolution, or SVG through svgcanvas.
import { BasicPlatform, Chart, type ChartConfiguration } from 'chart.js';
import { Context as SvgContext } from 'svgcanvas';
import { logTickCallback, type LogTickCallback } from './chartBase';
import { ensureChartSetup } from './chartSetup';

/** Size of an exported chart in CSS pixels. */
export interface ExportSize {
  width: number;
  height: number;
}

/** A curve as the on-screen legend shows it; an exported file carries these in its own legend. */
export interface ExportLegendEntry {
  label: string;
  color: string;
  dashed?: boolean;
  /** Hidden curves are not drawn, so they are left out of the legend too. */
  hidden?: boolean;
}

/**
 * The chart with chart.js's legend listing the given entries (the app's legends are HTML beside the canvas,
 * which an exported PNG or SVG would otherwise lose: a file without one does not say which curve is which).
 */
export function withExportLegend(cfg: ChartConfiguration, entries: readonly ExportLegendEntry[], textColor: string): ChartConfiguration {
  const shown = entries.filter((e) => !e.hidden);
  if (shown.length === 0) return cfg;
  const options = { ...(cfg.options ?? {}) } as Record<string, unknown>;
  const plugins = { ...((options.plugins as Record<string, unknown>) ?? {}) };
  plugins.legend = {
    display: true,
    position: 'top',
    onClick: () => {},
    labels: {
      color: textColor,
      usePointStyle: true,
      pointStyleWidth: 26,
      generateLabels: () =>
        shown.map((e) => ({
          text: e.label,
          pointStyle: 'line',
          fillStyle: e.color,
          strokeStyle: e.color,
          fontColor: textColor,
          lineWidth: 3,
          lineDash: e.dashed ? [5, 3] : [],
          hidden: false,
        })),
    },
  };
  options.plugins = plugins;
  return { ...cfg, options } as ChartConfiguration;
}

/**
 * Scales as an export draws them: a log axis labels powers of ten only, thinned to its length in the file, since
 * an exported chart is read at a glance and the on-screen axis's 2s, 3s and 5s crowd it.
 */
export function exportScales(scales: Record<string, Record<string, unknown>> | undefined): Record<string, Record<string, unknown>> | undefined {
  if (!scales) return scales;
  const out: Record<string, Record<string, unknown>> = {};
  for (const [id, scale] of Object.entries(scales)) {
    const ticks = (scale.ticks ?? {}) as Record<string, unknown>;
    const callback = ticks.callback as Partial<LogTickCallback> | undefined;
    out[id] = scale.type === 'logarithmic' && callback?.logFormat ? { ...scale, ticks: { ...ticks, callback: logTickCallback(callback.logFormat, true) } } : scale;
  }
  return out;
}

/** The configuration an export draws: no animation, fixed size and pixel ratio, no pointer events, export axes. */
export function staticConfig(cfg: ChartConfiguration, dpr: number): ChartConfiguration {
  const options = { ...(cfg.options ?? {}) } as Record<string, unknown>;
  options.scales = exportScales(options.scales as Record<string, Record<string, unknown>> | undefined);
  options.animation = false;
  options.responsive = false;
  options.maintainAspectRatio = false;
  options.devicePixelRatio = dpr;
  options.events = [];
  // the zoom plugin attaches pointer listeners, which neither a detached canvas nor an SVG context can take
  options.plugins = { ...((options.plugins as Record<string, unknown>) ?? {}), zoom: false };
  return { ...cfg, options } as ChartConfiguration;
}

/** Draws the chart at `scale`× into a detached canvas and returns it as a PNG blob. */
export async function chartToPng(cfg: ChartConfiguration, size: ExportSize, scale = 2): Promise<Blob> {
  ensureChartSetup();
  const canvas = document.createElement('canvas');
  canvas.style.width = `${size.width}px`;
  canvas.style.height = `${size.height}px`;
  canvas.width = size.width * scale;
  canvas.height = size.height * scale;
  // chart.js sizes a responsive:false canvas from its attributes; keep it off-screen but in the document.
  const holder = document.createElement('div');
  holder.style.cssText = `position:fixed;left:-100000px;top:0;width:${size.width}px;height:${size.height}px;`;
  holder.appendChild(canvas);
  document.body.appendChild(holder);
  try {
    const chart = new Chart(canvas, staticConfig(cfg, scale));
    chart.resize(size.width, size.height);
    chart.draw();
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    chart.destroy();
    if (!blob) throw new Error('the browser could not encode the PNG');
    return blob;
  } finally {
    holder.remove();
  }
}

/** Draws the chart into an SVG drawing context and returns the serialized SVG document. */
export function chartToSvg(cfg: ChartConfiguration, size: ExportSize): string {
  ensureChartSetup();
  const ctx = new SvgContext({ width: size.width, height: size.height, document }) as unknown as CanvasRenderingContext2D & {
    getSerializedSvg(fixNamedEntities?: boolean): string;
  };
  // chart.js asks the "canvas" for its size and a 2D context; the SVG context stands in for both.
  const fake = ctx as unknown as Record<string, unknown>;
  fake.width = size.width;
  fake.height = size.height;
  fake.style = {};
  fake.getContext = () => ctx;
  const base = staticConfig(cfg, 1);
  const options = base.options as Record<string, unknown>;
  // svgcanvas loses line paths drawn through chart.js's segment styling unless segments are disabled.
  const datasets = ((options.datasets as Record<string, unknown>) ?? {}) as Record<string, Record<string, unknown>>;
  options.datasets = { ...datasets, line: { ...(datasets.line ?? {}), segment: {} } };
  const chart = new Chart(ctx as unknown as HTMLCanvasElement, { ...base, platform: BasicPlatform } as ChartConfiguration);
  chart.draw();
  const svg = ctx.getSerializedSvg(true);
  chart.destroy();
  return svg.startsWith('<?xml') ? svg : `<?xml version="1.0" encoding="UTF-8"?>\n${svg}`;
}

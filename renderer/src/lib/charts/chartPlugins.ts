// Small chart.js plugins: an opaque background (for exports) and shaded bands over non-finite stretches.
import type { Chart, Plugin } from 'chart.js';

/** Fills the canvas with a colour before drawing, so exported images are not transparent. */
export function backgroundPlugin(color: string): Plugin {
  return {
    id: 'initLabBackground',
    beforeDraw(chart: Chart) {
      const { ctx, width, height } = chart;
      ctx.save();
      ctx.fillStyle = color;
      ctx.fillRect(0, 0, width, height);
      ctx.restore();
    },
  };
}

/** A band along x to shade, e.g. where a curve's cost was infinite. */
export interface XBand {
  from: number;
  to: number;
  color: string;
  label?: string;
  labelColor?: string;
  /** Fill behind the label (the chart's surface colour), for legibility over the bands. */
  labelBackground?: string;
}

/** Shades x-ranges across the plot area (at least 3 px wide) with an optional label at the top. */
export function xBandsPlugin(bands: () => XBand[]): Plugin {
  return {
    id: 'initLabXBands',
    beforeDatasetsDraw(chart: Chart) {
      const x = chart.scales.x;
      const area = chart.chartArea;
      if (!x || !area) return;
      const { ctx } = chart;
      ctx.save();
      ctx.beginPath();
      ctx.rect(area.left, area.top, area.right - area.left, area.bottom - area.top);
      ctx.clip();
      const drawn: { b: XBand; x0: number }[] = [];
      for (const b of bands()) {
        let x0 = x.getPixelForValue(b.from);
        let x1 = x.getPixelForValue(b.to);
        if (!Number.isFinite(x0) || !Number.isFinite(x1)) continue;
        // zoomed or panned away: neither the band nor its label belongs on screen
        if (x1 < area.left || x0 > area.right) continue;
        if (x1 - x0 < 3) {
          const mid = (x0 + x1) / 2;
          x0 = mid - 1.5;
          x1 = mid + 1.5;
        }
        ctx.fillStyle = b.color;
        ctx.fillRect(x0, area.top, x1 - x0, area.bottom - area.top);
        drawn.push({ b, x0 });
      }
      // labels after every band, on a backing of the page colour, so later bands cannot cover them
      ctx.font = '600 11px system-ui, sans-serif';
      ctx.textAlign = 'left';
      ctx.textBaseline = 'top';
      for (const { b, x0 } of drawn) {
        if (!b.label) continue;
        const tx = Math.max(area.left + 2, x0 + 3);
        if (b.labelBackground) {
          ctx.fillStyle = b.labelBackground;
          ctx.fillRect(tx - 2, area.top + 2, ctx.measureText(b.label).width + 4, 14);
        }
        ctx.fillStyle = b.labelColor ?? '#000';
        ctx.fillText(b.label, tx, area.top + 3);
      }
      ctx.restore();
    },
  };
}

// Draws per-layer histograms over training as heat strips: checkpoints across, values up, share as colour.
import { formatNumber } from '../runs/format';
import type { HistogramTimeline } from './histogramTimeline';
import { viridis } from '../stats/statsColor';

/** Panel geometry for n layers in a width: panels side by side, wrapping at four. */
export function timelineLayout(n: number, width: number): { columns: number; panelW: number; panelH: number; height: number } {
  const columns = Math.max(1, Math.min(n, 4, Math.floor(width / 150) || 1));
  const panelW = Math.floor(width / columns);
  const panelH = 150;
  return { columns, panelW, panelH, height: Math.ceil(n / columns) * panelH };
}

/** The colour of a bin holding `share` of a checkpoint's values when the busiest bin anywhere holds `max` (square-root scale, so thin tails show). */
export function shareColor(share: number, max: number): string {
  return share > 0 && max > 0 ? viridis(Math.sqrt(share / max)) : '';
}

/** Draws every layer's strip with its title, value range and first/last iteration. */
export function drawTimelines(ctx: CanvasRenderingContext2D, width: number, timelines: readonly HistogramTimeline[], colors: { text: string; muted: string; empty: string }): void {
  const { columns, panelW, panelH } = timelineLayout(timelines.length, width);
  const padL = 40;
  const padT = 16;
  const padB = 18;
  ctx.font = '11px system-ui, sans-serif';
  timelines.forEach((t, k) => {
    const x0 = (k % columns) * panelW + padL;
    const y0 = Math.floor(k / columns) * panelH + padT;
    const w = panelW - padL - 8;
    const h = panelH - padT - padB;
    const n = t.iterations.length;
    let max = 0;
    for (const s of t.shares) max = Math.max(max, s);
    ctx.fillStyle = colors.empty;
    ctx.fillRect(x0, y0, w, h);
    const cw = w / n;
    const bh = h / t.bins;
    for (let c = 0; c < n; c++) {
      for (let j = 0; j < t.bins; j++) {
        const fill = shareColor(t.shares[c * t.bins + j], max);
        if (!fill) continue;
        ctx.fillStyle = fill;
        // value bins run upwards; a hair of overlap keeps seams from showing between cells
        ctx.fillRect(x0 + c * cw, y0 + h - (j + 1) * bh, cw + 0.5, bh + 0.5);
      }
    }
    ctx.fillStyle = colors.text;
    ctx.textAlign = 'left';
    ctx.textBaseline = 'bottom';
    ctx.fillText(`layer ${t.layer}`, x0, y0 - 2);
    ctx.fillStyle = colors.muted;
    ctx.textAlign = 'right';
    ctx.textBaseline = 'top';
    ctx.fillText(formatNumber(t.hi, 2), x0 - 3, y0);
    ctx.textBaseline = 'bottom';
    ctx.fillText(formatNumber(t.lo, 2), x0 - 3, y0 + h);
    ctx.textBaseline = 'top';
    ctx.textAlign = 'left';
    ctx.fillText(String(t.iterations[0]), x0, y0 + h + 3);
    ctx.textAlign = 'right';
    ctx.fillText(String(t.iterations[n - 1]), x0 + w, y0 + h + 3);
  });
}


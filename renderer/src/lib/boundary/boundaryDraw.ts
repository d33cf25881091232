// Draws a decision boundary: class-probability heatmap, the p = 0.5 contour, and the data points.
import type { BoundaryGrid } from '../../../../shared/engine/types';
import { contourSegments } from './marchingSquares';
import { CLASS_COLORS, classColor, hexToRgb } from '../charts/palette';

/** A labelled 2-D point. */
export interface LabelledPoint {
  x: number;
  y: number;
  label: number;
}

/** What a boundary plot shows. */
export interface BoundaryScene {
  grid: BoundaryGrid | null;
  train: readonly LabelledPoint[];
  test: readonly LabelledPoint[];
  showTest: boolean;
  colors: { surface: string; text: string; muted: string };
  /** The classes' names in label order (absent: as many as the labels need, at least two). */
  classes?: readonly string[];
}

/** How many classes a scene's points are coloured for: its class names, else the largest label + 1 (at least 2). */
export function sceneClassCount(scene: BoundaryScene): number {
  if (scene.classes?.length) return scene.classes.length;
  let max = 1;
  for (const p of scene.train) max = Math.max(max, p.label);
  for (const p of scene.test) max = Math.max(max, p.label);
  return Math.round(max) + 1;
}

/** Marker shape of class k: circle, triangle, square, diamond in turn, so classes differ by shape as well as colour. */
export function classShape(k: number): 'circle' | 'triangle' | 'square' | 'diamond' {
  return (['circle', 'triangle', 'square', 'diamond'] as const)[Math.round(k) % 4];
}

/** The x/y ranges drawn: the grid's, else the points' with a margin. */
export function sceneRange(scene: BoundaryScene): { xMin: number; xMax: number; yMin: number; yMax: number } {
  if (scene.grid) return { xMin: scene.grid.xMin, xMax: scene.grid.xMax, yMin: scene.grid.yMin, yMax: scene.grid.yMax };
  const pts = [...scene.train, ...scene.test];
  if (!pts.length) return { xMin: -1, xMax: 1, yMin: -1, yMax: 1 };
  let xMin = Infinity, xMax = -Infinity, yMin = Infinity, yMax = -Infinity;
  for (const p of pts) {
    xMin = Math.min(xMin, p.x); xMax = Math.max(xMax, p.x);
    yMin = Math.min(yMin, p.y); yMax = Math.max(yMax, p.y);
  }
  const mx = (xMax - xMin) * 0.08 || 1, my = (yMax - yMin) * 0.08 || 1;
  return { xMin: xMin - mx, xMax: xMax + mx, yMin: yMin - my, yMax: yMax + my };
}

/** Probability → RGB: class-0 blue at 0, near-white at 0.5, class-1 orange at 1 (softened so points stand out). */
export function probabilityColor(p: number, dark: boolean): [number, number, number] {
  const a = hexToRgb(CLASS_COLORS.negative);
  const b = hexToRgb(CLASS_COLORS.positive);
  const mid: [number, number, number] = dark ? [40, 44, 52] : [247, 247, 247];
  const q = Number.isFinite(p) ? Math.min(1, Math.max(0, p)) : 0.5;
  const t = Math.abs(q - 0.5) * 2; // 0 at the boundary, 1 at certainty
  const end = q < 0.5 ? a : b;
  const strength = 0.55 * t;
  return [0, 1, 2].map((i) => Math.round(mid[i] + (end[i] - mid[i]) * strength)) as [number, number, number];
}

function heatmapCanvas(grid: BoundaryGrid, dark: boolean): HTMLCanvasElement {
  const c = document.createElement('canvas');
  c.width = grid.size;
  c.height = grid.size;
  const ctx = c.getContext('2d');
  if (!ctx) return c;
  const img = ctx.createImageData(grid.size, grid.size);
  for (let r = 0; r < grid.size; r++) {
    // row r is y = yMin + r·dy: draw it from the bottom up
    const py = grid.size - 1 - r;
    for (let col = 0; col < grid.size; col++) {
      const [R, G, B] = probabilityColor(grid.probs[r * grid.size + col], dark);
      const k = (py * grid.size + col) * 4;
      img.data[k] = R; img.data[k + 1] = G; img.data[k + 2] = B; img.data[k + 3] = 255;
    }
  }
  ctx.putImageData(img, 0, 0);
  return c;
}

function marker(ctx: CanvasRenderingContext2D, x: number, y: number, label: number, K: number, r: number, hollow: boolean, dark: boolean) {
  ctx.beginPath();
  const shape = classShape(label);
  if (shape === 'triangle') {
    ctx.moveTo(x, y - r * 1.25);
    ctx.lineTo(x + r * 1.1, y + r * 0.75);
    ctx.lineTo(x - r * 1.1, y + r * 0.75);
    ctx.closePath();
  } else if (shape === 'square') {
    ctx.rect(x - r * 0.9, y - r * 0.9, r * 1.8, r * 1.8);
  } else if (shape === 'diamond') {
    ctx.moveTo(x, y - r * 1.2);
    ctx.lineTo(x + r * 1.2, y);
    ctx.lineTo(x, y + r * 1.2);
    ctx.lineTo(x - r * 1.2, y);
    ctx.closePath();
  } else {
    ctx.arc(x, y, r, 0, Math.PI * 2);
  }
  const color = classColor(label, K);
  if (hollow) {
    ctx.lineWidth = 1.6;
    ctx.strokeStyle = color;
    ctx.stroke();
  } else {
    ctx.fillStyle = color;
    ctx.fill();
    ctx.lineWidth = dark ? 1 : 0.8;
    ctx.strokeStyle = dark ? 'rgba(255,255,255,0.85)' : 'rgba(0,0,0,0.55)';
    ctx.stroke();
  }
}

/** Draws the scene into a w × h area of any 2D context (a canvas, or svgcanvas for SVG export). */
export function drawBoundary(ctx: CanvasRenderingContext2D, w: number, h: number, scene: BoundaryScene, dark: boolean): void {
  const { xMin, xMax, yMin, yMax } = sceneRange(scene);
  const sx = (x: number) => ((x - xMin) / (xMax - xMin)) * w;
  const sy = (y: number) => h - ((y - yMin) / (yMax - yMin)) * h;
  ctx.save();
  ctx.fillStyle = scene.colors.surface;
  ctx.fillRect(0, 0, w, h);
  if (scene.grid) {
    const g = scene.grid;
    ctx.imageSmoothingEnabled = true;
    // grid values sit at cell centres: stretch the image so pixel centres land on them
    const cw = w / (g.size - 1), ch = h / (g.size - 1);
    ctx.drawImage(heatmapCanvas(g, dark), -cw / 2, -ch / 2, w + cw, h + ch);
    ctx.strokeStyle = dark ? 'rgba(255,255,255,0.85)' : 'rgba(0,0,0,0.75)';
    ctx.lineWidth = 1.5;
    ctx.beginPath();
    for (const [c0, r0, c1, r1] of contourSegments(g.probs, g.size)) {
      ctx.moveTo((c0 / (g.size - 1)) * w, h - (r0 / (g.size - 1)) * h);
      ctx.lineTo((c1 / (g.size - 1)) * w, h - (r1 / (g.size - 1)) * h);
    }
    ctx.stroke();
  }
  const r = Math.max(2.2, Math.min(w, h) / 90);
  const K = sceneClassCount(scene);
  for (const p of scene.train) marker(ctx, sx(p.x), sy(p.y), p.label, K, r, false, dark);
  if (scene.showTest) for (const p of scene.test) marker(ctx, sx(p.x), sy(p.y), p.label, K, r * 1.15, true, dark);
  ctx.strokeStyle = scene.colors.muted;
  ctx.lineWidth = 1;
  ctx.strokeRect(0.5, 0.5, w - 1, h - 1);
  ctx.restore();
}

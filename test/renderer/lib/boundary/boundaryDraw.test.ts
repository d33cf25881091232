import { describe, expect, it } from 'vitest';
import { drawBoundary, sceneClassCount, type BoundaryScene } from '../../../../renderer/src/lib/boundary/boundaryDraw';
import { classColor } from '../../../../renderer/src/lib/charts/palette';

// A 2D context that records the fill colour of every filled marker path.
function recorder() {
  const fills: string[] = [];
  const noop = () => undefined;
  const ctx = {
    fillStyle: '',
    strokeStyle: '',
    lineWidth: 1,
    imageSmoothingEnabled: true,
    save: noop,
    restore: noop,
    beginPath: noop,
    moveTo: noop,
    lineTo: noop,
    closePath: noop,
    arc: noop,
    rect: noop,
    stroke: noop,
    fillRect: noop,
    strokeRect: noop,
    drawImage: noop,
    fill() {
      fills.push(String(ctx.fillStyle));
    },
  };
  return { ctx: ctx as unknown as CanvasRenderingContext2D, fills };
}

const scene = (labels: number[], classes?: string[]): BoundaryScene => ({
  grid: null,
  train: labels.map((label, i) => ({ x: i, y: i % 2, label })),
  test: [],
  showTest: false,
  colors: { surface: '#fff', text: '#000', muted: '#888' },
  classes,
});

describe('drawBoundary', () => {
  it('colours the points of a 3-class set with 3 distinct colours, one per class', () => {
    const { ctx, fills } = recorder();
    drawBoundary(ctx, 100, 100, scene([0, 1, 2, 2, 1, 0], ['a', 'b', 'c']), false);
    const markers = fills.slice(-6);
    expect(new Set(markers).size).toBe(3);
    expect(markers[0]).toBe(markers[5]);
    expect(markers[2]).toBe(markers[3]);
    expect(markers[2]).toBe(classColor(2, 3));
  });

  it('keeps the two colours of a two-class set', () => {
    const { ctx, fills } = recorder();
    drawBoundary(ctx, 100, 100, scene([0, 1]), false);
    expect(fills.slice(-2)).toEqual([classColor(0, 2), classColor(1, 2)]);
    expect(classColor(0, 2)).not.toBe(classColor(1, 2));
  });
});

describe('sceneClassCount', () => {
  it('counts the named classes, else the labels the points need', () => {
    expect(sceneClassCount(scene([0, 1], ['x', 'y', 'z', 'w']))).toBe(4);
    expect(sceneClassCount(scene([0, 4, 1]))).toBe(5);
    expect(sceneClassCount(scene([0, 0]))).toBe(2);
  });
});

describe('classColor', () => {
  it('gives K distinct colours for every K up to 12', () => {
    for (let K = 2; K <= 12; K++) expect(new Set(Array.from({ length: K }, (_, k) => classColor(k, K))).size).toBe(K);
  });
});

// Deep nets end to end: a 20-layer tanh net at std 0.01 (signals vanish) and a 100-layer net open with their
// heat maps and traced-layer charts drawn, and the vanishing-gradient finding named.
import { cpus, loadavg } from 'node:os';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { callOp } from './helpers/api';
import { useLabSession } from './helpers/session';
import { until } from './helpers/wait';

const lab = useLabSession();

function deepExperiment(name: string, depth: number, width: number, init: { name: string; params?: Record<string, number> }, iterations: number, every: number) {
  return {
    name,
    experiment: {
      name,
      base: {
        data: { kind: 'moons', nTrain: 120, nTest: 40, noise: 0.1, seed: 1 },
        network: { dims: [2, ...Array(depth).fill(width), 1], activation: 'tanh' },
        optimizer: { name: 'gd', lr: 0.1 },
        iterations,
        record: { costEvery: 1, checkpointEvery: every, boundaryGrid: 0, histogramBins: 0 },
      },
      arms: [{ init }],
      seeds: { init: [1] },
    },
  };
}

/** The part of a page's canvas the pixel counts read (this project's Node typings carry no DOM). */
interface CanvasLike {
  width: number;
  height: number;
  getContext(kind: '2d'): { getImageData(x: number, y: number, w: number, h: number): { data: ArrayLike<number> } } | null;
}

/** How many pixels of the first matching canvas are drawn (not transparent), or near a colour when one is given. */
function drawnPixels(page: Page, selector: string, rgb?: [number, number, number]): Promise<number> {
  return page
    .locator(selector)
    .first()
    .evaluate((c: CanvasLike, target) => {
      const d = c.getContext('2d')?.getImageData(0, 0, c.width, c.height).data;
      let n = 0;
      if (!d) return 0;
      for (let i = 0; i < d.length; i += 4) {
        if (d[i + 3] === 0) continue;
        if (!target || Math.abs(d[i] - target[0]) + Math.abs(d[i + 1] - target[1]) + Math.abs(d[i + 2] - target[2]) < 40) n++;
      }
      return n;
    }, rgb ?? null);
}

/** Okabe–Ito vermillion: std(dA) at initialization and the first traced layer over training. */
const VERMILLION: [number, number, number] = [213, 94, 0];

let vanishing = '';
let hundred = '';

beforeAll(async () => {
  const { page } = lab;
  vanishing = (await callOp<{ experimentId: string }>(page, 'experiments.start', deepExperiment('deep tanh', 20, 32, { name: 'normal', params: { std: 0.01 } }, 200, 50))).experimentId;
  hundred = (await callOp<{ experimentId: string }>(page, 'experiments.start', deepExperiment('hundred layers', 100, 8, { name: 'xavier_normal' }, 100, 5))).experimentId;
  await until(async () => {
    const { runs } = await callOp<{ runs: { status: string }[] }>(page, 'runs.list', {});
    return runs.length === 2 && runs.every((r) => r.status === 'done');
  }, 'both deep runs finished', 180_000);
}, 200_000);

describe('Deep nets', () => {
  it('draws the heat maps and the std charts of a 20-layer tanh run at std 0.01, and names its vanishing gradients', async () => {
    const { page } = lab;
    await page.goto(`${lab.server.origin}/#/experiment/${vanishing}`);
    const inside = page.locator('section.inside');
    await inside.locator('section.deep canvas').first().waitFor();
    await expect.poll(() => drawnPixels(page, 'section.deep .heat canvas')).toBeGreaterThan(10_000);
    for (const title of ['Std by layer at initialization', 'Std over training']) {
      const chart = inside.locator('section.chart-frame', { hasText: title }).locator('canvas');
      await expect.poll(() => drawnPixels(page, `section.chart-frame:has-text("${title}") canvas`, VERMILLION)).toBeGreaterThan(100);
      expect(await chart.count()).toBe(1);
    }
    // the output layer is exactly 0 at initialization: the forward map marks it and names it in its legend
    expect(await inside.locator('[data-mark="zero"]').first().textContent()).toContain('exactly 0');
    const insight = page.locator('article.arm .insight[data-kind="vanishing_gradients"]');
    await insight.waitFor();
    expect(await insight.getAttribute('class')).toContain('problem');
    expect(await insight.textContent()).toMatch(/×0\.0\d+ per layer back from layer \d+/);
    expect(lab.browser.errors).toEqual([]);
  });

  it('opens a 100-layer run at 1280×800 with its heat maps drawn within 2 s of main-thread work, and 6 traced curves', async () => {
    const { page } = lab;
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`${lab.server.origin}/#/`);
    await page.getByRole('link', { name: 'Library' }).waitFor();
    // The page's own main-thread time (Chromium's TaskDuration) from the route change to the drawn heat map: the
    // wall time also counts the lab server and other processes sharing the CPU, printed beside it.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    const busy = async () => ((await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration')?.value ?? NaN);
    const before = await busy();
    const started = Date.now();
    await page.evaluate((hash) => ((globalThis as unknown as { location: { hash: string } }).location.hash = hash), `#/experiment/${hundred}`);
    await until(async () => (await page.locator('section.deep .heat canvas').count()) === 2 && (await drawnPixels(page, 'section.deep .heat canvas')) > 10_000, 'the heat map drawn', 20_000);
    const wall = Date.now() - started;
    const task = (await busy()) - before;
    // On a machine shared beyond its cores every task's duration stretches by about load ÷ cores; the 2 s budget
    // holds for the page's own share of the CPU, so it is scaled by that oversubscription (1 on an idle machine).
    const share = Math.max(1, loadavg()[0] / cpus().length);
    console.log(`100-layer page: main-thread ${task.toFixed(2)} s, wall ${(wall / 1000).toFixed(2)} s, load ${loadavg()[0].toFixed(1)} on ${cpus().length} cores`);
    expect(task).toBeLessThan(2 * share);
    const label = await page.locator('section.deep .heat canvas').first().getAttribute('aria-label');
    expect(label).toContain('101 layers × 21 checkpoints');
    // first, middle and last layer, std(A) and std(dA) each (plus a marker row where a value is exactly 0)
    const legend = page.locator('section.chart-frame', { hasText: 'Std over training' }).locator('.legend-item');
    expect(await legend.count()).toBeLessThanOrEqual(8);
    expect(await legend.first().textContent()).toContain('layer 1 std(A)');
    expect(lab.browser.errors).toEqual([]);
  });
});

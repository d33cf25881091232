// Seeds and statistics end to end in the built app: a 2-arm × 3-seed experiment from the builder with its band
// charts, distribution and pairwise tables; a short scale sweep; a sweep cancelled and resumed where it stopped.
import type { Locator } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { exportEveryChart } from './helpers/files';
import { useLabSession } from './helpers/session';

const lab = useLabSession();

/** The part of a page's canvas the ink check reads (this project's Node typings carry no DOM). */
interface CanvasLike {
  width: number;
  height: number;
  getContext(kind: '2d'): { getImageData(x: number, y: number, w: number, h: number): { data: ArrayLike<number> } } | null;
}

/** Whether a canvas has anything drawn on it besides its background colour. */
function canvasHasInk(canvas: string | Locator): Promise<boolean> {
  return (typeof canvas === 'string' ? lab.page.locator(canvas) : canvas).evaluate((c: CanvasLike) => {
    const ctx = c.getContext('2d');
    if (!ctx || !c.width || !c.height) return false;
    const d = ctx.getImageData(0, 0, c.width, c.height).data;
    const [r, g, b] = [d[0], d[1], d[2]];
    let other = 0;
    for (let i = 0; i < d.length; i += 4) if (Math.abs(d[i] - r) + Math.abs(d[i + 1] - g) + Math.abs(d[i + 2] - b) > 60) other++;
    return other > 200;
  });
}

const NUMBER = /\d/;

describe('an experiment repeated over seeds', () => {
  it('runs 2 arms × 3 seeds from the builder', async () => {
    await lab.page.getByRole('link', { name: 'New experiment' }).click();
    await lab.page.getByLabel('Iterations', { exact: true }).fill('400');
    await lab.page.getByLabel('Init seeds').fill('1-3');
    await expect.poll(() => lab.page.locator('[data-run-count]').textContent()).toMatch(/^\s*6 runs: 2 arms × 3 seeds/);
    await lab.page.getByRole('button', { name: 'Run experiment' }).click();
    await lab.page.waitForURL(/#\/experiment\//);
    await lab.page.locator('[data-finished-count]').filter({ hasText: '6 of 6 runs finished' }).waitFor({ timeout: 120_000 });
  });

  it('draws the cost and accuracy as a mean with a band per arm', async () => {
    const cost = 'section.chart-frame[aria-label="Cost across seeds"] canvas';
    await expect.poll(() => lab.page.locator(cost).getAttribute('aria-label')).toMatch(/mean of .* over 3 seeds, .* over 3 seeds, shaded ±1 std/);
    await expect.poll(() => canvasHasInk(cost)).toBe(true);
    await expect.poll(() => canvasHasInk('section.chart-frame[aria-label="Test accuracy across seeds"] canvas')).toBe(true);
    await lab.page.getByLabel('Band', { exact: true }).selectOption('ci95');
    await expect.poll(() => lab.page.locator(cost).getAttribute('aria-label')).toMatch(/shaded 95% confidence interval of the mean$/);
  });

  it('tabulates every arm\'s final metrics over its three seeds', async () => {
    const table = lab.page.locator('[data-stats-table="distribution"]');
    await expect.poll(() => table.locator('tbody').count()).toBe(2);
    for (const metric of ['finalCost', 'trainAccuracy', 'testAccuracy']) {
      const rows = table.locator(`[data-metric-row="${metric}"]`);
      expect(await rows.count()).toBe(2);
      for (let i = 0; i < 2; i++) {
        const cells = await rows.nth(i).locator('td').allTextContents();
        expect(cells[1].trim()).toBe('3');
        for (const c of cells.slice(2, 7)) expect(c).toMatch(NUMBER);
      }
    }
    expect(await table.locator('[data-reach]').allTextContents()).toEqual([expect.stringMatching(/of 3/), expect.stringMatching(/of 3/)]);
  });

  it('compares the two arms with both tests, the interval, both effect sizes and a reading', async () => {
    const row = lab.page.locator('[data-stats-table="pairwise"] tbody');
    expect(await row.count()).toBe(1);
    for (const stat of ['meanDiff', 'ci95', 'welchP', 'mannWhitneyP', 'cohenD', 'cliffDelta']) {
      expect(await row.locator(`[data-stat="${stat}"]`).textContent()).toMatch(NUMBER);
    }
    expect(await row.locator('.reading').textContent()).toMatch(/(on test accuracy, p [=<] [\d.]+, (negligible|small|medium|large) effect)|(on test accuracy \(p = [\d.]+, (negligible|small|medium|large) effect\))/);
    await lab.page.getByLabel('Metric', { exact: true }).selectOption('finalCost');
    await expect.poll(() => row.locator('.reading').textContent()).toMatch(/final cost/);
  });

  it('shows the predicted and measured Var(Z) per layer for each arm', async () => {
    expect(await lab.page.locator('[data-theory-note]').count()).toBe(2);
    const charts = lab.page.locator('section.chart-frame[aria-label^="Var(Z) at initialization"] canvas');
    expect(await charts.count()).toBe(2);
    for (let i = 0; i < 2; i++) await expect.poll(() => canvasHasInk(charts.nth(i))).toBe(true);
    expect(await lab.page.locator('[data-theory-note]').allTextContents()).toEqual([
      expect.stringMatching(/3 layers, relu\. Largest gap \(layers with more than one unit\) at layer [12]: measured [\d.]+× the prediction\./),
      expect.stringMatching(/3 layers, relu\. Largest gap \(layers with more than one unit\) at layer [12]: measured [\d.]+× the prediction\./),
    ]);
    expect(await lab.page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(1280);
    expect(lab.browser.errors).toEqual([]);
  });

  it('exports every chart of the page, box plots included, as a 2× PNG and as SVG', async () => {
    const { exports, problems } = await exportEveryChart(lab.page);
    expect(exports.map((e) => e.title)).toEqual(
      expect.arrayContaining(['Cost across seeds', 'Test accuracy across seeds', 'Final cost', 'Train accuracy', 'Test accuracy', expect.stringMatching(/^Var\(Z\) at initialization · /)]),
    );
    expect(problems).toEqual([]);
    // the box plot's file stands alone: the page's theme variables are resolved into colours
    const box = exports.find((e) => e.title === 'Test accuracy');
    expect(box?.svg.text).not.toContain('var(');
    expect(box?.svg.text).toMatch(/<circle[^>]*style="[^"]*fill:\s*rgb/);
  });
});

describe('a scale sweep', () => {
  async function newSweep(scales: string, seeds: string, iterations: string) {
    await lab.page.goto(`${lab.server.url}#/sweep`);
    await lab.page.getByLabel('Scales (multipliers)').fill(scales);
    await lab.page.getByLabel('Seeds', { exact: true }).fill(seeds);
    await lab.page.getByLabel('Iterations', { exact: true }).fill(iterations);
    await lab.page.getByRole('button', { name: 'Run sweep' }).click();
    await lab.page.waitForURL(/#\/sweep\/.+/);
  }

  it('fills both heatmaps as its cells train on the pool', async () => {
    await newSweep('0.5, 1, 2', '1-2', '300');
    await lab.page.locator('[data-sweep-progress]').filter({ hasText: '6 of 6 cells trained' }).waitFor({ timeout: 60_000 });
    expect(await lab.page.getByRole('progressbar', { name: 'Sweep progress' }).getAttribute('aria-valuenow')).toBe('6');
    const kinds = await lab.page.locator('[data-heatmap="cost"] .cell').evaluateAll((els) => els.map((e) => e.getAttribute('data-kind')));
    expect(kinds).toHaveLength(6);
    for (const k of kinds) expect(['value', 'diverged']).toContain(k);
    for (const t of await lab.page.locator('[data-heatmap="cost"] [data-scale-summary]').allTextContents()) expect(t).toMatch(/\d|∞/);
    for (const t of await lab.page.locator('[data-heatmap="converged"] [data-scale-summary]').allTextContents()) expect(t).toMatch(/^\d+\.\d%$/);
  });

  it('exports both heatmaps as a 2× PNG and as SVG', async () => {
    const { exports, problems } = await exportEveryChart(lab.page);
    expect(exports.map((e) => e.title)).toEqual(['Final loss', 'Converged']);
    expect(problems).toEqual([]);
    for (const e of exports) expect(e.svg.text).not.toContain('var(');
    expect(exports[0].svg.text.match(/<(?:g|a)[^>]*data-kind="value"/g)?.length ?? 0).toBeGreaterThan(0);
  });

  it('stops when cancelled and resumes only the cells that did not finish', async () => {
    await newSweep('0.5, 1, 2, 4', '1-2', '20000');
    await lab.page.getByRole('button', { name: 'Cancel sweep' }).click();
    await lab.page.getByRole('button', { name: 'Resume where it stopped' }).waitFor({ timeout: 30_000 });
    const stopped = await lab.page.locator('[data-heatmap="cost"] .cell[data-kind="stopped"]').count();
    expect(stopped).toBeGreaterThan(0);
    const trainedBefore = 8 - stopped;
    await expect.poll(() => lab.page.locator('[data-sweep-progress]').textContent()).toBe(`${trainedBefore} of 8 cells trained`);
    const kinds = () => lab.page.locator('[data-heatmap="cost"] .cell').evaluateAll((els) => els.map((e) => e.getAttribute('data-kind')));
    const before = await kinds();
    await lab.page.getByRole('button', { name: 'Resume where it stopped' }).click();
    await expect.poll(() => lab.page.locator('[data-heatmap="cost"] .cell[data-kind="stopped"]').count()).toBe(0);
    // cells trained before the cancel keep their result: they are never queued again
    const after = await kinds();
    before.forEach((k, i) => {
      if (k !== 'stopped') expect(after[i]).toBe(k);
    });
    await lab.page.locator('[data-sweep-progress]').filter({ hasText: '8 of 8 cells trained' }).waitFor({ timeout: 120_000 });
    expect(await lab.page.locator('[data-heatmap="cost"] .cell[data-kind="stopped"]').count()).toBe(0);
    expect(lab.browser.errors).toEqual([]);
  });
});

// The AI Notes MNIST preset end to end: one click starts its four arms; then a short run of its net (two updates)
// draws the classes-and-images views, their pixels read back from the canvases; no page or console errors.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { callOp } from './helpers/api';
import { useLabSession } from './helpers/session';

const lab = useLabSession();
const consoleErrors: string[] = [];

/** Pixels of a canvas by kind: ink (dark), red (the theme's danger colour, misclassified frames) and coloured (anything neither grey nor the page's surface). */
async function canvasPixels(page: Page, selector: string): Promise<{ total: number; ink: number; red: number; coloured: number }> {
  return page.locator(selector).evaluate((el) => {
    // the page's canvas, typed by what is used here (the test project compiles without the DOM library)
    const c = el as unknown as { width: number; height: number; getContext(kind: '2d'): { getImageData(x: number, y: number, w: number, h: number): { data: Uint8ClampedArray } } };
    const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
    let ink = 0, red = 0, coloured = 0;
    for (let i = 0; i < d.length; i += 4) {
      const [r, g, b, a] = [d[i], d[i + 1], d[i + 2], d[i + 3]];
      if (a < 200) continue;
      if (r < 80 && g < 80 && b < 80) ink++;
      if (r > 150 && g < 110 && b < 60) red++;
      if (Math.max(r, g, b) - Math.min(r, g, b) > 40) coloured++;
    }
    return { total: d.length / 4, ink, red, coloured };
  });
}

describe('AI Notes: initialization on MNIST', () => {
  it('starts four arms of the preset from the start page in one click', async () => {
    const { page } = lab;
    page.on('console', (m) => {
      if (m.type() === 'error') consoleErrors.push(m.text());
    });
    await page.getByRole('button', { name: 'AI Notes: initialization on MNIST' }).click();
    await page.waitForURL(/#\/experiment\//);
    await expect.poll(() => page.locator('article.arm').count()).toBe(4);
    expect(await page.locator('.arm-title').allTextContents()).toEqual(['Zero', 'Uniform U[±1/√n]', 'Xavier N(0, 1/n)', 'Standard normal N(0, 1)']);
    expect(await page.locator('section.images [role="tab"]').allTextContents()).toEqual(['Zero', 'Uniform U[±1/√n]', 'Xavier N(0, 1/n)', 'Standard normal N(0, 1)']);
    // 800 updates of this net per arm take minutes on a small machine: the views are checked on a short run below
    await page.getByRole('button', { name: 'Cancel all' }).click();
    await expect.poll(() => page.locator('article.arm[data-status="cancelled"], article.arm[data-status="done"]').count(), { timeout: 60_000 }).toBe(4);
  });

  it('draws test images with predictions, the confusion matrix, activation histograms and first-layer weights of a short run', { timeout: 720_000 }, async () => {
    const { page } = lab;
    const preset = (await callOp<{ config: Record<string, unknown> & { base: Record<string, unknown>; arms: unknown[] } }>(page, 'experiments.get', { id: /#\/experiment\/([^?]+)/.exec(page.url())?.[1] })).config;
    // the preset's net and data, cut to 2 updates (checkpoints at 0 and 2: each a full pass over 8,000 images), and its Xavier arm
    const experiment = { ...preset, base: { ...preset.base, iterations: 2, record: { ...(preset.base.record as object), checkpointEvery: 2 } }, arms: [preset.arms[2]] };
    const { experimentId } = await callOp<{ experimentId: string }>(page, 'experiments.start', { experiment, name: 'MNIST, short' });
    await page.goto(`${lab.server.url.split('#')[0].split('?')[0]}#/experiment/${experimentId}`);
    await expect.poll(() => page.locator('article.arm[data-status="done"]').count(), { timeout: 660_000 }).toBe(1);
    const panel = page.locator('section.images');
    expect(await panel.locator('rect[data-cell]').count()).toBe(100);
    // each cell is filled with a colour of the row-share scale, not left empty
    const fills = await panel.locator('rect[data-cell]').evaluateAll((els) => els.map((e) => e.getAttribute('fill')));
    expect(fills.every((f) => /^#[0-9a-f]{6}$/.test(f ?? ''))).toBe(true);
    expect(await panel.locator('rect[data-class-accuracy]').count()).toBe(10);

    const grid = 'section.images canvas[aria-label^="Test images"]';
    await expect.poll(async () => (await canvasPixels(page, grid)).ink).toBeGreaterThan(1000);
    const pixels = await canvasPixels(page, grid);
    // digits are drawn as dark strokes on light paper; a net after two updates gets most wrong, framed in red
    expect(pixels.ink / pixels.total).toBeLessThan(0.5);
    const label = (await page.locator(grid).getAttribute('aria-label')) ?? '';
    const wrong = Number(/, (\d+) misclassified/.exec(label)?.[1]);
    expect(wrong).toBeGreaterThan(0);
    expect(pixels.red).toBeGreaterThan(wrong * 50);

    const strips = 'section.images canvas[aria-label^="Activations through training"]';
    expect((await canvasPixels(page, strips)).coloured).toBeGreaterThan(500);
    expect(await page.locator(strips).getAttribute('aria-label')).toMatch(/layer 1 from iteration 0 to 2, .*; layer 5 from iteration 0 to 2/);
    const weights = 'section.images canvas[aria-label^="First-layer weights · Xavier"]';
    await expect.poll(async () => (await canvasPixels(page, weights)).coloured, { timeout: 30_000 }).toBeGreaterThan(5000);
    expect(lab.browser.errors).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});

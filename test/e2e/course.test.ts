// The course flow end to end: one click, three live runs, the course's accuracies, the infinite-cost note, exports.
import { describe, expect, it } from 'vitest';
import { unnamedControls } from './helpers/a11y';
import { csvRows, download, exportEveryChart, parseXmlInPage, pngSize } from './helpers/files';
import { useLabSession } from './helpers/session';

const lab = useLabSession();

describe('Reproduce the course', () => {
  it('trains zeros, random ×10 and He side by side and shows the course accuracies', async () => {
    const { page } = lab;
    await page.getByRole('button', { name: 'Reproduce the course' }).click();
    await page.waitForURL(/#\/experiment\//);
    await expect.poll(() => page.locator('article.arm').count()).toBe(3);
    // the runs are visibly live before they finish: a progress bar or a finished card, never an empty page
    await page.locator('article.arm [role="progressbar"], article.arm[data-status="done"]').first().waitFor();
    await page.locator('article.arm[data-status="done"]').nth(2).waitFor({ timeout: 150_000 });
    expect(await page.locator('.arm-title').allTextContents()).toEqual(['Zeros', 'Random ×10', 'He']);
    expect(await page.locator('[data-metric="train-accuracy"]').allTextContents()).toEqual(['50.0%', '83.0%', '99.3%']);
    expect(await page.locator('[data-metric="test-accuracy"]').allTextContents()).toEqual(['50.0%', '86.0%', '96.0%']);
  });

  it('opens with a verdict and exports the experiment as an HTML report that leads with it', async () => {
    const { page } = lab;
    const headline = 'He reached 96.0% test accuracy; Random ×10 86.0% test accuracy; Zeros stalled at 50.0% test accuracy (chance).';
    expect(await page.locator('[data-verdict] .headline').textContent()).toBe(headline);
    const file = await download(page, () => page.getByRole('button', { name: 'HTML report' }).click());
    expect(file.name).toMatch(/-report\.html$/);
    const html = file.data.toString('utf8');
    expect(html).toContain(`Verdict: ${headline}`);
    expect(html).toContain('data:image/svg+xml');
  });

  it('explains the random run\'s infinite costs in a note instead of breaking the cost chart', async () => {
    const { page } = lab;
    const note = page.locator('.gap-notes li');
    await expect.poll(() => note.count()).toBe(1);
    const text = await note.textContent();
    expect(text).toContain('Random ×10');
    expect(text).toMatch(/cost infinite at \d+ recorded iterations? \(iteration/);
    expect(text).toContain('log(0)');
    const log = page.getByRole('checkbox', { name: 'Log scale' });
    const was = await log.isChecked();
    await log.click();
    expect(await log.isChecked()).toBe(!was);
    expect(lab.browser.errors).toEqual([]);
  });

  it('names what went wrong in each failing arm', async () => {
    const { page } = lab;
    const kinds = (i: number) => page.locator('article.arm').nth(i).locator('.insight').evaluateAll((els) => els.map((e) => e.getAttribute('data-kind')));
    expect(await kinds(0)).toContain('symmetry');
    expect(await kinds(1)).toEqual(expect.arrayContaining(['saturated_outputs', 'infinite_loss']));
  });

  it('shows the test points on request', async () => {
    const { page } = lab;
    const he = page.locator('article.arm').nth(2);
    await he.getByRole('checkbox', { name: 'Test points' }).check();
    await expect.poll(() => he.locator('canvas[role="img"]').first().getAttribute('aria-label')).toMatch(/100 test points/);
  });

  it('exports the cost chart as a 2× PNG and as SVG', async () => {
    const { page } = lab;
    const plot = page.locator('section.chart-frame[aria-label="Cost"] .plot');
    const box = await plot.boundingBox();
    const png = await download(page, () => page.getByRole('button', { name: 'Export Cost as PNG' }).click());
    expect(png.name).toBe('cost.png');
    const size = pngSize(png.data);
    expect(size.width).toBe(2 * Math.round(box?.width ?? 0));
    expect(size.height).toBe(2 * 260);
    const svg = await download(page, () => page.getByRole('button', { name: 'Export Cost as SVG' }).click());
    expect(svg.name).toBe('cost.svg');
    expect(await parseXmlInPage(page, svg.data.toString('utf8'), 'image/svg+xml')).toBe('svg');
    // the zeros curve is drawn: a polyline stroked in its series colour (vermillion, #D55E00)
    expect(svg.data.toString('utf8')).toMatch(/<path[^>]*stroke="(#D55E00|rgb\(213, ?94, ?0\))"[^>]*d=" ?M[^"]* L [^"]* L /i);
    // the file carries its own legend, since the page's legend is HTML beside the canvas
    for (const arm of ['Zeros', 'He']) expect(svg.data.toString('utf8')).toMatch(new RegExp(`<text[^>]*>${arm}</text>`));
  });

  it('exports a decision boundary as PNG and SVG', async () => {
    const { page } = lab;
    const png = await download(page, () => page.getByRole('button', { name: 'Export Decision boundary · He as PNG' }).click());
    expect(pngSize(png.data).width).toBeGreaterThanOrEqual(480);
    const svg = await download(page, () => page.getByRole('button', { name: 'Export Decision boundary · He as SVG' }).click());
    expect(await parseXmlInPage(page, svg.data.toString('utf8'), 'image/svg+xml')).toBe('svg');
  });

  it('draws the network beside the tweak sliders: links by weight, or by gradient dW, at any checkpoint of any arm', async () => {
    const { page } = lab;
    const net = page.locator('[data-network]');
    const svg = net.locator('[data-network-svg]');
    await svg.waitFor();
    // the course net [2, 10, 5, 1]: every unit drawn, every link of 75 weights drawn (at most 60 a pair of layers)
    expect(await svg.locator('.col-label').allTextContents()).toEqual(['input (2)', 'layer 1 (10)', 'layer 2 (5)', 'output (1)']);
    expect(await svg.locator('circle').count()).toBe(2 + 10 + 5 + 1);
    await net.getByLabel('Arm').selectOption({ label: 'He' });
    expect(await svg.locator('line').count()).toBe(20 + 50 + 5);
    const strokes = new Set(await svg.locator('line').evaluateAll((ls) => ls.map((l) => l.getAttribute('stroke'))));
    expect(strokes).toEqual(new Set(['#0072B2', '#E69F00']));
    // it sits beside the tweak panel at 1280 px, and has a size
    const [box, tweak] = [await svg.boundingBox(), await page.locator('[data-tweak]').boundingBox()];
    expect(box!.width).toBeGreaterThan(300);
    expect(box!.x).toBeGreaterThan(tweak!.x + tweak!.width - 1);
    // the first checkpoint, by weight then by gradient
    const slider = net.getByRole('slider', { name: 'Iteration drawn' });
    await slider.focus();
    await page.keyboard.press('Home');
    await expect.poll(() => net.locator('h3').first().textContent()).toBe('The network at iteration 0');
    const widths = () => svg.locator('line').evaluateAll((ls) => ls.map((l) => l.getAttribute('stroke-width')).join(','));
    const byWeight = await widths();
    await net.getByLabel('Gradient dW').check();
    await expect.poll(() => svg.locator('line title').first().textContent()).toMatch(/gradient dW/);
    expect(await widths()).not.toBe(byWeight);
    await net.getByLabel('Weights').check();
    await page.locator('[data-network]').screenshot({ path: process.env.INIT_LAB_SHOTS ? `${process.env.INIT_LAB_SHOTS}/network.png` : undefined });
  });

  it('exports every chart of the experiment page as a 2× PNG and as SVG', async () => {
    const { exports, problems } = await exportEveryChart(lab.page);
    expect(exports.map((e) => e.title)).toEqual(
      expect.arrayContaining([
        'Cost',
        'Accuracy',
        'Decision boundary · Zeros',
        'Std by layer at initialization · He',
        'Std over training · He',
        expect.stringMatching(/^Boundary at iteration \d+$/),
        expect.stringMatching(/^Weights · iteration \d+$/),
        expect.stringMatching(/^Activations · iteration \d+$/),
      ]),
    );
    expect(problems).toEqual([]);
  });

  it('exports the costs as CSV with one row per run and recorded iteration', async () => {
    const { page } = lab;
    const csv = await download(page, () => page.getByRole('button', { name: 'Costs CSV' }).click());
    const rows = csvRows(csv.data.toString('utf8'));
    const header = rows[0];
    expect(header).toEqual(expect.arrayContaining(['run_id', 'iteration', 'cost']));
    const byRun = new Map<string, number>();
    for (const r of rows.slice(1)) byRun.set(r[0], (byRun.get(r[0]) ?? 0) + 1);
    expect([...byRun.values()]).toEqual([15000, 15000, 15000]);
    const costCol = header.indexOf('cost');
    expect(rows.some((r) => r[costCol] === 'Infinity')).toBe(true);
  });

  it('names every control on the start page and the experiment page', async () => {
    const { page } = lab;
    expect(await unnamedControls(page)).toEqual([]);
    await page.getByRole('link', { name: 'Start' }).click();
    await page.getByRole('button', { name: 'Reproduce the course' }).waitFor();
    expect(await unnamedControls(page)).toEqual([]);
    await page.goBack();
    await page.locator('article.arm').first().waitFor();
    // the check itself notices a control without a name
    await page.evaluate(`document.body.insertAdjacentHTML('beforeend', '<button id="nameless"></button>')`);
    expect(await unnamedControls(page)).toEqual(['<button id="nameless"></button>']);
    await page.evaluate(`document.getElementById('nameless').remove()`);
  });

  it('fits a 1280×800 window without horizontal scrolling', async () => {
    const { page } = lab;
    expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(1280);
  });
});

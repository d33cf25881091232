// The run library and compare end to end: filter, search, rename/tag/note, compare runs from two
// experiments, export the comparison (HTML report, JSON, CSV, init snippets), bundles out and back in, delete.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { callOp, smallExperiment } from './helpers/api';
import { unnamedControls } from './helpers/a11y';
import { csvRows, download, parseXmlInPage } from './helpers/files';
import { useLabSession } from './helpers/session';
import { until } from './helpers/wait';

const lab = useLabSession();
let expA = '';

const rows = () => lab.page.locator('table.runs tbody tr[data-run-id]');

beforeAll(async () => {
  const { page } = lab;
  expA = (await callOp<{ experimentId: string }>(page, 'experiments.start', smallExperiment('A', 0.1, ['he_normal', 'zeros']))).experimentId;
  await callOp(page, 'experiments.start', smallExperiment('B', 0.5, ['xavier_uniform']));
  await page.getByRole('link', { name: 'Library' }).click();
  await until(async () => (await page.locator('table.runs .badge.done').count()) === 3, 'three finished runs in the library', 60_000);
});

describe('Run library', () => {
  it('filters by initializer and finds runs by search', async () => {
    const { page } = lab;
    await page.getByLabel('Initializer').selectOption('zeros');
    await expect.poll(() => rows().count()).toBe(1);
    await page.getByLabel('Initializer').selectOption('');
    await page.getByLabel('Search').fill('xavier');
    await expect.poll(() => rows().count()).toBe(1);
    await page.getByLabel('Search').fill('');
    await expect.poll(() => rows().count()).toBe(3);
  });

  it('names every control of the library', async () => {
    expect(await unnamedControls(lab.browser.page)).toEqual([]);
  });

  it('sorts by a column from its header', async () => {
    const { page } = lab;
    await page.getByRole('button', { name: /^Initializer/ }).click();
    await expect.poll(() => rows().locator('td.init').allTextContents()).toEqual(['He normal', 'Xavier uniform', 'Zeros']);
    expect(await page.locator('th', { hasText: 'Initializer' }).getAttribute('aria-sort')).toBe('ascending');
  });

  it('renames, tags and annotates a run', async () => {
    const { page } = lab;
    const he = rows().filter({ hasText: 'He normal' });
    await he.getByRole('button', { name: /^Edit/ }).click();
    const form = page.getByRole('form', { name: 'Edit run' });
    await form.getByLabel('Name').fill('baseline He');
    await form.getByLabel('Tags').fill('keep, e2e');
    await form.getByLabel('Note').fill('the reference run');
    await form.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => rows().filter({ hasText: 'baseline He' }).count()).toBe(1);
    await page.getByLabel('Tag').selectOption('keep');
    await expect.poll(() => rows().count()).toBe(1);
    await page.getByLabel('Tag').selectOption('');
    await expect.poll(() => rows().count()).toBe(3);
  });

  it('compares runs from two experiments with a config diff of only what differs', async () => {
    const { page } = lab;
    await page.getByLabel('Select baseline He').check();
    await page.getByLabel(/^Select Xavier uniform/).check();
    await page.getByRole('button', { name: 'Compare selected' }).click();
    await page.getByRole('heading', { name: 'Compare 2 runs' }).waitFor();
    await expect.poll(() => page.locator('table[aria-label="Results"] tbody tr').count()).toBe(2);
    const paths = await page.locator('table.diff tbody tr').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-path')));
    expect(paths).toEqual(expect.arrayContaining(['init.name', 'optimizer.lr']));
    expect(paths).not.toContain('network.dims');
    expect(paths).not.toContain('iterations');
    await page.locator('section.chart-frame[aria-label="Cost"] canvas').waitFor();
    expect(await unnamedControls(page)).toEqual([]);
  });

  it('exports the comparison as one offline HTML report', async () => {
    const { page } = lab;
    const file = await download(page, () => page.getByRole('button', { name: 'HTML report' }).click());
    expect(file.name).toBe('init-lab-comparison.html');
    const html = file.data.toString('utf8');
    expect(await parseXmlInPage(page, html, 'text/html')).toBe('HTML');
    // nothing is fetched: no script, every image a data URL, and a policy that forbids the rest
    expect(html).not.toMatch(/<(script|link)\b/i);
    expect(html).toContain("default-src 'none'");
    const sources = [...html.matchAll(/\bsrc="([^"]*)"/g)].map((m) => m[1]);
    expect(sources.length).toBeGreaterThanOrEqual(3);
    for (const src of sources) expect(src).toMatch(/^data:image\/(svg\+xml|png);base64,/);
    expect(html).toContain('baseline He');
    // the cost chart (the first image) names its curves in a legend of its own, and spans the page's width
    const costSvg = Buffer.from(sources[0].replace(/^data:image\/svg\+xml;base64,/, ''), 'base64').toString('utf8');
    expect(costSvg).toMatch(/<text[^>]*>baseline He<\/text>/);
    // it opens on its own with the network cut off, and its charts draw
    const reportPath = join(lab.server.dataDir, 'report.html');
    await writeFile(reportPath, html);
    const view = await lab.browser.context.newPage();
    await view.route('**/*', (route) => (route.request().url().startsWith('file:') ? route.continue() : route.abort()));
    await view.goto(`file://${reportPath}`);
    const drawn = await view.locator('img').evaluateAll((imgs) => imgs.filter((i) => (i as unknown as { naturalWidth: number }).naturalWidth > 0).length);
    expect(drawn).toBeGreaterThanOrEqual(3);
    const costWidth = await view.locator('img').first().evaluate((i) => i.getBoundingClientRect().width);
    const pageWidth = await view.locator('main').evaluate((m) => m.getBoundingClientRect().width);
    expect(costWidth).toBeGreaterThan(0.9 * pageWidth);
    await view.close();
  });

  it('exports the compared data as JSON and CSV', async () => {
    const { page } = lab;
    const json = JSON.parse((await download(page, () => page.getByRole('button', { name: 'Data JSON' }).click())).data.toString('utf8'));
    expect(json.runs).toHaveLength(2);
    expect(json.runs[0].costs).toHaveLength(300);
    const csv = csvRows((await download(page, () => page.getByRole('button', { name: 'Costs CSV' }).click())).data.toString('utf8'));
    expect(csv.length - 1).toBe(600);
  });

  it('gives a numpy snippet that recreates a run\'s initial weights', async () => {
    const { page } = lab;
    await page.locator('details.snip summary', { hasText: 'baseline He' }).click();
    const code = await page.locator('details.snip[open] pre').textContent();
    expect(code).toContain('import numpy as np');
    expect(code).toContain('LAYER_DIMS = [2, 6, 1]');
    expect(code).toContain('def initialize_parameters(');
    const py = await download(page, () => page.getByRole('button', { name: /Save the numpy snippet/ }).click());
    expect(py.name).toMatch(/\.py$/);
    expect(py.data.toString('utf8')).toBe(code);
    // the run drew from the default seedrandom stream, which the script carries in Python: its weights bit for bit
    expect(await page.locator('details.snip[open] [data-snippet-fidelity]').textContent()).toBe("Bit for bit: the script carries the run's seedrandom stream in Python");
    expect(code).toContain('class SeedrandomStream:');
  });

  it('exports an experiment as a bundle and imports it back', async () => {
    const { page } = lab;
    await page.goto(`${lab.server.origin}/#/experiment/${expA}`);
    await page.locator('article.arm[data-status="done"]').nth(1).waitFor();
    const bundle = await download(page, () => page.getByRole('button', { name: 'Export bundle' }).click());
    const path = join(lab.server.dataDir, bundle.name);
    await writeFile(path, bundle.data);
    await page.getByRole('link', { name: 'Library' }).click();
    await expect.poll(() => rows().count()).toBe(3);
    await page.locator('input[type="file"]').setInputFiles(path);
    await expect.poll(() => rows().count()).toBe(5);
    expect(await page.getByRole('status').textContent()).toContain('Imported 2 runs');
  });

  it('deletes selected runs only after confirmation', async () => {
    const { page } = lab;
    await page.getByLabel('Select every run shown').uncheck();
    await page.getByLabel(/^Select Zeros/).first().check();
    await page.getByRole('button', { name: 'Delete selected' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Keep' }).click();
    expect(await rows().count()).toBe(5);
    await page.getByRole('button', { name: 'Delete selected' }).click();
    await dialog.getByRole('button', { name: 'Delete' }).click();
    await expect.poll(() => rows().count()).toBe(4);
    expect(lab.browser.errors).toEqual([]);
  });
});

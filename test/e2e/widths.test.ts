// Every page at 1024, 1280 and 1920 px wide: no horizontal scroll, no clipped text, no console errors.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { callOp, smallExperiment } from './helpers/api';
import { useLabSession } from './helpers/session';

const lab = useLabSession();
const WIDTHS = [1024, 1280, 1920];
const consoleErrors: string[] = [];
let experimentId = '';
let sweepId = '';
let runIds: string[] = [];

beforeAll(async () => {
  const { page } = lab;
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
  });
  const started = await callOp<{ experimentId: string; runIds: string[] }>(page, 'experiments.start', smallExperiment('widths', 0.1, ['he_normal', 'xavier_normal', 'orthogonal']));
  experimentId = started.experimentId;
  runIds = started.runIds;
  const sweep = await callOp<{ sweepId: string }>(page, 'sweeps.start', {
    base: { data: { kind: 'circles', nTrain: 60, nTest: 20, seed: 1 }, network: { dims: [2, 4, 1], activation: 'relu' }, init: { name: 'he_normal' }, iterations: 50, record: { costEvery: 10, checkpointEvery: 50 } },
    scales: [0.5, 1],
    seeds: [1],
  });
  sweepId = sweep.sweepId;
  await page.goto(`${lab.server.origin}/#/experiment/${experimentId}`);
  await page.locator('article.arm[data-status="done"]').nth(2).waitFor({ timeout: 60_000 });
});

/** What overflows sideways: the page itself, or a leaf element whose text is cut off without an ellipsis. */
async function overflow(page: Page): Promise<{ scroll: number; clipped: string[] }> {
  return page.evaluate(`(() => {
    const doc = document.documentElement;
    const clipped = [];
    for (const el of document.querySelectorAll('body *')) {
      if (!(el instanceof HTMLElement) || el.offsetParent === null || el.closest('[hidden], canvas, svg, pre, .visually-hidden')) continue;
      const text = [...el.childNodes].filter((n) => n.nodeType === 3).map((n) => n.textContent.trim()).join('');
      if (!text) continue;
      const s = getComputedStyle(el);
      const hides = s.overflowX === 'hidden' || s.overflowX === 'clip';
      if (hides && s.textOverflow !== 'ellipsis' && el.scrollWidth > el.clientWidth + 1) clipped.push(el.tagName + ': ' + text.slice(0, 40));
      const r = el.getBoundingClientRect();
      if (!el.closest('.table-wrap') && r.right > doc.clientWidth + 1) clipped.push(el.tagName + ' past the right edge: ' + text.slice(0, 40));
    }
    return { scroll: doc.scrollWidth - doc.clientWidth, clipped };
  })()`);
}

const pages = () => [
  { name: 'start', hash: '#/' },
  { name: 'builder', hash: '#/build' },
  { name: 'experiment', hash: `#/experiment/${experimentId}` },
  { name: 'library', hash: '#/library' },
  { name: 'compare', hash: `#/compare?runs=${runIds.slice(0, 2).join(',')}` },
  { name: 'sweep form', hash: '#/sweep' },
  { name: 'sweep', hash: `#/sweep/${sweepId}` },
];

describe.each(WIDTHS)('at %i px', (width) => {
  it('fits every page without horizontal scroll or clipped text', async () => {
    const { page } = lab;
    await page.setViewportSize({ width, height: 900 });
    const problems: string[] = [];
    for (const p of pages()) {
      await page.goto(`${lab.server.origin}/${p.hash}`);
      await page.locator('main h1').first().waitFor();
      await page.waitForTimeout(300);
      const o = await overflow(page);
      if (o.scroll > 0) problems.push(`${p.name}: scrolls ${o.scroll} px sideways`);
      problems.push(...o.clipped.map((c) => `${p.name}: ${c}`));
    }
    expect(problems).toEqual([]);
  });

  it('keeps the library\'s edit form, its labels and Save button in view', async () => {
    const { page } = lab;
    await page.setViewportSize({ width, height: 900 });
    await page.goto(`${lab.server.origin}/#/library`);
    await page.locator('table tbody tr').first().waitFor();
    await page.getByRole('button', { name: /^Edit/ }).first().click();
    const form = page.getByRole('form', { name: 'Edit run' });
    const save = form.getByRole('button', { name: 'Save' });
    const box = await save.boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= width).toBe(true);
    const o = await overflow(page);
    expect(o.scroll).toBe(0);
    await form.getByRole('button', { name: 'Cancel' }).click();
  });
});

describe('the console', () => {
  it('logged no errors on any page at any width', () => {
    expect(consoleErrors).toEqual([]);
    expect(lab.browser.errors).toEqual([]);
  });
});

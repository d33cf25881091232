import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildHtmlReport } from '../../shared/export/report';
import { courseReportInput } from './helpers/report-input';

const XSS = `<script>window.pwned=1</script><img src=x onerror="window.pwned=1"><svg onload="window.pwned=1">`;

let browser: Browser;
let dir: string;
let opened = 0;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'report-'));
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
});

afterAll(async () => {
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Opens a report from a file with the network cut, recording every request and console message. */
async function open(html: string) {
  const file = join(dir, `report-${++opened}.html`);
  writeFileSync(file, html);
  const context = await browser.newContext({ offline: true });
  const page = await context.newPage();
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
  return { page, context, requests, errors, url: pathToFileURL(file).href };
}

describe('the HTML report in Chromium', () => {
  it('opens offline, requests nothing but itself and its data URLs, and draws every chart', async () => {
    const { page, context, requests, errors, url } = await open(buildHtmlReport(courseReportInput()));
    expect(requests.filter((r) => r !== url && !r.startsWith('data:'))).toEqual([]);
    expect(errors).toEqual([]);
    const images = await page.$$eval('img', (imgs) => imgs.map((i) => ({ complete: i.complete, width: i.naturalWidth })));
    expect(images).toEqual([
      { complete: true, width: 120 },
      { complete: true, width: 1 },
    ]);
    expect(await page.title()).toBe('Course comparison');
    await context.close();
  });

  it('runs none of the script hidden in user-written strings', async () => {
    const { page, context, requests, url } = await open(buildHtmlReport(courseReportInput(XSS)));
    expect(await page.evaluate(() => (globalThis as unknown as { pwned?: number }).pwned)).toBeUndefined();
    expect(await page.locator('h1').textContent()).toBe(`Course comparison${XSS}`);
    expect(requests.filter((r) => r !== url && !r.startsWith('data:'))).toEqual([]);
    await context.close();
  });
});

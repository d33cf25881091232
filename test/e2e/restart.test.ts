// The page across a server restart: it says the service is gone while it is, reconnects by itself when the
// server comes back with the data directory's token (a run cut off mid-training is marked interrupted and can
// be run again), and says plainly when `serve --new-token` replaced the token.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callOp } from './helpers/api';
import { launchBrowser, type TestBrowser } from './helpers/browser';
import { removeDataDir, startLabServer, type LabServerProcess } from './helpers/server';

let first: LabServerProcess;
let second: LabServerProcess | null = null;
let browser: TestBrowser;
let experimentId = '';

beforeAll(async () => {
  first = await startLabServer();
  browser = await launchBrowser();
  await browser.page.goto(first.url);
});

afterAll(async () => {
  await browser?.close();
  await second?.stop();
  await first?.stop();
  if (first) removeDataDir(first.dataDir);
});

describe('Server restart', () => {
  it('shows a long run training live', async () => {
    const { page } = browser;
    const started = await callOp<{ experimentId: string }>(page, 'experiments.start', {
      name: 'long run',
      experiment: { name: 'long run', base: { iterations: 2_000_000, record: { costEvery: 100, checkpointEvery: 100_000 } }, arms: [{ init: { name: 'he_normal' } }] },
    });
    experimentId = started.experimentId;
    await page.goto(`${first.origin}/#/experiment/${experimentId}`);
    const bar = page.getByRole('progressbar');
    await expect.poll(async () => Number((await bar.getAttribute('aria-valuenow')) ?? 0), { timeout: 20_000 }).toBeGreaterThan(0);
  });

  it('says the service is unreachable while it is stopped', async () => {
    const { page } = browser;
    await first.stop();
    await page.locator('[data-connection="offline"]').waitFor({ timeout: 15_000 });
  });

  it('reconnects by itself when the service restarts at the same address, and shows the stored run as interrupted', async () => {
    const { page } = browser;
    second = await startLabServer({ dataDir: first.dataDir });
    expect(second.url).toBe(first.url);
    await expect.poll(() => page.locator('[data-connection]').count(), { timeout: 15_000 }).toBe(0);
    await expect.poll(() => page.locator('article.arm').getAttribute('data-status'), { timeout: 15_000 }).toBe('interrupted');
  });

  it('runs the interrupted run again and cancels it', async () => {
    const { page } = browser;
    await page.getByRole('button', { name: /^Run .* again$/ }).click();
    await expect.poll(() => page.locator('article.arm').getAttribute('data-status'), { timeout: 15_000 }).toMatch(/queued|running/);
    await page.locator('article.arm').getByRole('button', { name: /^Cancel / }).click();
    await expect.poll(() => page.locator('article.arm').getAttribute('data-status'), { timeout: 15_000 }).toBe('cancelled');
    expect(browser.errors).toEqual([]);
  });

  it('says plainly that the token changed after `serve --new-token`, and works again with the new address', async () => {
    const { page } = browser;
    await second?.stop();
    second = await startLabServer({ dataDir: first.dataDir, newToken: true });
    expect(second.url).not.toBe(first.url);
    const banner = page.locator('[data-connection="unauthorized"]');
    await banner.waitFor({ timeout: 15_000 });
    expect(await banner.textContent()).toMatch(/new access token/);
    await page.goto(`${second.url}#/experiment/${experimentId}`);
    await page.getByRole('heading', { name: 'long run' }).waitFor();
    expect(await page.locator('[data-connection]').count()).toBe(0);
    expect(browser.errors).toEqual([]);
  });
});

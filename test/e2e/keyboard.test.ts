// Keyboard and names on every page: Tab reaches every visible control, each has a name, and the controls that
// are more than a button (exports, legends, tabs, sliders, radios, disclosures) answer the keys they should.
import { beforeAll, describe, expect, it } from 'vitest';
import { unnamedControls, unreachableControls } from './helpers/a11y';
import { callOp, smallExperiment } from './helpers/api';
import { download, pngSize } from './helpers/files';
import { useLabSession } from './helpers/session';
import { until } from './helpers/wait';

const lab = useLabSession();
let seeded = '';
let sweepId = '';

beforeAll(async () => {
  const { page } = lab;
  seeded = (await callOp<{ experimentId: string }>(page, 'experiments.start', smallExperiment('seeded', 0.1, ['he_normal', 'zeros'], [1, 2, 3]))).experimentId;
  sweepId = (
    await callOp<{ sweepId: string }>(page, 'sweeps.start', {
      name: 'keyboard sweep',
      base: { init: { name: 'xavier_normal' }, iterations: 200, record: { costEvery: 10, checkpointEvery: 200 } },
      scales: [0.5, 2],
      seeds: [1, 2],
      varyDataSeed: false,
    })
  ).sweepId;
});

/** Both checks on the page as it stands. */
async function keyboardProblems(): Promise<{ unnamed: string[]; unreachable: string[] }> {
  return { unnamed: await unnamedControls(lab.page), unreachable: await unreachableControls(lab.page) };
}
const none = { unnamed: [], unreachable: [] };

describe('Tab and names', () => {
  it('reach and name every control of the start page', async () => {
    await lab.page.getByRole('button', { name: 'Reproduce the course' }).waitFor();
    expect(await keyboardProblems()).toEqual(none);
    // the check itself notices a control Tab cannot reach
    await lab.page.evaluate(`document.body.insertAdjacentHTML('beforeend', '<div inert id="unreachable"><button>out of reach</button></div>')`);
    expect(await unreachableControls(lab.page)).toEqual(['<button data-kb="' + (await lab.page.locator('#unreachable button').getAttribute('data-kb')) + '">out of reach</button>']);
    await lab.page.evaluate(`document.getElementById('unreachable').remove()`);
  });

  it('reach and name every control of the builder, its extra settings open', async () => {
    const { page } = lab;
    await page.getByRole('link', { name: 'New experiment' }).click();
    const more = page.getByText('More settings');
    await more.focus();
    await page.keyboard.press('Enter');
    await page.getByLabel('Checkpoint every').waitFor();
    expect(await keyboardProblems()).toEqual(none);
  });

  it('reach and name every control of an experiment over seeds, its exports included', async () => {
    const { page } = lab;
    await page.goto(`${lab.server.origin}/#/experiment/${seeded}`);
    await page.locator('[data-finished-count]').filter({ hasText: '6 of 6 runs finished' }).waitFor({ timeout: 60_000 });
    expect(await page.getByRole('button', { name: /^Export .* as (PNG|SVG)$/ }).count()).toBeGreaterThan(20);
    expect(await keyboardProblems()).toEqual(none);
  });

  it('reach and name every control of the library', async () => {
    const { page } = lab;
    await page.getByRole('link', { name: 'Library' }).click();
    await until(async () => (await page.locator('table.runs tbody tr[data-run-id]').count()) > 0, 'runs in the library');
    expect(await keyboardProblems()).toEqual(none);
  });

  it('reach and name every control of the sweep form and of a sweep', async () => {
    const { page } = lab;
    await page.goto(`${lab.server.origin}/#/sweep`);
    await page.getByLabel('Scales (multipliers)').waitFor();
    expect(await keyboardProblems()).toEqual(none);
    await page.goto(`${lab.server.origin}/#/sweep/${sweepId}`);
    await page.locator('[data-sweep-progress]').filter({ hasText: '4 of 4 cells trained' }).waitFor({ timeout: 60_000 });
    expect(await keyboardProblems()).toEqual(none);
  });
});

describe('Keys', () => {
  it('exports a box plot from the keyboard', async () => {
    const { page } = lab;
    await page.goto(`${lab.server.origin}/#/experiment/${seeded}`);
    const button = page.getByRole('button', { name: 'Export Test accuracy as PNG' });
    await button.focus();
    const png = await download(page, () => page.keyboard.press('Enter'));
    expect(pngSize(png.data).width).toBeGreaterThan(0);
  });

  it('opens the values of a box plot and of a sweep heatmap as tables with Space and Enter', async () => {
    const { page } = lab;
    await page.goto(`${lab.server.origin}/#/experiment/${seeded}`);
    await page.locator('[data-finished-count]').filter({ hasText: '6 of 6 runs finished' }).waitFor({ timeout: 60_000 });
    const box = page.locator('[data-strip-table]').first();
    await box.locator('summary').focus();
    await page.keyboard.press('Space');
    await box.getByRole('table').waitFor();
    // the runs' metrics arrive after the page: wait for every seed's column
    await expect.poll(() => box.getByRole('columnheader').allTextContents()).toEqual(['arm', 'seed 1', 'seed 2', 'seed 3']);
    expect(await box.getByRole('row').count()).toBe(3);
    expect(await box.getByRole('cell').count()).toBe(6);
    await page.goto(`${lab.server.origin}/#/sweep/${sweepId}`);
    await page.locator('[data-sweep-progress]').filter({ hasText: '4 of 4 cells trained' }).waitFor({ timeout: 60_000 });
    const map = page.locator('[data-heatmap-table="cost"]');
    await map.locator('summary').focus();
    await page.keyboard.press('Enter');
    await map.getByRole('table').waitFor();
    expect(await map.getByRole('rowheader').allTextContents()).toEqual(['seed 1', 'seed 2', 'median']);
    const values = await map.locator('tbody td').allTextContents();
    expect(values).toHaveLength(4);
    for (const v of values) expect(v).toMatch(/^(\d|∞|NaN)/);
    expect(await keyboardProblems()).toEqual(none);
    await page.goto(`${lab.server.origin}/#/experiment/${seeded}`);
    await page.locator('[data-finished-count]').filter({ hasText: '6 of 6 runs finished' }).waitFor({ timeout: 60_000 });
  });

  it('hides and shows a series with Space on its legend button', async () => {
    const { page } = lab;
    const legend = page.getByRole('group', { name: 'Cost across seeds: series shown' }).getByRole('button').first();
    await legend.focus();
    await page.keyboard.press('Space');
    await expect.poll(() => legend.getAttribute('aria-pressed')).toBe('false');
    await page.keyboard.press('Space');
    await expect.poll(() => legend.getAttribute('aria-pressed')).toBe('true');
  });

  it('moves between the runs inside the network with the arrow keys', async () => {
    const { page } = lab;
    const tabs = page.getByRole('tablist', { name: 'Run to look inside' }).getByRole('tab');
    const selected = () => tabs.evaluateAll((els) => els.findIndex((e) => e.getAttribute('aria-selected') === 'true'));
    const before = await selected();
    await tabs.nth(before).focus();
    await page.keyboard.press('ArrowRight');
    const after = (before + 1) % (await tabs.count());
    await expect.poll(selected).toBe(after);
    expect(await tabs.nth(after).evaluate((el) => el === (el.ownerDocument as unknown as { activeElement: unknown }).activeElement)).toBe(true);
  });

  it('steps through the checkpoints with the arrow keys on the slider', async () => {
    const { page } = lab;
    const slider = page.getByRole('slider', { name: 'Checkpoint' });
    await slider.focus();
    await page.keyboard.press('End');
    const last = await slider.getAttribute('aria-valuetext');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => slider.getAttribute('aria-valuetext')).not.toBe(last);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => slider.getAttribute('aria-valuetext')).toBe(last);
  });

  it('chooses a data set with the arrow keys in the builder', async () => {
    const { page } = lab;
    await page.getByRole('link', { name: 'New experiment' }).click();
    const chosen = page.getByRole('radiogroup', { name: 'Data set' }).locator('input:checked');
    const first = await chosen.getAttribute('value');
    await chosen.focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => chosen.getAttribute('value')).not.toBe(first);
    expect(lab.browser.errors).toEqual([]);
  });
});

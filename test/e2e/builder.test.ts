// The experiment builder end to end: a bad value is refused inline before anything runs, then a
// non-default experiment (moons, tanh, three arms, two seeds) is built, run and shown.
import { beforeAll, describe, expect, it } from 'vitest';
import { unnamedControls } from './helpers/a11y';
import { useLabSession } from './helpers/session';

const lab = useLabSession({ colorScheme: 'dark' });

beforeAll(async () => {
  await lab.page.getByRole('link', { name: 'New experiment' }).click();
  await lab.page.getByRole('heading', { name: 'New experiment' }).waitFor();
});

describe('Experiment builder', () => {
  it('flags a negative learning rate inline with the reason and runs nothing', async () => {
    const { page } = lab;
    expect(await unnamedControls(page)).toEqual([]);
    const lr = page.getByLabel('Learning rate');
    await lr.fill('-1');
    await expect.poll(() => lr.getAttribute('aria-invalid')).toBe('true');
    const describedBy = await lr.getAttribute('aria-describedby');
    const message = await page.locator(`[id="${describedBy}"]`).textContent();
    expect(message).toBe('must be a positive number (got -1)');
    const run = page.getByRole('button', { name: 'Run experiment' });
    expect(await run.isDisabled()).toBe(true);
    expect(page.url()).toMatch(/#\/build$/);
    await lr.fill('0.1');
    await expect.poll(() => lr.getAttribute('aria-invalid')).toBe('false');
    expect(await run.isDisabled()).toBe(false);
  });

  it('names the parameter of an arm that is out of range', async () => {
    const { page } = lab;
    const arm = page.getByRole('listitem', { name: 'Arm 2' });
    const gain = arm.getByLabel('gain');
    await gain.fill('-3');
    await expect.poll(() => gain.getAttribute('aria-invalid')).toBe('true');
    expect(await arm.locator('[data-field-error]').first().textContent()).toContain('-3');
    await gain.fill('');
    await expect.poll(() => gain.getAttribute('aria-invalid')).toBe('false');
  });

  it('builds and runs a non-default experiment and shows every run', async () => {
    const { page } = lab;
    await page.getByLabel('Name', { exact: true }).fill('moons with tanh');
    await page.locator('label.thumb-card', { hasText: 'Moons' }).click();
    await page.getByLabel('Training points').fill('200');
    await page.getByLabel('Test points').fill('60');
    await page.getByLabel('Layer 1 width').fill('8');
    await page.getByRole('button', { name: 'Remove layer 2' }).click();
    await page.getByLabel('Hidden activation').selectOption('tanh');
    await page.getByLabel('Iterations').fill('400');
    await page.getByLabel('Init seeds').fill('1-2');
    await page.getByRole('button', { name: '+ Add arm' }).click();
    const arm3 = page.getByRole('listitem', { name: 'Arm 3' });
    await arm3.getByLabel('Initializer').selectOption('orthogonal');
    await expect.poll(() => arm3.locator('[data-formula]').textContent()).toContain('Q');
    expect(await page.locator('[data-run-count]').textContent()).toContain('6 runs: 3 arms × 2 seeds');
    await page.getByRole('button', { name: 'Run experiment' }).click();
    await page.waitForURL(/#\/experiment\//);
    await page.getByRole('heading', { name: 'moons with tanh' }).waitFor();
    // one card per arm, each showing one seed at a time
    await expect.poll(() => page.locator('article.arm').evaluateAll((els) => els.map((e) => e.getAttribute('data-finished'))), { timeout: 90_000 }).toEqual(['2/2', '2/2', '2/2']);
    expect(await page.locator('.arm-title').allTextContents()).toEqual(['He normal', 'Xavier normal', 'Orthogonal']);
    const seed = page.getByLabel('Seed shown for Xavier normal');
    expect(await seed.locator('option').allTextContents()).toEqual(['1 · done', '2 · done']);
    const before = await page.locator('article.arm').nth(1).getAttribute('data-run-id');
    await seed.selectOption({ index: 1 });
    await expect.poll(() => page.locator('article.arm').nth(1).getAttribute('data-run-id')).not.toBe(before);
    for (const t of await page.locator('[data-metric="train-accuracy"]').allTextContents()) expect(t).toMatch(/^\d{1,3}\.\d%$/);
    expect(lab.browser.errors).toEqual([]);
  });

  it('shows the layers inside the network with the formula\'s prediction', async () => {
    const { page } = lab;
    const inside = page.locator('section.inside');
    await inside.getByRole('tab').first().click();
    await inside.locator('section.chart-frame', { hasText: 'Std by layer at initialization' }).waitFor();
    await expect.poll(() => inside.getByRole('button', { name: /std\(Z\) predicted/ }).count()).toBe(1);
    const slider = inside.getByRole('slider', { name: 'Checkpoint' });
    await slider.focus();
    await page.keyboard.press('Home');
    await expect.poll(() => inside.locator('.scrub .mono').textContent()).toBe('iteration 0');
  });

  it('imports a CSV data set from the card, with its label column chosen by name, and says what is wrong with a bad one', async () => {
    const { page } = lab;
    await page.getByRole('link', { name: 'New experiment' }).click();
    await page.getByRole('heading', { name: 'New experiment' }).waitFor();
    // choosing the CSV card opens the file dialog at once, and nothing complains before a file is chosen
    const chooser = page.waitForEvent('filechooser', { timeout: 5000 });
    await page.locator('label.thumb-card', { hasText: 'CSV file' }).click();
    await chooser;
    expect(await page.getByText(/base\.data\.x/).count()).toBe(0);
    const file = page.locator('input[type="file"][accept*=".csv"]');
    const rows = ['a,b,label', ...Array.from({ length: 40 }, (_, i) => `${Math.cos(i)},${Math.sin(i)},${i % 2}`)];
    await file.setInputFiles({ name: 'points.csv', mimeType: 'text/csv', buffer: Buffer.from(rows.join('\n')) });
    await expect.poll(() => page.locator('[data-csv-summary]').textContent()).toContain('points.csv: 40 rows, features a, b');
    expect(await page.getByRole('button', { name: 'Run experiment' }).isDisabled()).toBe(false);
    // the label first, a text column and a row with a gap: the label is picked by name, the rest left out
    const messy = ['y,f1,name,f2', ...Array.from({ length: 30 }, (_, i) => `${i % 2},${Math.cos(i)},p${i},${i === 4 ? '' : Math.sin(i)}`)];
    await file.setInputFiles({ name: 'messy.csv', mimeType: 'text/csv', buffer: Buffer.from(messy.join('\n')) });
    await page.getByLabel('Label column').selectOption('y');
    await expect.poll(() => page.locator('[data-csv-summary]').textContent()).toContain('messy.csv: 29 rows, features f1, f2');
    expect(await page.getByLabel(/Standardise features/).isChecked()).toBe(true);
    await file.setInputFiles({ name: 'broken.csv', mimeType: 'text/csv', buffer: Buffer.from('a,b,label\n1,2,0\n3,oops,1\n') });
    await expect.poll(() => page.getByRole('alert').filter({ hasText: 'broken.csv' }).count()).toBe(1);
  });

  it('fits 1280×800 without horizontal scrolling in the dark theme', async () => {
    const { page } = lab;
    expect(await page.evaluate<string>('document.documentElement.dataset.theme')).toBe('dark');
    expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(1280);
  });
});

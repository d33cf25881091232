// Checks on exported files: PNG headers, SVG and HTML well-formedness, CSV rows.
import { readFile } from 'node:fs/promises';
import type { Download, Page } from 'playwright-core';

// Chromium silently drops a page's downloads past about twenty in two seconds, a pace only a test reaches
// (exporting every chart of a page); downloads here start at most four a second.
const DOWNLOAD_SPACING_MS = 250;
const lastDownload = new WeakMap<Page, number>();

/** Clicks `click` and returns the download it starts, read into memory; a failed wait says how the click went. */
export async function download(page: Page, click: () => Promise<void>): Promise<{ name: string; data: Buffer }> {
  const wait = (lastDownload.get(page) ?? 0) + DOWNLOAD_SPACING_MS - Date.now();
  if (wait > 0) await new Promise((r) => setTimeout(r, wait));
  lastDownload.set(page, Date.now());
  const event = page.waitForEvent('download', { timeout: 30_000 });
  const clicked = click().then(
    () => 'the click went through',
    (e: unknown) => `the click failed: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`,
  );
  try {
    const d = await event;
    await clicked;
    return { name: d.suggestedFilename(), data: await readDownload(d) };
  } catch (e) {
    const how = await Promise.race([clicked, new Promise<string>((r) => setTimeout(() => r('the click had not finished'), 1000))]);
    const alive = await Promise.race([page.evaluate('1').then(() => 'the page answers'), new Promise<string>((r) => setTimeout(() => r('the page does not answer'), 5000))]);
    throw new Error(`no download: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}; ${how}; ${alive}`);
  }
}

async function readDownload(d: Download): Promise<Buffer> {
  const path = await d.path();
  return readFile(path);
}

/** Width and height from a PNG's IHDR chunk; throws if the bytes are not a PNG. */
export function pngSize(data: Buffer): { width: number; height: number } {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (!data.subarray(0, 8).equals(signature)) throw new Error('not a PNG: bad signature');
  if (data.toString('latin1', 12, 16) !== 'IHDR') throw new Error('not a PNG: no IHDR chunk first');
  return { width: data.readUInt32BE(16), height: data.readUInt32BE(20) };
}

/** Parses XML in the page's own DOMParser; returns the root element's name or throws with the parser's error. */
export async function parseXmlInPage(page: Page, text: string, type: 'image/svg+xml' | 'text/html'): Promise<string> {
  return page.evaluate(
    ([t, mime]) => {
      // DOM types are not in the Node test config: describe the little of DOMParser used here
      type Doc = { querySelector(sel: string): { textContent: string | null } | null; documentElement: { nodeName: string } };
      const Parser = (globalThis as unknown as { DOMParser: new () => { parseFromString(text: string, type: string): Doc } }).DOMParser;
      const doc = new Parser().parseFromString(t, mime);
      const err = doc.querySelector('parsererror');
      if (err) throw new Error(err.textContent ?? 'parse error');
      return doc.documentElement.nodeName;
    },
    [text, type] as const,
  );
}

/** Rows of a CSV text (header first), split on line ends; quoted fields are not expected in these exports. */
export function csvRows(text: string): string[][] {
  return text
    .split(/\r?\n/)
    .filter((l) => l.length)
    .map((l) => l.split(','));
}

/** What a chart's PNG and SVG exports hold, beside the size the chart is drawn at on the page. */
export interface ChartExports {
  title: string;
  shown: { width: number; height: number };
  png: { name: string; width: number; height: number };
  svg: { name: string; root: string; text: string };
}

/** Exports the chart framed with `title` through its PNG and SVG buttons and reads both files back. */
export async function exportChart(page: Page, title: string): Promise<ChartExports> {
  const frame = page.locator(`section.chart-frame[aria-label="${title}"]`);
  const drawn = frame.locator('.chart-body').locator('canvas, svg').first();
  await drawn.scrollIntoViewIfNeeded();
  const box = await drawn.boundingBox();
  if (!box) throw new Error(`${title}: the chart is not drawn`);
  const save = async (kind: 'PNG' | 'SVG') => {
    try {
      return await download(page, () => frame.getByRole('button', { name: `Export ${title} as ${kind}` }).click());
    } catch (e) {
      // the frame says why an export failed; a timeout alone would not
      const said = (await frame.locator('[role="alert"]').allTextContents()).join(' ');
      const busy = (await frame.getByRole('button', { name: `Export ${title} as ${kind}` }).isDisabled()) ? 'still exporting' : 'export over';
      throw new Error(`${title}: no ${kind} download${said ? ` (${said})` : ''}, ${busy}: ${e instanceof Error ? e.message : String(e)}`);
    }
  };
  const png = await save('PNG');
  const svg = await save('SVG');
  const text = svg.data.toString('utf8');
  return {
    title,
    shown: { width: box.width, height: box.height },
    png: { name: png.name, ...pngSize(png.data) },
    svg: { name: svg.name, root: await parseXmlInPage(page, text, 'image/svg+xml'), text },
  };
}

/** The titles of the chart frames on the page, in order. */
export async function chartTitles(page: Page): Promise<string[]> {
  return page.locator('section.chart-frame').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''));
}

/**
 * What is wrong with a chart's exports: a PNG that is not 2× the chart as shown or an SVG without an <svg> root.
 * Layout widths can be fractional while exports are whole CSS pixels, so sizes may differ by 1 px (2 in the PNG).
 */
export function exportProblems(out: ChartExports): string[] {
  const problems: string[] = [];
  const { title, shown, png, svg } = out;
  if (!png.name.endsWith('.png')) problems.push(`${title}: PNG named ${png.name}`);
  if (!svg.name.endsWith('.svg')) problems.push(`${title}: SVG named ${svg.name}`);
  if (Math.abs(png.width - 2 * shown.width) > 2 || Math.abs(png.height - 2 * shown.height) > 2) {
    problems.push(`${title}: PNG ${png.width}×${png.height} for a chart shown at ${shown.width}×${shown.height}`);
  }
  if (svg.root !== 'svg') problems.push(`${title}: SVG root <${svg.root}>`);
  return problems;
}

/** Exports every chart on the page as PNG and SVG; returns the exports and every problem found with them. */
export async function exportEveryChart(page: Page): Promise<{ exports: ChartExports[]; problems: string[] }> {
  const exports: ChartExports[] = [];
  for (const title of await chartTitles(page)) exports.push(await exportChart(page, title));
  return { exports, problems: exports.flatMap(exportProblems) };
}

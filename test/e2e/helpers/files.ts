// Checks on exported files: PNG headers, SVG and HTML well-formedness, CSV rows.
import { readFile } from 'node:fs/promises';
import type { Download, Page } from 'playwright-core';

/** Clicks `click` and returns the download it starts, read into memory. */
export async function download(page: Page, click: () => Promise<void>): Promise<{ name: string; data: Buffer }> {
  const [d] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), click()]);
  return { name: d.suggestedFilename(), data: await readDownload(d) };
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

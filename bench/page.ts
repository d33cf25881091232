// The page while the course trains in browser mode: wall time of its three arms and the page's frame gaps,
// with one worker against the default pool, side by side. Needs `npm run build` and /usr/bin/chromium.
// `npm run bench -- --only page`; `npx tsx bench/page.ts [rounds]` runs it alone.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { defaultPoolSize } from '../electron/pool/pool';
import type { BenchSection } from './lib/section';
import { median } from './lib/timing';

const ROOT = resolve(import.meta.dirname, '..');
const CHROMIUM = '/usr/bin/chromium';

/** One course in the page: seconds from the click to the third finished card, and the frame gaps meanwhile. */
export interface PageCourseFigures {
  workers: number;
  seconds: number;
  /** Longest gap between animation frames while training, and the 95th percentile, in milliseconds. */
  maxGapMs: number;
  p95GapMs: number;
  /** Share of gaps over 50 ms (a visible hitch). */
  longShare: number;
}

/** Starts `init-lab serve --workers N` on a fresh data directory; resolves with its URL and a stop function. */
async function serve(workers: number): Promise<{ url: string; stop: () => Promise<void> }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'init-lab-bench-page-'));
  const child = spawn(process.execPath, [join(ROOT, 'bin/init-lab.js'), 'serve', '--port', '0', '--data', dataDir, '--workers', String(workers)], { stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise<string>((ok, fail) => {
    let out = '';
    child.stdout.on('data', (c: Buffer) => {
      out += c.toString();
      const m = /(http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+)/.exec(out);
      if (m) ok(m[1]);
    });
    child.once('exit', (code) => fail(new Error(`init-lab serve exited with ${code}`)));
  });
  return {
    url,
    stop: () =>
      new Promise((done) => {
        child.once('exit', () => {
          rmSync(dataDir, { recursive: true, force: true });
          done();
        });
        child.kill('SIGTERM');
      }),
  };
}

/** Runs the course once in Chromium against a server with `workers` workers. */
export async function measureCourse(workers: number): Promise<PageCourseFigures> {
  const server = await serve(workers);
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(server.url);
    await page.getByRole('button', { name: 'Reproduce the course' }).waitFor();
    // a string, so the bundler's helpers (tsx names functions) never reach the page
    await page.evaluate(`(() => {
      window.__gaps = [];
      let last = performance.now();
      const tick = (t) => { window.__gaps.push(t - last); last = t; requestAnimationFrame(tick); };
      requestAnimationFrame(tick);
    })()`);
    const t0 = performance.now();
    await page.getByRole('button', { name: 'Reproduce the course' }).click();
    await page.locator('article.arm[data-status="done"]').nth(2).waitFor({ timeout: 300_000 });
    const seconds = (performance.now() - t0) / 1000;
    const gaps = ((await page.evaluate('window.__gaps')) as number[]).slice(1).sort((a, b) => a - b);
    return {
      workers,
      seconds,
      maxGapMs: gaps[gaps.length - 1],
      p95GapMs: gaps[Math.floor(0.95 * (gaps.length - 1))],
      longShare: gaps.filter((g) => g > 50).length / gaps.length,
    };
  } finally {
    await browser.close();
    await server.stop();
  }
}

/** Alternates one worker and the default pool `rounds` times and prints medians side by side. */
export async function benchPage(rounds: number, print: (line: string) => void): Promise<void> {
  if (!existsSync(CHROMIUM) || !existsSync(join(ROOT, 'out/renderer/index.html'))) {
    print('skipped: needs /usr/bin/chromium and a build (`npm run build`)');
    return;
  }
  const sizes = [1, defaultPoolSize()];
  const figures = new Map<number, PageCourseFigures[]>(sizes.map((s) => [s, []]));
  for (let r = 0; r < rounds; r++) for (const s of sizes) figures.get(s)?.push(await measureCourse(s));
  print(`load average ${loadavg().map((x) => x.toFixed(2)).join(' ')}; ${rounds} alternating rounds, medians`);
  for (const s of sizes) {
    const f = figures.get(s) ?? [];
    const m = (k: keyof PageCourseFigures) => median(f.map((x) => x[k]));
    print(`${s} worker${s === 1 ? ' ' : 's'}: course ${m('seconds').toFixed(2)} s to the third card; frame gap max ${m('maxGapMs').toFixed(0)} ms, p95 ${m('p95GapMs').toFixed(1)} ms, ${(100 * m('longShare')).toFixed(1)}% over 50 ms`);
  }
}

export const sections: BenchSection[] = [
  { id: 'page', title: 'The page while the course trains (browser mode, Chromium)', order: 60, run: ({ repeats, print }) => benchPage(Math.min(repeats, 3), print) },
];

if (import.meta.url === `file://${process.argv[1]}`) await benchPage(Number(process.argv[2] ?? 2), (l) => void process.stdout.write(`${l}\n`));

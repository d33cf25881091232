import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { base64ToBytes } from '../../shared/contract/base64';
import { buildHtmlReport } from '../../shared/export/report';
import { PNG_1PX, SVG_CHART, courseReportInput } from './helpers/report-input';

const XSS = `<script>window.pwned=1</script><img src=x onerror="window.pwned=1">"'&`;

function parse(html: string) {
  const window = new Window();
  return new window.DOMParser().parseFromString(html, 'text/html');
}

const rowsOf = (doc: ReturnType<typeof parse>, caption: string) => {
  const table = [...doc.querySelectorAll('table')].find((t) => t.querySelector('caption')?.textContent === caption);
  if (!table) throw new Error(`no table "${caption}"`);
  return [...table.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent));
};

describe('buildHtmlReport', () => {
  it('is one document with its style inline and a policy that allows no script and no network', () => {
    const html = buildHtmlReport(courseReportInput());
    expect(html.startsWith('<!doctype html>')).toBe(true);
    const doc = parse(html);
    expect(doc.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content')).toBe(
      "default-src 'none'; style-src 'unsafe-inline'; img-src data:",
    );
    expect(doc.querySelectorAll('style')).toHaveLength(1);
    expect(doc.querySelectorAll('script, link, iframe, object, embed')).toHaveLength(0);
  });

  it('loads nothing from outside: every image is a data URL', () => {
    const doc = parse(buildHtmlReport(courseReportInput()));
    const sources = [...doc.querySelectorAll('img')].map((img) => img.getAttribute('src') ?? '');
    expect(sources).toHaveLength(2);
    for (const src of sources) expect(src).toMatch(/^data:image\/(png|svg\+xml);base64,/);
    expect(buildHtmlReport(courseReportInput())).not.toMatch(/https?:\/\/(?!www\.w3\.org\/2000\/svg)/);
  });

  it('escapes every user-written string: title, notes, labels, tags, chart names, comparisons and config text', () => {
    const html = buildHtmlReport(courseReportInput(XSS));
    const doc = parse(html);
    expect(doc.querySelectorAll('script')).toHaveLength(0);
    const withHandlers = [...doc.querySelectorAll('*')].filter((el) => [...el.attributes].some((a) => a.name.startsWith('on')));
    expect(withHandlers).toHaveLength(0);
    // Only the two charts are images: no payload became one.
    expect(doc.querySelectorAll('img')).toHaveLength(2);
    expect(doc.querySelector('h1')?.textContent).toBe(`Course comparison${XSS}`);
    expect(doc.querySelector('title')?.textContent).toBe(`Course comparison${XSS}`);
    expect(doc.querySelector('.tag')?.textContent).toBe(`baseline${XSS}`);
    expect(html).toContain(`points${'&lt;script&gt;'}`);
  });

  it('embeds an SVG chart as an image whose data URL decodes to the SVG itself', () => {
    const doc = parse(buildHtmlReport(courseReportInput()));
    const src = doc.querySelector('img')?.getAttribute('src') ?? '';
    const svg = new TextDecoder().decode(base64ToBytes(src.slice('data:image/svg+xml;base64,'.length)));
    expect(svg).toBe(SVG_CHART);
  });

  it('adds the SVG namespace a chart left out, so it shows as an image', () => {
    const input = courseReportInput();
    input.charts = [{ name: 'bare', svg: '<svg width="10" height="10"><rect width="5" height="5"/></svg>' }];
    const src = parse(buildHtmlReport(input)).querySelector('img')?.getAttribute('src') ?? '';
    expect(new TextDecoder().decode(base64ToBytes(src.split(',')[1]))).toBe('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="5" height="5"/></svg>');
  });

  it('embeds a PNG data URL as it is', () => {
    const doc = parse(buildHtmlReport(courseReportInput()));
    expect([...doc.querySelectorAll('img')].map((i) => i.getAttribute('src'))).toContain(PNG_1PX);
  });

  it.each(['https://example.com/chart.png', 'javascript:alert(1)', 'data:text/html;base64,PHNjcmlwdD4=', 'data:image/png;base64,AAAA"><script>'])(
    'refuses %s as a PNG and says the chart is not embedded',
    (url) => {
      const input = courseReportInput();
      input.charts = [{ name: 'bad', pngDataUrl: url }];
      input.arms = input.arms.map((a) => ({ ...a, charts: undefined }));
      const html = buildHtmlReport(input);
      expect(parse(html).querySelectorAll('img')).toHaveLength(0);
      expect(html).toContain('(chart not embedded: it was neither an SVG document nor a PNG data URL)');
      expect(html).not.toContain(url);
    },
  );

  it("shows each arm's final cost, accuracies as percentages, and where costs stopped being finite", () => {
    const rows = rowsOf(parse(buildHtmlReport(courseReportInput())), 'Final numbers per arm');
    expect(rows).toEqual([
      ['zeros', 'zeros', '3', 'done', '0.693147', '50.0%', '50.0%', '—', '—', '15000', '2.5 s'],
      ['random', 'random', '3', 'done', '0.38277', '83.0%', '86.0%', '—', '0', '15000', '—'],
      ['he', 'he', '1, 2, 3', 'done', '0.07', '99.3%', '96.0%', '—', '—', '—', '—'],
    ]);
  });

  it('adds a per-class test accuracy table for arms of more than two classes, and none for two', () => {
    const input = courseReportInput();
    expect(parse(buildHtmlReport(input)).body.textContent).not.toContain('Test accuracy per class');
    input.arms[0].result = { ...input.arms[0].result, perClass: { classes: ['cat', 'dog', 'emu'], accuracy: [1, 0.5, Number.NaN] } };
    expect(rowsOf(parse(buildHtmlReport(input)), 'Test accuracy per class at the last checkpoint')).toEqual([['zeros', '100.0%', '50.0%', '—']]);
  });

  it('writes an infinite or NaN final cost and a divergence as such', () => {
    const input = courseReportInput();
    input.arms[1].result = { status: 'diverged', finalCost: Infinity, trainAccuracy: 0.5, testAccuracy: null, divergedAt: 12, firstNonFiniteIteration: 3 };
    input.arms[2].result = { ...input.arms[2].result, finalCost: Number.NaN };
    const rows = rowsOf(parse(buildHtmlReport(input)), 'Final numbers per arm');
    expect(rows[1].slice(3, 9)).toEqual(['diverged', '∞', '50.0%', '—', '12', '3']);
    expect(rows[2][4]).toBe('NaN');
  });

  it('shows seed statistics when given, in percent for accuracies', () => {
    const rows = rowsOf(parse(buildHtmlReport(courseReportInput())), 'Each metric over the seeds of each arm (non-finite values left out and counted)');
    expect(rows).toEqual([
      ['he', 'test accuracy', '3', '0', '95.0%', '1.0%', '95.0%', '94.0% – 96.0%', '92.5% – 97.5%'],
      ['he', 'final cost', '2', '1', '0.08', '0.01', '0.08', '0.07 – 0.09', '-0.0098 – 0.1698'],
    ]);
  });

  it('leaves out the seed section when no arm has seed statistics', () => {
    const input = courseReportInput();
    input.arms = input.arms.map((a) => ({ ...a, seedStats: undefined }));
    expect(buildHtmlReport(input)).not.toContain('Across seeds');
  });

  it('shows pairwise comparisons with their interval, p-values and effect sizes', () => {
    const rows = rowsOf(parse(buildHtmlReport(courseReportInput())), 'Pairwise differences (a − b)');
    expect(rows).toEqual([['he vs zeros', 'test accuracy', '0.45', '0.44 – 0.46', '< 0.0001', '0.1 (exact)', '45', '1', '3 / 3']]);
  });

  it('marks only the config fields that differ between arms', () => {
    const doc = parse(buildHtmlReport(courseReportInput()));
    const marked = [...doc.querySelectorAll('tr.differs th')].map((th) => th.textContent);
    expect(marked).toEqual(['≠ Initializer (init.name)', '≠ Initializer scale (init.params.scale)', '≠ Initializer mode (init.params.mode)', '≠ Initializer negative slope (init.params.negative_slope)']);
    const dims = rowsOf(doc, 'Every config field, per arm').find((r) => r[0] === 'Layer sizes (network.dims)');
    expect(dims).toEqual(['Layer sizes (network.dims)', '[2, 10, 5, 1]', '[2, 10, 5, 1]', '[2, 10, 5, 1]']);
  });

  it("carries each arm's full config as JSON", () => {
    const doc = parse(buildHtmlReport(courseReportInput()));
    const pre = [...doc.querySelectorAll('details pre')].map((p) => JSON.parse(p.textContent ?? ''));
    expect(pre).toEqual(courseReportInput().arms.map((a) => a.config));
  });
});

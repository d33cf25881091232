import { describe, expect, it } from 'vitest';
import { buildReport, escapeHtml } from '../../../renderer/src/lib/report';

const run = {
  label: 'He <seed 3>',
  color: '#009E73',
  experiment: 'course',
  init: 'he',
  seed: 3,
  status: 'done',
  trainAccuracy: 0.9933333333333333,
  testAccuracy: 0.96,
  finalCost: 0.0707,
  trainSeconds: 1.5,
  config: { init: { name: 'he' } },
};

describe('buildReport', () => {
  const html = buildReport({
    title: 'Comparison',
    generatedAt: '2026-01-01',
    appVersion: '0.1.0',
    runs: [run],
    charts: [{ caption: 'Cost', svg: '<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"><path d="M0 0"/></svg>' }],
    diff: [{ path: 'init.name', values: ['he'] }],
    notes: ['a note'],
  });

  it('loads nothing from outside the file', () => {
    expect(html).not.toMatch(/<(script|link|img)\b/i);
    expect(html).not.toMatch(/(src|href)=["']https?:/i);
  });

  it('inlines each chart without its XML prolog', () => {
    expect(html).toContain('<figure><svg xmlns="http://www.w3.org/2000/svg">');
    expect(html).not.toContain('<?xml');
  });

  it('shows the accuracies as percentages with one decimal', () => {
    expect(html).toContain('99.3%');
    expect(html).toContain('96.0%');
  });

  it('escapes text taken from run names', () => {
    expect(html).toContain('He &lt;seed 3&gt;');
    expect(escapeHtml('"a" & \'b\'')).toBe('&quot;a&quot; &amp; &#39;b&#39;');
  });
});

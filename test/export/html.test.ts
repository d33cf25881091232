import { describe, expect, it } from 'vitest';
import { base64ToBytes } from '../../shared/contract/base64';
import { escapeHtml, isPngDataUrl, svgDataUrl } from '../../shared/export/html';

describe('html helpers', () => {
  it('escapes the five characters that matter in text and quoted attributes', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });

  it('accepts only base64 PNG data URLs', () => {
    expect(isPngDataUrl('data:image/png;base64,iVBORw0KGgo=')).toBe(true);
    expect(isPngDataUrl('data:image/png;base64,iVBO Rw0KGgo=')).toBe(false);
    expect(isPngDataUrl('data:image/svg+xml;base64,PHN2Zz4=')).toBe(false);
    expect(isPngDataUrl('http://example.com/a.png')).toBe(false);
  });

  it('encodes an SVG as UTF-8 base64, non-ASCII text included', () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg"><text>σ → ∞</text></svg>';
    const url = svgDataUrl(svg);
    expect(url.startsWith('data:image/svg+xml;base64,')).toBe(true);
    expect(new TextDecoder().decode(base64ToBytes(url.split(',')[1]))).toBe(svg);
  });
});

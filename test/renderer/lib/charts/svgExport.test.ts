import { afterEach, describe, expect, it } from 'vitest';
import { svgDocument } from '../../../../renderer/src/lib/charts/svgExport';

let host: HTMLElement | null = null;
afterEach(() => {
  host?.remove();
  host = null;
});

function inlineSvg(markup: string): SVGSVGElement {
  host = document.createElement('div');
  host.innerHTML = `<style>.tick { fill: #535b66; font-size: 11px; }</style><svg viewBox="0 0 100 50" class="chart">${markup}</svg>`;
  document.body.appendChild(host);
  return host.querySelector('svg') as SVGSVGElement;
}

function parse(text: string): Document {
  return new DOMParser().parseFromString(text.replace(/^<\?xml[^>]*>\s*/, ''), 'image/svg+xml');
}

describe('svgDocument', () => {
  it('gives the copy the export size, the SVG namespace and the viewBox it had', () => {
    const doc = parse(svgDocument(inlineSvg('<circle cx="5" cy="5" r="2" fill="#0072b2"></circle>'), { width: 400, height: 200 }, '#ffffff'));
    const root = doc.documentElement;
    expect(root.nodeName).toBe('svg');
    expect(root.getAttribute('xmlns')).toBe('http://www.w3.org/2000/svg');
    expect([root.getAttribute('width'), root.getAttribute('height'), root.getAttribute('viewBox')]).toEqual(['400', '200', '0 0 100 50']);
  });

  it('puts a background of the given colour under the chart', () => {
    const doc = parse(svgDocument(inlineSvg('<circle cx="5" cy="5" r="2"></circle>'), { width: 100, height: 50 }, '#1c2027'));
    const first = doc.documentElement.firstElementChild;
    expect(first?.nodeName).toBe('rect');
    expect(first?.getAttribute('fill')).toBe('#1c2027');
    expect(first?.getAttribute('width')).toBe('100%');
  });

  it('writes the styles the page gave each element onto it, dropping its classes', () => {
    const text = svgDocument(inlineSvg('<text class="tick" x="1" y="1">0.5</text>'), { width: 100, height: 50 }, '#fff');
    const tick = parse(text).querySelector('text');
    expect(tick?.getAttribute('class')).toBeNull();
    expect(tick?.getAttribute('style')).toMatch(/font-size:\s*11px/);
  });

  it('leaves the page element it copied untouched', () => {
    const el = inlineSvg('<text class="tick" x="1" y="1">0.5</text>');
    svgDocument(el, { width: 100, height: 50 }, '#fff');
    expect(el.querySelector('text')?.getAttribute('class')).toBe('tick');
    expect(el.getAttribute('width')).toBeNull();
  });
});

// Exports a chart the page draws as inline SVG: a standalone SVG document, or a PNG rasterized from it at 2×.
import type { ExportSize } from './chartExport';

// The styles an inline chart takes from the page's stylesheet and theme variables; a saved file has neither,
// so their computed values are written onto each element.
const STYLE_PROPS = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'opacity',
  'stop-color',
  'stop-opacity',
  'font-family',
  'font-size',
  'font-weight',
  'text-anchor',
  'dominant-baseline',
] as const;

const SVG_NS = 'http://www.w3.org/2000/svg';

/** The on-screen size of an inline SVG chart in whole CSS pixels. */
export function svgSize(el: SVGSVGElement): ExportSize {
  const r = el.getBoundingClientRect();
  return { width: Math.max(1, Math.round(r.width)), height: Math.max(1, Math.round(r.height)) };
}

/** A standalone SVG document of `el` at `size`, its page styles inlined, on a `background` rectangle. */
export function svgDocument(el: SVGSVGElement, size: ExportSize, background: string): string {
  const copy = el.cloneNode(true) as SVGSVGElement;
  const from = [el, ...el.querySelectorAll('*')];
  const to = [copy, ...copy.querySelectorAll('*')];
  from.forEach((src, i) => {
    const dst = to[i];
    const style = getComputedStyle(src);
    const inline = STYLE_PROPS.map((p) => [p, style.getPropertyValue(p)] as const)
      .filter(([, v]) => v !== '' && !v.includes('var('))
      .map(([p, v]) => `${p}:${v}`)
      .join(';');
    if (inline) dst.setAttribute('style', inline);
    for (const p of STYLE_PROPS) if (dst.getAttribute(p)?.includes('var(')) dst.removeAttribute(p);
    dst.removeAttribute('class');
  });
  copy.setAttribute('xmlns', SVG_NS);
  copy.setAttribute('width', String(size.width));
  copy.setAttribute('height', String(size.height));
  if (!copy.getAttribute('viewBox')) copy.setAttribute('viewBox', `0 0 ${size.width} ${size.height}`);
  const bg = document.createElementNS(SVG_NS, 'rect');
  bg.setAttribute('x', '0');
  bg.setAttribute('y', '0');
  bg.setAttribute('width', '100%');
  bg.setAttribute('height', '100%');
  bg.setAttribute('fill', background);
  copy.insertBefore(bg, copy.firstChild);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(copy)}`;
}

/** Rasterizes an SVG document at `scale`× its `size` into a PNG blob. */
export async function svgToPng(svg: string, size: ExportSize, scale = 2): Promise<Blob> {
  const img = new Image();
  img.decoding = 'sync';
  const loaded = new Promise<void>((resolve, reject) => {
    img.onload = () => resolve();
    img.onerror = () => reject(new Error('the browser could not read the SVG'));
  });
  img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  await loaded;
  const canvas = document.createElement('canvas');
  canvas.width = size.width * scale;
  canvas.height = size.height * scale;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2D context');
  ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob) throw new Error('the browser could not encode the PNG');
  return blob;
}

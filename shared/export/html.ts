// Writing HTML safely from strings: escaping text and attributes, and images as data URLs only.
import { bytesToBase64 } from '../contract/base64';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text safe inside an element or a quoted attribute: & < > " ' become entities. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

const PNG_DATA_URL = /^data:image\/png;base64,[A-Za-z0-9+/]+={0,2}$/;

/** Whether a string is a base64 PNG data URL (anything else could make the page fetch or run something). */
export function isPngDataUrl(url: string): boolean {
  return PNG_DATA_URL.test(url);
}

/**
 * An SVG document as a base64 data URL for an <img>: an image cannot run script or reach the network,
 * whatever the SVG holds, and its styles cannot leak into the page.
 */
export function svgDataUrl(svg: string): string {
  // An SVG shown as an image needs its namespace; chart exporters sometimes leave it out.
  const withNs = /<svg\b[^>]*\bxmlns\s*=/.test(svg) ? svg : svg.replace(/<svg\b/, '<svg xmlns="http://www.w3.org/2000/svg"');
  return `data:image/svg+xml;base64,${bytesToBase64(utf8(withNs))}`;
}

// TextEncoder is a host global (HTML, Node), not ECMAScript, so shared/'s types declare only what is used here.
function utf8(text: string): Uint8Array {
  const Encoder = (globalThis as { TextEncoder?: new () => { encode(s: string): Uint8Array } }).TextEncoder;
  if (!Encoder) throw new Error('no TextEncoder in this runtime');
  return new Encoder().encode(text);
}

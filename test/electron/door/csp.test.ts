import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CSP_HEADER, CSP_META } from '../../../electron/door/csp';

describe('the Content-Security-Policy', () => {
  it('is stated identically in the renderer page’s meta tag', () => {
    const html = readFileSync(resolve(__dirname, '../../../renderer/index.html'), 'utf8');
    const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i.exec(html);
    expect(meta?.[1]).toBe(CSP_META);
  });

  it('allows scripts from the app itself only: no inline code, no eval, no remote hosts', () => {
    const script = CSP_META.split('; ').find((d) => d.startsWith('script-src'));
    expect(script).toBe("script-src 'self'");
  });

  it('falls back to nothing and forbids being framed', () => {
    expect(CSP_HEADER.startsWith("default-src 'none'")).toBe(true);
    expect(CSP_HEADER).toContain("frame-ancestors 'none'");
  });
});

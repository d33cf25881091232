import { describe, expect, it } from 'vitest';
import { base64ToBytes, bytesToBase64 } from '../../shared/contract/base64';

describe('base64', () => {
  it('encodes every length from 0 to 40 exactly as Node does', () => {
    for (let n = 0; n <= 40; n++) {
      const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 37 + n) & 255);
      expect(bytesToBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
    }
  });

  it('decodes what it encodes, across chunk boundaries', () => {
    const bytes = Uint8Array.from({ length: 3 * 4096 + 7 }, (_, i) => (i * 131) & 255);
    expect(base64ToBytes(bytesToBase64(bytes))).toEqual(bytes);
  });

  it('rejects a truncated string', () => {
    expect(() => base64ToBytes('QUJD' + 'QQ')).toThrow(/multiple of 4/);
  });

  it('rejects a character outside the alphabet', () => {
    expect(() => base64ToBytes('QU*D')).toThrow(/invalid base64 character at 2/);
  });
});

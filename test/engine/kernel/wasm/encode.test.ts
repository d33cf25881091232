import { describe, expect, it } from 'vitest';
import { f64, name, s32, u32 } from '../../../../shared/engine/kernel/wasm/encode';

describe('WebAssembly byte encodings', () => {
  it('encodes unsigned LEB128 as the format specifies', () => {
    expect(u32(0)).toEqual([0]);
    expect(u32(127)).toEqual([0x7f]);
    expect(u32(128)).toEqual([0x80, 0x01]);
    expect(u32(624485)).toEqual([0xe5, 0x8e, 0x26]);
    expect(u32(0xffffffff)).toEqual([0xff, 0xff, 0xff, 0xff, 0x0f]);
  });

  it('encodes signed LEB128 with the sign bit of the last byte', () => {
    expect(s32(0)).toEqual([0]);
    expect(s32(63)).toEqual([0x3f]);
    expect(s32(64)).toEqual([0xc0, 0x00]);
    expect(s32(-1)).toEqual([0x7f]);
    expect(s32(-64)).toEqual([0x40]);
    expect(s32(-65)).toEqual([0xbf, 0x7f]);
    expect(s32(-123456)).toEqual([0xc0, 0xbb, 0x78]);
  });

  it('rejects integers outside 32 bits', () => {
    expect(() => u32(-1)).toThrow(RangeError);
    expect(() => u32(2 ** 32)).toThrow(RangeError);
    expect(() => s32(2 ** 31)).toThrow(RangeError);
    expect(() => u32(1.5)).toThrow(RangeError);
  });

  it('writes doubles little-endian', () => {
    expect(f64(1)).toEqual([0, 0, 0, 0, 0, 0, 0xf0, 0x3f]);
    expect(f64(-0)).toEqual([0, 0, 0, 0, 0, 0, 0, 0x80]);
  });

  it('accepts only plain identifiers as names', () => {
    expect(name('fwd1')).toEqual([4, 0x66, 0x77, 0x64, 0x31]);
    expect(() => name('a b')).toThrow();
  });
});

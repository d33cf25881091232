import { describe, expect, it } from 'vitest';
import { decodeWire, encodeWire, parseWire, stringifyWire } from '../../shared/contract/wire';

describe('wire encoding', () => {
  it('keeps NaN, infinities and negative zero through JSON', () => {
    const back = parseWire(stringifyWire({ a: [NaN, Infinity, -Infinity, -0, 0, 1.5] })) as { a: number[] };
    expect(back.a[0]).toBeNaN();
    expect(back.a[1]).toBe(Infinity);
    expect(back.a[2]).toBe(-Infinity);
    expect(Object.is(back.a[3], -0)).toBe(true);
    expect(Object.is(back.a[4], 0)).toBe(true);
    expect(back.a[5]).toBe(1.5);
  });

  it('keeps every bit of a Float64Array, special values included', () => {
    const xs = new Float64Array([Math.PI, -0, NaN, Infinity, 5e-324, 1.7976931348623157e308, 0.1 + 0.2]);
    const back = parseWire(stringifyWire({ xs })) as { xs: Float64Array };
    expect(back.xs).toBeInstanceOf(Float64Array);
    expect(new Uint8Array(back.xs.buffer)).toEqual(new Uint8Array(xs.buffer));
  });

  it('restores Float32Array, Int32Array and Uint8Array with their types', () => {
    const value = { f: new Float32Array([1.25, -2]), i: new Int32Array([-7, 2 ** 31 - 1]), u: new Uint8Array([0, 255]) };
    const back = decodeWire(JSON.parse(JSON.stringify(encodeWire(value)))) as typeof value;
    expect(back.f).toEqual(value.f);
    expect(back.i).toEqual(value.i);
    expect(back.u).toEqual(value.u);
  });

  it('encodes only the viewed part of a typed array over a larger buffer', () => {
    const big = new Float64Array([1, 2, 3, 4]);
    const back = decodeWire(encodeWire(big.subarray(1, 3))) as Float64Array;
    expect(Array.from(back)).toEqual([2, 3]);
  });

  it('drops undefined object fields as JSON does', () => {
    expect(encodeWire({ a: 1, b: undefined })).toEqual({ a: 1 });
  });

  it('rejects a typed array whose bytes are not a whole number of elements', () => {
    expect(() => decodeWire({ $f64: 'AAAA' })).toThrow(/whole number of elements/);
  });

  it('rejects an unknown number tag', () => {
    expect(() => decodeWire({ $num: 'huge' })).toThrow(/unknown number tag/);
  });
});

// Byte encodings of the WebAssembly binary format (LEB128 integers, little-endian floats, vectors).

/** Unsigned LEB128 encoding of a non-negative 32-bit integer. */
export function u32(n: number): number[] {
  if (!Number.isInteger(n) || n < 0 || n > 0xffffffff) throw new RangeError(`u32 out of range: ${n}`);
  const out: number[] = [];
  do {
    let byte = n & 0x7f;
    n = Math.floor(n / 128);
    if (n !== 0) byte |= 0x80;
    out.push(byte);
  } while (n !== 0);
  return out;
}

/** Signed LEB128 encoding of a 32-bit integer. */
export function s32(n: number): number[] {
  if (!Number.isInteger(n) || n < -0x80000000 || n > 0x7fffffff) throw new RangeError(`s32 out of range: ${n}`);
  const out: number[] = [];
  for (;;) {
    const byte = n & 0x7f;
    n >>= 7;
    const done = (n === 0 && (byte & 0x40) === 0) || (n === -1 && (byte & 0x40) !== 0);
    out.push(done ? byte : byte | 0x80);
    if (done) return out;
  }
}

/** The eight little-endian bytes of a double. */
export function f64(x: number): number[] {
  const bytes = new Uint8Array(new Float64Array([x]).buffer);
  // Typed arrays use the platform's byte order; WebAssembly's is little-endian.
  const littleEndian = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
  const out = Array.from(bytes);
  return littleEndian ? out : out.reverse();
}

/** A length-prefixed vector of already-encoded items. */
export function vec(items: readonly number[][]): number[] {
  return [...u32(items.length), ...items.flat()];
}

/** A length-prefixed byte string (names are fixed identifiers in this code, never user input). */
export function name(text: string): number[] {
  if (!/^[A-Za-z0-9_]+$/.test(text)) throw new Error(`invalid identifier: ${text}`);
  return [...u32(text.length), ...Array.from(text, (c) => c.charCodeAt(0))];
}

/** A section: its id, then its length-prefixed contents. */
export function section(id: number, contents: readonly number[]): number[] {
  return [id, ...u32(contents.length), ...contents];
}

// Typed arrays to and from SQLite blobs (little-endian bytes), and parameters packed into one blob.
import type { Params } from '../../shared/engine/types';

/** The bytes of a typed array as a Buffer that shares its memory. */
export function toBlob(a: Float64Array | Float32Array | Int32Array): Buffer {
  return Buffer.from(a.buffer, a.byteOffset, a.byteLength);
}

/** Copies a blob into a fresh, aligned ArrayBuffer (Buffers from the driver may sit unaligned in a pool). */
function ownBytes(blob: Uint8Array): ArrayBuffer {
  const out = new ArrayBuffer(blob.byteLength);
  new Uint8Array(out).set(blob);
  return out;
}

/** A Float64Array read from a blob. */
export function f64FromBlob(blob: Uint8Array): Float64Array {
  return new Float64Array(ownBytes(blob));
}

/** A Float32Array read from a blob. */
export function f32FromBlob(blob: Uint8Array): Float32Array {
  return new Float32Array(ownBytes(blob));
}

/** An Int32Array read from a blob. */
export function i32FromBlob(blob: Uint8Array): Int32Array {
  return new Int32Array(ownBytes(blob));
}

/** Every W then every b of the parameters, concatenated into one Float64 blob. */
export function paramsToBlob(p: Params): Buffer {
  const total = [...p.W, ...p.b].reduce((n, a) => n + a.length, 0);
  const all = new Float64Array(total);
  let o = 0;
  for (const a of [...p.W, ...p.b]) {
    all.set(a, o);
    o += a.length;
  }
  return toBlob(all);
}

/** Unpacks parameters of the given dims from a blob written by paramsToBlob; throws if the sizes disagree. */
export function paramsFromBlob(dims: number[], blob: Uint8Array): Params {
  const all = f64FromBlob(blob);
  const W: Float64Array[] = [];
  const b: Float64Array[] = [];
  let o = 0;
  for (let l = 0; l + 1 < dims.length; l++) {
    W.push(all.slice(o, o + dims[l + 1] * dims[l]));
    o += dims[l + 1] * dims[l];
  }
  for (let l = 0; l + 1 < dims.length; l++) {
    b.push(all.slice(o, o + dims[l + 1]));
    o += dims[l + 1];
  }
  if (o !== all.length) throw new Error(`parameter blob holds ${all.length} values; dims ${dims.join(',')} need ${o}`);
  return { dims: [...dims], W, b };
}

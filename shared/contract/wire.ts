// A JSON-safe encoding of payloads: typed arrays as base64 of their bytes, non-finite numbers and -0 as tags.
// Bundles and the HTTP door use it so every number survives the trip exactly (JSON alone turns NaN into null).
import { base64ToBytes, bytesToBase64 } from './base64';

/** The typed arrays the codec carries, keyed by their tag. Byte order is little-endian (every supported platform). */
const TYPED = {
  $f64: Float64Array,
  $f32: Float32Array,
  $i32: Int32Array,
  $u8: Uint8Array,
} as const;

type TypedTag = keyof typeof TYPED;
const TAGS = Object.keys(TYPED) as TypedTag[];

/** Replaces typed arrays, NaN, ±Infinity and -0 with tagged JSON objects; everything else is copied as is. */
export function encodeWire(value: unknown): unknown {
  if (typeof value === 'number') {
    if (Number.isNaN(value)) return { $num: 'NaN' };
    if (value === Infinity) return { $num: 'Infinity' };
    if (value === -Infinity) return { $num: '-Infinity' };
    if (Object.is(value, -0)) return { $num: '-0' };
    return value;
  }
  if (value === null || typeof value !== 'object') return value;
  for (const tag of TAGS) {
    if (value instanceof TYPED[tag]) {
      const v = value as Float64Array | Float32Array | Int32Array | Uint8Array;
      return { [tag]: bytesToBase64(new Uint8Array(v.buffer, v.byteOffset, v.byteLength)) };
    }
  }
  if (Array.isArray(value)) return value.map(encodeWire);
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) if (v !== undefined) out[k] = encodeWire(v);
  return out;
}

/** Reverses encodeWire; throws on a malformed tag (bad base64, byte length not a multiple of the element size). */
export function decodeWire(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(decodeWire);
  const keys = Object.keys(value);
  if (keys.length === 1) {
    const key = keys[0];
    const inner = (value as Record<string, unknown>)[key];
    if (key === '$num' && typeof inner === 'string') return decodeNumber(inner);
    if ((TAGS as string[]).includes(key) && typeof inner === 'string') {
      const Ctor = TYPED[key as TypedTag];
      const bytes = base64ToBytes(inner);
      if (bytes.byteLength % Ctor.BYTES_PER_ELEMENT !== 0) {
        throw new Error(`${key} data of ${bytes.byteLength} bytes is not a whole number of elements`);
      }
      return new Ctor(bytes.buffer, bytes.byteOffset, bytes.byteLength / Ctor.BYTES_PER_ELEMENT);
    }
  }
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = decodeWire(v);
  return out;
}

function decodeNumber(s: string): number {
  switch (s) {
    case 'NaN':
      return NaN;
    case 'Infinity':
      return Infinity;
    case '-Infinity':
      return -Infinity;
    case '-0':
      return -0;
    default:
      throw new Error(`unknown number tag ${JSON.stringify(s)}`);
  }
}

/** JSON text of a wire-encoded value. */
export function stringifyWire(value: unknown, indent?: number): string {
  return JSON.stringify(encodeWire(value), null, indent);
}

/** Parses JSON text and decodes it; throws SyntaxError on bad JSON and Error on a bad tag. */
export function parseWire(text: string): unknown {
  return decodeWire(JSON.parse(text));
}

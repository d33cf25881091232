// Distance between two doubles in units in the last place: how many representable doubles lie between them.

const bits = new Float64Array(2);
const ints = new BigInt64Array(bits.buffer);

/** Orders doubles as integers: negative ones mirrored below zero, so −0 and +0 are the same point. */
function ordinal(i: bigint): bigint {
  return i < 0n ? -(i & 0x7fffffffffffffffn) : i;
}

/** ulps between two finite doubles or equal infinities (0 when identical, ±0 equal); NaN for a NaN operand. */
export function ulpDistance(a: number, b: number): number {
  if (a !== a || b !== b) return a !== a && b !== b ? 0 : NaN;
  bits[0] = a;
  bits[1] = b;
  const d = ordinal(ints[0]) - ordinal(ints[1]);
  return Number(d < 0n ? -d : d);
}

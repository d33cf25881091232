// An initializer's formula as shown for an arm: the registry's rule with the weight multiplier written in.

/**
 * The formula with a multiplier in front of its right-hand side: `W = randn · √(2/fan_in)` × 2 reads
 * `W = 2 × randn · √(2/fan_in)`, `W ~ N(0, 1/fan_in)` × 0.5 reads `W ~ 0.5 × N(0, 1/fan_in)`. A multiplier of 1
 * (or none) leaves the formula as it is, as it does an empty one; a word (e.g. "s") stands for a multiplier still
 * to be chosen, as in a sweep.
 */
export function formulaWithMultiplier(formula: string, multiplier: number | string | undefined = 1): string {
  if (multiplier === undefined || multiplier === 1 || formula === '') return formula;
  const factor = typeof multiplier === 'number' ? String(multiplier) : multiplier;
  const head = /^W\s*[=~]\s*/.exec(formula);
  return head ? `${head[0]}${factor} × ${formula.slice(head[0].length)}` : `${factor} × (${formula})`;
}

// The sentence under a cost chart explaining why a curve breaks.
import type { CostGapSummary } from './costGaps';
import { formatInt } from '../runs/format';

/** Explains one series' non-finite costs in plain words, or returns null when it has none. */
export function describeCostGaps(label: string, s: CostGapSummary): string | null {
  if (!s.gaps.length || s.firstIteration == null || s.lastIteration == null) return null;
  const parts: string[] = [];
  if (s.infinite) parts.push(`infinite at ${formatInt(s.infinite)} recorded iteration${s.infinite === 1 ? '' : 's'}`);
  if (s.nan) parts.push(`not a number at ${formatInt(s.nan)}`);
  const where =
    s.firstIteration === s.lastIteration
      ? `iteration ${formatInt(s.firstIteration)}`
      : `iterations ${formatInt(s.firstIteration)}–${formatInt(s.lastIteration)}`;
  const why = s.infinite
    ? 'the sigmoid output hit exactly 0 or 1 on a point it classified wrongly, and log(0) = −∞. Such costs cannot be plotted, so the line breaks there (shaded).'
    : 'the arithmetic produced NaN (e.g. ∞ − ∞), usually after the weights blew up. The line breaks there (shaded).';
  return `${label}: cost ${parts.join(' and ')} (${where}): ${why}`;
}

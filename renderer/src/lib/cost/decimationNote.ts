// The sentence under a cost chart saying that a long run's record keeps only each bucket's lowest and highest cost.
import { FULL_RATE_COSTS, costsDecimatedFrom } from '../../../../shared/engine/record/cost-record';
import type { CostPoint } from '../../../../shared/engine/types';
import { formatInt } from '../runs/format';

/** Says from which iteration a series' costs were decimated by the engine, or null when every point was kept. */
export function describeDecimation(label: string, costs: readonly CostPoint[]): string | null {
  const from = costsDecimatedFrom(costs);
  if (from === null) return null;
  return (
    `${label}: decimated from iteration ${formatInt(from)}: past ${formatInt(FULL_RATE_COSTS)} recorded points the run keeps ` +
    `only each bucket's lowest and highest cost (buckets doubling as the run grows), so its memory stays bounded; the ` +
    `curve there shows the range, not every point. The CSV's "kept" column marks these rows.`
  );
}

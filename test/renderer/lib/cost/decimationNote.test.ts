import { describe, expect, it } from 'vitest';
import { FULL_RATE_COSTS, createCostRecorder } from '../../../../shared/engine/record/cost-record';
import type { CostPoint } from '../../../../shared/engine/types';
import { describeDecimation } from '../../../../renderer/src/lib/cost/decimationNote';
import { formatInt } from '../../../../renderer/src/lib/runs/format';

function recorded(count: number, every: number): CostPoint[] {
  const kept: CostPoint[] = [];
  const r = createCostRecorder((p) => kept.push(p));
  for (let n = 0; n < count; n++) r.offer({ iteration: n * every, cost: 1 / (n + 1) });
  r.flush();
  return kept;
}

describe('describeDecimation', () => {
  it('says from which iteration a long run kept only each bucket’s lowest and highest cost', () => {
    const text = describeDecimation('he', recorded(FULL_RATE_COSTS + 100, 2));
    expect(text?.startsWith(`he: decimated from iteration ${formatInt(200_000)}: past ${formatInt(100_000)} recorded points the run keeps only each bucket's lowest and highest cost`)).toBe(true);
    expect(text).toContain('"kept" column');
  });

  it('says nothing for a run whose every point was kept', () => {
    expect(describeDecimation('he', recorded(FULL_RATE_COSTS, 2))).toBeNull();
  });
});

import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { Checkpoint, LayerStats } from '../../shared/engine/types';
import { FULL_RATE_COSTS, createCostRecorder } from '../../shared/engine/record/cost-record';
import type { CostPoint } from '../../shared/engine/types';
import { CHECKPOINT_COLUMNS, checkpointsCsv, costsCsv, runsCheckpointsCsv, runsCostsCsv } from '../../shared/export/csv';

const parse = (text: string) => Papa.parse<string[]>(text, { newline: '\r\n', skipEmptyLines: true }).data;

function layer(l: number, base: number): LayerStats {
  return {
    layer: l,
    wMean: base + 0.1,
    wStd: base + 0.2,
    zMean: base + 0.3,
    zStd: base + 0.4,
    aMean: base + 0.5,
    aStd: base + 0.6,
    dwMean: base + 0.7,
    dwStd: base + 0.8,
    dzStd: base + 0.9,
    daStd: base + 0.95,
    deadFraction: 0.25,
    saturatedFraction: 0,
    symmetry: 1 / 3,
  };
}

const checkpoint = (iteration: number, layers: LayerStats[]): Checkpoint => ({
  iteration,
  cost: iteration === 0 ? Infinity : 0.5,
  trainAccuracy: 0.83,
  testAccuracy: 0.86,
  layers,
  boundary: null,
});

/** A record past the full-rate limit: FULL_RATE_COSTS + 10 points due every 10 iterations, cost 1 then falling and rising. */
function decimatedRecord(): CostPoint[] {
  const kept: CostPoint[] = [];
  const r = createCostRecorder((p) => kept.push(p));
  const extra = [0.9, 0.8, 0.95, 0.85, 0.7, 0.75, 0.6, 0.65, 0.5, 0.55];
  for (let n = 0; n < FULL_RATE_COSTS; n++) r.offer({ iteration: n * 10, cost: 1 });
  extra.forEach((cost, k) => r.offer({ iteration: (FULL_RATE_COSTS + k) * 10, cost }));
  r.flush();
  return kept;
}

describe('costsCsv', () => {
  it('says which rows of a decimated record stand for a bucket’s lowest or highest cost, and the bucket’s iterations', () => {
    const rows = parse(costsCsv(decimatedRecord()));
    const at = (n: number) => n * 10;
    expect(rows[0]).toEqual(['iteration', 'cost', 'kept', 'bucket_from', 'bucket_to']);
    expect(rows[1]).toEqual(['0', '1', 'all', '0', '0']);
    // Buckets of 4 points past the limit: [0.9, 0.8, 0.95, 0.85] → 0.8 (min) then 0.95 (max); [0.7, 0.75, 0.6, 0.65] →
    // 0.75 (max) then 0.6 (min); the last bucket holds 0.5 and 0.55 when the run ends.
    const F = FULL_RATE_COSTS;
    expect(rows.slice(F + 1)).toEqual([
      [String(at(F + 1)), '0.8', 'min', String(at(F)), String(at(F + 3))],
      [String(at(F + 2)), '0.95', 'max', String(at(F)), String(at(F + 3))],
      [String(at(F + 5)), '0.75', 'max', String(at(F + 4)), String(at(F + 7))],
      [String(at(F + 6)), '0.6', 'min', String(at(F + 4)), String(at(F + 7))],
      [String(at(F + 8)), '0.5', 'min', String(at(F + 8)), String(at(F + 9))],
      [String(at(F + 9)), '0.55', 'max', String(at(F + 8)), String(at(F + 9))],
    ]);
  });

  it('adds the kept columns to a table of runs when any run decimated, and writes all for the others', () => {
    const rows = parse(runsCostsCsv([{ label: 'long', costs: decimatedRecord() }, { label: 'short', costs: [{ iteration: 0, cost: 2 }] }]));
    expect(rows[0]).toEqual(['run', 'iteration', 'cost', 'kept', 'bucket_from', 'bucket_to']);
    expect(rows[rows.length - 1]).toEqual(['short', '0', '2', 'all', '0', '0']);
  });

  it('writes a header and one row per cost, every line ending in CRLF', () => {
    expect(costsCsv([{ iteration: 0, cost: 0.6931471805599453 }, { iteration: 1, cost: 0.5 }])).toBe('iteration,cost\r\n0,0.6931471805599453\r\n1,0.5\r\n');
  });

  it('writes infinite and NaN costs as inf, -inf and nan', () => {
    const rows = parse(costsCsv([{ iteration: 0, cost: Infinity }, { iteration: 1, cost: -Infinity }, { iteration: 2, cost: Number.NaN }]));
    expect(rows.slice(1).map((r) => r[1])).toEqual(['inf', '-inf', 'nan']);
  });

  it('writes costs with every digit, so they read back exactly', () => {
    const costs = [0.1 + 0.2, 1e-300, 5e-324, 1.7976931348623157e308].map((cost, iteration) => ({ iteration, cost }));
    expect(parse(costsCsv(costs)).slice(1).map((r) => Number(r[1]))).toEqual(costs.map((c) => c.cost));
  });

  it('writes only the header for a run without costs', () => {
    expect(costsCsv([])).toBe('iteration,cost\r\n');
  });
});

describe('runsCostsCsv', () => {
  it('writes one row per run and iteration, run first', () => {
    const text = runsCostsCsv([
      { label: 'zeros', costs: [{ iteration: 0, cost: 0.69 }] },
      { label: 'he', costs: [{ iteration: 0, cost: 0.88 }, { iteration: 1, cost: 0.87 }] },
    ]);
    expect(parse(text)).toEqual([['run', 'iteration', 'cost'], ['zeros', '0', '0.69'], ['he', '0', '0.88'], ['he', '1', '0.87']]);
  });

  it('quotes labels with commas, quotes and line breaks as RFC 4180 asks', () => {
    const label = 'he, "fan_out"\nseed 2';
    const text = runsCostsCsv([{ label, costs: [{ iteration: 0, cost: 1 }] }]);
    expect(text).toBe('run,iteration,cost\r\n"he, ""fan_out""\nseed 2",0,1\r\n');
    expect(parse(text)[1][0]).toBe(label);
  });

  it('defuses labels a spreadsheet would run as formulas', () => {
    const text = runsCostsCsv(['=HYPERLINK("x")', '+1', '-2', '@SUM(A1)'].map((label) => ({ label, costs: [{ iteration: 0, cost: -0.5 }] })));
    expect(parse(text).slice(1).map((r) => [r[0], r[2]])).toEqual([
      ['\'=HYPERLINK("x")', '-0.5'],
      ["'+1", '-0.5'],
      ["'-2", '-0.5'],
      ["'@SUM(A1)", '-0.5'],
    ]);
  });
});

describe('checkpointsCsv', () => {
  it('writes one row per checkpoint and layer, with accuracies and every layer statistic', () => {
    const rows = parse(checkpointsCsv([checkpoint(0, [layer(1, 1), layer(2, 2)]), checkpoint(1000, [layer(1, 3), layer(2, 4)])]));
    expect(rows[0]).toEqual(CHECKPOINT_COLUMNS);
    expect(rows[0]).toEqual([
      'iteration', 'cost', 'train_accuracy', 'test_accuracy', 'layer',
      'w_mean', 'w_std', 'z_mean', 'z_std', 'a_mean', 'a_std', 'dw_mean', 'dw_std', 'dz_std', 'da_std',
      'dead_fraction', 'saturated_fraction', 'symmetry',
    ]);
    expect(rows).toHaveLength(5);
    expect(rows[1].slice(0, 7)).toEqual(['0', 'inf', '0.83', '0.86', '1', '1.1', '1.2']);
    expect(rows[4].slice(0, 6)).toEqual(['1000', '0.5', '0.83', '0.86', '2', '4.1']);
    expect(rows[4].slice(15)).toEqual(['0.25', '0', String(1 / 3)]);
  });

  it('writes a checkpoint without layer statistics as one row with empty layer columns', () => {
    const rows = parse(checkpointsCsv([checkpoint(5, [])]));
    expect(rows[1]).toEqual(['5', '0.5', '0.83', '0.86', ...Array(14).fill('')]);
  });

  it('puts the run first when several runs share a table', () => {
    const rows = parse(runsCheckpointsCsv([{ label: 'a', checkpoints: [checkpoint(0, [layer(1, 0)])] }, { label: 'b', checkpoints: [checkpoint(0, [layer(1, 0)])] }]));
    expect(rows.map((r) => r[0])).toEqual(['run', 'a', 'b']);
    expect(rows[0].slice(1)).toEqual(CHECKPOINT_COLUMNS);
  });
});

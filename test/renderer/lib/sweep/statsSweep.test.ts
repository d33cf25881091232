import { describe, expect, it } from 'vitest';
import type { SweepDetail } from '../../../../shared/contract/records';
import { registryInfo } from '../../../../electron/service/registry-info';
import { sweepCell } from '../../helpers/sweepLab';
import { canResume, converged, costColourRange, parseScaleList, scalableInitializers, scaleSummaries, sweepGrid } from '../../../../renderer/src/lib/sweep/statsSweep';

const detail: SweepDetail = {
  id: 's1',
  name: 'xavier sweep',
  init: 'xavier_normal.gain',
  scales: [0.5, 1, 10],
  seeds: [1, 2],
  total: 6,
  finished: 5,
  status: 'running',
  cells: [
    sweepCell(0.5, 1, 'done', 0.4),
    sweepCell(0.5, 2, 'done', 0.2),
    sweepCell(1, 1, 'done', 0.1),
    sweepCell(1, 2, 'running', null),
    sweepCell(10, 1, 'diverged', null),
    sweepCell(10, 2, 'cancelled', null),
  ],
};

describe('scalableInitializers', () => {
  it('offers every initializer the service can scale through its weight multiplier: all but zeros and lsuv', () => {
    const entries = registryInfo().initializers;
    const found = scalableInitializers(entries);
    expect(found.map((s) => s.name)).toEqual(entries.map((e) => e.name).filter((n) => n !== 'zeros' && n !== 'lsuv'));
    expect(found.every((s) => s.param === 'multiplier' && s.baseValue === 1)).toBe(true);
  });

  it('shows the formula with the swept multiplier s written in', () => {
    const he = scalableInitializers(registryInfo().initializers).find((s) => s.name === 'he');
    expect(he?.formula).toBe('W = s × randn · √(2/fan_in)');
  });
});

describe('parseScaleList', () => {
  it('reads positive multipliers in the order typed, with or without a leading ×', () => {
    expect(parseScaleList('0.5, ×1 2;4  x8')).toEqual({ ok: true, scales: [0.5, 1, 2, 4, 8] });
  });

  it('names the part that is not a positive number', () => {
    expect(parseScaleList('1, -2')).toEqual({ ok: false, message: '"-2" is not a positive number' });
    expect(parseScaleList('  ')).toEqual({ ok: false, message: 'enter at least one scale (e.g. 0.5, 1, 2)' });
  });
});

describe('sweep grid', () => {
  it('lays cells out by seed (rows) and scale (columns)', () => {
    const grid = sweepGrid(detail);
    expect(grid.map((row) => row.map((c) => c?.runId))).toEqual([
      ['r0.5-1', 'r1-1', 'r10-1'],
      ['r0.5-2', 'r1-2', 'r10-2'],
    ]);
  });

  it('calls a cell converged when it finished with a final cost at or below the target', () => {
    expect(converged(sweepCell(1, 1, 'done', 0.1), 0.1)).toBe(true);
    expect(converged(sweepCell(1, 1, 'done', 0.11), 0.1)).toBe(false);
    expect(converged(sweepCell(1, 1, 'diverged', null), 0.1)).toBe(false);
    expect(converged(sweepCell(1, 1, 'running', null), 0.1)).toBeNull();
  });

  it('summarises each scale: median finite final cost and the share of finished seeds that converged', () => {
    const s = scaleSummaries(detail, 0.3);
    expect(s[0]).toMatchObject({ scale: 0.5, finished: 2, medianCost: expect.closeTo(0.3, 12), converged: 1, share: 0.5 });
    expect(s[1]).toMatchObject({ scale: 1, finished: 1, medianCost: 0.1, converged: 1, share: 1 });
    expect(s[2]).toMatchObject({ scale: 10, finished: 1, nonFinite: 1, medianCost: null, converged: 0, share: 0 });
  });

  it('offers to resume only when a cell ended without a result', () => {
    expect(canResume(detail)).toBe(true);
    expect(canResume({ ...detail, cells: detail.cells.filter((c) => c.status !== 'cancelled') })).toBe(false);
  });

  it('spans the colours over the finite final costs, at least 10% of the largest wide', () => {
    expect(costColourRange(detail)).toEqual({ lo: 0.1, hi: 0.4 });
    const stuck = { ...detail, cells: [sweepCell(1, 1, 'done', 0.69), sweepCell(1, 2, 'done', 0.693)] };
    const r = costColourRange(stuck);
    expect(r?.hi).toBe(0.693);
    expect(r?.lo).toBeCloseTo(0.6237, 12);
    expect(costColourRange({ ...detail, cells: [sweepCell(1, 1, 'diverged', null)] })).toBeNull();
  });
});

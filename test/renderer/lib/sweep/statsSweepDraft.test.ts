import { describe, expect, it } from 'vitest';
import { checkSweepDraft, defaultSweepDraft } from '../../../../renderer/src/lib/sweep/statsSweepDraft';
import { cellConfig, parseSweepSpec } from '../../../../shared/contract/sweep';
import { trainRun } from '../../../../shared/engine/train';

describe('checkSweepDraft', () => {
  it('turns the default form into a valid sweeps.start input of 5 scales × 5 seeds', () => {
    const c = checkSweepDraft(defaultSweepDraft());
    expect(c.errors).toEqual({});
    expect(c.cells).toBe(25);
    expect(c.input?.scales).toEqual([0.25, 0.5, 1, 2, 4]);
    expect(c.input?.seeds).toEqual([1, 2, 3, 4, 5]);
    expect(c.input?.base).toMatchObject({ network: { dims: [2, 10, 5, 1], activation: 'relu' }, init: { name: 'he_normal' }, optimizer: { lr: 0.05 }, iterations: 2500 });
  });

  it('records a sweep lightly: a coarse cost curve, one checkpoint at the end, no boundary or histograms', () => {
    const base = checkSweepDraft({ ...defaultSweepDraft(), iterations: '3000' }).input?.base as { record: Record<string, unknown> };
    expect(base.record).toMatchObject({ costEvery: 6, checkpointEvery: 3000, boundaryGrid: 0, histogramBins: 0 });
  });

  it('pins schema problems to their fields', () => {
    const c = checkSweepDraft({ ...defaultSweepDraft(), lr: '-1', hidden: '10, 0', iterations: 'many' });
    expect(c.input).toBeNull();
    expect(Object.keys(c.errors).sort()).toEqual(['hidden', 'iterations', 'lr']);
    expect(c.errors.lr).toMatch(/got -1/);
  });

  it('refuses to vary the data seed of the fixed course data set', () => {
    const c = checkSweepDraft({ ...defaultSweepDraft(), varyDataSeed: true });
    expect(c.errors.varyDataSeed).toMatch(/fixed data set/);
    expect(checkSweepDraft({ ...defaultSweepDraft(), dataset: 'moons', varyDataSeed: true }).errors).toEqual({});
  });

  it('reports bad scale and seed lists', () => {
    const c = checkSweepDraft({ ...defaultSweepDraft(), scales: '1, zero', seeds: '5-1' });
    expect(c.errors.scales).toBe('"zero" is not a positive number');
    expect(c.errors.seeds).toMatch(/a range must go up/);
  });

  it('teaches something at the default target of 0.3: He ×1 converges for every seed, ×¼ for none', () => {
    const input = checkSweepDraft(defaultSweepDraft()).input;
    const spec = parseSweepSpec({ kind: 'scale_sweep', param: 'multiplier', baseValue: 1, varyDataSeed: false, ...input });
    if (!spec.ok) throw new Error(spec.error.message);
    const finalCost = (scale: number, seed: number) => trainRun(cellConfig(spec.value, scale, seed)).finalCost;
    const he = spec.value.seeds.map((s) => finalCost(1, s));
    const small = spec.value.seeds.map((s) => finalCost(0.25, s));
    expect(he.every((c) => c <= 0.3)).toBe(true);
    expect(small.every((c) => c > 0.3)).toBe(true);
  }, 60_000);
});

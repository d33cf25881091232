import { describe, expect, it } from 'vitest';
import { DATASETS, DATASET_NAMES, GENERATED_DATASET_NAMES, isDatasetName } from '../../../shared/engine/data/registry';

describe('DATASETS', () => {
  it('lists the shipped, generated and imported data sets', () => {
    expect(DATASET_NAMES).toEqual(['course-circles', 'circles', 'moons', 'xor', 'spiral', 'blobs', 'csv', 'mnist', 'idx']);
    expect(GENERATED_DATASET_NAMES).toEqual(['circles', 'moons', 'xor', 'spiral', 'blobs']);
  });

  it('gives a generator to exactly the generated entries', () => {
    for (const name of DATASET_NAMES) expect(DATASETS[name].generate !== undefined).toBe(DATASETS[name].source === 'generated');
  });

  it('describes every entry and derives its defaults from its parameters', () => {
    for (const entry of Object.values(DATASETS)) {
      expect(entry.label.length).toBeGreaterThan(0);
      expect(entry.description.length).toBeGreaterThan(0);
      expect(entry.defaults).toEqual(Object.fromEntries(entry.parameters.map((p) => [p.name, p.default])));
    }
  });
});

describe('isDatasetName', () => {
  it('accepts registry names only', () => {
    expect(isDatasetName('course-circles')).toBe(true);
    expect(isDatasetName('constructor')).toBe(false);
  });
});

// Small recorded runs for component tests: the shapes the engine records, with numbers chosen by hand.
import type { Checkpoint, LayerStats } from '../../../shared/engine/types';
import type { FinishedRun } from './memoryLab';

function layer(l: number, over: Partial<LayerStats> = {}): LayerStats {
  return {
    layer: l, wMean: 0, wStd: 0.5, zMean: 0, zStd: 1, aMean: 0.4, aStd: 0.6, dwMean: 0, dwStd: 0.01, dzStd: 0.01, daStd: 0.01,
    deadFraction: 0.5, saturatedFraction: 0, symmetry: 0.8, ...over,
  };
}

function checkpoint(iteration: number, acc: number, layers: LayerStats[]): Checkpoint {
  return { iteration, cost: 0.5, trainAccuracy: acc, testAccuracy: acc, layers, boundary: null };
}

/** A zeros-like run: identical units, cost ln 2 throughout, 50% accuracy. */
export function zerosRun(): FinishedRun {
  const layers = [1, 2, 3].map((l) => layer(l, { wStd: 0, zStd: 0, aStd: 0, dwStd: 0, symmetry: 0, deadFraction: l < 3 ? 1 : 0 }));
  return {
    costs: [0, 1, 2, 3].map((i) => ({ iteration: i * 1000, cost: Math.LN2 })),
    checkpoints: [checkpoint(0, 0.5, layers), checkpoint(3000, 0.5, layers)],
    trainAccuracy: 0.5,
    testAccuracy: 0.5,
    finalCost: Math.LN2,
  };
}

/** A random ×10-like run: infinite costs at the start, a saturated output layer, 83% / 86%. */
export function randomRun(): FinishedRun {
  const init = [layer(1, { zStd: 9 }), layer(2, { zStd: 240 }), layer(3, { zStd: 900, saturatedFraction: 0.9 })];
  const later = [layer(1), layer(2), layer(3, { saturatedFraction: 0.01 })];
  return {
    costs: [
      { iteration: 0, cost: Infinity },
      { iteration: 1, cost: Infinity },
      { iteration: 2, cost: 9 },
      { iteration: 1000, cost: 0.6 },
      { iteration: 2000, cost: 0.4 },
    ],
    checkpoints: [checkpoint(0, 0.4, init), checkpoint(2000, 0.83, later)],
    trainAccuracy: 0.83,
    testAccuracy: 0.86,
    finalCost: 0.38,
    firstNonFiniteIteration: 0,
  };
}

/** A He-like run: healthy statistics, 99.3% / 96%. */
export function heRun(): FinishedRun {
  const layers = [layer(1), layer(2), layer(3)];
  return {
    costs: [0, 1, 2].map((i) => ({ iteration: i * 1000, cost: 0.7 / (i + 1) })),
    checkpoints: [checkpoint(0, 0.5, layers), checkpoint(2000, 0.9933333333333333, layers)],
    trainAccuracy: 0.9933333333333333,
    testAccuracy: 0.96,
    finalCost: 0.07,
  };
}

// Builds PaperRuns for the paper checks' tests.
import type { PaperRun } from '../../../shared/contract/papers/verdict';

/** A finished run of an arm; fields not given take neutral values. */
export function run(arm: string, over: Partial<PaperRun> = {}): PaperRun {
  return { arm, status: 'done', depth: 1, lr: null, trainAccuracy: 0.5, finalCost: 0.69, costs: [{ iteration: 0, cost: 0.7 }], layersAtInit: [], ...over };
}

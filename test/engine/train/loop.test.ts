// The shared loop driven by a scripted step: the order of calls, the batches, and every way a run ends.
import { describe, expect, it } from 'vitest';
import { RunConfigSchema, type RunConfigInput } from '../../../shared/contract/config';
import type { Batch } from '../../../shared/engine/train/batches';
import { runLoop, type TrainStep } from '../../../shared/engine/train/loop';
import { cloneParams } from '../../../shared/engine/train/params';
import { prepareRun } from '../../../shared/engine/train/setup';
import type { Checkpoint } from '../../../shared/engine/types';

const DATA = { kind: 'moons', nTrain: 10, nTest: 4, noise: 0.1, seed: 1 } as const;

/** A step that logs its calls and returns costs[i] for the i-th forward pass (1 past the end). */
function scripted(input: RunConfigInput, costs: number[] = [], grad = 0) {
  const setup = prepareRun(RunConfigSchema.parse({ data: DATA, network: { dims: [2, 3, 1] }, optimizer: { name: 'gd', lr: 1 }, ...input }));
  const params = cloneParams(setup.initialParams);
  const grads = { dW: params.W.map((w) => new Float64Array(w.length)), db: params.b.map((b) => new Float64Array(b.length)) };
  const log: string[] = [];
  let calls = 0;
  const step: TrainStep = {
    params,
    grads,
    forward(batch: Batch | null, checkpoint: boolean) {
      log.push(`forward ${batch ? batch.m : 'all'}${checkpoint ? ' +checkpoint' : ''}`);
      return costs[calls++] ?? 1;
    },
    backward() {
      log.push('backward');
      grads.dW[0][0] = grad;
    },
    checkpoint(iteration): Checkpoint {
      log.push(`checkpoint ${iteration}`);
      return { iteration, cost: iteration, trainAccuracy: 0.5, testAccuracy: 0.5, layers: [], boundary: null };
    },
  };
  return { setup, step, log };
}

describe('runLoop', () => {
  it('runs forward, then the iteration’s checkpoint, then backward, passing null for the whole training set', () => {
    const { setup, step, log } = scripted({ iterations: 3, record: { checkpointEvery: 2 } });
    runLoop(setup, step, {});
    expect(log).toEqual([
      'forward all +checkpoint',
      'checkpoint 0',
      'backward',
      'forward all',
      'backward',
      'forward all +checkpoint',
      'checkpoint 2',
      'backward',
      'checkpoint 3',
    ]);
  });

  it('hands over mini-batches of the batch size, the last of each epoch holding what is left', () => {
    const { setup, step, log } = scripted({ iterations: 6, optimizer: { name: 'sgd', batchSize: 4 }, record: { checkpointEvery: 100 } });
    runLoop(setup, step, {});
    expect(log.filter((l) => l.startsWith('forward'))).toEqual(['forward 4 +checkpoint', 'forward 4', 'forward 2', 'forward 4', 'forward 4', 'forward 2']);
  });

  it('stops as diverged at a NaN cost before updating, its checkpoint then being the final one', () => {
    const { setup, step, log } = scripted({ iterations: 10, record: { checkpointEvery: 2 } }, [1, 1, NaN]);
    const r = runLoop(setup, step, {});
    expect([r.outcome, r.divergedAt, r.iterationsRun, r.firstNonFiniteIteration]).toEqual(['diverged', 2, 2, 2]);
    expect(r.checkpoints.map((c) => c.iteration)).toEqual([0, 2]);
    expect(log.slice(-2)).toEqual(['forward all +checkpoint', 'checkpoint 2']);
    expect(r.costs.map((c) => c.cost)).toEqual([1, 1, NaN]);
  });

  it('stops as diverged after the update that leaves a parameter infinite, and checkpoints that state', () => {
    const { setup, step } = scripted({ iterations: 10, record: { checkpointEvery: 5 } }, [], -Infinity);
    const r = runLoop(setup, step, {});
    expect([r.outcome, r.divergedAt, r.iterationsRun]).toEqual(['diverged', 1, 1]);
    expect(r.finalParams.W[0][0]).toBe(Infinity);
    expect(r.checkpoints.map((c) => c.iteration)).toEqual([0, 1]);
  });

  it('records the first non-finite cost and trains on through +∞', () => {
    const r = runLoop(...run({ iterations: 4 }, [1, Infinity, 1]));
    expect([r.outcome, r.iterationsRun, r.firstNonFiniteIteration]).toEqual(['done', 4, 1]);
  });

  it('returns copies of the initial and final parameters, not the step’s own', () => {
    const { setup, step } = scripted({ iterations: 2 });
    const r = runLoop(setup, step, {});
    expect(r.finalParams).toEqual(step.params);
    expect(r.finalParams.W[0]).not.toBe(step.params.W[0]);
    expect(r.initialParams).toEqual(setup.initialParams);
    expect(r.initialParams.W[0]).not.toBe(setup.initialParams.W[0]);
  });

  it('reports the final checkpoint’s numbers as the run’s', () => {
    const r = runLoop(...run({ iterations: 7, record: { checkpointEvery: 5 } }));
    expect([r.finalCost, r.trainAccuracy, r.testAccuracy]).toEqual([7, 0.5, 0.5]);
  });
});

function run(input: RunConfigInput, costs: number[] = []): Parameters<typeof runLoop> {
  const { setup, step } = scripted(input, costs);
  return [setup, step, {}];
}

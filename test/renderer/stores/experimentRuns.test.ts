import { effectScope, nextTick, ref } from 'vue';
import { describe, expect, it } from 'vitest';
import { COURSE_EXPERIMENT } from '../../../shared/contract/config';
import { createMemoryLab } from '../helpers/memoryLab';
import { useExperimentRuns } from '../../../renderer/src/stores/experimentRuns';

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The course experiment started in a memory lab, with a store following it (stop `scope` at the end). */
async function watchedCourse() {
  const lab = createMemoryLab();
  const start = await lab.api['experiments.start']({ experiment: COURSE_EXPERIMENT });
  if (!start.ok) throw new Error(start.error.message);
  const { experimentId, runIds } = start.value;
  const scope = effectScope();
  const store = scope.run(() => useExperimentRuns({ client: lab, experimentId: ref(experimentId), pollMs: 0 })) as ReturnType<typeof useExperimentRuns>;
  await wait(20);
  return { lab, experimentId, runIds, scope, store };
}

describe('useExperimentRuns', () => {
  it('applies a burst of cost events as one update with every point in order', async () => {
    const { lab, experimentId, runIds, scope, store } = await watchedCourse();
    let publishes = 0;
    const before = store.runs.value;
    for (let k = 0; k < 50; k++) {
      lab.emit({ type: 'run.costs', runId: runIds[0], experimentId, points: [{ iteration: 2 * k, cost: 1 }, { iteration: 2 * k + 1, cost: 0.5 }] });
      if (store.runs.value !== before) publishes++;
    }
    expect(publishes).toBe(0);
    await wait(300);
    await nextTick();
    const run = store.runs.value.find((r) => r.summary.id === runIds[0]);
    expect(run?.costs.map((p) => p.iteration)).toEqual(Array.from({ length: 100 }, (_, i) => i));
    scope.stop();
  });

  it('ignores points it already has when a batch repeats them', async () => {
    const { lab, experimentId, runIds, scope, store } = await watchedCourse();
    const points = [{ iteration: 0, cost: 1 }, { iteration: 1, cost: 0.9 }];
    lab.emit({ type: 'run.costs', runId: runIds[1], experimentId, points });
    lab.emit({ type: 'run.costs', runId: runIds[1], experimentId, points: [...points, { iteration: 2, cost: 0.8 }] });
    await wait(300);
    expect(store.runs.value.find((r) => r.summary.id === runIds[1])?.costs).toHaveLength(3);
    scope.stop();
  });

  it('has no cost for a run that has started but not yet reported one', async () => {
    const { lab, experimentId, runIds, scope, store } = await watchedCourse();
    lab.emit({ type: 'run.started', runId: runIds[2], experimentId, startedAt: new Date().toISOString(), iterations: 15000 });
    await wait(300);
    const run = store.runs.value.find((r) => r.summary.id === runIds[2]);
    expect(run?.progress).toMatchObject({ iteration: 0, iterations: 15000, cost: null });
    scope.stop();
  });
});

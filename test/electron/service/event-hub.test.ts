import { describe, expect, it } from 'vitest';
import type { LabEvent } from '../../../shared/contract/events';
import { EventHub } from '../../../electron/service/event-hub';

const progress = (runId: string, iteration: number): LabEvent => ({ type: 'run.progress', runId, experimentId: 'e', iteration, iterations: 10, cost: 1, elapsedSeconds: 0, secondsLeft: null });

describe('EventHub', () => {
  it('drops progress of a run that comes within 50 ms of its previous one', () => {
    let t = 0;
    const hub = new EventHub(() => t);
    const got: number[] = [];
    hub.subscribe((e) => e.type === 'run.progress' && got.push(e.iteration));
    for (let i = 0; i < 10; i++) {
      hub.emit(progress('r', i));
      t += 20;
    }
    expect(got).toEqual([0, 3, 6, 9]);
  });

  it('throttles each run on its own', () => {
    const hub = new EventHub(() => 0);
    const got: string[] = [];
    hub.subscribe((e) => e.type === 'run.progress' && got.push(e.runId));
    hub.emit(progress('a', 0));
    hub.emit(progress('b', 0));
    hub.emit(progress('a', 1));
    expect(got).toEqual(['a', 'b']);
  });

  it('never drops events other than progress', () => {
    const hub = new EventHub(() => 0);
    const got: LabEvent[] = [];
    hub.subscribe((e) => got.push(e));
    const costs: LabEvent = { type: 'run.costs', runId: 'r', experimentId: 'e', points: [] };
    hub.emit(costs);
    hub.emit(costs);
    expect(got).toHaveLength(2);
  });

  it('keeps delivering to other listeners when one throws, and stops after unsubscribe', () => {
    const hub = new EventHub(() => 0);
    let n = 0;
    hub.subscribe(() => {
      throw new Error('closed window');
    });
    const off = hub.subscribe(() => n++);
    hub.emit({ type: 'store.changed', experimentIds: [], runIds: [] });
    off();
    hub.emit({ type: 'store.changed', experimentIds: [], runIds: [] });
    expect(n).toBe(1);
  });
});

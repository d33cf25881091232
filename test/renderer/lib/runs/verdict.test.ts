import { describe, expect, it } from 'vitest';
import { experimentVerdict, type VerdictRun } from '../../../../renderer/src/lib/runs/verdict';

const run = (testAccuracy: number | null, finalCost = 0.1, status: VerdictRun['status'] = 'done'): VerdictRun => ({ status, testAccuracy, finalCost, divergedAt: status === 'diverged' ? 120 : null });

describe('experimentVerdict', () => {
  it('ranks the course arms by test accuracy and says which stalled, in plain words', () => {
    const v = experimentVerdict([
      { label: 'Zeros', color: 'a', runs: [run(0.5)] },
      { label: 'Random ×10', color: 'b', runs: [run(0.86)] },
      { label: 'He', color: 'c', runs: [run(0.96)] },
    ]);
    expect(v?.ranked.map((r) => r.label)).toEqual(['He', 'Random ×10', 'Zeros']);
    expect(v?.headline).toBe('He reached 96.0% test accuracy; Random ×10 86.0% test accuracy; Zeros stalled at 50.0% test accuracy (chance).');
  });

  it('ranks by final cost, lowest first, when the runs have no test accuracy', () => {
    const v = experimentVerdict([
      { label: 'A', color: 'a', runs: [run(null, 0.4)] },
      { label: 'B', color: 'b', runs: [run(null, 0.05)] },
    ]);
    expect(v?.metric).toBe('finalCost');
    expect(v?.ranked.map((r) => r.label)).toEqual(['B', 'A']);
    expect(v?.headline).toMatch(/^B reached a final cost of 0\.05; A a final cost of 0\.4\.$/);
  });

  it('puts a diverged arm last and says where it diverged', () => {
    const v = experimentVerdict([
      { label: 'Big', color: 'a', runs: [run(null, NaN, 'diverged')] },
      { label: 'He', color: 'b', runs: [run(0.9)] },
    ]);
    expect(v?.ranked.map((r) => r.words)).toEqual(['reached 90.0% test accuracy', 'diverged at iteration 120']);
  });

  it('with seeds, says a difference is not clear when the seed statistics cannot tell the arms apart', () => {
    const v = experimentVerdict([
      { label: 'A', color: 'a', runs: [run(0.9), run(0.8), run(0.85)] },
      { label: 'B', color: 'b', runs: [run(0.86), run(0.82), run(0.84)] },
    ]);
    expect(v?.notes).toHaveLength(1);
    expect(v?.notes[0]).toMatch(/^The difference between A and B is not clear with 3 and 3 seeds \(p = /);
  });

  it('with seeds, says an arm is clearly ahead when Welch\'s test finds the difference', () => {
    const v = experimentVerdict([
      { label: 'Zeros', color: 'a', runs: [run(0.5), run(0.5), run(0.51)] },
      { label: 'He', color: 'b', runs: [run(0.95), run(0.96), run(0.97)] },
    ]);
    expect(v?.ranked[0].words).toBe('reached 96.0% mean test accuracy');
    expect(v?.notes[0]).toMatch(/^He is clearly ahead of Zeros \(Welch's t-test, p = /);
  });

  it('waits until some run has finished', () => {
    expect(experimentVerdict([{ label: 'A', color: 'a', runs: [{ status: 'running', testAccuracy: null, finalCost: null, divergedAt: null }] }])).toBeNull();
  });
});

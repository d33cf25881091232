import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { RunDetail } from '../../../../shared/contract/records';
import { failureLine, printExperiment } from '../../../../electron/cli/report/experiment';
import { armStats } from '../../../../electron/cli/report/stats';
import type { CliIo } from '../../../../electron/cli/io';
import type { ExperimentOutcome } from '../../../../electron/cli/execute';

const run = (arm: string, status: RunDetail['status'], initSeed: number): RunDetail =>
  ({ id: `${arm}${initSeed}`, arm, status, initSeed, dataSeed: null, costs: [], finalCost: status === 'done' ? 0.1 : null, trainAccuracy: status === 'done' ? 0.9 : null, testAccuracy: status === 'done' ? 0.8 : null, trainSeconds: 1, divergedAt: null, errorMessage: status === 'failed' ? 'not stored: /d/init-lab.sqlite: database or disk is full' : null }) as unknown as RunDetail;

/** Two of twenty runs finished before Ctrl-C; the rest were cancelled. */
const INTERRUPTED: ExperimentOutcome = {
  experimentId: 'e1',
  interrupted: true,
  dataDir: '/d',
  runs: Array.from({ length: 20 }, (_, i) => run(i % 2 === 0 ? 'he' : 'zeros', i < 2 ? 'done' : 'cancelled', Math.floor(i / 2) + 1)),
};

function printed(outcome: ExperimentOutcome): string {
  let text = '';
  const stdout = new PassThrough().on('data', (b: Buffer) => (text += b.toString()));
  printExperiment({ stdout, stderr: new PassThrough(), env: {}, worker: { kind: 'path', path: '' } } as unknown as CliIo, outcome, { json: false, logEvery: 1000, saved: false });
  return text;
}

describe('the summary after Ctrl-C', () => {
  it('counts only finished runs per arm and says how many were cancelled', () => {
    expect(armStats(INTERRUPTED.runs).map((a) => [a.init, a.runs, a.cancelled])).toEqual([
      ['he', 1, 9],
      ['zeros', 1, 9],
    ]);
    const text = printed(INTERRUPTED);
    expect(text).toMatch(/^arm +runs +cancelled/m);
    expect(text).toMatch(/^he +1 +9 /m);
    expect(text).toContain('Interrupted: 2 of 20 runs finished, 18 cancelled.');
  });
});

describe('failureLine', () => {
  it('names how many runs failed, the first reason and the data directory of saved runs', () => {
    const outcome: ExperimentOutcome = { experimentId: 'e1', interrupted: false, dataDir: '/d', runs: [run('he', 'failed', 1), run('he', 'done', 2)] };
    expect(failureLine(outcome, true)).toBe('1 of 2 runs failed (not stored: /d/init-lab.sqlite: database or disk is full); data directory /d');
    expect(failureLine({ ...outcome, runs: [run('he', 'done', 1)] }, true)).toBeNull();
  });
});

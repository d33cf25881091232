// Nothing lost on a crash: kill -9 a lab process in the middle of a multi-run experiment, then reopen.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterEach, describe, expect, it } from 'vitest';
import { parseRunConfig } from '../../../shared/contract/config';
import { trainRun } from '../../../shared/engine/train';
import type { RunResult } from '../../../shared/engine/types';
import { sourceWorkerEntry } from '../../../electron/pool/worker-entry';
import { databasePath } from '../../../electron/store/data-dir';
import { RunStore } from '../../../electron/store/run-store';
import { LabService } from '../../../electron/service/lab-service';
import { value } from '../helpers/service';

const ITERATIONS = 800;
const experiment = {
  name: 'crash',
  base: { data: { kind: 'course-circles' }, rng: 'numpy', loss: 'course', iterations: ITERATIONS, record: { costEvery: 1, checkpointEvery: 200, boundaryGrid: 10, histogramBins: 0 } },
  arms: [{ init: { name: 'he' } }, { init: { name: 'xavier_normal' } }],
  seeds: { init: [1, 2, 3] },
};

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the child until at least `finished` runs are stored and another run has stored costs, then kills it with SIGKILL. */
function runAndKill(finished: number): Promise<{ runIds: string[]; ended: string[] }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(__dirname, '..', 'helpers', 'crash-child.ts'), dir, JSON.stringify(experiment)], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let runIds: string[] = [];
    const ended: string[] = [];
    let killed = false;
    createInterface({ input: child.stdout }).on('line', (line) => {
      const msg = JSON.parse(line) as { started?: string[]; ended?: string; costs?: string; error?: unknown };
      if (msg.error) reject(new Error(JSON.stringify(msg.error)));
      if (msg.started) runIds = msg.started;
      if (msg.ended) ended.push(msg.ended);
      if (!killed && msg.costs && ended.length >= finished && !ended.includes(msg.costs)) {
        killed = true;
        child.kill('SIGKILL');
      }
    });
    child.on('exit', (code, signal) => (signal === 'SIGKILL' ? resolve({ runIds, ended }) : reject(new Error(`child ended on its own (code ${code})`))));
  });
}

describe('a crash in the middle of an experiment', () => {
  it('leaves finished runs intact, the database sound, in-flight runs interrupted and rerunnable', async () => {
    dir = mkdtempSync(join(tmpdir(), 'init-lab-crash-'));
    const { runIds, ended } = await runAndKill(2);
    expect(runIds).toHaveLength(6);

    const raw = RunStore.open({ path: databasePath(dir) });
    expect(raw.integrityCheck()).toBe('ok');
    raw.close();

    const service = LabService.open({ dataDir: dir, poolSize: 2, worker: sourceWorkerEntry(), log: () => {} });
    try {
      const runs = value(await service.api['runs.list']({ limit: 100 })).runs;
      expect(runs.filter((r) => r.status === 'running' || r.status === 'queued')).toEqual([]);
      const interrupted = runs.filter((r) => r.status === 'interrupted').map((r) => r.id);
      expect(service.interruptedAtOpen.map((r) => r.id).sort()).toEqual([...interrupted].sort());
      expect(interrupted.length).toBeGreaterThanOrEqual(1);

      const refs = new Map<string, RunResult>();
      for (const id of runIds) {
        const run = value(await service.api['runs.get']({ id }));
        const config = parseRunConfig(run.config);
        if (!config.ok) throw new Error(config.error.message);
        const ref = trainRun(config.value);
        refs.set(id, ref);
        if (ended.includes(id)) {
          // Finished before the kill: every number intact.
          expect(run.status).toBe('done');
          expect(run.costs).toEqual(ref.costs);
          expect(run.finalParams).toEqual(ref.finalParams);
          expect(run.checkpoints.length).toBe(ref.checkpoints.length);
        } else {
          // In flight or waiting: no result, and what was stored is a whole prefix of the run's costs (no torn chunk).
          expect(run.status).toBe('interrupted');
          expect([run.finalParams, run.trainAccuracy, run.finishedAt === null]).toEqual([null, null, false]);
          expect(run.costs).toEqual(ref.costs.slice(0, run.costs.length));
        }
      }

      for (const id of interrupted) value(await service.api['runs.rerun']({ id }));
      await service.settled();
      for (const id of interrupted) {
        const run = value(await service.api['runs.get']({ id, include: { costs: true, checkpoints: false, params: true } }));
        const ref = refs.get(id)!;
        expect(run.status).toBe('done');
        expect(run.costs).toEqual(ref.costs);
        expect(run.finalParams).toEqual(ref.finalParams);
      }
    } finally {
      await service.close();
    }
  });
});

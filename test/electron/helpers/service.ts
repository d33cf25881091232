// Opening a LabService on a temporary data directory for tests, and waiting for its events.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LabEvent } from '../../../shared/contract/events';
import type { Result } from '../../../shared/contract/errors';
import { typeScriptEntry, type WorkerEntry } from '../../../electron/pool/worker-entry';
import { LabService, type LabServiceOptions } from '../../../electron/service/lab-service';

/** The fake engine worker (scripted training on real configs). */
export const fakeEngineWorker: WorkerEntry = typeScriptEntry(join(__dirname, 'fake-engine-worker.ts'));

/** A service on a fresh temporary directory, with every event it emits recorded. */
export interface TestLab {
  service: LabService;
  dir: string;
  events: LabEvent[];
  dispose(): Promise<void>;
}

/** Opens a test service; dispose() closes it and removes its directory. */
export function openTestLab(options: LabServiceOptions = {}, dir = mkdtempSync(join(tmpdir(), 'init-lab-svc-'))): TestLab {
  const service = LabService.open({ dataDir: dir, poolSize: 2, worker: fakeEngineWorker, log: () => {}, ...options });
  const events: LabEvent[] = [];
  service.subscribe((e) => events.push(e));
  return {
    service,
    dir,
    events,
    async dispose() {
      await service.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The value of a successful result; throws with the error message otherwise. */
export function value<T>(r: Result<T>): T {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value;
}

/** Resolves with the first event matching the predicate. */
export function nextEvent(service: LabService, match: (e: LabEvent) => boolean): Promise<LabEvent> {
  return new Promise((resolve) => {
    const off = service.subscribe((e) => {
      if (match(e)) {
        off();
        resolve(e);
      }
    });
  });
}

/** An experiment on the course data: the given arms, init seeds and iterations. */
export function experiment(arms: string[], seeds: number[], iterations: number) {
  return {
    name: 'test',
    base: { data: { kind: 'course-circles' }, iterations, record: { checkpointEvery: 10, boundaryGrid: 8, histogramBins: 4 } },
    arms: arms.map((name) => ({ init: { name } })),
    seeds: { init: seeds },
  };
}

// Fault injection: another lab process on the same data is killed with SIGKILL while a service is running.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterEach, describe, expect, it } from 'vitest';
import { databasePath } from '../../../electron/store/data-dir';
import { LEASE_MS } from '../../../electron/store/maintenance';
import { RunStore } from '../../../electron/store/run-store';
import { fakeEngineWorker, value } from '../helpers/service';
import { LabService } from '../../../electron/service/lab-service';
import { sampleExperiment, sampleRun } from '../helpers/samples';

const experiment = {
  name: 'peer',
  base: { data: { kind: 'course-circles' }, iterations: 200_000, record: { costEvery: 100, checkpointEvery: 100_000, boundaryGrid: 4, histogramBins: 0 } },
  arms: [{ init: { name: 'he' } }],
  seeds: { init: [1, 2, 3] },
};

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Starts a peer lab process on the directory; resolves with its run ids and pid once it has stored costs. */
function startPeer(): Promise<{ pid: number; runIds: string[]; kill: () => void }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(__dirname, '..', 'helpers', 'crash-child.ts'), dir, JSON.stringify(experiment)], { stdio: ['ignore', 'pipe', 'inherit'] });
    let runIds: string[] = [];
    let done = false;
    createInterface({ input: child.stdout }).on('line', (line) => {
      const msg = JSON.parse(line) as { started?: string[]; costs?: string; error?: unknown };
      if (msg.error) reject(new Error(JSON.stringify(msg.error)));
      if (msg.started) runIds = msg.started;
      if (msg.costs && !done) {
        done = true;
        resolve({ pid: child.pid!, runIds, kill: () => child.kill('SIGKILL') });
      }
    });
    child.on('exit', (code) => !done && reject(new Error(`peer ended on its own (code ${code})`)));
  });
}

describe('a peer process killed while its runs train', () => {
  it('has its runs marked interrupted by a running service within seconds, and they can then be rerun there', async () => {
    dir = mkdtempSync(join(tmpdir(), 'init-lab-peer-'));
    const service = LabService.open({ dataDir: dir, poolSize: 1, worker: fakeEngineWorker, log: () => {}, staleSweepMs: 250 });
    try {
      const peer = await startPeer();
      const before = value(await service.call('runs.list', {})).runs;
      expect(before.filter((r) => r.status === 'running' || r.status === 'queued')).toHaveLength(3);
      const killedAt = performance.now();
      peer.kill();
      const interrupted = new Set<string>();
      await new Promise<void>((resolve) => {
        const off = service.subscribe((e) => {
          if (e.type === 'run.interrupted') interrupted.add(e.runId);
          if (interrupted.size === 3) {
            off();
            resolve();
          }
        });
      });
      const seconds = (performance.now() - killedAt) / 1000;
      expect(seconds).toBeLessThan(3);
      expect([...interrupted].sort()).toEqual([...peer.runIds].sort());
      const rerun = await service.call('runs.rerun', { id: peer.runIds[0] });
      expect(rerun.ok).toBe(true);
    } finally {
      await service.close();
    }
  }, 60_000);
});

describe('owner leases', () => {
  it('takes a live pid whose lease has lapsed, or whose start time differs from the recorded one, for a dead owner', () => {
    dir = mkdtempSync(join(tmpdir(), 'init-lab-lease-'));
    const path = databasePath(dir);
    const peer = RunStore.open({ path, pid: 4242 });
    peer.createExperiment(sampleExperiment('e1'), [sampleRun('r1', 'e1')]);
    peer.beat();
    peer.close();
    const store = RunStore.open({ path });
    try {
      const now = Date.now();
      const alive = () => true;
      const recorded = (store.connection.prepare('SELECT started FROM owners WHERE pid = 4242').get() as { started: string | null }).started;
      expect(store.hasDeadOwners({ isAlive: alive, startTime: () => recorded, now: () => now })).toBe(false);
      expect(store.hasDeadOwners({ isAlive: alive, startTime: () => recorded, now: () => now + LEASE_MS + 1 })).toBe(true);
      expect(store.hasDeadOwners({ isAlive: alive, startTime: () => 'another process', now: () => now })).toBe(recorded !== null);
      expect(store.hasDeadOwners({ isAlive: () => false, now: () => now })).toBe(true);
      expect(store.markInterrupted({ isAlive: () => false }).map((r) => [r.id, r.status])).toEqual([['r1', 'interrupted']]);
    } finally {
      store.close();
    }
  });
});

// Image sets' memory: Fashion-MNIST (60,000 training, 10,000 test images, the Debian package dataset-fashion-mnist)
// loaded, and trained on each path, in fresh processes: peak memory beyond each process's own baseline, and the goal.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { idxDataConfig, type IdxRole } from '../electron/worker/idx-config';
import type { BenchContext, BenchSection } from './lib/section';

const DIR = '/usr/share/datasets/fashion-mnist';
const FILES: Record<IdxRole, string> = {
  trainImages: 'train-images-idx3-ubyte.gz',
  trainLabels: 'train-labels-idx1-ubyte.gz',
  testImages: 't10k-images-idx3-ubyte.gz',
  testLabels: 't10k-labels-idx1-ubyte.gz',
};
const CHILD = fileURLToPath(new URL('./lib/image-memory.ts', import.meta.url));

interface Figures {
  peakRssBeyondMB: number;
  peakArrayBuffersBeyondMB: number;
  seconds: number;
}

/** The goal for a whole run on either path, in MB beyond the process's baseline. */
const GOAL_MB = 120;

async function memory({ print }: BenchContext): Promise<void> {
  if (!Object.values(FILES).every((f) => existsSync(join(DIR, f)))) {
    print(`skipped: Fashion-MNIST is not in ${DIR} (apt-get install dataset-fashion-mnist)`);
    return;
  }
  const read = (role: IdxRole) => ({ path: join(DIR, FILES[role]), bytes: readFileSync(join(DIR, FILES[role])) });
  const { config } = idxDataConfig(
    { trainImages: read('trainImages'), trainLabels: read('trainLabels'), testImages: read('testImages'), testLabels: read('testLabels') },
    (_role, e) => e,
  );
  const tmp = mkdtempSync(join(tmpdir(), 'init-lab-bench-'));
  const file = join(tmp, 'data.json');
  writeFileSync(file, JSON.stringify(config));
  try {
    const run = (scenario: string, path: string): Figures => {
      const r = spawnSync(process.execPath, [...process.execArgv, CHILD, scenario, path, file], { encoding: 'utf8' });
      if (r.status !== 0) throw new Error(`image memory child failed: ${r.stderr}`);
      return JSON.parse(r.stdout) as Figures;
    };
    const line = (label: string, f: Figures, timed = true) =>
      print(
        `${label.padEnd(40)}+${f.peakRssBeyondMB.toFixed(0).padStart(3)} MB peak resident, +${f.peakArrayBuffersBeyondMB.toFixed(0).padStart(3)} MB array buffers` +
          (timed ? `  (${f.seconds.toFixed(0)} s)` : ''),
      );
    line('data set loaded and set up for a run', run('load', 'auto'), false);
    const runs = [run('run', 'reference'), run('run', 'auto')];
    line('a whole run, reference path', runs[0]);
    line('a whole run, fast path', runs[1]);
    const worst = Math.max(...runs.map((f) => f.peakRssBeyondMB));
    print(`goal: a whole run ≤ ${GOAL_MB} MB beyond the baseline on both paths: ${worst <= GOAL_MB ? 'met' : 'not met'} (worst +${worst.toFixed(0)} MB)`);
    print('(run: [784,128,10] ReLU, SGD batches of 100, 300 updates, default record: checkpoints at 0 and 300 over all 60,000');
    print(' training images with layer statistics and histograms; the set\'s raw bytes are 47 + 7.8 MB)');
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

/** The image sets' sections of `npm run bench`. */
export const sections: BenchSection[] = [
  { id: 'image-memory', title: 'Image sets: Fashion-MNIST memory beyond a fresh process (pixels held as bytes)', order: 32, run: memory },
];

// Image sets' memory: Fashion-MNIST (60,000 training, 10,000 test images, the Debian package dataset-fashion-mnist)
// loaded and trained in fresh processes, resident memory beyond each process's own baseline.
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
}

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
    const line = (label: string, f: Figures) =>
      print(`${label.padEnd(44)}+${f.peakRssBeyondMB.toFixed(0)} MB peak resident, +${f.peakArrayBuffersBeyondMB.toFixed(0)} MB array buffers`);
    line('data set loaded and set up for a run', run('load', 'auto'));
    line('one run, reference path', run('run', 'reference'));
    line('one run, fast path', run('run', 'auto'));
    print('(run: [784,32,10] ReLU, SGD batches of 100, one epoch, checkpoints at 0 and 600; goal for the set ≤ 120 MB)');
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

/** The image sets' sections of `npm run bench`. */
export const sections: BenchSection[] = [
  { id: 'image-memory', title: 'Image sets: Fashion-MNIST memory beyond a fresh process (pixels held as bytes)', order: 32, run: memory },
];

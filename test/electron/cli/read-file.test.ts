import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { UsageError } from '../../../electron/cli/errors';
import { readInputFile } from '../../../electron/cli/read-file';

const dir = mkdtempSync(join(tmpdir(), 'init-lab-read-file-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function thrown(f: () => unknown): unknown {
  try {
    f();
  } catch (e) {
    return e;
  }
  return null;
}

describe('readInputFile', () => {
  it('returns the text of a readable file', () => {
    const file = join(dir, 'a.json');
    writeFileSync(file, '{"x": 1}\n');
    expect(readInputFile(file)).toBe('{"x": 1}\n');
  });

  it('refuses a missing file with a usage error that names it in a few words', () => {
    const file = join(dir, 'missing.json');
    const e = thrown(() => readInputFile(file));
    expect(e).toBeInstanceOf(UsageError);
    expect((e as UsageError).message).toBe(`cannot read "${file}": no such file`);
  });

  it('passes on the system’s reason for anything else, such as a directory', () => {
    const e = thrown(() => readInputFile(dir));
    expect(e).toBeInstanceOf(UsageError);
    expect((e as UsageError).message).toMatch(new RegExp(`^cannot read "${dir}": .*EISDIR`));
  });
});

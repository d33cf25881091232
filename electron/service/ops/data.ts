// data.describeIdx: four IDX files read by path into the data config a run names them by (with their SHA-256).
import { readFileSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { LabFailure } from '../../../shared/contract/errors';
import { DataError, idxDataset, parseIdxImages, parseIdxLabels } from '../../../shared/engine/data';
import { sha256Hex } from '../../worker/data-files';
import type { HandlerMap } from '../context';

type Role = 'trainImages' | 'trainLabels' | 'testImages' | 'testLabels';
const ROLES: readonly Role[] = ['trainImages', 'trainLabels', 'testImages', 'testLabels'];

function read(role: Role, path: string): { path: string; bytes: Uint8Array } {
  const full = resolve(path);
  try {
    return { path: full, bytes: readFileSync(full) };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new LabFailure('invalid_input', `${role}: cannot read "${path}": ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : (e as Error).message}`);
  }
}

/** The data operations. */
export const dataOps: HandlerMap<'data.describeIdx'> = {
  'data.describeIdx'(_ctx, input) {
    const files = Object.fromEntries(ROLES.map((r) => [r, read(r, input[r])])) as Record<Role, { path: string; bytes: Uint8Array }>;
    const parse = <T>(role: Role, f: (bytes: Uint8Array, file: string) => T): T => {
      try {
        return f(files[role].bytes, files[role].path);
      } catch (e) {
        if (e instanceof DataError) throw new LabFailure('invalid_input', `${role}: ${e.message}`);
        throw e;
      }
    };
    const parts = {
      trainImages: { file: files.trainImages.path, images: parse('trainImages', parseIdxImages) },
      trainLabels: { file: files.trainLabels.path, labels: parse('trainLabels', parseIdxLabels) },
      testImages: { file: files.testImages.path, images: parse('testImages', parseIdxImages) },
      testLabels: { file: files.testLabels.path, labels: parse('testLabels', parseIdxLabels) },
    };
    let ds;
    try {
      ds = idxDataset(basename(dirname(files.trainImages.path)) || 'idx', parts);
    } catch (e) {
      if (e instanceof DataError) throw new LabFailure('invalid_input', e.message);
      throw e;
    }
    const ref = (r: Role) => ({ path: files[r].path, sha256: sha256Hex(files[r].bytes) });
    return {
      config: {
        kind: 'idx',
        source: basename(dirname(files.trainImages.path)),
        trainImages: ref('trainImages'),
        trainLabels: ref('trainLabels'),
        testImages: ref('testImages'),
        testLabels: ref('testLabels'),
        width: ds.image?.width ?? 0,
        height: ds.image?.height ?? 0,
        classes: ds.classes,
      },
      nTrain: ds.nTrain,
      nTest: ds.nTest,
    };
  },
};

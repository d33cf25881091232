// The idx data config of four IDX files already read: parsed for the image size and the classes, each file named by
// its path and SHA-256. The command line and the service's data.describeIdx both build it here.
import { basename, dirname } from 'node:path';
import type { IdxDataConfig } from '../../shared/contract/data-sets';
import { DataError, idxDataset, parseIdxImages, parseIdxLabels } from '../../shared/engine/data';
import { sha256Hex } from './data-files';

/** The four files of an IDX data set, by role. */
export type IdxRole = 'trainImages' | 'trainLabels' | 'testImages' | 'testLabels';

/** One file as read: its resolved path and its bytes. */
export interface IdxFile {
  path: string;
  bytes: Uint8Array;
}

/**
 * The data config naming the four files, with the set's sizes. A file that does not parse, or files that disagree
 * (role null), throw what `fail` makes of the DataError, so each door words it for its own fields.
 */
export function idxDataConfig(
  files: Record<IdxRole, IdxFile>,
  fail: (role: IdxRole | null, error: DataError) => Error,
): { config: IdxDataConfig; nTrain: number; nTest: number } {
  const parse = <T>(role: IdxRole, f: (bytes: Uint8Array, file: string) => T): T => {
    try {
      return f(files[role].bytes, files[role].path);
    } catch (e) {
      throw e instanceof DataError ? fail(role, e) : e;
    }
  };
  const parts = {
    trainImages: { file: files.trainImages.path, images: parse('trainImages', parseIdxImages) },
    trainLabels: { file: files.trainLabels.path, labels: parse('trainLabels', parseIdxLabels) },
    testImages: { file: files.testImages.path, images: parse('testImages', parseIdxImages) },
    testLabels: { file: files.testLabels.path, labels: parse('testLabels', parseIdxLabels) },
  };
  const source = basename(dirname(files.trainImages.path));
  let ds;
  try {
    ds = idxDataset(source || 'idx', parts);
  } catch (e) {
    throw e instanceof DataError ? fail(null, e) : e;
  }
  const ref = (role: IdxRole) => ({ path: files[role].path, sha256: sha256Hex(files[role].bytes) });
  return {
    config: {
      kind: 'idx',
      source,
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
}

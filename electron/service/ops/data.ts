// data.describeIdx: four IDX files read by path into the data config a run names them by (with their SHA-256).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { LabFailure } from '../../../shared/contract/errors';
import { idxDataConfig, type IdxRole } from '../../worker/idx-config';
import type { HandlerMap } from '../context';

type Role = IdxRole;
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
    return idxDataConfig(files, (role, e) => new LabFailure('invalid_input', role ? `${role}: ${e.message}` : e.message));
  },
};

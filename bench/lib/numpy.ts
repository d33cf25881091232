// Runs bench/numpy_course.py: the course He run in plain numpy, timed in the same bench run as the engine.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { CostPoint } from '../../shared/engine/types';

/** What the numpy script reports: seconds per repeat and the last repeat's results. */
export interface NumpyCourseResult {
  numpy: string;
  seconds: number[];
  costs: CostPoint[];
  trainAccuracy: number;
  testAccuracy: number;
}

const SCRIPT = fileURLToPath(new URL('../numpy_course.py', import.meta.url));

/** Runs the numpy course net `repeats` times; returns why not (python3 or numpy missing) instead of throwing. */
export function runNumpyCourse(repeats: number): { ok: true; result: NumpyCourseResult } | { ok: false; reason: string } {
  // One BLAS thread, as the engine trains on one thread: the figures compare like with like.
  const env = { ...process.env, OPENBLAS_NUM_THREADS: '1', OMP_NUM_THREADS: '1', MKL_NUM_THREADS: '1' };
  const r = spawnSync('python3', [SCRIPT, '--repeats', String(repeats)], { env, encoding: 'utf8' });
  if (r.error) return { ok: false, reason: `python3 not found (${r.error.message})` };
  if (r.status !== 0) {
    const last = r.stderr.trim().split('\n').pop() ?? '';
    return { ok: false, reason: /No module named .?numpy/.test(r.stderr) ? 'numpy is not installed for python3' : `numpy script failed: ${last}` };
  }
  return { ok: true, result: JSON.parse(r.stdout) as NumpyCourseResult };
}

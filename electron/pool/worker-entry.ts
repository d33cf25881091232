// Which script a pool worker runs: the bundled worker in the built app, the TypeScript source under tsx otherwise.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** A worker script; a TypeScript one is loaded through tsx's require hook. */
export interface WorkerEntry {
  path: string;
  typescript: boolean;
}

/** The TypeScript source of the training worker, run through tsx (tests, `tsx` scripts). */
export function sourceWorkerEntry(): WorkerEntry {
  // Built from the module's own location (not `new URL(…, import.meta.url)`, which bundlers rewrite).
  const here = dirname(fileURLToPath(import.meta.url));
  return typeScriptEntry(join(here, '..', 'worker', 'index.ts'));
}

/** Any TypeScript worker script, run through tsx. */
export function typeScriptEntry(path: string): WorkerEntry {
  return { path, typescript: true };
}

/**
 * The code a TypeScript worker starts with. On Node 20 neither `--require tsx/cjs` nor `--import tsx` in a
 * worker's execArgv loads a .ts entry of an ESM package ("Unknown file extension"); registering tsx's require
 * hook inside the thread and then requiring the entry does.
 */
export function typeScriptBootstrap(): string {
  const api = createRequire(import.meta.url).resolve('tsx/cjs/api');
  return `require(${JSON.stringify(api)}).register(); require(require('node:worker_threads').workerData.entry);`;
}

/**
 * The worker to use: the bundled one when its path is given and exists (electron-vite's
 * `import workerPath from '../worker/index.ts?modulePath'`, see electron/worker/bundled-path.ts), else the source.
 */
export function resolveWorkerEntry(bundledPath?: string | null): WorkerEntry {
  if (bundledPath && !bundledPath.endsWith('.ts') && existsSync(bundledPath)) return { path: bundledPath, typescript: false };
  return sourceWorkerEntry();
}

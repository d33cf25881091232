// Builds the app once when a test needs out/ and it is missing (npm test builds before the tests run).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(__dirname, '../../..');

/** Makes sure out/ holds the main process, the CLI, the preload and the renderer. */
export function ensureBuilt(): void {
  const files = ['out/main/index.js', 'out/main/cli.js', 'out/preload/index.cjs', 'out/renderer/index.html'];
  if (files.every((f) => existsSync(join(root, f)))) return;
  const run = spawnSync(process.execPath, [join(root, 'node_modules/electron-vite/bin/electron-vite.js'), 'build', '--config', 'electron.config.ts'], {
    cwd: root,
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`the build failed:\n${run.stdout}\n${run.stderr}`);
}

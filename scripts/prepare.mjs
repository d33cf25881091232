// Runs after `npm install`: builds the app so that `npx init-lab` and browser mode work at once.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

if (!existsSync('electron.config.ts')) process.exit(0); // installed as a dependency: nothing to build
const r = spawnSync('npx', ['electron-vite', 'build', '--config', 'electron.config.ts'], { stdio: 'inherit', shell: process.platform === 'win32' });
process.exit(r.status ?? 1);

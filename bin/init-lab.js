#!/usr/bin/env node
// init-lab launcher: runs the built command line (built by `npm install` / `npm run build`).
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const cli = fileURLToPath(new URL('../out/main/cli.js', import.meta.url));
if (!existsSync(cli)) {
  process.stderr.write('init-lab: the app is not built yet; run `npm run build` first.\n');
  process.exit(1);
}
await import(pathToFileURL(cli).href);

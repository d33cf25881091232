// init-lab command line, as built into out/main/cli.js (run by bin/init-lab.js): trains with the bundled worker.
import { resolveWorkerEntry } from '../pool/worker-entry';
import { bundledWorkerPath } from '../worker/bundled-path';
import { processIo } from './io';
import { runCli } from './main';

void runCli(process.argv.slice(2), processIo(resolveWorkerEntry(bundledWorkerPath))).then((status) => {
  process.exitCode = status;
});

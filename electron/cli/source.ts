// init-lab command line run from source (`node --import tsx electron/cli/source.ts …`): the same program as
// index.ts, training with the worker's TypeScript source, so tests never depend on a build.
import { sourceWorkerEntry } from '../pool/worker-entry';
import { processIo } from './io';
import { runCli } from './main';

void runCli(process.argv.slice(2), processIo(sourceWorkerEntry())).then((status) => {
  process.exitCode = status;
});

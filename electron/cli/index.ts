// init-lab command line: runs experiments headless (bin/init-lab.js runs the built copy of this file).
import { runCli } from './main';
import { processIo } from './io';

void runCli(process.argv.slice(2), processIo()).then((status) => {
  process.exitCode = status;
});

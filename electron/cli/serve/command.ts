// The `serve` subcommand of init-lab: browser mode from the command line.
import { Command, InvalidArgumentError } from 'commander';
import type { WorkerEntry } from '../../pool/worker-entry';
import { redisOption, redisUrlOf } from '../queue-option';
import { serveUntilStopped } from '../../server/serve';

/** What the command needs from the command line around it. */
export interface ServeIo {
  stdout: { write(text: string): unknown };
  env: Record<string, string | undefined>;
  /** The training worker (the bundled one in the built CLI). */
  worker?: WorkerEntry;
}

/** A TCP port from the command line: an integer from 0 (any free port) to 65535. */
export function parsePort(value: string): number {
  const port = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isInteger(port) || port > 65535) {
    throw new InvalidArgumentError(`expected a port from 0 to 65535, got ${JSON.stringify(value)}`);
  }
  return port;
}

/** A number of worker threads: a whole number ≥ 1. */
function parseWorkers(value: string): number {
  if (!/^\d+$/.test(value.trim()) || Number(value) < 1) throw new InvalidArgumentError(`expected a whole number of workers ≥ 1, got ${JSON.stringify(value)}`);
  return Number(value);
}

/** `init-lab serve [--port P] [--data DIR] [--open] [--new-token] [--workers N]`: serves until Ctrl-C. */
export function serveCommand(io: ServeIo): Command {
  return new Command('serve')
    .description('serve the lab to a browser on this machine (127.0.0.1 only; the printed URL carries the data directory\'s token, kept across restarts)')
    .option('--port <port>', 'port to listen on (default: the last one, else a free port)', parsePort)
    .option('--data <dir>', 'data directory (default: $INIT_LAB_DATA, else the platform data folder)')
    .option('--open', 'open the page in the default browser')
    .option('--new-token', 'make a new access token (addresses printed before stop working)')
    .option('--workers <n>', 'worker threads training runs at once (default: $INIT_LAB_WORKERS, else one per core but one, at least 3)', parseWorkers)
    .addOption(redisOption())
    .action(async (options: { port?: number; data?: string; open?: boolean; newToken?: boolean; workers?: number; redis?: string }) => {
      await serveUntilStopped({
        redis: redisUrlOf(options.redis, io.env),
        port: options.port,
        dataDir: options.data,
        open: options.open === true,
        newToken: options.newToken === true,
        workers: options.workers,
        worker: io.worker,
        env: io.env,
        print: (line) => io.stdout.write(`${line}\n`),
      });
    });
}

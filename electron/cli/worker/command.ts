// `init-lab worker --redis URL [--workers N]`: train runs from the Redis queue on this machine until stopped.
import { availableParallelism } from 'node:os';
import { Command, Option } from 'commander';
import pkg from '../../../package.json';
import { startQueueWorker } from '../../queue/queue-worker';
import { parseRedisUrl } from '../../queue/redis-url';
import { positiveIntArg } from '../args';
import type { CliIo } from '../io';
import { redisArg } from '../queue-option';
import { untilStopSignal } from '../../door/stop-signal';

interface WorkerFlags {
  redis: string;
  workers?: number;
  stallTimeout?: number;
  quiet?: boolean;
}

const NOTE = `
Each worker serves the queue of its own engine version (${pkg.version} here), so runs are only ever trained by
the engine that gives the lab's numbers bit for bit. Stop it with Ctrl-C: its running jobs go back to the queue.
If it is killed instead, another worker retries its jobs once their locks expire (--stall-timeout).

Examples:
  init-lab worker --redis redis://127.0.0.1:6379
  init-lab worker --redis redis://:secret@queue.lab.example:6379 --workers 16
  init-lab worker --redis rediss://:secret@queue.lab.example:6380      (TLS; a private CA: NODE_EXTRA_CA_CERTS=ca.pem)`;

/** The worker command. */
export function workerCommand(io: CliIo): Command {
  return new Command('worker')
    .description('train runs sent through a Redis queue by labs started with --redis, with this machine\'s cores')
    .addOption(new Option('--redis <url>', 'the queue: redis://[:password@]host:port, or rediss:// for TLS').argParser(redisArg).makeOptionMandatory())
    .addOption(new Option('--workers <n>', 'runs trained at once (default: one per core)').argParser(positiveIntArg))
    .addOption(new Option('--stall-timeout <ms>', 'how long a job of a worker that stopped answering waits before another worker retries it').argParser(positiveIntArg).default(30_000))
    .option('--quiet', 'print only errors')
    .addHelpText('after', NOTE)
    .action(async (flags: WorkerFlags) => {
      const print = (line: string) => void io.stdout.write(`${line}\n`);
      const worker = await startQueueWorker({
        target: parseRedisUrl(flags.redis),
        engineVersion: pkg.version,
        workers: flags.workers ?? availableParallelism(),
        worker: io.worker,
        stallMs: flags.stallTimeout,
        log: flags.quiet ? () => {} : print,
      });
      await untilStopSignal();
      if (!flags.quiet) print(`stopping: running jobs go back to the queue`);
      await worker.close();
      if (!flags.quiet) print(`stopped after ${worker.finished} jobs`);
    });
}

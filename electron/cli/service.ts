// The CLI's door to the lab service: open it over the data directory (or a throw-away in-memory store), and
// turn failed results into the CLI's errors.
import { availableParallelism } from 'node:os';
import type { ErrorCode, LabError, Result } from '../../shared/contract/errors';
import { LabService } from '../service/lab-service';
import { resolveDataDir } from '../store/data-dir';
import { UsageError } from './errors';
import type { CliIo } from './io';

/** Where runs go: the data directory's database, or memory (nothing kept). */
export interface ServiceTarget {
  /** Keep runs in the data directory's database. */
  save: boolean;
  /** `--data DIR`; else INIT_LAB_DATA, XDG_DATA_HOME/init-lab or ~/.local/share/init-lab. */
  dataDir?: string;
  /** Worker threads (default: one per core; the command line has no window to keep responsive). */
  workers?: number;
  /** `--redis URL`: runs go to the queue for `init-lab worker` processes instead of to local threads. */
  redis?: string;
}

/** Opens the lab service; the caller closes it. */
export function openService(io: CliIo, target: ServiceTarget): LabService {
  const dataDir = resolveDataDir({ flag: target.dataDir, env: io.env });
  return LabService.open({
    dataDir,
    ...(target.save ? {} : { databasePath: ':memory:' }),
    worker: io.worker,
    storeFaults: io.storeFaults,
    poolSize: target.workers ?? availableParallelism(),
    log: (m) => void io.stderr.write(`init-lab: ${m.split('\n')[0]}\n`),
    redis: target.redis,
  });
}

/** Runs fn with an open service and closes it afterwards, whatever happens. */
export async function withService<T>(io: CliIo, target: ServiceTarget, fn: (service: LabService) => Promise<T>): Promise<T> {
  const service = openService(io, target);
  try {
    // An unreachable queue is said before anything is stored.
    await service.connect();
    return await fn(service);
  } finally {
    await service.close();
  }
}

/** Codes that mean the user's input was at fault (exit status 2). */
const USER_ERRORS: readonly ErrorCode[] = ['invalid_input', 'unknown_operation', 'not_found', 'conflict', 'bad_bundle', 'unsupported_version'];

/** A failed service call that is not the user's fault (exit status 1). */
export class ServiceError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ServiceError';
  }
}

/** The value of a result; a failure becomes a UsageError (bad input) or a ServiceError. */
export function unwrap<T>(result: Result<T>, rewrite: (error: LabError) => string = (e) => e.message): T {
  if (result.ok) return result.value;
  const message = rewrite(result.error);
  if (USER_ERRORS.includes(result.error.code)) throw new UsageError(message, result.error.code);
  throw new ServiceError(result.error.code, message);
}

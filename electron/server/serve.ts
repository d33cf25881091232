// `init-lab serve`: the lab service over a data directory, served to a browser on this machine.
import type { WorkerEntry } from '../pool/worker-entry';
import { poolSizeFromEnv } from '../pool/pool';
import { LabService } from '../service/lab-service';
import { resolveDataDir } from '../store/data-dir';
import { createDoor } from '../door/door';
import { untilStopSignal } from '../door/stop-signal';
import { announce, serveDoor, type RunningServer } from './index';
import { startToken, writeServeState } from './token-file';

/** What `init-lab serve` takes. */
export interface StartServerOptions {
  /** 0 or absent: a free port. */
  port?: number;
  /** `--data DIR`; absent: INIT_LAB_DATA, then the platform's place. */
  dataDir?: string;
  /** Open the page in the default browser once listening. */
  open?: boolean;
  /** `--new-token`: replace the data directory's remembered token (old URLs and tabs stop working). */
  newToken?: boolean;
  /** The training worker (the bundled one in the built CLI). */
  worker?: WorkerEntry;
  /** Worker threads training at once (`--workers N`); absent: INIT_LAB_WORKERS, then `defaultPoolSize()`. */
  workers?: number;
  rendererDir?: string;
  /** Where the URL line goes (default: stdout). */
  print?: (line: string) => void;
  /** The environment the data directory is resolved in (default: process.env). */
  env?: Record<string, string | undefined>;
  /** A Redis URL: runs go to `init-lab worker` processes through the queue instead of to local threads. */
  redis?: string;
}

/** A serving lab: closing it stops the server, then the service (its runs are marked interrupted). */
export interface LabServer extends RunningServer {
  dataDir: string;
}

/**
 * Opens the service, listens on 127.0.0.1, prints the URL with its token (and opens it when asked).
 * The token and port are the data directory's remembered ones (`token-file.ts`), so the URL of the last
 * start still works; without `--port` the last port is tried first, then any free one.
 */
export async function startServer(options: StartServerOptions = {}): Promise<LabServer> {
  const dataDir = resolveDataDir({ flag: options.dataDir, env: options.env });
  const service = LabService.open({ dataDir, worker: options.worker, poolSize: options.workers ?? poolSizeFromEnv(options.env) ?? undefined, redis: options.redis });
  const start = startToken(dataDir, options.newToken ?? false);
  let server: RunningServer;
  try {
    await service.connect();
    const serve = (port: number | undefined) => serveDoor({ door: createDoor(service), port, token: start.token, rendererDir: options.rendererDir });
    if (options.port !== undefined || start.port === null) server = await serve(options.port);
    else server = await serve(start.port).catch((err: NodeJS.ErrnoException) => (err.code === 'EADDRINUSE' ? serve(0) : Promise.reject(err)));
    writeServeState(dataDir, { token: start.token, port: server.port });
  } catch (err) {
    await service.close();
    throw err;
  }
  await announce(server, options.open ?? false, options.print);
  if (options.newToken) (options.print ?? console.log)('A new token was made: pages opened with the old address must be opened again with this one.');
  return {
    ...server,
    dataDir,
    async close() {
      await server.close();
      await service.close();
    },
  };
}

/** Serves until SIGINT or SIGTERM, then closes everything; resolves once closed. */
export async function serveUntilStopped(options: StartServerOptions = {}): Promise<void> {
  const server = await startServer(options);
  await untilStopSignal();
  await server.close();
}

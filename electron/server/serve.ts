// `init-lab serve`: the lab service over a data directory, served to a browser on this machine.
import type { WorkerEntry } from '../pool/worker-entry';
import { LabService } from '../service/lab-service';
import { resolveDataDir } from '../store/data-dir';
import { createDoor } from '../main/door';
import { announce, serveDoor, type RunningServer } from './index';

/** What `init-lab serve` takes. */
export interface StartServerOptions {
  /** 0 or absent: a free port. */
  port?: number;
  /** `--data DIR`; absent: INIT_LAB_DATA, then the platform's place. */
  dataDir?: string;
  /** Open the page in the default browser once listening. */
  open?: boolean;
  /** The training worker (the bundled one in the built CLI). */
  worker?: WorkerEntry;
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

/** Opens the service, listens on 127.0.0.1, prints the URL with its token (and opens it when asked). */
export async function startServer(options: StartServerOptions = {}): Promise<LabServer> {
  const dataDir = resolveDataDir({ flag: options.dataDir, env: options.env });
  const service = LabService.open({ dataDir, worker: options.worker, redis: options.redis });
  let server: RunningServer;
  try {
    await service.connect();
    server = await serveDoor({ door: createDoor(service), port: options.port, rendererDir: options.rendererDir });
  } catch (err) {
    await service.close();
    throw err;
  }
  await announce(server, options.open ?? false, options.print);
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
  await new Promise<void>((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  await server.close();
}

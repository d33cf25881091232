// Browser mode: serves the lab on 127.0.0.1 behind a token, for `init-lab serve` and `npm start`.
import { basename, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TOKEN_QUERY } from '../../shared/contract/transport';
import type { Door } from '../door/door';
import { buildApp } from './app';
import { openInBrowser } from './open';
import { createToken } from './token';

/** The only interface browser mode ever binds. */
export const HOST = '127.0.0.1';

/** How to serve a door. */
export interface ServeDoorOptions {
  door: Door;
  /** 0 (the default) picks a free port. */
  port?: number;
  rendererDir?: string;
  bodyLimit?: number;
  /** The token to require (default: a new one). */
  token?: string;
}

/** A listening server. */
export interface RunningServer {
  /** The URL to open, token included. */
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

/** Listens on 127.0.0.1 with the given token (else a new one) and serves the renderer and the door's operations. */
export async function serveDoor(options: ServeDoorOptions): Promise<RunningServer> {
  const token = options.token ?? createToken();
  let port = 0;
  const app = await buildApp({
    door: options.door,
    token,
    port: () => port,
    rendererDir: options.rendererDir ?? findRendererDir(),
    bodyLimit: options.bodyLimit,
  });
  try {
    await app.listen({ host: HOST, port: options.port ?? 0 });
  } catch (err) {
    await app.close();
    throw err;
  }
  const address = app.server.address();
  port = typeof address === 'object' && address !== null ? address.port : Number(options.port);
  return {
    url: `http://${HOST}:${port}/?${TOKEN_QUERY}=${token}`,
    port,
    token,
    close: () => app.close(),
  };
}

/** Prints the URL (and opens it when asked) for a server that is already listening. */
export async function announce(server: RunningServer, open: boolean, print: (line: string) => void = console.log) {
  print(`Init Lab is serving at ${server.url}`);
  if (open && !(await openInBrowser(server.url))) print('(could not open a browser: open the URL above yourself)');
}

/** The built renderer: next to the bundle (out/main → out/renderer) or, from source, in out/renderer. */
export function findRendererDir(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  return basename(here) === 'main' && basename(dirname(here)) === 'out' ? resolve(here, '../renderer') : resolve(here, '../../out/renderer');
}

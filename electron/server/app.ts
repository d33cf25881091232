// The browser-mode HTTP app: the built renderer, the operations as POST routes and the event stream.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import fastifyStatic from '@fastify/static';
import { fail } from '../../shared/contract/errors';
import { MAX_EXPORT_BYTES } from '../../shared/contract/limits';
import { HTTP_EVENTS_PATH } from '../../shared/contract/transport';
import { decodeWire, encodeWire } from '../../shared/contract/wire';
import type { Door } from '../door/door';
import { handleError, handleNotFound, statusForCode } from './errors';
import { createEventHub } from './events';
import { createGuard } from './guard';
import { SECURITY_HEADERS } from './headers';

/** Largest request body accepted: the largest bundle the lab exports (MAX_EXPORT_BYTES), wrapped in a JSON string, with room to spare. */
export const DEFAULT_BODY_LIMIT = Math.ceil(MAX_EXPORT_BYTES * 1.1) + 1024 * 1024;

/** What the app serves and how it checks who asks. */
export interface AppOptions {
  door: Door;
  token: string;
  /** The listening port, read at request time (it is known only once the server listens). */
  port: () => number;
  /** Folder of the built renderer (index.html and assets). */
  rendererDir: string;
  bodyLimit?: number;
}

/** Builds the app; it is not listening yet. Closing it ends the event streams and the door subscription. */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: false,
    bodyLimit: options.bodyLimit ?? DEFAULT_BODY_LIMIT,
    requestTimeout: 120_000,
    forceCloseConnections: true,
  });
  const hub = createEventHub();
  const unsubscribe = options.door.subscribe((event) => hub.broadcast(event));

  // Only JSON is taken (the docs promise 415 for anything else): fastify would otherwise parse text/plain, which a cross-site form can send.
  app.removeContentTypeParser('text/plain');
  app.setErrorHandler(handleError);
  app.setNotFoundHandler(handleNotFound);
  app.addHook('onRequest', createGuard({ token: options.token, port: options.port }));
  app.addHook('onSend', async (_request, reply) => {
    reply.headers(SECURITY_HEADERS);
  });
  app.addHook('preClose', async () => {
    unsubscribe();
    hub.closeAll();
  });

  app.get(HTTP_EVENTS_PATH, async (_request, reply) => {
    hub.open(reply);
  });

  app.post<{ Params: { operation: string } }>('/api/ops/:operation', async (request, reply) => {
    let payload: unknown;
    try {
      payload = decodeWire(request.body);
    } catch (err) {
      return reply.code(400).send(fail('invalid_input', `the body is not valid wire JSON: ${(err as Error).message}`));
    }
    const result = await options.door.call(request.params.operation, payload);
    return reply.code(result.ok ? 200 : statusForCode(result.error.code)).send(encodeWire(result));
  });

  if (existsSync(join(options.rendererDir, 'index.html'))) {
    await app.register(fastifyStatic, { root: options.rendererDir, index: 'index.html', decorateReply: false });
  } else {
    app.get('/', async (_request, reply) => reply.code(503).send(fail('unavailable', 'the renderer is not built yet: run `npm run build`')));
  }
  return app;
}

// The push channel: one server-sent event stream per browser tab; a call's events go to the tab that made it.
import { randomUUID } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import type { FastifyReply } from 'fastify';
import { SSE_HELLO_EVENT, SSE_LAB_EVENT } from '../../shared/contract/transport';
import type { EventSink } from '../main/door';
import { SECURITY_HEADERS } from './headers';

/** A tab that stops reading loses its stream rather than the server's memory. */
const MAX_BUFFERED_BYTES = 8 * 1024 * 1024;
/** A comment line now and then keeps idle streams open through proxies and timers. */
const HEARTBEAT_MS = 15_000;

/** The open event streams, by client id. */
export interface EventHub {
  /** Takes over the reply and keeps it open as a stream; the first event names its client id. */
  open(reply: FastifyReply): string;
  /** The sink for a call made by `clientId`; events for an unknown or closed stream are dropped. */
  sinkFor(clientId: unknown): EventSink;
  /** Ends every stream (on shutdown). */
  closeAll(): void;
  /** How many streams are open. */
  readonly size: number;
}

/** Creates an empty hub. */
export function createEventHub(): EventHub {
  const streams = new Map<string, ServerResponse>();

  const drop = (id: string) => {
    const res = streams.get(id);
    streams.delete(id);
    if (res && !res.writableEnded) res.end();
  };

  const send = (id: string, event: string, data: unknown) => {
    const res = streams.get(id);
    if (!res || res.writableEnded) return;
    if (res.writableLength > MAX_BUFFERED_BYTES) return drop(id);
    let json: string;
    try {
      json = JSON.stringify(data);
    } catch {
      return; // an event that cannot be written as JSON is not worth a broken stream
    }
    res.write(`event: ${event}\ndata: ${json}\n\n`);
  };

  return {
    open(reply) {
      const id = randomUUID();
      reply.hijack();
      const res = reply.raw;
      res.writeHead(200, {
        ...SECURITY_HEADERS,
        'content-type': 'text/event-stream; charset=utf-8',
        connection: 'keep-alive',
        'x-accel-buffering': 'no',
      });
      streams.set(id, res);
      const heartbeat = setInterval(() => {
        if (!res.writableEnded) res.write(': ping\n\n');
      }, HEARTBEAT_MS);
      heartbeat.unref();
      res.on('close', () => {
        clearInterval(heartbeat);
        streams.delete(id);
      });
      send(id, SSE_HELLO_EVENT, { clientId: id });
      return id;
    },
    sinkFor(clientId) {
      if (typeof clientId !== 'string') return () => {};
      return (event) => send(clientId, SSE_LAB_EVENT, event);
    },
    closeAll() {
      for (const id of [...streams.keys()]) drop(id);
    },
    get size() {
      return streams.size;
    },
  };
}

// The push channel: one server-sent event stream per browser tab; every open stream gets the service's events.
import type { ServerResponse } from 'node:http';
import type { FastifyReply } from 'fastify';
import type { LabEvent } from '../../shared/contract/events';
import { SSE_LAB_EVENT } from '../../shared/contract/transport';
import { stringifyWire } from '../../shared/contract/wire';
import { SECURITY_HEADERS } from './headers';

/** A tab that stops reading loses its stream rather than the server's memory. */
const MAX_BUFFERED_BYTES = 8 * 1024 * 1024;
/** Open streams at most (one token per server, so this is the cap per token): a new one ends the oldest, so forgotten tabs cannot slow every answer. */
export const MAX_STREAMS = 16;
/** A comment line now and then keeps idle streams open through proxies and timers. */
const HEARTBEAT_MS = 15_000;

/** The open event streams. */
export interface EventHub {
  /** Takes over the reply and keeps it open as an event stream. */
  open(reply: FastifyReply): void;
  /** Writes one event to every open stream. */
  broadcast(event: LabEvent): void;
  /** Ends every stream (on shutdown). */
  closeAll(): void;
  /** How many streams are open. */
  readonly size: number;
}

/** Creates an empty hub. */
export function createEventHub(): EventHub {
  const streams = new Set<ServerResponse>();

  const drop = (res: ServerResponse) => {
    streams.delete(res);
    if (!res.writableEnded) res.end();
  };

  return {
    open(reply) {
      reply.hijack();
      const res = reply.raw;
      res.writeHead(200, {
        ...SECURITY_HEADERS,
        'content-type': 'text/event-stream; charset=utf-8',
        connection: 'keep-alive',
      });
      // An opening comment flushes the headers, so the client sees the stream open at once.
      res.write(': open\n\n');
      // A Set iterates in insertion order: the first is the oldest.
      while (streams.size >= MAX_STREAMS) drop(streams.values().next().value as ServerResponse);
      streams.add(res);
      const heartbeat = setInterval(() => res.write(': ping\n\n'), HEARTBEAT_MS);
      heartbeat.unref();
      res.on('close', () => {
        clearInterval(heartbeat);
        streams.delete(res);
      });
    },
    broadcast(event) {
      let json: string;
      try {
        json = stringifyWire(event);
      } catch {
        return; // an event that cannot be written as JSON is not worth breaking the streams
      }
      const frame = `event: ${SSE_LAB_EVENT}\ndata: ${json}\n\n`;
      for (const res of streams) {
        if (res.writableLength > MAX_BUFFERED_BYTES) drop(res);
        else res.write(frame);
      }
    },
    closeAll() {
      for (const res of [...streams]) drop(res);
    },
    get size() {
      return streams.size;
    },
  };
}

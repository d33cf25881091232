// Reads a server-sent event stream in a test.
import { request, type IncomingMessage } from 'node:http';

/** One parsed server-sent event. */
export interface SseEvent {
  event: string;
  data: unknown;
}

/** An open stream: the events so far, a way to wait for more, and close. */
export interface SseStream {
  status: number;
  headers: IncomingMessage['headers'];
  events: SseEvent[];
  waitFor(count: number, timeoutMs?: number): Promise<SseEvent[]>;
  close(): void;
}

/** Opens the event stream at `path` with the given headers. */
export function openStream(port: number, path: string, headers: Record<string, string>): Promise<SseStream> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, headers: { host: `127.0.0.1:${port}`, ...headers }, agent: false }, (res) => {
      const events: SseEvent[] = [];
      const waiters: Array<() => void> = [];
      let buffer = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        buffer += chunk;
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const lines = block.split('\n').filter((l) => !l.startsWith(':'));
          if (lines.length === 0) continue;
          const event = lines.find((l) => l.startsWith('event: '))?.slice(7) ?? 'message';
          const data = lines.filter((l) => l.startsWith('data: ')).map((l) => l.slice(6)).join('\n');
          events.push({ event, data: data === '' ? undefined : JSON.parse(data) });
          waiters.splice(0).forEach((w) => w());
        }
      });
      res.on('error', () => {});
      resolve({
        status: res.statusCode ?? 0,
        headers: res.headers,
        events,
        waitFor(count, timeoutMs = 2000) {
          return new Promise((ok, fail) => {
            const timer = setTimeout(() => fail(new Error(`only ${events.length} of ${count} events arrived`)), timeoutMs);
            const check = () => {
              if (events.length >= count) {
                clearTimeout(timer);
                ok(events.slice(0, count));
              } else waiters.push(check);
            };
            check();
          });
        },
        close: () => req.destroy(),
      });
    });
    req.on('error', reject);
    req.end();
  });
}

import { afterEach, describe, expect, it } from 'vitest';
import { serveDoor, announce, findRendererDir } from '../../../electron/server/index';
import { fakeDoor } from '../helpers/fake-door';
import { send } from '../helpers/http';
import { makeRendererDir } from '../helpers/server';
import { openStream } from '../helpers/sse';

const stops: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const stop of stops.splice(0)) await stop();
});

async function start() {
  const server = await serveDoor({ door: fakeDoor(), rendererDir: makeRendererDir() });
  stops.push(() => server.close());
  return server;
}

describe('serveDoor', () => {
  it('prints a URL of the form http://127.0.0.1:P/?token=…', async () => {
    const server = await start();
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/?token=${server.token}`);
    expect(server.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('makes a new token at each start', async () => {
    const a = await start();
    const b = await start();
    expect(a.token).not.toBe(b.token);
  });

  it('does not accept one start’s token on another', async () => {
    const a = await start();
    const b = await start();
    expect((await send(b.port, { path: `/?token=${a.token}` })).status).toBe(401);
  });

  it('listens on 127.0.0.1 only', async () => {
    const server = await start();
    const other = await new Promise<string>((resolve) => {
      import('node:net').then(({ connect }) => {
        // The loopback alias 127.0.0.2 is not the bound address, so nothing answers there.
        const socket = connect(server.port, '127.0.0.2');
        socket.once('connect', () => (socket.destroy(), resolve('connected')));
        socket.once('error', (err: NodeJS.ErrnoException) => resolve(err.code ?? 'error'));
      });
    });
    expect(other).toBe('ECONNREFUSED');
  });

  it('serves on the port it is asked for', async () => {
    const probe = await start();
    const port = probe.port;
    await probe.close();
    stops.pop();
    const server = await serveDoor({ door: fakeDoor(), port, rendererDir: makeRendererDir() });
    stops.push(() => server.close());
    expect(server.port).toBe(port);
  });

  it('closes promptly while an event stream is open', async () => {
    const server = await serveDoor({ door: fakeDoor(), rendererDir: makeRendererDir() });
    const stream = await openStream(server.port, '/api/events', { authorization: `Bearer ${server.token}` });
    expect(stream.status).toBe(200);
    const t0 = Date.now();
    await server.close();
    expect(Date.now() - t0).toBeLessThan(1000);
  });

  it('answers 503 unavailable when there is no built renderer', async () => {
    const server = await serveDoor({ door: fakeDoor(), rendererDir: '/nonexistent-renderer' });
    stops.push(() => server.close());
    const res = await send(server.port, { path: `/?token=${server.token}` });
    expect(res.status).toBe(503);
    expect(JSON.parse(res.body).error.code).toBe('unavailable');
  });

  it('announces the URL in one line', async () => {
    const server = await start();
    const lines: string[] = [];
    await announce(server, false, (line) => lines.push(line));
    expect(lines).toEqual([`Init Lab is serving at ${server.url}`]);
  });

  it('finds the built renderer under out/renderer when run from source', () => {
    expect(findRendererDir().endsWith('out/renderer')).toBe(true);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callOp, send } from '../helpers/http';
import { startFakeServer } from '../helpers/server';
import { openStream } from '../helpers/sse';

let server: Awaited<ReturnType<typeof startFakeServer>>;
beforeAll(async () => {
  server = await startFakeServer();
});
afterAll(() => server.stop());

const cookieOf = () => ({ cookie: `init_lab_token_${server.port}=${server.token}` });

describe('the browser-mode push channel', () => {
  it('refuses a stream without the token with 401', async () => {
    const res = await send(server.port, { path: '/api/events' });
    expect(res.status).toBe(401);
  });

  it('opens a text/event-stream whose first event names the client id', async () => {
    const stream = await openStream(server.port, '/api/events', cookieOf());
    try {
      expect(stream.status).toBe(200);
      expect(stream.headers['content-type']).toContain('text/event-stream');
      const [hello] = await stream.waitFor(1);
      expect(hello.event).toBe('hello');
      expect((hello.data as { clientId: string }).clientId).toMatch(/^[0-9a-f-]{36}$/);
    } finally {
      stream.close();
    }
  });

  it('pushes the events of a call to the stream named in the call, in order', async () => {
    const stream = await openStream(server.port, '/api/events', cookieOf());
    try {
      const [hello] = await stream.waitFor(1);
      const clientId = (hello.data as { clientId: string }).clientId;
      const res = await callOp(server.port, server.token, 'countdown', { from: 2 }, { 'x-lab-client': clientId });
      expect(JSON.parse(res.body)).toEqual({ ok: true, value: 'done' });
      const events = await stream.waitFor(4);
      expect(events.slice(1)).toEqual([
        { event: 'lab', data: { type: 'tick', left: 2 } },
        { event: 'lab', data: { type: 'tick', left: 1 } },
        { event: 'lab', data: { type: 'tick', left: 0 } },
      ]);
    } finally {
      stream.close();
    }
  });

  it('does not push a call’s events to another tab’s stream', async () => {
    const mine = await openStream(server.port, '/api/events', cookieOf());
    const other = await openStream(server.port, '/api/events', cookieOf());
    try {
      const [hello] = await mine.waitFor(1);
      await other.waitFor(1);
      const clientId = (hello.data as { clientId: string }).clientId;
      await callOp(server.port, server.token, 'countdown', { from: 1 }, { 'x-lab-client': clientId });
      await mine.waitFor(3);
      // A ping after the countdown: once its answer is back, any stray event would have been written.
      await callOp(server.port, server.token, 'ping');
      expect(other.events).toHaveLength(1);
    } finally {
      mine.close();
      other.close();
    }
  });

  it('still answers a call that names a stream whose tab has gone', async () => {
    const stream = await openStream(server.port, '/api/events', cookieOf());
    await stream.waitFor(1);
    stream.close();
    await new Promise((r) => setTimeout(r, 50));
    const res = await callOp(server.port, server.token, 'countdown', { from: 1 }, { 'x-lab-client': (stream.events[0].data as { clientId: string }).clientId });
    expect(JSON.parse(res.body)).toEqual({ ok: true, value: 'done' });
  });
});

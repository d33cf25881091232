import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LabEvent } from '../../../shared/contract/events';
import { send } from '../helpers/http';
import { startFakeServer } from '../helpers/server';
import { openStream } from '../helpers/sse';

let server: Awaited<ReturnType<typeof startFakeServer>>;
beforeAll(async () => {
  server = await startFakeServer();
});
afterAll(() => server.stop());

const cookie = () => ({ cookie: `init_lab_token_${server.port}=${server.token}` });
const changed = (runId: string): LabEvent => ({ type: 'store.changed', experimentIds: [], runIds: [runId] });
const settle = () => new Promise((r) => setTimeout(r, 50));

describe('the browser-mode push channel', () => {
  it('refuses a stream without the token with 401', async () => {
    const res = await send(server.port, { path: '/api/events' });
    expect(res.status).toBe(401);
  });

  it('opens a text/event-stream with the security headers', async () => {
    const stream = await openStream(server.port, '/api/events', cookie());
    stream.close();
    expect(stream.status).toBe(200);
    expect(stream.headers['content-type']).toContain('text/event-stream');
    expect(stream.headers['content-security-policy']).toContain("default-src 'none'");
  });

  it('pushes the service events to every open stream, in order', async () => {
    const a = await openStream(server.port, '/api/events', cookie());
    const b = await openStream(server.port, '/api/events', cookie());
    try {
      await settle();
      server.backend.emit(changed('r1'));
      server.backend.emit(changed('r2'));
      for (const stream of [a, b]) {
        expect(await stream.waitFor(2)).toEqual([
          { event: 'lab', data: { type: 'store.changed', experimentIds: [], runIds: ['r1'] } },
          { event: 'lab', data: { type: 'store.changed', experimentIds: [], runIds: ['r2'] } },
        ]);
      }
    } finally {
      a.close();
      b.close();
    }
  });

  it('carries checkpoint numbers exactly in the wire encoding', async () => {
    const stream = await openStream(server.port, '/api/events', cookie());
    try {
      await settle();
      const event = { type: 'run.progress', runId: 'r', experimentId: 'e', iteration: 1, iterations: 2, cost: NaN, elapsedSeconds: 0 } as LabEvent;
      server.backend.emit(event);
      const [got] = await stream.waitFor(1);
      expect(got.data).toMatchObject({ cost: { $num: 'NaN' } });
    } finally {
      stream.close();
    }
  });

  it('stops writing to a stream once its tab disconnects', async () => {
    const stream = await openStream(server.port, '/api/events', cookie());
    await settle();
    stream.close();
    await settle();
    expect(() => server.backend.emit(changed('r3'))).not.toThrow();
  });
});

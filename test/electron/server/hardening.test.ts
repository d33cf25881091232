import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_BODY_LIMIT } from '../../../electron/server/app';
import { MAX_STREAMS } from '../../../electron/server/events';
import { MAX_EXPORT_BYTES } from '../../../shared/contract/limits';
import { send } from '../helpers/http';
import { startFakeServer } from '../helpers/server';
import { openStream } from '../helpers/sse';

let server: Awaited<ReturnType<typeof startFakeServer>>;
beforeAll(async () => {
  server = await startFakeServer();
});
afterAll(() => server.stop());

/** Sends a request whose raw header lines are given as they are (node:http would merge or refuse some). */
function rawRequest(lines: string[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: server.port, path: '/api/ops/system.info', method: 'POST', agent: false, headers: lines.map((l) => l.split(': ') as [string, string]).flat() as unknown as Record<string, string> }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('browser-mode hardening', () => {
  it('answers a text/plain body with 415, as documented', async () => {
    const res = await send(server.port, { method: 'POST', path: '/api/ops/system.info', headers: { authorization: `Bearer ${server.token}`, 'content-type': 'text/plain' }, body: '{}' });
    expect(res.status).toBe(415);
  });

  it('refuses a request with two Host headers with 400', async () => {
    const status = await rawRequest([`Host: 127.0.0.1:${server.port}`, 'Host: evil.example', `Authorization: Bearer ${server.token}`]);
    expect(status).toBe(400);
  });

  it('takes a body as large as the largest export, wrapped in JSON', () => {
    expect(DEFAULT_BODY_LIMIT).toBeGreaterThan(MAX_EXPORT_BYTES * 1.05);
    // The export the issue names (97 MB) fits with room to spare.
    expect(DEFAULT_BODY_LIMIT).toBeGreaterThan(97 * 1024 * 1024 * 1.1);
  });

  it(`keeps at most ${MAX_STREAMS} event streams open, ending the oldest when another opens`, async () => {
    const cookie = { cookie: `init_lab_token_${server.port}=${server.token}` };
    const streams = [];
    for (let i = 0; i < MAX_STREAMS + 3; i++) streams.push(await openStream(server.port, '/api/events', cookie));
    await new Promise((r) => setTimeout(r, 100));
    try {
      server.backend.emit({ type: 'store.changed', experimentIds: [], runIds: ['r1'] });
      await Promise.all(streams.slice(3).map((s) => s.waitFor(1)));
      // The three oldest were ended before the event, so it reached only the newest MAX_STREAMS.
      expect(streams.map((s) => s.events.length)).toEqual([...Array(3).fill(0), ...Array(MAX_STREAMS).fill(1)]);
      const answered = await send(server.port, { method: 'POST', path: '/api/ops/system.info', headers: { authorization: `Bearer ${server.token}`, 'content-type': 'application/json' }, body: '{}' });
      expect(answered.status).toBe(200);
    } finally {
      for (const s of streams) s.close();
    }
  });
});

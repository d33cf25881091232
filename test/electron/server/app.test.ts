import { connect } from 'node:net';
import seedrandom from 'seedrandom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSP_HEADER } from '../../../electron/main/csp';
import { callOp, send } from '../helpers/http';
import { startFakeServer } from '../helpers/server';

let server: Awaited<ReturnType<typeof startFakeServer>>;
beforeAll(async () => {
  server = await startFakeServer({ bodyLimit: 64 * 1024 });
});
afterAll(() => server.stop());

const json = (body: string) => JSON.parse(body) as { ok: boolean; value?: unknown; error?: { code: string; message: string } };

describe('browser-mode operations', () => {
  it('returns an operation value as { ok: true, value }', async () => {
    const res = await callOp(server.port, server.token, 'add', { a: 2, b: 3 });
    expect(res.status).toBe(200);
    expect(json(res.body)).toEqual({ ok: true, value: 5 });
  });

  it('calls an operation without input when the request has no body', async () => {
    const res = await callOp(server.port, server.token, 'ping');
    expect(json(res.body)).toEqual({ ok: true, value: 'pong' });
  });

  it('answers an unknown operation with 404 unknown_operation', async () => {
    const res = await callOp(server.port, server.token, 'format_disk', {});
    expect(res.status).toBe(404);
    expect(json(res.body).error?.code).toBe('unknown_operation');
  });

  it('does not treat inherited object keys as operations', async () => {
    const res = await callOp(server.port, server.token, 'constructor', {});
    expect(res.status).toBe(404);
    expect(json(res.body).error?.code).toBe('unknown_operation');
  });

  it('answers a bad payload with 400 invalid_payload naming the field and the value', async () => {
    const res = await callOp(server.port, server.token, 'add', { a: 2, b: 'three' });
    expect(res.status).toBe(400);
    const error = json(res.body).error!;
    expect(error.code).toBe('invalid_payload');
    expect(error.message).toContain('b:');
    expect(error.message).toContain('"three"');
  });

  it('passes a service error code through with its status (not_found → 404)', async () => {
    const res = await callOp(server.port, server.token, 'missing', { id: 'r42' });
    expect(res.status).toBe(404);
    expect(json(res.body)).toEqual({ ok: false, error: { code: 'not_found', message: 'no run r42' } });
  });

  it('answers a service crash with 500 internal and keeps serving', async () => {
    const res = await callOp(server.port, server.token, 'explode');
    expect(res.status).toBe(500);
    expect(json(res.body).error?.code).toBe('internal');
    expect(json((await callOp(server.port, server.token, 'ping')).body).value).toBe('pong');
  });

  it('answers malformed JSON with 400 and a JSON error', async () => {
    const res = await send(server.port, {
      method: 'POST',
      path: '/api/ops/add',
      headers: { authorization: `Bearer ${server.token}`, 'content-type': 'application/json' },
      body: '{"a": 1,',
    });
    expect(res.status).toBe(400);
    expect(json(res.body).ok).toBe(false);
  });

  it('answers a body over the limit with 413 and a JSON error', async () => {
    const res = await callOp(server.port, server.token, 'echo', { text: 'x'.repeat(100 * 1024) });
    expect(res.status).toBe(413);
    expect(json(res.body).error?.code).toBe('payload_too_large');
  });

  it('answers a non-JSON body with 415 (a cross-site form cannot post)', async () => {
    const res = await send(server.port, {
      method: 'POST',
      path: '/api/ops/add',
      headers: { authorization: `Bearer ${server.token}`, 'content-type': 'application/x-www-form-urlencoded' },
      body: 'a=1&b=2',
    });
    expect(res.status).toBe(415);
    expect(json(res.body).error?.code).toBe('unsupported_media_type');
  });

  it('refuses a __proto__ key in a body with 400', async () => {
    const res = await send(server.port, {
      method: 'POST',
      path: '/api/ops/add',
      headers: { authorization: `Bearer ${server.token}`, 'content-type': 'application/json' },
      body: '{"a":1,"b":2,"__proto__":{"polluted":true}}',
    });
    expect(res.status).toBe(400);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('answers an unknown path with a token with 404 and a JSON error', async () => {
    const res = await send(server.port, { path: '/nope', headers: { authorization: `Bearer ${server.token}` } });
    expect(res.status).toBe(404);
    expect(json(res.body).error?.code).toBe('not_found');
  });

  it('sends the Content-Security-Policy and anti-framing headers with the page', async () => {
    const res = await send(server.port, { path: `/?token=${server.token}` });
    expect(res.headers['content-security-policy']).toBe(CSP_HEADER);
    expect(res.headers['x-frame-options']).toBe('DENY');
    expect(res.headers['referrer-policy']).toBe('no-referrer');
  });

  it('sends the security headers with errors too', async () => {
    const res = await send(server.port, { path: '/' });
    expect(res.headers['content-security-policy']).toBe(CSP_HEADER);
  });

  it('survives a few hundred malformed requests and still answers a good one', async () => {
    const rng = seedrandom('fuzz');
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)];
    const auth: Array<Record<string, string>> = [{}, { authorization: `Bearer ${server.token}` }, { authorization: 'Bearer' }, { cookie: '=;;=x' }];
    const types = ['application/json', 'application/json; charset=utf-16', 'text/plain', 'multipart/form-data; boundary=x', ''];
    const bodies = [
      '',
      'null',
      '[]',
      '"text"',
      '{',
      '{"a":}',
      '\u0000\u0001\u0002',
      Buffer.from([0xff, 0xfe, 0xc3, 0x28]),
      '{"a":1e999,"b":-1e999}',
      '{"from":1e308}',
      '{"from":-1}',
      '{"text":' + JSON.stringify('y'.repeat(5000)) + '}',
      '['.repeat(5000) + ']'.repeat(5000),
      '{"constructor":{"prototype":{"x":1}}}',
      JSON.stringify({ a: 'x'.repeat(70 * 1024) }),
    ];
    const paths = ['/api/ops/add', '/api/ops/countdown', '/api/ops/echo', '/api/ops/', '/api/ops/%00', '/api/ops/..%2f..%2fetc%2fpasswd', '/../../etc/passwd', '/api/events?token=%zz', '/?token[]=1', '/?token=a&token=b'];
    const methods = ['GET', 'POST', 'PUT', 'DELETE', 'OPTIONS', 'PATCH', 'HEAD'];
    const statuses = new Set<number>();
    for (let i = 0; i < 300; i++) {
      const type = pick(types);
      const method = pick(methods);
      const res = await send(server.port, {
        method,
        path: pick(paths),
        headers: { ...pick(auth), ...(type ? { 'content-type': type } : {}) },
        // node's client cannot pair a HEAD request that carries a body with its response.
        body: method === 'HEAD' ? undefined : pick(bodies),
      });
      statuses.add(res.status);
      expect(res.status, `request ${i}`).toBeGreaterThanOrEqual(200);
      expect(res.status, `request ${i}`).toBeLessThan(500);
    }
    for (let i = 0; i < 20; i++) {
      await new Promise<void>((resolve) => {
        const socket = connect(server.port, '127.0.0.1', () => socket.end(pick(['GARBAGE\r\n\r\n', 'GET / HTTP/9.9\r\n\r\n', 'POST /api/ops/add HTTP/1.1\r\nContent-Length: 99\r\n\r\n{"a"', '\r\n\r\n\r\n'])));
        socket.on('error', () => resolve());
        socket.on('close', () => resolve());
        socket.resume();
      });
    }
    expect(statuses.size).toBeGreaterThan(3);
    expect(json((await callOp(server.port, server.token, 'add', { a: 1, b: 1 })).body)).toEqual({ ok: true, value: 2 });
  });
});

import { connect } from 'node:net';
import seedrandom from 'seedrandom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSP_HEADER } from '../../../electron/door/csp';
import { parseWire } from '../../../shared/contract/wire';
import { callOp, send } from '../helpers/http';
import { startFakeServer } from '../helpers/server';

let server: Awaited<ReturnType<typeof startFakeServer>>;
beforeAll(async () => {
  server = await startFakeServer({ bodyLimit: 64 * 1024 });
});
afterAll(() => server.stop());

type Answer = { ok: boolean; value?: unknown; error?: { code: string; message: string } };
const json = (body: string) => JSON.parse(body) as Answer;
const post = (path: string, contentType: string, body: string) =>
  send(server.port, { method: 'POST', path, headers: { authorization: `Bearer ${server.token}`, 'content-type': contentType }, body });

describe('browser-mode operations', () => {
  it('returns an operation value as { ok: true, value }', async () => {
    const res = await callOp(server.port, server.token, 'system.info', {});
    expect(res.status).toBe(200);
    expect(json(res.body)).toEqual({ ok: true, value: { version: 'test' } });
  });

  it('hands the service the input after validation, defaults applied', async () => {
    const res = await callOp(server.port, server.token, 'experiments.list', { kind: 'sweep' });
    expect(json(res.body)).toEqual({ ok: true, value: { kind: 'sweep', limit: 500 } });
  });

  it('calls an operation without input when the request has no body', async () => {
    const res = await callOp(server.port, server.token, 'system.info');
    expect(json(res.body)).toEqual({ ok: true, value: { version: 'test' } });
  });

  it('carries typed arrays, NaN, -0 and infinities in the wire encoding', async () => {
    const res = await callOp(server.port, server.token, 'export.run', { id: 'r1' });
    const answer = parseWire(res.body) as { value: { values: Float64Array; cost: number } };
    expect(answer.value.values).toBeInstanceOf(Float64Array);
    expect(Array.from(answer.value.values)).toEqual([1.5, NaN, -0, Infinity]);
    expect(Object.is(answer.value.values[2], -0)).toBe(true);
    expect(answer.value.cost).toBe(-Infinity);
  });

  it('answers an unknown operation with 404 unknown_operation without calling the service', async () => {
    const before = server.backend.calls.length;
    const res = await callOp(server.port, server.token, 'format_disk', {});
    expect(res.status).toBe(404);
    expect(json(res.body).error?.code).toBe('unknown_operation');
    expect(server.backend.calls.length).toBe(before);
  });

  it('does not treat inherited object keys as operations', async () => {
    const res = await callOp(server.port, server.token, 'constructor', {});
    expect(res.status).toBe(404);
    expect(json(res.body).error?.code).toBe('unknown_operation');
  });

  it('answers a bad payload with 400 invalid_input naming the field and the value', async () => {
    const res = await callOp(server.port, server.token, 'experiments.list', { limit: 'lots' });
    expect(res.status).toBe(400);
    const error = json(res.body).error!;
    expect(error.code).toBe('invalid_input');
    expect(error.message).toContain('limit');
    expect(error.message).toContain('"lots"');
  });

  it('answers not_found from the service with 404', async () => {
    const res = await callOp(server.port, server.token, 'runs.get', { id: 'r42' });
    expect(res.status).toBe(404);
    expect(json(res.body)).toEqual({ ok: false, error: { code: 'not_found', message: 'no run r42' } });
  });

  it('answers conflict from the service with 409', async () => {
    const res = await callOp(server.port, server.token, 'runs.cancel', { id: 'r42' });
    expect(res.status).toBe(409);
  });

  it('answers a service crash with 500 internal and keeps serving', async () => {
    const res = await callOp(server.port, server.token, 'registry.get');
    expect(res.status).toBe(500);
    expect(json(res.body).error).toEqual({ code: 'internal', message: 'the fake service broke' });
    expect(json((await callOp(server.port, server.token, 'system.info')).body).ok).toBe(true);
  });

  it('answers malformed JSON with 400 invalid_input', async () => {
    const res = await post('/api/ops/system.info', 'application/json', '{"a": 1,');
    expect(res.status).toBe(400);
    expect(json(res.body)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('answers a malformed wire tag with 400 invalid_input', async () => {
    const res = await post('/api/ops/runs.get', 'application/json', '{"id":{"$f64":"abc"}}');
    expect(res.status).toBe(400);
    expect(json(res.body).error?.code).toBe('invalid_input');
  });

  it('answers a body over the limit with 413 and a JSON error', async () => {
    const res = await callOp(server.port, server.token, 'import.bundle', { text: 'x'.repeat(100 * 1024) });
    expect(res.status).toBe(413);
    expect(json(res.body)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('answers a non-JSON body with 415 (a cross-site form cannot post)', async () => {
    const res = await post('/api/ops/system.info', 'application/x-www-form-urlencoded', 'a=1');
    expect(res.status).toBe(415);
    expect(json(res.body).ok).toBe(false);
  });

  it('refuses a __proto__ key in a body with 400', async () => {
    const res = await post('/api/ops/runs.get', 'application/json', '{"id":"r1","__proto__":{"polluted":true}}');
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
      '{"limit":1e999}',
      '{"id":{"$num":"NaN"}}',
      '{"id":{"$f64":"!!"}}',
      '{"ids":[' + '"x",'.repeat(20000) + '"x"]}',
      '{"text":' + JSON.stringify('y'.repeat(5000)) + '}',
      '['.repeat(5000) + ']'.repeat(5000),
      '{"constructor":{"prototype":{"x":1}}}',
      JSON.stringify({ text: 'x'.repeat(70 * 1024) }),
    ];
    const paths = [
      '/api/ops/runs.get',
      '/api/ops/runs.delete',
      '/api/ops/import.bundle',
      '/api/ops/experiments.list',
      '/api/ops/registry.get',
      '/api/ops/',
      '/api/ops/%00',
      '/api/ops/..%2f..%2fetc%2fpasswd',
      '/../../etc/passwd',
      '/api/events?token=%zz',
      '/?token[]=1',
      '/?token=a&token=b',
    ];
    const methods = ['GET', 'POST', 'PUT', 'DELETE', 'OPTIONS', 'PATCH', 'HEAD'];
    const statuses = new Set<number>();
    for (let i = 0; i < 300; i++) {
      const type = pick(types);
      const method = pick(methods);
      const path = pick(paths);
      const res = await send(server.port, {
        method,
        path,
        headers: { ...pick(auth), ...(type ? { 'content-type': type } : {}) },
        // node's client cannot pair a HEAD request that carries a body with its response.
        body: method === 'HEAD' ? undefined : pick(bodies),
      });
      statuses.add(res.status);
      expect(res.status, `${method} ${path}`).toBeGreaterThanOrEqual(200);
      // registry.get is the fake service's deliberate crash: the one 500 allowed.
      if (!path.endsWith('registry.get')) expect(res.status, `${method} ${path}`).toBeLessThan(500);
    }
    for (let i = 0; i < 20; i++) {
      await new Promise<void>((resolve) => {
        const raw = pick(['GARBAGE\r\n\r\n', 'GET / HTTP/9.9\r\n\r\n', 'POST /api/ops/runs.get HTTP/1.1\r\nContent-Length: 99\r\n\r\n{"a"', '\r\n\r\n\r\n']);
        const socket = connect(server.port, '127.0.0.1', () => socket.end(raw));
        socket.on('error', () => resolve());
        socket.on('close', () => resolve());
        socket.resume();
      });
    }
    expect(statuses.size).toBeGreaterThan(3);
    expect(json((await callOp(server.port, server.token, 'system.info')).body)).toEqual({ ok: true, value: { version: 'test' } });
  });
});

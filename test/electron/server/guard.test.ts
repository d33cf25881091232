import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { send } from '../helpers/http';
import { startFakeServer } from '../helpers/server';

let server: Awaited<ReturnType<typeof startFakeServer>>;
beforeAll(async () => {
  server = await startFakeServer();
});
afterAll(() => server.stop());

describe('the browser-mode gate', () => {
  it('refuses the page without a token with 401 and a JSON error', async () => {
    const res = await send(server.port, { path: '/' });
    expect(res.status).toBe(401);
    expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
  });

  it('refuses an asset without a token with 401', async () => {
    expect((await send(server.port, { path: '/assets/app.js' })).status).toBe(401);
  });

  it('refuses an unknown path without a token with 401 rather than 404', async () => {
    expect((await send(server.port, { path: '/nothing-here' })).status).toBe(401);
  });

  it('refuses a wrong token in the query with 401', async () => {
    expect((await send(server.port, { path: '/?token=wrong' })).status).toBe(401);
  });

  it('serves the page with the token in the query and sets an HttpOnly SameSite=Strict cookie', async () => {
    const res = await send(server.port, { path: `/?token=${server.token}` });
    expect(res.status).toBe(200);
    expect(res.body).toContain('<title>Init Lab</title>');
    const cookie = String(res.headers['set-cookie']);
    expect(cookie).toContain(`init_lab_token_${server.port}=${server.token}`);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Strict');
  });

  it('serves assets to a request carrying only the cookie', async () => {
    const res = await send(server.port, { path: '/assets/app.js', headers: { cookie: `init_lab_token_${server.port}=${server.token}` } });
    expect(res.status).toBe(200);
    expect(res.body).toContain('console.log');
  });

  it('ignores a cookie set for another port', async () => {
    const res = await send(server.port, { path: '/', headers: { cookie: `init_lab_token_${server.port + 1}=${server.token}` } });
    expect(res.status).toBe(401);
  });

  it('accepts the token as a bearer header', async () => {
    const res = await send(server.port, { path: '/', headers: { authorization: `Bearer ${server.token}` } });
    expect(res.status).toBe(200);
  });

  it('checks the query token first: a wrong one is refused even with a right cookie', async () => {
    const res = await send(server.port, { path: '/?token=stale', headers: { cookie: `init_lab_token_${server.port}=${server.token}` } });
    expect(res.status).toBe(401);
  });

  it('refuses a foreign Host with 403 even with the token (DNS rebinding)', async () => {
    const res = await send(server.port, { path: `/?token=${server.token}`, headers: { host: `evil.example:${server.port}` } });
    expect(res.status).toBe(403);
    expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('refuses this host on another port with 403', async () => {
    const res = await send(server.port, { path: `/?token=${server.token}`, headers: { host: `127.0.0.1:${server.port + 1}` } });
    expect(res.status).toBe(403);
  });

  it('accepts localhost on its port as the Host', async () => {
    const res = await send(server.port, { path: `/?token=${server.token}`, headers: { host: `localhost:${server.port}` } });
    expect(res.status).toBe(200);
  });

  it('refuses a foreign Origin with 403 even with the token (cross-site requests)', async () => {
    const res = await send(server.port, {
      method: 'POST',
      path: '/api/ops/system.info',
      headers: { origin: 'https://evil.example', authorization: `Bearer ${server.token}` },
    });
    expect(res.status).toBe(403);
    expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('refuses the opaque null Origin with 403', async () => {
    const res = await send(server.port, { path: '/', headers: { origin: 'null', authorization: `Bearer ${server.token}` } });
    expect(res.status).toBe(403);
  });

  it('accepts its own Origin', async () => {
    const res = await send(server.port, {
      method: 'POST',
      path: '/api/ops/system.info',
      headers: { origin: `http://127.0.0.1:${server.port}`, authorization: `Bearer ${server.token}` },
    });
    expect(res.status).toBe(200);
  });
});

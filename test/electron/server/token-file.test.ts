import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readServeState, serveStatePath, startToken, writeServeState } from '../../../electron/server/token-file';
import { startServer } from '../../../electron/server/serve';
import { callOp } from '../helpers/http';
import { makeRendererDir } from '../helpers/server';

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'init-lab-token-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('the browser-mode runtime file', () => {
  it('is readable and writable by its owner only (mode 0600)', () => {
    const dir = tempDir();
    writeServeState(dir, { token: 'a'.repeat(43), port: 4000 });
    expect(statSync(serveStatePath(dir)).mode & 0o777).toBe(0o600);
  });

  it('hands back the remembered token and port until a new token is asked for', () => {
    const dir = tempDir();
    writeServeState(dir, { token: 'b'.repeat(43), port: 4001 });
    expect(startToken(dir, false)).toEqual({ token: 'b'.repeat(43), port: 4001, rotated: false });
    const rotated = startToken(dir, true);
    expect(rotated.token).not.toBe('b'.repeat(43));
    expect(rotated).toMatchObject({ port: 4001, rotated: true });
  });

  it('makes a fresh token when the file is damaged instead of failing the start', () => {
    const dir = tempDir();
    writeFileSync(serveStatePath(dir), '{"token": 3');
    expect(readServeState(dir)).toBeNull();
    expect(startToken(dir, false).token).toMatch(/^[\w-]{43}$/);
  });
});

describe('startServer across restarts', () => {
  it('serves the same URL after a restart, so an open tab or bookmark still works', async () => {
    const dataDir = tempDir();
    const rendererDir = makeRendererDir();
    const first = await startServer({ dataDir, rendererDir, print: () => {}, env: {} });
    const { url, token, port } = first;
    await first.close();
    const second = await startServer({ dataDir, rendererDir, print: () => {}, env: {} });
    try {
      expect(second.url).toBe(url);
      expect((await callOp(port, token, 'system.info')).status).toBe(200);
    } finally {
      await second.close();
    }
  });

  it('rotates the token with newToken, refuses the old one and says so', async () => {
    const dataDir = tempDir();
    const rendererDir = makeRendererDir();
    const first = await startServer({ dataDir, rendererDir, print: () => {}, env: {} });
    await first.close();
    const lines: string[] = [];
    const second = await startServer({ dataDir, rendererDir, newToken: true, print: (l) => lines.push(l), env: {} });
    try {
      expect(second.token).not.toBe(first.token);
      expect((await callOp(second.port, first.token, 'system.info')).status).toBe(401);
      expect(readServeState(dataDir)?.token).toBe(second.token);
      expect(lines[1]).toMatch(/new token/);
    } finally {
      await second.close();
    }
  });
});

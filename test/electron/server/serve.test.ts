import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InvalidArgumentError } from 'commander';
import { parsePort } from '../../../electron/cli/serve/command';
import { startServer, type LabServer } from '../../../electron/server/serve';
import { parseWire } from '../../../shared/contract/wire';
import { courseExperiment } from '../helpers/course-experiment.mjs';
import { callOp, send } from '../helpers/http';
import { makeRendererDir } from '../helpers/server';
import { openStream } from '../helpers/sse';

const dataDir = mkdtempSync(join(tmpdir(), 'init-lab-serve-'));
const lines: string[] = [];
let server: LabServer;

beforeAll(async () => {
  server = await startServer({ dataDir, rendererDir: makeRendererDir(), print: (line) => lines.push(line), env: {} });
});
afterAll(async () => {
  await server.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('startServer', () => {
  it('prints the URL with its token in one line', () => {
    expect(lines).toEqual([`Init Lab is serving at http://127.0.0.1:${server.port}/?token=${server.token}`]);
  });

  it('keeps its data in the --data directory', async () => {
    const res = await callOp(server.port, server.token, 'system.info');
    expect(res.status).toBe(200);
    expect((parseWire(res.body) as { value: { dataDir: string } }).value.dataDir).toBe(dataDir);
  });

  it('refuses the page without the token', async () => {
    expect((await send(server.port, { path: '/' })).status).toBe(401);
  });

  it('trains an experiment and pushes its events to an open stream', async () => {
    const stream = await openStream(server.port, '/api/events', { authorization: `Bearer ${server.token}` });
    try {
      const res = await callOp(server.port, server.token, 'experiments.start', {
        experiment: courseExperiment({ name: 'serve', iterations: 100, record: { costEvery: 10, checkpointEvery: 50 } }),
      });
      expect(res.status).toBe(200);
      const deadline = Date.now() + 30_000;
      while (!stream.events.some((e) => (e.data as { type: string }).type === 'experiment.done') && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 25));
      }
      const types = stream.events.map((e) => (e.data as { type: string }).type);
      expect(types).toEqual(expect.arrayContaining(['run.queued', 'run.started', 'run.done', 'experiment.done']));
    } finally {
      stream.close();
    }
  });
});

describe('the serve command’s --port', () => {
  it('accepts 0 to 65535', () => {
    expect(parsePort('0')).toBe(0);
    expect(parsePort('8080')).toBe(8080);
    expect(parsePort('65535')).toBe(65535);
  });

  it('refuses anything else with a usage error naming the value', () => {
    for (const bad of ['65536', '-1', '80.5', 'http', '', '1e3']) expect(() => parsePort(bad), bad).toThrow(InvalidArgumentError);
    expect(() => parsePort('http')).toThrow('expected a port from 0 to 65535, got "http"');
  });
});

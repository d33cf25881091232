import { chmodSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync, copyFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ES module without type declarations
import * as start from '../../scripts/start.mjs';

const root = resolve(__dirname, '../..');
const temps: string[] = [];
afterAll(() => temps.forEach((d) => rmSync(d, { recursive: true, force: true })));
const temp = (prefix: string) => {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  temps.push(dir);
  return dir;
};

describe('start: deciding whether the desktop app can run', () => {
  it('reports a missing display on Linux', () => {
    expect(start.displayProblem({}, 'linux')).toBe('there is no display (neither DISPLAY nor WAYLAND_DISPLAY is set)');
  });

  it('accepts an X11 or a Wayland display on Linux', () => {
    expect(start.displayProblem({ DISPLAY: ':0' }, 'linux')).toBeNull();
    expect(start.displayProblem({ WAYLAND_DISPLAY: 'wayland-0' }, 'linux')).toBeNull();
  });

  it('assumes a display on macOS and Windows', () => {
    expect(start.displayProblem({}, 'darwin')).toBeNull();
    expect(start.displayProblem({}, 'win32')).toBeNull();
  });

  it('keeps reasons to their first non-empty line', () => {
    expect(start.firstLine('\n  RequestError: getaddrinfo ENOTFOUND github.com\n    at ClientRequest')).toBe('RequestError: getaddrinfo ENOTFOUND github.com');
  });
});

describe('start: the Electron-ABI database module', () => {
  it('is cached per better-sqlite3 version, Electron version, platform and architecture', () => {
    expect(start.electronSqlitePath('/c', '12.11.1', '41.7.1', 'linux', 'x64')).toBe('/c/better-sqlite3/12.11.1-electron-41.7.1-linux-x64/better_sqlite3.node');
  });

  it('lives in INIT_LAB_CACHE when set, else the XDG cache', () => {
    expect(start.cacheDir({ INIT_LAB_CACHE: '/tmp/c' }, 'linux')).toBe('/tmp/c');
    expect(start.cacheDir({ XDG_CACHE_HOME: '/x' }, 'linux')).toBe('/x/init-lab');
  });

  it('is taken from the cache without rebuilding once it is there', () => {
    const cache = temp('init-lab-cache-');
    const electronVersion = '99.0.0';
    const sqliteVersion = JSON.parse(readFileSync(join(root, 'node_modules/better-sqlite3/package.json'), 'utf8')).version;
    const cached = start.electronSqlitePath(cache, sqliteVersion, electronVersion);
    mkdirSync(resolve(cached, '..'), { recursive: true });
    writeFileSync(cached, 'binary');
    expect(start.ensureElectronSqlite(root, electronVersion, { INIT_LAB_CACHE: cache })).toEqual({ path: cached });
  });
});

describe('start: fetching Electron', () => {
  it('finds an installed binary through the package’s path.txt', () => {
    const dir = temp('init-lab-electron-');
    mkdirSync(join(dir, 'dist'));
    writeFileSync(join(dir, 'path.txt'), 'electron');
    writeFileSync(join(dir, 'dist', 'electron'), '');
    expect(start.electronExecutable(dir, {})).toBe(join(dir, 'dist', 'electron'));
  });

  it('reports a failed download in one line, using electron’s own installer', () => {
    // A copy of the electron package without its binary, its dependencies linked from the project.
    const modules = join(temp('init-lab-fetch-'), 'node_modules');
    mkdirSync(join(modules, 'electron'), { recursive: true });
    for (const name of readdirSync(join(root, 'node_modules'))) {
      if (name !== 'electron' && name !== '.bin') symlinkSync(join(root, 'node_modules', name), join(modules, name));
    }
    for (const file of ['install.js', 'package.json', 'checksums.json', 'index.js']) copyFileSync(join(root, 'node_modules/electron', file), join(modules, 'electron', file));
    const result = start.ensureElectron(join(modules, 'electron'), {
      ...process.env,
      // Port 9 (discard) refuses connections: the download fails the same way with or without a network.
      ELECTRON_MIRROR: 'http://127.0.0.1:9/',
      electron_config_cache: temp('init-lab-electron-cache-'),
    });
    expect(result.path).toBeUndefined();
    expect(result.problem).toMatch(/^its binary could not be downloaded \(.*ECONNREFUSED.*\)$/);
    expect(result.problem).not.toContain('\n');
  });
});

describe('start: launching Electron', () => {
  const fakeElectron = (body: string) => {
    const file = join(temp('init-lab-fake-bin-'), 'electron');
    writeFileSync(file, `#!/bin/sh\n${body}\n`);
    chmodSync(file, 0o755);
    return file;
  };

  it('runs the app folder with the Electron-ABI module in INIT_LAB_SQLITE_BINDING', async () => {
    const app = temp('init-lab-app-');
    const out = join(app, 'seen');
    const exe = fakeElectron(`echo "$1 $INIT_LAB_SQLITE_BINDING $ELECTRON_RUN_AS_NODE" > ${out}`);
    const run = await start.launchElectron(app, exe, '/cache/better_sqlite3.node', { PATH: process.env.PATH, ELECTRON_RUN_AS_NODE: '1' });
    expect(run).toEqual({ status: 0 });
    expect(readFileSync(out, 'utf8').trim()).toBe(`${app} /cache/better_sqlite3.node`);
  });

  it('never passes a development renderer URL on to the started app', async () => {
    const app = temp('init-lab-app-');
    const out = join(app, 'seen');
    const exe = fakeElectron(`echo "[$ELECTRON_RENDERER_URL][$NODE_ENV_ELECTRON_VITE]" > ${out}`);
    const env = { PATH: process.env.PATH, ELECTRON_RENDERER_URL: 'http://evil.example/', NODE_ENV_ELECTRON_VITE: 'development' };
    expect(await start.launchElectron(app, exe, '/x.node', env)).toEqual({ status: 0 });
    expect(readFileSync(out, 'utf8').trim()).toBe('[][]');
  });

  it('treats an Electron that fails at once as unable to run, with its last error line', async () => {
    const exe = fakeElectron('echo "error while loading shared libraries: libgtk-3.so.0" >&2; exit 127');
    const run = await start.launchElectron(temp('init-lab-app-'), exe, '/x.node', { PATH: process.env.PATH });
    expect(run).toEqual({ problem: 'it exited at once (error while loading shared libraries: libgtk-3.so.0)' });
  });

  it('treats an Electron that cannot be spawned as unable to run', async () => {
    const run = await start.launchElectron(temp('init-lab-app-'), '/nonexistent/electron', '/x.node', {});
    expect(run.problem).toMatch(/^it failed to start \(.*ENOENT.*\)$/);
  });
});

describe('npm start where Electron cannot run', () => {
  it('says why in one line, then serves browser mode at the printed URL, and stops on Ctrl-C', async () => {
    const { spawn } = await import('node:child_process');
    const { ensureBuilt } = await import('../electron/helpers/build');
    const { send } = await import('../electron/helpers/http');
    ensureBuilt();
    const env: Record<string, string | undefined> = { ...process.env, INIT_LAB_DATA: temp('init-lab-start-data-') };
    delete env.DISPLAY;
    delete env.WAYLAND_DISPLAY;
    const child = spawn(process.execPath, [join(root, 'scripts/start.mjs')], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
    try {
      const deadline = Date.now() + 30_000;
      while (!/token=\S+\n/.test(out) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
      const lines = out.trim().split('\n');
      expect(lines[0]).toBe(
        'The desktop app cannot run here: there is no display (neither DISPLAY nor WAYLAND_DISPLAY is set). Starting browser mode instead.',
      );
      const url = /^Init Lab is serving at (http:\/\/127\.0\.0\.1:(\d+)\/\?token=[\w-]+)$/.exec(lines[1]);
      expect(url, lines[1]).not.toBeNull();
      const port = Number(url![2]);
      const page = await send(port, { path: new URL(url![1]).pathname + new URL(url![1]).search });
      expect(page.status).toBe(200);
      expect(page.body).toContain('<div id="app">');
      expect((await send(port, { path: '/' })).status).toBe(401);
    } finally {
      child.kill('SIGINT');
    }
    expect(await exited).toBe(0);
  });
});

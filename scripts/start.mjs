#!/usr/bin/env node
// `npm start`: the desktop app where Electron can run; anywhere else, browser mode, after one line saying why.
// Electron's binary is fetched on first start with electron's own installer, and better-sqlite3 is built
// once for Electron's ABI into a cache folder (passed to the app as INIT_LAB_SQLITE_BINDING), so the
// Node build in node_modules, which the tests and the CLI use, is never touched.
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project folder (this file lives in scripts/). */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Environment variable through which the desktop app receives the Electron-ABI better-sqlite3 binary. */
export const SQLITE_BINDING_ENV = 'INIT_LAB_SQLITE_BINDING';

/** An Electron that exits with an error this soon after launch is taken as unable to run here. */
const EARLY_EXIT_MS = 15_000;

/** The first non-empty line of a message, trimmed: reasons are printed on one line. */
export function firstLine(text) {
  const line = String(text ?? '')
    .split('\n')
    .map((l) => l.trim())
    .find((l) => l !== '');
  return line ?? 'no details';
}

/** Why no window can be shown (Linux without X11 or Wayland), or null. */
export function displayProblem(env = process.env, platform = process.platform) {
  if (platform === 'linux' && !env.DISPLAY && !env.WAYLAND_DISPLAY) return 'there is no display (neither DISPLAY nor WAYLAND_DISPLAY is set)';
  return null;
}

/** The version of an installed package. */
function packageVersion(dir) {
  return JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).version;
}

/** The Electron executable named by the electron package in `electronDir`, if it is there. */
export function electronExecutable(electronDir, env = process.env) {
  const pathFile = join(electronDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const relative = readFileSync(pathFile, 'utf8');
  const executable = env.ELECTRON_OVERRIDE_DIST_PATH ? join(env.ELECTRON_OVERRIDE_DIST_PATH, relative) : join(electronDir, 'dist', relative);
  return existsSync(executable) ? executable : null;
}

/** The Electron executable, fetched with electron's own installer if missing: `{ path }` or `{ problem }`. */
export function ensureElectron(electronDir, env = process.env) {
  const present = electronExecutable(electronDir, env);
  if (present) return { path: present };
  const note = process.stdout.isTTY ? `Fetching Electron ${packageVersion(electronDir)} (first start only)...` : '';
  if (note) process.stdout.write(note);
  const run = spawnSync(process.execPath, [join(electronDir, 'install.js')], {
    cwd: electronDir,
    env: { ...env, ELECTRON_SKIP_BINARY_DOWNLOAD: '' },
    encoding: 'utf8',
    timeout: 30 * 60_000,
  });
  if (note) process.stdout.write('\r\x1b[K');
  if (run.status !== 0) return { problem: `its binary could not be downloaded (${firstLine(run.error?.message ?? run.stderr)})` };
  const path = electronExecutable(electronDir, env);
  return path ? { path } : { problem: 'its installer finished without leaving a binary' };
}

/** Where per-user caches go on this platform. */
export function cacheDir(env = process.env, platform = process.platform) {
  if (env.INIT_LAB_CACHE) return resolve(env.INIT_LAB_CACHE);
  if (platform === 'darwin') return join(homedir(), 'Library', 'Caches', 'init-lab');
  if (platform === 'win32') return join(env.LOCALAPPDATA ?? join(homedir(), 'AppData', 'Local'), 'init-lab', 'Cache');
  return join(env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'init-lab');
}

/** Where the Electron-ABI build of this better-sqlite3 for this Electron lives in the cache. */
export function electronSqlitePath(cache, sqliteVersion, electronVersion, platform = process.platform, arch = process.arch) {
  return join(cache, 'better-sqlite3', `${sqliteVersion}-electron-${electronVersion}-${platform}-${arch}`, 'better_sqlite3.node');
}

/** node-gyp: the one npm runs scripts with, else the one bundled with npm next to this Node. */
function nodeGyp(env) {
  const candidates = [env.npm_config_node_gyp, join(dirname(process.execPath), '..', 'lib', 'node_modules', 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js')];
  return candidates.find((c) => c && existsSync(c)) ?? null;
}

/**
 * better-sqlite3 built for Electron's ABI, made once in the cache: `{ path }` or `{ problem }`.
 * A copy of the package is built (prebuilt download first, then from source against Electron's headers),
 * so node_modules keeps its Node build.
 */
export function ensureElectronSqlite(root, electronVersion, env = process.env) {
  const sqliteDir = join(root, 'node_modules', 'better-sqlite3');
  const target = electronSqlitePath(cacheDir(env), packageVersion(sqliteDir), electronVersion);
  if (existsSync(target)) return { path: target };
  mkdirSync(dirname(target), { recursive: true });
  const note = process.stdout.isTTY ? `Building the database module for Electron ${electronVersion} (first start only, a minute or two)...` : '';
  if (note) process.stdout.write(note);
  const work = mkdtempSync(join(dirname(target), 'build-'));
  try {
    const oldBuild = join(sqliteDir, 'build');
    cpSync(sqliteDir, work, { recursive: true, filter: (src) => src !== oldBuild && !src.startsWith(oldBuild + sep) });
    // The machine's npm config may point node-gyp at Node's own headers; Electron's are wanted here.
    const buildEnv = { ...env, npm_config_runtime: 'electron', npm_config_target: electronVersion, npm_config_disturl: 'https://electronjs.org/headers' };
    delete buildEnv.npm_config_nodedir;
    const attempts = [];
    const prebuilt = join(root, 'node_modules', 'prebuild-install', 'bin.js');
    if (existsSync(prebuilt)) attempts.push([prebuilt, ['--runtime', 'electron', '--target', electronVersion]]);
    const gyp = nodeGyp(env);
    if (gyp) attempts.push([gyp, ['rebuild', '--release', '--runtime=electron', `--target=${electronVersion}`, '--dist-url=https://electronjs.org/headers']]);
    let why = 'no prebuild-install nor node-gyp was found';
    for (const [script, args] of attempts) {
      const run = spawnSync(process.execPath, [script, ...args], { cwd: work, env: buildEnv, encoding: 'utf8', timeout: 20 * 60_000 });
      const built = join(work, 'build', 'Release', 'better_sqlite3.node');
      if (run.status === 0 && existsSync(built)) {
        copyFileSync(built, target);
        return { path: target };
      }
      why = firstLine(run.error?.message ?? (run.stderr || run.stdout));
    }
    return { problem: `better-sqlite3 could not be built for Electron ${electronVersion} (${why})` };
  } finally {
    if (note) process.stdout.write('\r\x1b[K');
    rmSync(work, { recursive: true, force: true });
  }
}

/** Builds the app if `npm install` has not (out/ holds the main process, the CLI and the renderer). */
export function ensureBuilt(root) {
  const built = ['out/main/index.js', 'out/main/cli.js', 'out/preload/index.cjs', 'out/renderer/index.html'].every((f) => existsSync(join(root, f)));
  if (built) return true;
  const run = spawnSync(process.execPath, [join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build', '--config', 'electron.config.ts'], {
    cwd: root,
    stdio: 'inherit',
  });
  return run.status === 0;
}

/** Runs a child to its end, passing Ctrl-C on to it; resolves to its exit status. */
function runToEnd(child) {
  const forward = (signal) => child.kill(signal);
  process.on('SIGINT', forward);
  process.on('SIGTERM', forward);
  return new Promise((resolveStatus) => {
    child.on('error', () => resolveStatus(1));
    child.on('exit', (code, signal) => {
      process.off('SIGINT', forward);
      process.off('SIGTERM', forward);
      resolveStatus(code ?? (signal ? 1 : 0));
    });
  });
}

/** Browser mode: `init-lab serve`, opening the browser when there is a display. */
export function startBrowserMode(root, extraArgs = [], env = process.env) {
  const args = [join(root, 'bin', 'init-lab.js'), 'serve', ...extraArgs];
  if (displayProblem(env) === null && !args.includes('--open')) args.push('--open');
  return runToEnd(spawn(process.execPath, args, { cwd: root, stdio: 'inherit', env }));
}

/**
 * Launches Electron on the app. Resolves `{ status }` when it ends, or `{ problem }` when it could not
 * run at all (it failed to spawn, or exited with an error at once: missing libraries, sandbox helper, ...).
 */
export function launchElectron(root, executable, sqliteBinding, env = process.env) {
  const childEnv = { ...env, [SQLITE_BINDING_ENV]: sqliteBinding };
  delete childEnv.ELECTRON_RUN_AS_NODE;
  // A started app is never in development: it loads its own built pages, whatever the shell had set.
  delete childEnv.ELECTRON_RENDERER_URL;
  delete childEnv.NODE_ENV_ELECTRON_VITE;
  const started = Date.now();
  const child = spawn(executable, [root], { cwd: root, stdio: ['inherit', 'inherit', 'pipe'], env: childEnv });
  let lastError = '';
  child.stderr.on('data', (chunk) => {
    process.stderr.write(chunk);
    const lines = String(chunk).split('\n').map((l) => l.trim()).filter(Boolean);
    if (lines.length > 0) lastError = lines.at(-1);
  });
  return new Promise((resolveRun) => {
    child.on('error', (err) => resolveRun({ problem: `it failed to start (${firstLine(err.message)})` }));
    void runToEnd(child).then((status) => {
      if (status !== 0 && Date.now() - started < EARLY_EXIT_MS) resolveRun({ problem: `it exited at once (${lastError || `status ${status}`})` });
      else resolveRun({ status });
    });
  });
}

/** The whole start: desktop when possible, else one line of why and browser mode. Resolves to the exit status. */
export async function start(argv = process.argv.slice(2), env = process.env, root = ROOT) {
  if (!ensureBuilt(root)) {
    process.stderr.write('init-lab: the build failed; see the messages above.\n');
    return 1;
  }
  const electronDir = join(root, 'node_modules', 'electron');
  let problem = argv.includes('--browser') ? 'browser mode was asked for (--browser)' : displayProblem(env);
  let executable = null;
  let binding = null;
  if (problem === null) {
    const electron = ensureElectron(electronDir, env);
    problem = electron.problem ?? null;
    executable = electron.path ?? null;
  }
  if (problem === null) {
    const sqlite = ensureElectronSqlite(root, packageVersion(electronDir), env);
    problem = sqlite.problem ?? null;
    binding = sqlite.path ?? null;
  }
  if (problem === null) {
    const run = await launchElectron(root, executable, binding, env);
    if (run.problem === undefined) return run.status;
    problem = run.problem;
  }
  process.stdout.write(`The desktop app cannot run here: ${problem}. Starting browser mode instead.\n`);
  return startBrowserMode(root, argv.filter((a) => a !== '--browser'), env);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = await start();
}

// The bundled main process (out/main/index.js) boots under plain Node with a fake `electron` module:
// it opens the locked-down window, registers its handlers and answers through the real lab service.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OPERATION_NAMES } from '../../../shared/contract/operations';
import { IPC_OPEN_FILE_CHANNEL, IPC_SAVE_FILE_CHANNEL, ipcChannel } from '../../../shared/contract/transport';
import { CSP_HEADER } from '../../../electron/door/csp';
import { ensureBuilt } from '../helpers/build';

const root = resolve(__dirname, '../../..');
const helpers = resolve(__dirname, '../helpers');
const userData = mkdtempSync(join(tmpdir(), 'init-lab-boot-'));
// eslint-disable-next-line @typescript-eslint/no-explicit-any
let report: any;
let status: number | null;

beforeAll(() => {
  ensureBuilt();
  const env: Record<string, string | undefined> = { ...process.env, FAKE_ELECTRON_USER_DATA: userData };
  delete env.INIT_LAB_DATA;
  delete env.ELECTRON_RENDERER_URL;
  const run = spawnSync(
    process.execPath,
    ['--import', join(helpers, 'register-fake-electron.mjs'), '--import', join(helpers, 'boot-probe.mjs'), join(root, 'out/main/index.js')],
    { cwd: root, env, encoding: 'utf8', timeout: 60_000 },
  );
  status = run.status;
  const line = run.stdout.split('\n').find((l) => l.startsWith('@@BOOT-REPORT@@'));
  if (!line) throw new Error(`the bundled main process printed no report (status ${run.status}):\n${run.stdout}\n${run.stderr}`);
  report = JSON.parse(line.slice('@@BOOT-REPORT@@'.length));
});
afterAll(() => rmSync(userData, { recursive: true, force: true }));

describe('the bundled main process under a fake electron', () => {
  it('boots and opens one window on app://lab', () => {
    expect(report.booted).toBe(true);
    expect(report.errors).toEqual([]);
    expect(report.windowCount).toBe(1);
    expect(report.url).toBe('app://lab/index.html');
  });

  it('locks the window down: isolation, sandbox, no Node, the bundled CommonJS preload', () => {
    expect(report.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, webviewTag: false });
    expect(report.webPreferences.preload).toBe(join(root, 'out/preload/index.cjs'));
    expect(report.preloadExists).toBe(true);
    expect(report.sandbox).toBe(true);
  });

  it('registers one handler per operation and the save and open dialogs', () => {
    expect([...report.channels].sort()).toEqual([...OPERATION_NAMES.map(ipcChannel), IPC_SAVE_FILE_CHANNEL, IPC_OPEN_FILE_CHANNEL].sort());
  });

  it('answers calls from the app page through the real service and store', () => {
    expect(report.systemInfo.ok).toBe(true);
    expect(report.systemInfo.value.dataDir).toBe(join(userData, 'userData'));
    expect(report.runsList).toEqual({ ok: true, value: { runs: [], total: 0 } });
    expect(existsSync(join(userData, 'userData', 'init-lab.sqlite'))).toBe(true);
  });

  it('trains with the bundled worker and forwards the run events to the window', () => {
    expect(report.training.started).toBe(true);
    expect(report.training.eventTypes).toEqual(expect.arrayContaining(['run.queued', 'run.started', 'run.done', 'experiment.done']));
    expect(report.training.statuses).toEqual(['done']);
  });

  it('refuses foreign senders and invalid payloads', () => {
    expect(report.foreign.error.code).toBe('forbidden');
    expect(report.invalid.error.code).toBe('invalid_input');
  });

  it('blocks navigation, new windows and permissions', () => {
    expect(report.navigation).toEqual({ 'will-navigate': true, 'will-redirect': true, 'will-attach-webview': true });
    expect(report.windowOpen).toEqual({ action: 'deny' });
    expect(report.permissionGranted).toBe(false);
    expect(report.permissionCheck).toBe(false);
  });

  it('serves the built renderer on app:// with the policy header', () => {
    expect(report.page).toEqual({ status: 200, csp: CSP_HEADER, hasApp: true });
  });

  it('quits cleanly, closing the service', () => {
    expect(status).toBe(0);
  });
});

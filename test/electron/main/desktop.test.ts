import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { LabEvent } from '../../../shared/contract/events';
import { OPERATION_NAMES } from '../../../shared/contract/operations';
import { IPC_EVENT_CHANNEL, IPC_OPEN_FILE_CHANNEL, IPC_SAVE_FILE_CHANNEL, ipcChannel } from '../../../shared/contract/transport';
import { CSP_HEADER } from '../../../electron/door/csp';
import * as electron from '../helpers/fake-electron.mjs';
import { fakeBackend, type FakeBackend } from '../helpers/fake-door';

vi.mock('electron', () => import('../helpers/fake-electron.mjs'));

const { recorded } = electron;
const { startDesktop } = await import('../../../electron/main/desktop');

const flush = () => new Promise((r) => setTimeout(r, 10));
const trustedEvent = (url = 'app://lab/index.html') => ({ senderFrame: { url, parent: null }, sender: recorded.windows[0]?.webContents });

let backend: FakeBackend & { closed: boolean; close(): Promise<void> };
let rendererDir: string;

async function start(openBackend?: () => Promise<never>) {
  electron.resetFake();
  rendererDir = mkdtempSync(join(tmpdir(), 'init-lab-renderer-'));
  mkdirSync(join(rendererDir, 'assets'));
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Init Lab</title>');
  writeFileSync(join(rendererDir, 'assets', 'app.js'), 'export {};');
  backend = Object.assign(fakeBackend(), {
    closed: false,
    async close() {
      backend.closed = true;
    },
  });
  startDesktop({
    electron: electron as never,
    openBackend: openBackend ?? (async () => backend),
    preloadPath: '/app/out/preload/index.cjs',
    rendererDir,
  });
  await flush();
}

describe('the desktop shell', () => {
  beforeEach(() => start());

  it('sandboxes every renderer and declares app:// a standard, secure scheme', () => {
    expect(recorded.sandbox).toBe(true);
    expect(recorded.schemes).toEqual([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
  });

  it('opens one window with context isolation, sandbox and no Node integration', () => {
    expect(recorded.windows).toHaveLength(1);
    expect(recorded.windows[0].options.webPreferences).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
  });

  it('loads the app from app://lab and shows the window once painted', () => {
    expect(recorded.windows[0].url).toBe('app://lab/index.html');
    expect(recorded.windows[0].shown).toBe(true);
  });

  it('registers one IPC handler per operation plus the save and open dialogs', () => {
    expect([...recorded.handlers.keys()].sort()).toEqual([...OPERATION_NAMES.map(ipcChannel), IPC_SAVE_FILE_CHANNEL, IPC_OPEN_FILE_CHANNEL].sort());
  });

  it('answers a call from the app page with the service result', async () => {
    const result = await recorded.handlers.get(ipcChannel('experiments.list'))!(trustedEvent(), { kind: 'sweep' });
    expect(result).toEqual({ ok: true, value: { kind: 'sweep', limit: 500 } });
  });

  it('refuses a call from a foreign page as forbidden without calling the service', async () => {
    const result = await recorded.handlers.get(ipcChannel('system.info'))!(trustedEvent('https://evil.example/'), undefined);
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(backend.calls).toEqual([]);
  });

  it('refuses a call from a file:// page', async () => {
    const result = await recorded.handlers.get(ipcChannel('system.info'))!(trustedEvent('file:///tmp/index.html'), undefined);
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('refuses a call from a frame inside the app page', async () => {
    const event = { senderFrame: { url: 'app://lab/index.html', parent: {} } };
    const result = await recorded.handlers.get(ipcChannel('system.info'))!(event, undefined);
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('refuses a call whose frame is gone', async () => {
    const result = await recorded.handlers.get(ipcChannel('system.info'))!({ senderFrame: null }, undefined);
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('validates the payload before the service sees it', async () => {
    const result = await recorded.handlers.get(ipcChannel('runs.get'))!(trustedEvent(), { id: 42 });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(backend.calls).toEqual([]);
  });

  it('denies every permission request and check', () => {
    const granted: boolean[] = [];
    recorded.permissionRequestHandler!({}, 'media', (g) => granted.push(g));
    recorded.permissionRequestHandler!({}, 'openExternal', (g) => granted.push(g));
    expect(granted).toEqual([false, false]);
    expect(recorded.permissionCheckHandler!({}, 'clipboard-read', 'app://lab')).toBe(false);
  });

  it('blocks navigation and redirects away from the page', () => {
    const contents = recorded.windows[0].webContents;
    for (const name of ['will-navigate', 'will-frame-navigate', 'will-redirect', 'will-attach-webview']) {
      const event = { preventDefault: vi.fn() };
      contents.emit(name, event, 'https://example.com/');
      expect(event.preventDefault, name).toHaveBeenCalled();
    }
  });

  it('denies window.open', () => {
    expect(recorded.windows[0].webContents.windowOpenHandler!({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
  });

  it('sends the Content-Security-Policy header, replacing any other', () => {
    let answer: { responseHeaders: Record<string, string[]> } | undefined;
    recorded.headersListener!({ responseHeaders: { 'content-security-policy': ["default-src *"], 'x-other': ['1'] } }, (a) => (answer = a));
    expect(answer!.responseHeaders).toEqual({ 'x-other': ['1'], 'Content-Security-Policy': [CSP_HEADER] });
  });

  it('forwards service events to the window until it is destroyed', () => {
    const contents = recorded.windows[0].webContents;
    const event: LabEvent = { type: 'store.changed', experimentIds: [], runIds: ['r1'] };
    backend.emit(event);
    contents.destroy();
    backend.emit({ type: 'store.changed', experimentIds: [], runIds: ['r2'] });
    expect(contents.sent).toEqual([[IPC_EVENT_CHANNEL, event]]);
    expect(backend.listenerCount).toBe(0);
  });

  it('serves the built renderer on app:// with the policy header', async () => {
    const res = await recorded.protocolHandlers.get('app')!({ url: 'app://lab/index.html' });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/html');
    expect(res.headers.get('content-security-policy')).toBe(CSP_HEADER);
    expect(await res.text()).toContain('<title>Init Lab</title>');
  });

  it('serves nothing outside the renderer folder on app://', async () => {
    for (const url of ['app://lab/../../etc/passwd', 'app://lab/%2e%2e/%2e%2e/etc/passwd', 'app://lab/..%2f..%2fetc%2fpasswd', 'app://other/index.html']) {
      const res = await recorded.protocolHandlers.get('app')!({ url });
      expect(res.status, url).toBeGreaterThanOrEqual(400);
    }
  });

  it('closes the service before the app quits', async () => {
    electron.app.quit();
    expect(backend.closed).toBe(true);
    await flush();
    expect(recorded.quit).toBe(2);
  });

  it('saves a file where the user chose', async () => {
    const target = join(rendererDir, 'saved.csv');
    recorded.saveDialogAnswer = { canceled: false, filePath: target };
    const result = await recorded.handlers.get(IPC_SAVE_FILE_CHANNEL)!(trustedEvent(), { name: 'runs.csv', data: new TextEncoder().encode('a,b\n') });
    expect(result).toEqual({ ok: true, value: true });
    expect(readFileSync(target, 'utf8')).toBe('a,b\n');
  });

  it('answers false when the user cancels the save dialog', async () => {
    const result = await recorded.handlers.get(IPC_SAVE_FILE_CHANNEL)!(trustedEvent(), { name: 'runs.csv', data: new Uint8Array([1]) });
    expect(result).toEqual({ ok: true, value: false });
  });

  it('answers the path of the file the user picked in a native open dialog titled as the page asked', async () => {
    recorded.openDialogAnswer = { canceled: false, filePaths: ['/data/fashion/train-images-idx3-ubyte.gz'] };
    const result = await recorded.handlers.get(IPC_OPEN_FILE_CHANNEL)!(trustedEvent(), { title: 'Training images' });
    expect(result).toEqual({ ok: true, value: '/data/fashion/train-images-idx3-ubyte.gz' });
    expect(recorded.openDialogCalls.at(-1)).toEqual({ title: 'Training images', properties: ['openFile'] });
  });

  it('answers null when the user cancels the open dialog', async () => {
    const result = await recorded.handlers.get(IPC_OPEN_FILE_CHANNEL)!(trustedEvent(), { title: 'Test labels' });
    expect(result).toEqual({ ok: true, value: null });
  });

  it('refuses an open request from a page that is not the lab, without showing a dialog', async () => {
    const result = await recorded.handlers.get(IPC_OPEN_FILE_CHANNEL)!(trustedEvent('https://evil.example/'), { title: 'x' });
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(recorded.openDialogCalls).toHaveLength(0);
  });

  it('refuses an open request without a title, naming the field', async () => {
    const result = await recorded.handlers.get(IPC_OPEN_FILE_CHANNEL)!(trustedEvent(), { title: 7 });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect((result as { error: { message: string } }).error.message).toMatch(/title/);
  });

  it('refuses a save request that is not a name and bytes', async () => {
    const result = await recorded.handlers.get(IPC_SAVE_FILE_CHANNEL)!(trustedEvent(), { name: 'x', data: 'text' });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });
});

describe('the desktop shell when the service cannot open', () => {
  it('says why in an error box and exits with status 1', async () => {
    await start(async () => {
      throw new Error('database is locked');
    });
    expect(recorded.errors).toEqual([['Init Lab could not start', 'database is locked']]);
    expect(recorded.exitCode).toBe(1);
    expect(recorded.windows).toHaveLength(0);
  });
});

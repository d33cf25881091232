// A stand-in for the `electron` module: records what the app asks of Electron so tests can inspect it.
// Used by vi.mock('electron') and, through a module loader, by the bundled main process under plain Node.
import { EventEmitter } from 'node:events';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Everything the app did to Electron, for the tests to look at. */
export const recorded = {
  windows: [],
  handlers: new Map(),
  schemes: [],
  protocolHandlers: new Map(),
  exposed: {},
  errors: [],
  sandbox: false,
  quit: 0,
  exitCode: null,
  permissionRequestHandler: null,
  permissionCheckHandler: null,
  headersListener: null,
  rendererListeners: new Map(),
  saveDialogAnswer: { canceled: true },
  openDialogAnswer: { canceled: true, filePaths: [] },
  openDialogCalls: [],
};

/** A webContents: records what is sent to it and its window-open handler. */
export class WebContents extends EventEmitter {
  constructor() {
    super();
    this.sent = [];
    this.windowOpenHandler = null;
    this.destroyed = false;
    this.mainFrame = { url: 'about:blank', parent: null };
  }
  send(channel, ...args) {
    this.sent.push([channel, ...args]);
  }
  isDestroyed() {
    return this.destroyed;
  }
  setWindowOpenHandler(handler) {
    this.windowOpenHandler = handler;
  }
  destroy() {
    this.destroyed = true;
    this.emit('destroyed');
  }
}

/** A BrowserWindow: keeps its options and the URL it loaded. */
export class BrowserWindow extends EventEmitter {
  constructor(options) {
    super();
    this.options = options;
    this.webContents = new WebContents();
    this.url = null;
    recorded.windows.push(this);
    app.emit('web-contents-created', {}, this.webContents);
  }
  loadURL(url) {
    this.url = url;
    this.webContents.mainFrame.url = url;
    queueMicrotask(() => this.emit('ready-to-show'));
    return Promise.resolve();
  }
  show() {
    this.shown = true;
  }
  isMinimized() {
    return false;
  }
  restore() {}
  focus() {}
  static fromWebContents(contents) {
    return recorded.windows.find((w) => w.webContents === contents) ?? null;
  }
}

class FakeApp extends EventEmitter {
  constructor() {
    super();
    this.userData = process.env.FAKE_ELECTRON_USER_DATA || mkdtempSync(join(tmpdir(), 'fake-electron-'));
  }
  whenReady() {
    return Promise.resolve();
  }
  getPath(name) {
    return join(this.userData, name);
  }
  enableSandbox() {
    recorded.sandbox = true;
  }
  requestSingleInstanceLock() {
    return true;
  }
  quit() {
    recorded.quit += 1;
    const event = { defaultPrevented: false, preventDefault() { this.defaultPrevented = true; } };
    this.emit('will-quit', event);
    if (!event.defaultPrevented) this.emit('quit-done');
  }
  exit(code) {
    recorded.exitCode = code;
    this.emit('quit-done');
  }
}

export const app = new FakeApp();

export const ipcMain = {
  handle(channel, handler) {
    if (recorded.handlers.has(channel)) throw new Error(`a handler for ${channel} is already registered`);
    recorded.handlers.set(channel, handler);
  },
  removeHandler(channel) {
    recorded.handlers.delete(channel);
  },
};

export const protocol = {
  registerSchemesAsPrivileged(schemes) {
    recorded.schemes.push(...schemes);
  },
  handle(scheme, handler) {
    recorded.protocolHandlers.set(scheme, handler);
  },
};

export const session = {
  defaultSession: {
    setPermissionRequestHandler(handler) {
      recorded.permissionRequestHandler = handler;
    },
    setPermissionCheckHandler(handler) {
      recorded.permissionCheckHandler = handler;
    },
    webRequest: {
      onHeadersReceived(listener) {
        recorded.headersListener = listener;
      },
    },
  },
};

export const dialog = {
  async showSaveDialog() {
    return recorded.saveDialogAnswer;
  },
  async showOpenDialog(...args) {
    recorded.openDialogCalls.push(args.at(-1));
    return recorded.openDialogAnswer;
  },
  showErrorBox(title, message) {
    recorded.errors.push([title, message]);
  },
};

export const contextBridge = {
  exposeInMainWorld(key, api) {
    recorded.exposed[key] = api;
  },
};

export const ipcRenderer = {
  invocations: [],
  async invoke(channel, ...args) {
    this.invocations.push([channel, ...args]);
    return { ok: true, value: { channel, args } };
  },
  on(channel, listener) {
    const list = recorded.rendererListeners.get(channel) ?? [];
    list.push(listener);
    recorded.rendererListeners.set(channel, list);
  },
  removeListener(channel, listener) {
    const list = recorded.rendererListeners.get(channel) ?? [];
    recorded.rendererListeners.set(channel, list.filter((l) => l !== listener));
  },
};

// resetFake is defined below; the default export mirrors the named ones for `import electron from`.
export default { app, BrowserWindow, ipcMain, protocol, session, dialog, contextBridge, ipcRenderer };

/** Forgets everything recorded and every listener (between tests). */
export function resetFake() {
  recorded.windows.length = 0;
  recorded.handlers.clear();
  recorded.schemes.length = 0;
  recorded.protocolHandlers.clear();
  recorded.exposed = {};
  recorded.errors.length = 0;
  recorded.sandbox = false;
  recorded.quit = 0;
  recorded.exitCode = null;
  recorded.permissionRequestHandler = null;
  recorded.permissionCheckHandler = null;
  recorded.headersListener = null;
  recorded.rendererListeners.clear();
  recorded.saveDialogAnswer = { canceled: true };
  recorded.openDialogAnswer = { canceled: true, filePaths: [] };
  recorded.openDialogCalls = [];
  ipcRenderer.invocations.length = 0;
  app.removeAllListeners();
}

// Starts the desktop app: the locked-down window over the lab service, the service behind one IPC door.
import type { App, BrowserWindow as BrowserWindowType, Dialog, IpcMain, Protocol, Session } from 'electron';
import { BrowserWindow } from 'electron';
import { resolveDataDir } from '../store/data-dir';
import { createDoor, type Door, type LabBackend } from '../door/door';
import { forwardEvents, registerIpcHandlers, type TrustedUrl } from './ipc';
import { APP_URL, isAppUrl, registerAppScheme, serveAppScheme } from './protocol';
import { hardenSession, lockDownAllContents } from './security';
import { createMainWindow } from './window';

/** The service as the desktop app holds it: a backend it closes on quit. */
export interface ClosableBackend extends LabBackend {
  close(): Promise<void>;
}

/** The parts of Electron the app uses (the real module, or a fake in tests). */
export interface ElectronParts {
  app: App;
  ipcMain: IpcMain;
  protocol: Protocol;
  session: { defaultSession: Session };
  dialog: Dialog;
}

/** What the desktop app needs from outside. */
export interface DesktopOptions {
  electron: ElectronParts;
  /** Opens the service over a data directory. */
  openBackend: (dataDir: string) => Promise<ClosableBackend>;
  preloadPath: string;
  rendererDir: string;
  /** The dev server's URL under `electron-vite dev`; its origin is then trusted instead of app://. */
  devUrl?: string;
}

/** Wires the app's lifecycle; returns at once, the window opens when Electron is ready. */
export function startDesktop(options: DesktopOptions): void {
  const { app, ipcMain, protocol, session, dialog } = options.electron;
  registerAppScheme(protocol);
  app.enableSandbox();
  lockDownAllContents(app);
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }

  let backend: ClosableBackend | null = null;
  let door: Door | null = null;
  let window: BrowserWindowType | null = null;
  const trusted: TrustedUrl = options.devUrl ? (url) => sameOrigin(url, options.devUrl!) : isAppUrl;

  const openWindow = () => {
    if (!door) return;
    window = createMainWindow(options.preloadPath, options.devUrl ?? APP_URL);
    forwardEvents(door, window.webContents);
    window.on('closed', () => (window = null));
  };

  app.on('second-instance', () => {
    if (window?.isMinimized()) window.restore();
    window?.focus();
  });
  app.on('activate', () => {
    if (window === null) openWindow();
  });
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', (event) => {
    if (!backend) return;
    // Let the service finish its writes (and mark unfinished runs) before the process ends.
    event.preventDefault();
    const closing = backend;
    backend = null;
    void closing.close().finally(() => app.quit());
  });

  app
    .whenReady()
    .then(async () => {
      hardenSession(session.defaultSession);
      serveAppScheme(protocol, options.rendererDir);
      backend = await options.openBackend(resolveDataDir({ userData: app.getPath('userData') }));
      door = createDoor(backend);
      registerIpcHandlers(ipcMain, door, trusted, {
        folder: () => app.getPath('downloads'),
        async ask(sender, defaultPath) {
          const owner = BrowserWindow.fromWebContents(sender);
          const answer = owner ? await dialog.showSaveDialog(owner, { defaultPath }) : await dialog.showSaveDialog({ defaultPath });
          return answer.canceled || !answer.filePath ? null : answer.filePath;
        },
        async pick(sender, title) {
          const owner = BrowserWindow.fromWebContents(sender);
          const options = { title, properties: ['openFile' as const] };
          const answer = owner ? await dialog.showOpenDialog(owner, options) : await dialog.showOpenDialog(options);
          return answer.canceled || !answer.filePaths[0] ? null : answer.filePaths[0];
        },
      });
      openWindow();
    })
    .catch((err: unknown) => {
      dialog.showErrorBox('Init Lab could not start', err instanceof Error ? err.message : String(err));
      app.exit(1);
    });
}

/** True when two URLs share scheme, host and port. */
function sameOrigin(a: string, b: string): boolean {
  try {
    const x = new URL(a);
    const y = new URL(b);
    return x.protocol === y.protocol && x.host === y.host;
  } catch {
    return false;
  }
}

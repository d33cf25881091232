// Desktop entry: the locked-down window over the lab service (see desktop.ts for the wiring).
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, dialog, ipcMain, protocol, session } from 'electron';
import { resolveWorkerEntry } from '../pool/worker-entry';
import { LabService } from '../service/lab-service';
import { bundledWorkerPath } from '../worker/bundled-path';
import { startDesktop } from './desktop';
import { devRendererUrl, forgetDevEnv } from './dev-url';

const here = dirname(fileURLToPath(import.meta.url));
const devUrl = devRendererUrl(process.env, app.isPackaged);
forgetDevEnv(process.env);

startDesktop({
  electron: { app, dialog, ipcMain, protocol, session },
  // `npm start` passes a better-sqlite3 built for Electron's ABI; node_modules keeps the Node build.
  openBackend: async (dataDir) =>
    LabService.open({ dataDir, worker: resolveWorkerEntry(bundledWorkerPath), nativeBinding: process.env.INIT_LAB_SQLITE_BINDING || undefined }),
  preloadPath: join(here, '../preload/index.cjs'),
  rendererDir: join(here, '../renderer'),
  devUrl,
});

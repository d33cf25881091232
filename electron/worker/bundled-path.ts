/// <reference types="electron-vite/node" />
// The bundled worker's path, for the built main process and CLI only: electron-vite turns the `?modulePath`
// import into a separate worker bundle. Pass it to LabService.open({ worker: resolveWorkerEntry(bundledWorkerPath) }).
// Never import this file from code that runs unbundled (tests, tsx): the suffix only means something to the bundler.
import workerPath from './index.ts?modulePath';

/** Absolute path of the bundled training worker. */
export const bundledWorkerPath: string = workerPath;

// Types of the fake `electron` module (loose on purpose: tests poke at what the app recorded).
/* eslint-disable @typescript-eslint/no-explicit-any */
import type { EventEmitter } from 'node:events';

export declare const recorded: {
  windows: Array<EventEmitter & { options: any; url: string | null; shown?: boolean; webContents: FakeWebContents }>;
  handlers: Map<string, (event: any, ...args: any[]) => any>;
  schemes: any[];
  protocolHandlers: Map<string, (request: { url: string }) => Promise<Response>>;
  exposed: Record<string, any>;
  errors: Array<[string, string]>;
  sandbox: boolean;
  quit: number;
  exitCode: number | null;
  permissionRequestHandler: ((contents: any, permission: string, callback: (granted: boolean) => void, details?: any) => void) | null;
  permissionCheckHandler: ((contents: any, permission: string, origin: string, details?: any) => boolean) | null;
  headersListener: ((details: any, callback: (response: any) => void) => void) | null;
  rendererListeners: Map<string, Array<(event: any, ...args: any[]) => void>>;
  saveDialogAnswer: { canceled: boolean; filePath?: string };
  openDialogAnswer: { canceled: boolean; filePaths: string[] };
  /** The options of each showOpenDialog call. */
  openDialogCalls: { title?: string; properties?: string[] }[];
};
export interface FakeWebContents extends EventEmitter {
  sent: any[][];
  windowOpenHandler: ((details: any) => any) | null;
  mainFrame: { url: string; parent: null };
  isDestroyed(): boolean;
  destroy(): void;
}
export declare const app: any;
export declare const BrowserWindow: any;
export declare const ipcMain: any;
export declare const protocol: any;
export declare const session: any;
export declare const dialog: any;
export declare const contextBridge: any;
export declare const ipcRenderer: any;
declare const electron: any;
export default electron;
export declare function resetFake(): void;

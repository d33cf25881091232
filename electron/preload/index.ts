// Preload: exposes the typed lab API to the sandboxed page through contextBridge (built as CommonJS,
// the only form a sandboxed preload can take).
import { contextBridge, ipcRenderer } from 'electron';
import { API_GLOBAL } from '../../shared/contract/transport';
import { createBridge } from './bridge';

contextBridge.exposeInMainWorld(API_GLOBAL, createBridge(ipcRenderer));

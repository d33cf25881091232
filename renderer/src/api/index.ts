// Picks the client for this window: the preload's bridge on the desktop, HTTP + push in a browser.
import { API_GLOBAL } from '../../../shared/contract/transport';
import type { LabClient } from './client';
import { createHttpClient } from './http';
import { createIpcClient, isLabBridge } from './ipc';

/** The client for the current window. */
export function createLabClient(): LabClient {
  const bridge = (window as unknown as Record<string, unknown>)[API_GLOBAL];
  return isLabBridge(bridge) ? createIpcClient(bridge) : createHttpClient();
}

export type { ConnectionStatus, LabClient } from './client';

// The desktop client: calls and events through the preload's bridge (structured clones, no JSON in between).
import type { Result } from '../../../shared/contract/errors';
import type { LabEventListener } from '../../../shared/contract/events';
import { createLabApi, type OperationName } from '../../../shared/contract/operations';
import { browserDownload } from '../lib/charts/download';
import type { LabClient } from './client';

/** What the preload exposes on `window.lab`. */
export interface LabBridge {
  invoke(name: OperationName, input: unknown): Promise<Result<unknown>>;
  onEvent(listener: LabEventListener): () => void;
  /** Shows the save dialog and writes the file; resolves false when the user cancels. */
  saveFile?(name: string, data: Uint8Array): Promise<boolean>;
  /** Shows the open dialog; resolves to the chosen path, or null when the user cancels. */
  pickFile?(title: string): Promise<string | null>;
}

/** True when `value` looks like the preload's bridge. */
export function isLabBridge(value: unknown): value is LabBridge {
  const v = value as Partial<LabBridge> | null;
  return !!v && typeof v.invoke === 'function' && typeof v.onEvent === 'function';
}

/** Builds the IPC client over the preload's bridge; the window and the service live and die together. */
export function createIpcClient(bridge: LabBridge): LabClient {
  return {
    kind: 'ipc',
    api: createLabApi((name, input) => bridge.invoke(name, input)),
    onEvent: (listener) => bridge.onEvent(listener),
    onStatus(listener) {
      listener('online');
      return () => {};
    },
    saveFile: bridge.saveFile
      ? async (name, blob) => {
          await bridge.saveFile?.(name, new Uint8Array(await blob.arrayBuffer()));
        }
      : browserDownload,
    ...(bridge.pickFile ? { pickFile: (title: string) => bridge.pickFile!(title) } : {}),
    close() {},
  };
}

// What the preload hands the page: one named method per operation, the same calls by name, events, "save as" and "open".
// Built from the operations map, so a new operation appears here without touching this file.
import type { IpcRenderer, IpcRendererEvent } from 'electron';
import { fail, type Result } from '../../shared/contract/errors';
import type { LabEvent, LabEventListener } from '../../shared/contract/events';
import { createLabApi, isOperationName, type LabApi } from '../../shared/contract/operations';
import { IPC_EVENT_CHANNEL, IPC_OPEN_FILE_CHANNEL, IPC_SAVE_FILE_CHANNEL, ipcChannel } from '../../shared/contract/transport';

/** The desktop bridge on `window.lab`. */
export type DesktopBridge = LabApi & {
  /** Calls an operation by name (refuses names outside the operations map without touching IPC). */
  invoke(name: string, input: unknown): Promise<Result<unknown>>;
  /** Listens to the service's events; returns the unsubscribe function. */
  onEvent(listener: LabEventListener): () => void;
  /** Shows the save dialog and writes the bytes; resolves false when the user cancels. */
  saveFile(name: string, data: Uint8Array): Promise<boolean>;
  /** Shows the open dialog titled `title`; resolves to the chosen file's path, or null when the user cancels. */
  pickFile(title: string): Promise<string | null>;
};

/** Builds the bridge over the renderer's IPC; the page never sees ipcRenderer itself. */
export function createBridge(ipc: Pick<IpcRenderer, 'invoke' | 'on' | 'removeListener'>): DesktopBridge {
  // The page may call any name; one outside the operations map is refused here, as the service would.
  const invoke = (name: string, input: unknown): Promise<Result<unknown>> =>
    isOperationName(name) ? ipc.invoke(ipcChannel(name), input) : Promise.resolve(fail('unknown_operation', `no operation named ${JSON.stringify(String(name))}`));

  return {
    ...createLabApi(invoke),
    invoke,
    onEvent(listener) {
      const handler = (_event: IpcRendererEvent, labEvent: LabEvent) => listener(labEvent);
      ipc.on(IPC_EVENT_CHANNEL, handler);
      return () => {
        ipc.removeListener(IPC_EVENT_CHANNEL, handler);
      };
    },
    async saveFile(name, data) {
      const result = (await ipc.invoke(IPC_SAVE_FILE_CHANNEL, { name, data })) as Result<boolean>;
      if (!result.ok) throw new Error(result.error.message);
      return result.value;
    },
    async pickFile(title) {
      const result = (await ipc.invoke(IPC_OPEN_FILE_CHANNEL, { title })) as Result<string | null>;
      if (!result.ok) throw new Error(result.error.message);
      return result.value;
    },
  };
}

// The one client interface the views use, whatever carries the calls: the desktop preload (IPC) or HTTP + push.
import type { LabEventListener } from '../../../shared/contract/events';
import type { LabApi } from '../../../shared/contract/operations';
import type { SaveFile } from '../lib/charts/download';

/** Whether the service can be reached. `unauthorized`: the server refused this page's token (it was restarted with a new one). */
export type ConnectionStatus = 'connecting' | 'online' | 'offline' | 'unauthorized';

/** What carries the calls. */
export type ClientKind = 'ipc' | 'http' | 'memory';

/** The lab service as the renderer sees it: typed operations, pushed events, connection status and file saving. */
export interface LabClient {
  readonly kind: ClientKind;
  /** One async method per operation; errors come back as data, never thrown. */
  readonly api: LabApi;
  /** Listens to the service's events; returns the unsubscribe function. */
  onEvent(listener: LabEventListener): () => void;
  /** Listens to connection changes (called at once with the current status); returns the unsubscribe function. */
  onStatus(listener: (status: ConnectionStatus) => void): () => void;
  /** Saves a file where the user chooses (desktop: a save dialog; browser: a download). */
  saveFile: SaveFile;
  /**
   * Asks the user for one file on the machine the service runs on (desktop: a native open dialog titled `title`);
   * resolves to its path, or null when cancelled. Absent in browser mode, where paths are typed.
   */
  pickFile?(title: string): Promise<string | null>;
  /** Stops listening and releases the connection. */
  close(): void;
}

/** A tiny listener set shared by the client implementations. */
export function createListeners<T>() {
  const set = new Set<(value: T) => void>();
  return {
    add(listener: (value: T) => void): () => void {
      set.add(listener);
      return () => set.delete(listener);
    },
    emit(value: T): void {
      for (const l of [...set]) {
        try {
          l(value);
        } catch (e) {
          // one faulty listener must not starve the others
          console.error(e);
        }
      }
    },
    get size() {
      return set.size;
    },
  };
}

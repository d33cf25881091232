// Wire format of the two client doors (desktop IPC and browser HTTP): both carry the same calls and events.
// IPC carries values as structured clones; HTTP carries them as JSON encoded with ./wire (typed arrays, NaN, ±∞).

/** Name of the global the desktop preload exposes the API under (`window.lab`). */
export const API_GLOBAL = 'lab';

/** IPC channel that carries one operation's calls (one handler per operation). */
export function ipcChannel(operation: string): string {
  return `lab:op:${operation}`;
}

/** IPC channel on which the main process pushes the service's events to its window. */
export const IPC_EVENT_CHANNEL = 'lab:event';

/** IPC channel of the desktop's save dialog: `{ name, data: Uint8Array }` in, `Result<boolean>` out (false: cancelled). */
export const IPC_SAVE_FILE_CHANNEL = 'lab:save-file';

/** IPC channel of the desktop's open-file dialog: `{ title }` in, `Result<string | null>` out (the chosen path; null: cancelled). */
export const IPC_OPEN_FILE_CHANNEL = 'lab:open-file';

/** HTTP path of one operation: POST, body = the operation's input as wire JSON (no body = undefined). */
export function httpOperationPath(operation: string): string {
  return `/api/ops/${encodeURIComponent(operation)}`;
}

/** HTTP path of the server-sent event stream (GET, `text/event-stream`). */
export const HTTP_EVENTS_PATH = '/api/events';

/** Name of the server-sent events that carry the service's events (data: one LabEvent as wire JSON). */
export const SSE_LAB_EVENT = 'lab';

/** Query parameter carrying the browser-mode token in the URL the server prints. */
export const TOKEN_QUERY = 'token';

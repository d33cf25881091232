// Wire format of the two client doors (desktop IPC and browser HTTP): both carry the same calls and events.

/** What every call returns on every door: the value, or an error as data. */
export type CallResult<T = unknown> =
  | { ok: true; value: T }
  | { ok: false; error: { code: string; message: string } };

/** Name of the global the desktop preload exposes the API under (`window.lab`). */
export const API_GLOBAL = 'lab';

/** IPC channel that carries one operation's calls (one handler per operation). */
export function ipcChannel(operation: string): string {
  return `lab:op:${operation}`;
}

/** IPC channel on which the main process pushes events to the window that asked. */
export const IPC_EVENT_CHANNEL = 'lab:event';

/** HTTP path of one operation: POST, JSON body = the operation's input (no body = undefined). */
export function httpOperationPath(operation: string): string {
  return `/api/ops/${encodeURIComponent(operation)}`;
}

/** HTTP path of the server-sent event stream (GET, `text/event-stream`). */
export const HTTP_EVENTS_PATH = '/api/events';

/** Request header naming the event stream that receives the events of a call. */
export const CLIENT_HEADER = 'x-lab-client';

/** Name of the first server-sent event of a stream; its data is `{ "clientId": string }`. */
export const SSE_HELLO_EVENT = 'hello';

/** Name of the server-sent events that carry the service's events (data: one event as JSON). */
export const SSE_LAB_EVENT = 'lab';

/** Query parameter carrying the browser-mode token in the URL the server prints. */
export const TOKEN_QUERY = 'token';

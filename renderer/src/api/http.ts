// The browser-mode client: operations as POST requests, events from a server-sent event stream, both in wire JSON.
import { fail, type Result } from '../../../shared/contract/errors';
import type { LabEvent, LabEventListener } from '../../../shared/contract/events';
import { createLabApi, type LabInvoke } from '../../../shared/contract/operations';
import { HTTP_EVENTS_PATH, SSE_LAB_EVENT, httpOperationPath } from '../../../shared/contract/transport';
import { parseWire, stringifyWire } from '../../../shared/contract/wire';
import { browserDownload } from '../lib/charts/download';
import { createListeners, type ConnectionStatus, type LabClient } from './client';

/** Options of the HTTP client; the defaults are the page's own origin and the browser's fetch and EventSource. */
export interface HttpClientOptions {
  baseUrl?: string;
  fetch?: typeof fetch;
  EventSource?: typeof EventSource;
  /** Milliseconds between reconnection attempts of the event stream after it failed. */
  retryMs?: number;
}

/** Builds the HTTP client and opens its event stream. */
export function createHttpClient(options: HttpClientOptions = {}): LabClient {
  const base = (options.baseUrl ?? window.location.origin).replace(/\/$/, '');
  const doFetch = options.fetch ?? window.fetch.bind(window);
  const ES = options.EventSource ?? window.EventSource;
  const retryMs = options.retryMs ?? 1500;
  const events = createListeners<LabEvent>();
  const statuses = createListeners<ConnectionStatus>();
  let status: ConnectionStatus = 'connecting';
  let source: EventSource | null = null;
  let retry: ReturnType<typeof setTimeout> | null = null;
  let closed = false;

  const setStatus = (s: ConnectionStatus) => {
    if (s === status) return;
    status = s;
    statuses.emit(s);
  };

  const invoke: LabInvoke = async (name, input) => {
    let response: Response;
    try {
      response = await doFetch(`${base}${httpOperationPath(name)}`, {
        method: 'POST',
        credentials: 'same-origin',
        headers: input === undefined ? {} : { 'content-type': 'application/json' },
        body: input === undefined ? undefined : stringifyWire(input),
      });
    } catch (e) {
      setStatus('offline');
      return unreachable(e);
    }
    if (response.status === 401) setStatus('unauthorized');
    const text = await response.text();
    try {
      const result = parseWire(text) as Result<unknown>;
      if (result && typeof result === 'object' && 'ok' in result) return result;
    } catch {
      // fall through: the server answered something that is not a result (e.g. a proxy's error page)
    }
    return fail('internal', `the server answered ${response.status} ${response.statusText} without a result`);
  };

  const connect = () => {
    if (closed || typeof ES !== 'function') return;
    source?.close();
    const es = new ES(`${base}${HTTP_EVENTS_PATH}`, { withCredentials: true });
    source = es;
    es.onopen = () => setStatus('online');
    es.addEventListener(SSE_LAB_EVENT, (msg) => {
      try {
        events.emit(parseWire((msg as MessageEvent<string>).data) as LabEvent);
      } catch (e) {
        console.error('unreadable event', e);
      }
    });
    es.onerror = () => {
      // EventSource retries by itself unless the server answered an error status; retrying here covers both.
      es.close();
      if (source !== es || closed) return;
      // a refused token stays said until it is accepted again; a dropped stream reads as the server being down
      if (status !== 'unauthorized') setStatus('offline');
      scheduleReconnect();
    };
  };

  // Probes until the server answers with this page's token, then reopens the stream (which sets 'online').
  // A server restarted with the same token (the data directory keeps it) is picked up by itself; one with a
  // new token keeps the page 'unauthorized' until the new address is opened (its cookie then serves this tab too).
  const scheduleReconnect = () => {
    if (retry || closed) return;
    retry = setTimeout(() => {
      retry = null;
      void probe().then((answer) => {
        if (closed) return;
        if (answer === 'ok') connect();
        else scheduleReconnect();
      });
    }, retryMs);
  };

  // A cheap call tells a refused token (401) apart from a server that is down.
  const probe = async (): Promise<'ok' | 'unauthorized' | 'down'> => {
    try {
      const r = await doFetch(`${base}${httpOperationPath('system.info')}`, { method: 'POST', credentials: 'same-origin' });
      if (r.status === 401) {
        setStatus('unauthorized');
        return 'unauthorized';
      }
      return 'ok';
    } catch {
      if (status !== 'unauthorized') setStatus('offline');
      return 'down';
    }
  };

  connect();

  return {
    kind: 'http',
    api: createLabApi(invoke),
    onEvent: (listener: LabEventListener) => events.add(listener),
    onStatus(listener) {
      listener(status);
      return statuses.add(listener);
    },
    saveFile: browserDownload,
    close() {
      closed = true;
      if (retry) clearTimeout(retry);
      source?.close();
      source = null;
    },
  };
}

function unreachable(e: unknown): Result<never> {
  const why = e instanceof Error ? e.message : String(e);
  return { ok: false, error: { code: 'unavailable', message: `the lab service is not reachable (${why})` } };
}

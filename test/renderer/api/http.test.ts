import { afterEach, describe, expect, it } from 'vitest';
import { createHttpClient } from '../../../renderer/src/api/http';
import type { ConnectionStatus } from '../../../renderer/src/api/client';
import { stringifyWire } from '../../../shared/contract/wire';

/** A stand-in EventSource the test drives by hand. */
class FakeEventSource {
  static last: FakeEventSource | null = null;
  onopen: (() => void) | null = null;
  onerror: (() => void) | null = null;
  closed = false;
  private listeners = new Map<string, ((m: { data: string }) => void)[]>();
  constructor(readonly url: string) {
    FakeEventSource.last = this;
  }
  addEventListener(type: string, l: (m: { data: string }) => void) {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), l]);
  }
  close() {
    this.closed = true;
  }
  emit(type: string, data: string) {
    for (const l of this.listeners.get(type) ?? []) l({ data });
  }
}

const clients: { close(): void }[] = [];
afterEach(() => clients.splice(0).forEach((c) => c.close()));

function make(fetchImpl: typeof fetch) {
  const client = createHttpClient({ baseUrl: 'http://127.0.0.1:9', fetch: fetchImpl, EventSource: FakeEventSource as unknown as typeof EventSource, retryMs: 10 });
  clients.push(client);
  return client;
}

describe('createHttpClient', () => {
  it('posts an operation to its path and decodes infinite costs from the wire', async () => {
    const calls: { url: string; body: unknown }[] = [];
    const client = make(async (url, init) => {
      calls.push({ url: String(url), body: init?.body });
      return new Response(stringifyWire({ ok: true, value: { runs: [{ finalCost: Infinity }], total: 1 } }), { status: 200 });
    });
    const res = await client.api['runs.list']({ search: 'he' });
    expect(calls[0].url).toBe('http://127.0.0.1:9/api/ops/runs.list');
    expect(JSON.parse(String(calls[0].body))).toEqual({ search: 'he' });
    expect(res.ok && res.value.runs[0].finalCost).toBe(Infinity);
  });

  it('sends no body for an operation without input', async () => {
    let body: unknown = 'unset';
    const client = make(async (_url, init) => {
      body = init?.body;
      return new Response(JSON.stringify({ ok: true, value: {} }), { status: 200 });
    });
    await client.api['registry.get'](undefined);
    expect(body).toBeUndefined();
  });

  it('answers an unreachable server with an unavailable error, never a throw', async () => {
    const client = make(async () => {
      throw new TypeError('Failed to fetch');
    });
    const res = await client.api['system.info'](undefined);
    expect(res).toEqual({ ok: false, error: { code: 'unavailable', message: 'the lab service is not reachable (Failed to fetch)' } });
  });

  it('delivers pushed events decoded, and reports the stream opening as online', () => {
    const client = make(async () => new Response('{}'));
    const statuses: ConnectionStatus[] = [];
    client.onStatus((s) => statuses.push(s));
    const got: unknown[] = [];
    client.onEvent((e) => got.push(e));
    FakeEventSource.last?.onopen?.();
    FakeEventSource.last?.emit('lab', stringifyWire({ type: 'run.progress', runId: 'r', experimentId: 'e', iteration: 1, iterations: 2, cost: Infinity, elapsedSeconds: 0 }));
    expect(statuses).toEqual(['connecting', 'online']);
    expect(got).toEqual([{ type: 'run.progress', runId: 'r', experimentId: 'e', iteration: 1, iterations: 2, cost: Infinity, elapsedSeconds: 0 }]);
  });

  it('tells a refused token apart from a server that is down when the stream breaks', async () => {
    const client = make(async () => new Response(JSON.stringify({ ok: false, error: { code: 'unauthorized', message: 'token' } }), { status: 401 }));
    const statuses: ConnectionStatus[] = [];
    client.onStatus((s) => statuses.push(s));
    const first = FakeEventSource.last;
    first?.onopen?.();
    first?.onerror?.();
    await new Promise((r) => setTimeout(r, 50));
    expect(statuses).toEqual(['connecting', 'online', 'offline', 'unauthorized']);
    expect(first?.closed).toBe(true);
  });

  it('keeps saying the token was refused instead of falling back to "reconnecting" while it stays refused', async () => {
    const client = make(async () => new Response('{}', { status: 401 }));
    const statuses: ConnectionStatus[] = [];
    client.onStatus((s) => statuses.push(s));
    FakeEventSource.last?.onopen?.();
    FakeEventSource.last?.onerror?.();
    await new Promise((r) => setTimeout(r, 80));
    expect(statuses).toEqual(['connecting', 'online', 'offline', 'unauthorized']);
  });

  it('reconnects by itself once a restarted server accepts the same token again', async () => {
    let up = false;
    const client = make(async () => {
      if (!up) throw new TypeError('connection refused');
      return new Response(stringifyWire({ ok: true, value: {} }), { status: 200 });
    });
    const statuses: ConnectionStatus[] = [];
    client.onStatus((s) => statuses.push(s));
    const first = FakeEventSource.last;
    first?.onopen?.();
    first?.onerror?.();
    await new Promise((r) => setTimeout(r, 40));
    expect(FakeEventSource.last).toBe(first);
    up = true;
    await expect.poll(() => FakeEventSource.last !== first, { timeout: 1000 }).toBe(true);
    FakeEventSource.last?.onopen?.();
    expect(statuses).toEqual(['connecting', 'online', 'offline', 'online']);
  });
});

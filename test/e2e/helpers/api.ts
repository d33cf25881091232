// Calls the lab's HTTP operations from inside the page (so the page's token cookie authorises them).
import type { Page } from 'playwright-core';

/** Calls one operation and returns its value; throws with the error message when it fails. */
export async function callOp<T = unknown>(page: Page, name: string, input?: unknown): Promise<T> {
  const result = (await page.evaluate(
    async ([op, body]) => {
      const r = await fetch(`/api/ops/${op}`, {
        method: 'POST',
        headers: body === undefined ? {} : { 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return r.json();
    },
    [name, input] as const,
  )) as { ok: boolean; value?: unknown; error?: { message: string } };
  if (!result.ok) throw new Error(`${name}: ${result.error?.message}`);
  return result.value as T;
}

/** A small, fast experiment on generated circles (a few hundred iterations), each arm once per init seed. */
export function smallExperiment(name: string, lr: number, inits: string[], seeds: number[] = [1]) {
  return {
    name,
    experiment: {
      name,
      base: {
        data: { kind: 'circles', nTrain: 100, nTest: 40, noise: 0.1, seed: 1 },
        network: { dims: [2, 6, 1], activation: 'relu' },
        optimizer: { name: 'gd', lr },
        iterations: 300,
        record: { costEvery: 1, checkpointEvery: 100 },
      },
      arms: inits.map((n) => ({ init: { name: n } })),
      seeds: { init: seeds },
    },
  };
}

// One lab server and one browser on its page for a whole test file: started before its tests, stopped after.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser, type TestBrowser } from './browser';
import { removeDataDir, startLabServer, type LabServerProcess } from './server';

/** The running server and browser of a test file (read them inside tests or later hooks). */
export interface LabSession {
  readonly server: LabServerProcess;
  readonly browser: TestBrowser;
  readonly page: Page;
}

/** Registers the hooks that start `init-lab serve` and Chromium on its URL, and stop both and remove the data. */
export function useLabSession(options: { colorScheme?: 'light' | 'dark' } = {}): LabSession {
  let server: LabServerProcess | null = null;
  let browser: TestBrowser | null = null;
  beforeAll(async () => {
    server = await startLabServer();
    browser = await launchBrowser(options);
    await browser.page.goto(server.url);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    if (server) removeDataDir(server.dataDir);
  });
  const started = <T>(value: T | null, what: string): T => {
    if (!value) throw new Error(`the ${what} has not started`);
    return value;
  };
  return {
    get server() {
      return started(server, 'lab server');
    },
    get browser() {
      return started(browser, 'browser');
    },
    get page() {
      return started(browser, 'browser').page;
    },
  };
}

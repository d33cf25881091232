// Loaded (with --import) before the bundled main process under plain Node and the fake electron: once the
// app has opened its window, it exercises what the app set up and prints a JSON report, then quits the app.
import { existsSync } from 'node:fs';
import { app, recorded } from 'electron';
import { courseExperiment } from './course-experiment.mjs';

const MARK = '@@BOOT-REPORT@@';

async function waitForWindow() {
  for (let i = 0; i < 600; i++) {
    if (recorded.windows[0]?.url) return recorded.windows[0];
    if (recorded.exitCode !== null) return null;
    await new Promise((r) => setTimeout(r, 25));
  }
  return null;
}

async function call(channel, url, payload) {
  const handler = recorded.handlers.get(channel);
  if (!handler) return { missing: channel };
  return handler({ senderFrame: { url, parent: null }, sender: recorded.windows[0]?.webContents }, payload);
}

/** Starts a short experiment through IPC and waits for its events to reach the window. */
async function train(contents) {
  const started = await call('lab:op:experiments.start', 'app://lab/index.html', {
    experiment: courseExperiment({ name: 'boot', iterations: 200, record: { costEvery: 10, checkpointEvery: 100 } }),
  });
  const events = () => contents.sent.filter(([channel]) => channel === 'lab:event').map(([, event]) => event);
  for (let i = 0; i < 1200 && !events().some((e) => e.type === 'experiment.done'); i++) await new Promise((r) => setTimeout(r, 25));
  const runs = await call('lab:op:runs.list', 'app://lab/index.html', {});
  return { started: started.ok, eventTypes: [...new Set(events().map((e) => e.type))], statuses: runs.ok ? runs.value.runs.map((r) => r.status) : runs };
}

async function probe() {
  const window = await waitForWindow();
  if (!window) {
    process.stdout.write(`${MARK}${JSON.stringify({ booted: false, errors: recorded.errors, exitCode: recorded.exitCode })}\n`);
    process.exit(1);
  }
  const contents = window.webContents;
  const navigation = {};
  for (const name of ['will-navigate', 'will-redirect', 'will-attach-webview']) {
    let prevented = false;
    contents.emit(name, { preventDefault: () => (prevented = true) }, 'https://example.com/');
    navigation[name] = prevented;
  }
  let granted = null;
  recorded.permissionRequestHandler?.(contents, 'media', (g) => (granted = g));
  const page = await recorded.protocolHandlers.get('app')?.({ url: 'app://lab/index.html' });
  const report = {
    booted: true,
    sandbox: recorded.sandbox,
    schemes: recorded.schemes,
    windowCount: recorded.windows.length,
    url: window.url,
    webPreferences: window.options.webPreferences,
    preloadExists: existsSync(window.options.webPreferences.preload),
    channels: [...recorded.handlers.keys()],
    systemInfo: await call('lab:op:system.info', 'app://lab/index.html', undefined),
    runsList: await call('lab:op:runs.list', 'app://lab/index.html', {}),
    foreign: await call('lab:op:system.info', 'https://evil.example/', undefined),
    invalid: await call('lab:op:runs.get', 'app://lab/index.html', { id: 7 }),
    navigation,
    windowOpen: contents.windowOpenHandler?.({ url: 'https://example.com/' }),
    permissionGranted: granted,
    permissionCheck: recorded.permissionCheckHandler?.(contents, 'clipboard-read', 'app://lab'),
    training: await train(contents),
    page: page ? { status: page.status, csp: page.headers.get('content-security-policy'), hasApp: (await page.text()).includes('id="app"') } : null,
    errors: recorded.errors,
  };
  process.stdout.write(`${MARK}${JSON.stringify(report)}\n`);
  app.once('quit-done', () => process.exit(0));
  app.quit();
}

void probe();

// Starts a browser-mode server over the fake door, with a tiny built renderer in a temp folder.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveDoor, type RunningServer } from '../../../electron/server/index';
import { fakeBackend, fakeDoor, type FakeBackend } from './fake-door';

/** A page and one asset, standing in for out/renderer. */
export function makeRendererDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'init-lab-renderer-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Init Lab</title><script type="module" src="./assets/app.js"></script>');
  writeFileSync(join(dir, 'assets', 'app.js'), 'console.log("lab");');
  return dir;
}

/** A listening server and its cleanup. */
export async function startFakeServer(options: { bodyLimit?: number } = {}): Promise<RunningServer & { backend: FakeBackend; stop(): Promise<void> }> {
  const rendererDir = makeRendererDir();
  const backend = fakeBackend();
  const server = await serveDoor({ door: fakeDoor(backend), rendererDir, bodyLimit: options.bodyLimit });
  return {
    ...server,
    backend,
    async stop() {
      await server.close();
      rmSync(rendererDir, { recursive: true, force: true });
    },
  };
}

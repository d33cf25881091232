// The development renderer's URL (electron-vite's dev server), honoured only while developing from source.

/** Hosts a development server may be on: this machine only. */
const LOOPBACK = ['localhost', '127.0.0.1', '[::1]'];

/**
 * ELECTRON_RENDERER_URL if this is an unpackaged app started by `electron-vite dev` (which sets
 * NODE_ENV_ELECTRON_VITE=development) and the URL is plain http on this machine; otherwise undefined, so an
 * inherited or planted variable can never point a started or packaged app at another page.
 */
export function devRendererUrl(env: Record<string, string | undefined>, isPackaged: boolean): string | undefined {
  const raw = env.ELECTRON_RENDERER_URL;
  if (isPackaged || env.NODE_ENV_ELECTRON_VITE !== 'development' || !raw) return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return undefined;
  }
  return url.protocol === 'http:' && LOOPBACK.includes(url.hostname) ? raw : undefined;
}

/** Removes the development variables from the environment, so nothing this app starts inherits them. */
export function forgetDevEnv(env: Record<string, string | undefined>): void {
  delete env.ELECTRON_RENDERER_URL;
  delete env.NODE_ENV_ELECTRON_VITE;
}

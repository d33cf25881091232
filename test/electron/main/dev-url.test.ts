import { describe, expect, it } from 'vitest';
import { devRendererUrl, forgetDevEnv } from '../../../electron/main/dev-url';

const dev = { ELECTRON_RENDERER_URL: 'http://localhost:5173', NODE_ENV_ELECTRON_VITE: 'development' };

describe('devRendererUrl', () => {
  it('honours the dev server URL in an unpackaged app started by electron-vite dev', () => {
    expect(devRendererUrl(dev, false)).toBe('http://localhost:5173');
  });

  it('ignores it in a packaged app', () => {
    expect(devRendererUrl(dev, true)).toBeUndefined();
  });

  it('ignores it when the app was not started by electron-vite dev (an inherited variable)', () => {
    expect(devRendererUrl({ ELECTRON_RENDERER_URL: 'http://localhost:5173' }, false)).toBeUndefined();
  });

  it('ignores a URL off this machine or not plain http', () => {
    expect(devRendererUrl({ ...dev, ELECTRON_RENDERER_URL: 'http://evil.example:5173' }, false)).toBeUndefined();
    expect(devRendererUrl({ ...dev, ELECTRON_RENDERER_URL: 'file:///etc/passwd' }, false)).toBeUndefined();
    expect(devRendererUrl({ ...dev, ELECTRON_RENDERER_URL: 'not a url' }, false)).toBeUndefined();
  });

  it('forgets the development variables so nothing the app starts inherits them', () => {
    const env: Record<string, string | undefined> = { ...dev, PATH: '/bin' };
    forgetDevEnv(env);
    expect(env).toEqual({ PATH: '/bin' });
  });
});

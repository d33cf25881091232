// Locks the desktop app down: every web contents stays on its page, opens no windows, embeds no webviews,
// is granted no permission, and is served the app's Content-Security-Policy.
import type { App, Event, Session, WebContents } from 'electron';
import { CSP_HEADER } from '../door/csp';

/** Applies the navigation locks to every web contents the app ever creates. */
export function lockDownAllContents(app: Pick<App, 'on'>): void {
  app.on('web-contents-created', (_event, contents) => lockDownContents(contents));
}

/** No navigation away from the loaded page, no new windows, no webviews. */
export function lockDownContents(contents: WebContents): void {
  const refuse = (event: Event) => event.preventDefault();
  contents.on('will-navigate', refuse);
  contents.on('will-frame-navigate', refuse);
  contents.on('will-redirect', refuse);
  contents.on('will-attach-webview', refuse);
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

/** Denies every permission request and check, and sends the CSP header with every response. */
export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.webRequest.onHeadersReceived((details, callback) => {
    const headers = { ...details.responseHeaders };
    for (const key of Object.keys(headers)) if (key.toLowerCase() === 'content-security-policy') delete headers[key];
    callback({ responseHeaders: { ...headers, 'Content-Security-Policy': [CSP_HEADER] } });
  });
}

// The Content-Security-Policy of every page the lab shows, in the desktop window and in browser mode.
// renderer/index.html carries the same policy in a meta tag (a test keeps them equal); the header adds
// frame-ancestors, which a meta tag cannot set.

/** The policy's directives: only the app's own scripts, styles, images and connections. */
export const CSP_DIRECTIVES = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
] as const;

/** The policy as the renderer's meta tag states it. */
export const CSP_META = CSP_DIRECTIVES.join('; ');

/** The policy as a response header sends it: the meta policy plus a ban on being framed. */
export const CSP_HEADER = `${CSP_META}; frame-ancestors 'none'`;

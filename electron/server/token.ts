// The browser-mode token: made at each start, looked for in the query, then a cookie, then a bearer header.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import { TOKEN_QUERY } from '../../shared/contract/transport';

/** A fresh random token (256 bits, URL-safe). */
export function createToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Name of the cookie holding the token; it names the port, because cookies are shared across ports. */
export function tokenCookieName(port: number): string {
  return `init_lab_token_${port}`;
}

/** Where a request's token came from, if it carried one. */
export type TokenSource = 'query' | 'cookie' | 'bearer';

/** The token a request presents and where it was found: the query first, then the cookie, then the header. */
export function presentedToken(request: FastifyRequest, port: number): { token: string; source: TokenSource } | null {
  const query = request.query as Record<string, unknown> | undefined;
  const fromQuery = query?.[TOKEN_QUERY];
  if (typeof fromQuery === 'string') return { token: fromQuery, source: 'query' };
  const fromCookie = readCookie(request.headers.cookie, tokenCookieName(port));
  if (fromCookie !== null) return { token: fromCookie, source: 'cookie' };
  const auth = request.headers.authorization;
  const bearer = typeof auth === 'string' ? /^Bearer\s+(\S+)\s*$/i.exec(auth) : null;
  if (bearer) return { token: bearer[1], source: 'bearer' };
  return null;
}

/** Compares two tokens in constant time (hashing first makes the lengths equal). */
export function tokensMatch(presented: string, expected: string): boolean {
  const a = createHash('sha256').update(presented).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}

/** The Set-Cookie value that lets the page's own asset and API requests carry the token. */
export function tokenCookie(port: number, token: string): string {
  return `${tokenCookieName(port)}=${token}; Path=/; HttpOnly; SameSite=Strict`;
}

/** The value of one cookie in a Cookie header, or null. */
function readCookie(header: string | undefined, name: string): string | null {
  if (typeof header !== 'string') return null;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return null;
}

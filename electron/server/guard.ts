// The gate every request passes before routing: this server's Host and Origin only, then the token.
import type { FastifyReply, FastifyRequest } from 'fastify';
import { fail } from '../../shared/contract/errors';
import { presentedToken, tokenCookie, tokensMatch } from './token';

/** What the gate checks against: the token of this start and the port the server listens on. */
export interface GuardOptions {
  token: string;
  port: () => number;
}

/** The names this server answers to; anything else is a rebinding attempt or a stray request. */
export function allowedHosts(port: number): string[] {
  return [`127.0.0.1:${port}`, `localhost:${port}`];
}

/** How many times a header appears among the raw name/value pairs. */
function countHeader(raw: readonly string[], name: string): number {
  let n = 0;
  for (let i = 0; i < raw.length; i += 2) if (raw[i].toLowerCase() === name) n++;
  return n;
}

/** Builds the onRequest hook: 400 for two Host headers, 403 for a foreign Host or Origin, 401 without the token. */
export function createGuard(options: GuardOptions) {
  return async function guard(request: FastifyRequest, reply: FastifyReply) {
    const port = options.port();
    const hosts = allowedHosts(port);
    // Node keeps the first of several Host headers; a request with two is ambiguous about where it is going, so it is refused.
    if (countHeader(request.raw.rawHeaders, 'host') > 1) {
      return reply.code(400).send(fail('invalid_input', 'a request may carry one Host header only'));
    }
    const host = request.headers.host?.toLowerCase();
    if (host === undefined || !hosts.includes(host)) {
      return reply.code(403).send(fail('forbidden', `this server answers only to ${hosts.join(' or ')}`));
    }
    const origin = request.headers.origin;
    if (origin !== undefined && !hosts.some((h) => origin.toLowerCase() === `http://${h}`)) {
      return reply.code(403).send(fail('forbidden', `requests from origin ${JSON.stringify(origin)} are refused`));
    }
    const presented = presentedToken(request, port);
    if (presented === null || !tokensMatch(presented.token, options.token)) {
      return reply
        .code(401)
        .send(fail('unauthorized', 'a valid token is required: open the URL that `init-lab serve` printed'));
    }
    // The page's own assets and API calls carry the token as a cookie from here on.
    if (presented.source === 'query') reply.header('set-cookie', tokenCookie(port, options.token));
  };
}

// How errors leave the HTTP door: always `{ ok: false, error: { code, message } }`, with a fitting status.
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { fail, type ErrorCode } from '../../shared/contract/errors';

/** HTTP status of each error code. */
const STATUS_BY_CODE: Readonly<Record<ErrorCode, number>> = {
  invalid_input: 400,
  unauthorized: 401,
  forbidden: 403,
  unknown_operation: 404,
  not_found: 404,
  conflict: 409,
  bad_bundle: 422,
  unsupported_version: 422,
  internal: 500,
  unavailable: 503,
};

/** The status an error result is sent with. */
export function statusForCode(code: ErrorCode): number {
  return STATUS_BY_CODE[code] ?? 500;
}

/** Fastify's error handler: request errors (bad JSON, huge or non-JSON bodies) keep their 4xx status; the rest is a 500 without details. */
export function handleError(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  const status = typeof error.statusCode === 'number' && error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 500;
  if (status === 500) {
    process.stderr.write(`init-lab serve: ${request.method} ${request.url.split('?')[0]} failed: ${error.stack ?? error.message}\n`);
    return reply.code(500).send(fail('internal', 'internal error'));
  }
  return reply.code(status).send(fail(status === 404 ? 'not_found' : 'invalid_input', error.message));
}

/** Fastify's not-found handler, as JSON like every other error. */
export function handleNotFound(request: FastifyRequest, reply: FastifyReply) {
  return reply.code(404).send(fail('not_found', `no such path: ${request.method} ${request.url.split('?')[0]}`));
}

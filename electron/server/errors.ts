// How errors leave the HTTP door: always `{ ok: false, error: { code, message } }`, with a fitting status.
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { failure } from '../main/door';

/** HTTP status of an error code from the door or the service; codes not listed are client errors (422). */
const STATUS_BY_CODE: Readonly<Record<string, number>> = {
  unknown_operation: 404,
  invalid_payload: 400,
  not_found: 404,
  conflict: 409,
  internal: 500,
};

/** The status an error result is sent with. */
export function statusForCode(code: string): number {
  return Object.hasOwn(STATUS_BY_CODE, code) ? STATUS_BY_CODE[code] : 422;
}

/** Codes for the request errors fastify raises before a route runs (bad JSON, huge or foreign bodies). */
const CODE_BY_STATUS: Readonly<Record<number, string>> = {
  400: 'bad_request',
  404: 'not_found',
  405: 'method_not_allowed',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
};

/** Fastify's error handler: request errors keep their 4xx status, anything else is a 500 without details. */
export function handleError(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  const status = typeof error.statusCode === 'number' && error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 500;
  if (status === 500) {
    process.stderr.write(`init-lab serve: ${request.method} ${request.url.split('?')[0]} failed: ${error.stack ?? error.message}\n`);
    return reply.code(500).send(failure('internal', 'internal error'));
  }
  return reply.code(status).send(failure(CODE_BY_STATUS[status] ?? 'bad_request', error.message));
}

/** Fastify's not-found handler, as JSON like every other error. */
export function handleNotFound(request: FastifyRequest, reply: FastifyReply) {
  return reply.code(404).send(failure('not_found', `no such path: ${request.method} ${request.url.split('?')[0]}`));
}

// What travels through the Redis queue between a lab and remote workers: the job, its reports and its ending.
// Typed arrays and non-finite numbers travel wire-encoded (wire.ts), so every number arrives bit for bit.
import { z } from 'zod';
import { RunConfigSchema, type RunConfig } from './config';
import { decodeWire, encodeWire } from './wire';
import type { JobResult, WorkerReport } from './worker-messages';
import type { Checkpoint } from '../engine/types';

/** A run as a queue job: its config, and what a worker must match before it trains it. */
export const QueueJobSchema = z.object({
  runId: z.string().min(1),
  config: RunConfigSchema,
  /** The lab's engine version; a worker with another one refuses the job (results must be bit-identical wherever they ran). */
  engineVersion: z.string().min(1),
  /** The lab that sent it: a worker stops a job whose lab has gone (its heartbeat key expired). */
  labId: z.string().min(1),
});

/** A queue job's data. */
export type QueueJob = z.output<typeof QueueJobSchema>;

/** What a lab puts on the queue for a run. */
export function queueJob(runId: string, config: RunConfig, engineVersion: string, labId: string): QueueJob {
  return { runId, config, engineVersion, labId };
}

/** One report of a job as it travels (the job's progress field): which attempt sent it, and its place in that attempt. */
export interface QueueReport {
  /** Unique per attempt (the worker's lock token), so reports of an attempt that died are told from its retry's. */
  attempt: string;
  seq: number;
  report: WorkerReport;
}

/** How a remote job ended, as its return value: everything it recorded, so the lab can fill in any report it missed. */
export type QueueEnding =
  | { kind: 'done'; attempt: string; result: JobResult; iterations: Float64Array; costs: Float64Array; checkpoints: Checkpoint[] }
  | { kind: 'error'; attempt: string; message: string; iterations: Float64Array; costs: Float64Array; checkpoints: Checkpoint[] }
  | { kind: 'cancelled'; attempt: string; reason: string };

const ReportEnvelopeSchema = z.object({
  attempt: z.string().min(1),
  seq: z.number().int().nonnegative(),
  report: z.object({ type: z.enum(['progress', 'costs', 'checkpoint']) }).passthrough(),
});

const EndingEnvelopeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('done'), attempt: z.string(), result: z.object({ outcome: z.string() }).passthrough(), iterations: z.instanceof(Float64Array), costs: z.instanceof(Float64Array), checkpoints: z.array(z.object({ iteration: z.number() }).passthrough()) }),
  z.object({ kind: z.literal('error'), attempt: z.string(), message: z.string(), iterations: z.instanceof(Float64Array), costs: z.instanceof(Float64Array), checkpoints: z.array(z.object({ iteration: z.number() }).passthrough()) }),
  z.object({ kind: z.literal('cancelled'), attempt: z.string(), reason: z.string() }),
]);

/** The wire form of a report (JSON-safe). */
export function encodeQueueReport(r: QueueReport): unknown {
  return encodeWire(r);
}

/** A report read from the queue, or an error naming what is wrong with it. */
export function decodeQueueReport(raw: unknown): { ok: true; value: QueueReport } | { ok: false; message: string } {
  return decodeWith(raw, ReportEnvelopeSchema) as { ok: true; value: QueueReport } | { ok: false; message: string };
}

/** The wire form of an ending (JSON-safe). */
export function encodeQueueEnding(e: QueueEnding): unknown {
  return encodeWire(e);
}

/** An ending read from the queue, or an error naming what is wrong with it. */
export function decodeQueueEnding(raw: unknown): { ok: true; value: QueueEnding } | { ok: false; message: string } {
  return decodeWith(raw, EndingEnvelopeSchema) as { ok: true; value: QueueEnding } | { ok: false; message: string };
}

function decodeWith(raw: unknown, schema: z.ZodType): { ok: true; value: unknown } | { ok: false; message: string } {
  let value: unknown;
  try {
    value = decodeWire(raw);
  } catch (e) {
    return { ok: false, message: e instanceof Error ? e.message : String(e) };
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, message: `${issue.path.join('.') || '(root)'}: ${issue.message}` };
  }
  // The checked envelope; its inner payload keeps the decoded typed arrays (zod's passthrough copies them as they are).
  return { ok: true, value };
}

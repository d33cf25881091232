// The lab's documented limits, checked before anything is queued: how big a run, an experiment and an export may be.
// Each breach is one structured issue naming the field, what was asked and what is allowed.
import type { RunConfig } from './config';
import { FULL_RATE_COSTS, keptCostBound } from '../engine/record/cost-record';

export { FULL_RATE_COSTS };

/** Runs one experiment or sweep may hold: the same for the CLI, HTTP and the app. */
export const MAX_RUNS_PER_EXPERIMENT = 10_000;
/** Parameter updates one run may ask for. */
export const MAX_ITERATIONS = 10_000_000;
/** Units in one layer. */
export const MAX_LAYER_WIDTH = 65_536;
/** Layers (the input included). */
export const MAX_LAYERS = 128;
/** Weights and biases in one network. */
export const MAX_PARAMETERS = 20_000_000;
/** Training plus test samples. */
export const MAX_SAMPLES = 2_000_000;
/** What one run may be estimated to need in memory (see estimateRunBytes). */
export const MEMORY_BUDGET_BYTES = 1024 * 1024 * 1024;
/** The largest bundle an export writes, and so (with its JSON wrapping) what an import takes in every door. */
export const MAX_EXPORT_BYTES = 256 * 1024 * 1024;

/** One limit breached: the field's path, what it holds and what is allowed (the shape of a validation issue). */
export interface LimitIssue {
  path: (string | number)[];
  code: 'too_large';
  message: string;
  received: number;
  expected: string;
}

/** Weights and biases of a network with these layer sizes. */
export function parameterCount(dims: readonly number[]): number {
  let n = 0;
  for (let l = 0; l + 1 < dims.length; l++) n += dims[l] * dims[l + 1] + dims[l + 1];
  return n;
}

/** Samples the data config holds, train and test (a CSV's rows; the course's 400; MNIST's 10,000; an IDX set read as MNIST-sized, 70,000, until its files are read). */
export function sampleCount(data: RunConfig['data']): number {
  if (data.kind === 'csv') return data.x.length;
  if ('nTrain' in data) return data.nTrain + (data.nTest ?? 0);
  if (data.kind === 'mnist') return 10_000;
  if (data.kind === 'idx') return 70_000;
  return 400;
}

/** Bytes per recorded cost point while it is held (worker buffer, message, queue, store chunk). */
const BYTES_PER_COST = 48;

/**
 * An upper estimate of one run's memory: parameters with their gradients, optimizer state and the initial and
 * final copies; activations of one batch forward and backward (and the transposed copies the fast path keeps);
 * full-batch checkpoint passes over train and test; the data; the recorded costs (bounded by FULL_RATE_COSTS).
 */
export function estimateRunBytes(config: RunConfig): number {
  const dims = config.network.dims;
  const params = parameterCount(dims);
  const states = config.optimizer.name === 'adam' ? 2 : config.optimizer.name === 'momentum' ? 1 : 0;
  const samples = sampleCount(config.data);
  const units = dims.reduce((s, d) => s + d, 0);
  const batch = config.optimizer.batchSize ?? samples;
  const costs = keptCostBound(Math.floor(config.iterations / config.record.costEvery) + 1);
  return 8 * (params * (4 + states) + batch * units * 4 + samples * units * 2 + samples * dims[0] * 2) + costs * BYTES_PER_COST;
}

const mib = (bytes: number) => `${Math.ceil(bytes / (1024 * 1024))} MiB`;

/** Every documented limit a run config breaches (empty when it fits), checked before it is queued. */
export function runLimitIssues(config: RunConfig): LimitIssue[] {
  const issues: LimitIssue[] = [];
  const add = (path: LimitIssue['path'], received: number, max: number, what: string) =>
    issues.push({ path, code: 'too_large', received, expected: `at most ${max.toLocaleString('en-US')}`, message: `${what} ${received.toLocaleString('en-US')} is over the limit of ${max.toLocaleString('en-US')}` });
  if (config.iterations > MAX_ITERATIONS) add(['iterations'], config.iterations, MAX_ITERATIONS, 'iterations');
  const dims = config.network.dims;
  if (dims.length > MAX_LAYERS) add(['network', 'dims'], dims.length, MAX_LAYERS, 'layers');
  dims.forEach((d, i) => d > MAX_LAYER_WIDTH && add(['network', 'dims', i], d, MAX_LAYER_WIDTH, `layer ${i} width`));
  const params = parameterCount(dims);
  if (params > MAX_PARAMETERS) add(['network', 'dims'], params, MAX_PARAMETERS, 'parameter count');
  const samples = sampleCount(config.data);
  if (samples > MAX_SAMPLES) add(['data'], samples, MAX_SAMPLES, 'samples (train + test)');
  if (issues.length === 0) {
    const bytes = estimateRunBytes(config);
    if (bytes > MEMORY_BUDGET_BYTES) {
      issues.push({
        path: ['network', 'dims'],
        code: 'too_large',
        received: bytes,
        expected: `at most ${mib(MEMORY_BUDGET_BYTES)}`,
        message: `the run would need about ${mib(bytes)} of memory, over the budget of ${mib(MEMORY_BUDGET_BYTES)} (fewer or narrower layers, a smaller batch or less data)`,
      });
    }
  }
  return issues;
}

/** The issues as one line, each `path: message`, the way the doors report a bad field. */
export function describeLimitIssues(issues: readonly LimitIssue[], root = ''): string {
  return issues.map((i) => `${[root, ...i.path.map(String)].filter((p) => p !== '').join('.')}: ${i.message}`).join('; ');
}

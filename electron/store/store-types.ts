// What the store's parts are given and take: options, new experiments and runs, how a run ended.
import type { RunConfig } from '../../shared/contract/config';
import type { ExperimentKind, SweepCell } from '../../shared/contract/records';
import type { Checkpoint, Params } from '../../shared/engine/types';
import type { StoreFaults } from './faults';

/** How to open a store. */
export interface RunStoreOptions {
  /** The database file; its directory is created if missing. ':memory:' works for tests. */
  path: string;
  /** The pid recorded as owner of the runs this process queues (default process.pid). */
  pid?: number;
  /** Apply migrations up to this version only (tests of older schemas). */
  schemaVersion?: number;
  /** A better-sqlite3 native binding built for another ABI (the desktop app under Electron). */
  nativeBinding?: string;
  /** How long a write waits for another connection's lock before SQLITE_BUSY (default 5000 ms). */
  busyTimeoutMs?: number;
  /** Injected failures (fault-injection tests only). */
  faults?: StoreFaults;
}

/** What describes a run for listing and filtering, taken from its config by the service. */
export interface RunFacts {
  dataset: string;
  init: string;
  initName: string;
  initSeed: number;
  dataSeed: number | null;
  iterations: number;
}

/** A new experiment. */
export interface NewExperiment {
  id: string;
  name: string;
  kind: ExperimentKind;
  config: unknown;
  createdAt: string;
  tags: string[];
  notes?: string;
}

/** A new run, stored as queued. */
export interface NewRun {
  id: string;
  experimentId: string;
  name: string;
  arm: string;
  config: RunConfig;
  facts: RunFacts;
  engineVersion: string;
  createdAt: string;
  tags: string[];
  sweep: SweepCell | null;
}

/** How a trained run ended, written in one transaction with its parameters and any costs not yet stored. */
export interface RunFinish {
  status: 'done' | 'diverged' | 'cancelled';
  finishedAt: string;
  iterationsRun: number;
  costEvery: number;
  trainAccuracy: number;
  testAccuracy: number;
  finalCost: number;
  divergedAt: number | null;
  firstNonFiniteIteration: number | null;
  trainSeconds: number;
  initialParams: Params | null;
  finalParams: Params | null;
  /** Costs recorded after the last chunk that was written. */
  trailingCosts?: { iterations: ArrayLike<number>; costs: Float64Array };
  /** Chunks of costs whose writes failed while the run trained, each written as it was sent. */
  pendingCosts?: { iterations: ArrayLike<number>; costs: Float64Array }[];
  /** Checkpoints not yet written. */
  trailingCheckpoints?: Checkpoint[];
  /** What the run recorded in all; the run is stored as finished only if the store then holds exactly this. */
  expect?: RecordedCounts;
}

/** How much a run recorded: cost points, distinct checkpoints, and parameter sets (initial, final). */
export interface RecordedCounts {
  costs: number;
  checkpoints: number;
  params: number;
}

/** Parts of runs.get to include. */
export interface RunInclude {
  costs: boolean;
  checkpoints: boolean;
  params: boolean;
}

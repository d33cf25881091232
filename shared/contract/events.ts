// Events the service pushes to clients while it works. Progress is throttled to at most ~20 a second per run.
import type { Checkpoint, CostPoint } from '../engine/types';
import type { RunStatus, RunSummary, StatusCounts } from './records';

/** Progress events per run per second, at most. */
export const MAX_PROGRESS_PER_SECOND = 20;

/** A run was stored and waits for a worker. */
export interface RunQueuedEvent {
  type: 'run.queued';
  runId: string;
  experimentId: string;
}

/** A worker began training the run. */
export interface RunStartedEvent {
  type: 'run.started';
  runId: string;
  experimentId: string;
  startedAt: string;
  iterations: number;
}

/** Where a training run stands (throttled). */
export interface RunProgressEvent {
  type: 'run.progress';
  runId: string;
  experimentId: string;
  iteration: number;
  iterations: number;
  cost: number;
  /** Seconds since the run started. */
  elapsedSeconds: number;
  /** The engine's estimate of the seconds left (measured rate, checkpoints counted), null before the first update. */
  secondsLeft: number | null;
}

/** New recorded costs, in iteration order, appended to what came before. */
export interface RunCostsEvent {
  type: 'run.costs';
  runId: string;
  experimentId: string;
  points: CostPoint[];
}

/** A checkpoint was recorded (iteration 0 is the initial state). */
export interface RunCheckpointEvent {
  type: 'run.checkpoint';
  runId: string;
  experimentId: string;
  checkpoint: Checkpoint;
}

/** A run reached a final status; `run` is its stored summary. One event type per ending, so listeners can subscribe narrowly. */
export interface RunEndedEvent<T extends 'run.done' | 'run.diverged' | 'run.failed' | 'run.cancelled' | 'run.interrupted'> {
  type: T;
  runId: string;
  experimentId: string;
  status: RunStatus;
  run: RunSummary;
}

/** Every run of an experiment reached a final status. */
export interface ExperimentDoneEvent {
  type: 'experiment.done';
  experimentId: string;
  counts: StatusCounts;
}

/** A sweep advanced: `finished` of `total` cells have a final status. */
export interface SweepProgressEvent {
  type: 'sweep.progress';
  sweepId: string;
  finished: number;
  total: number;
}

/** Runs or experiments were created, changed or deleted outside a training run (import, rename, delete): lists should refresh. */
export interface StoreChangedEvent {
  type: 'store.changed';
  experimentIds: string[];
  runIds: string[];
}

/** Every event the service emits. */
export type LabEvent =
  | RunQueuedEvent
  | RunStartedEvent
  | RunProgressEvent
  | RunCostsEvent
  | RunCheckpointEvent
  | RunEndedEvent<'run.done'>
  | RunEndedEvent<'run.diverged'>
  | RunEndedEvent<'run.failed'>
  | RunEndedEvent<'run.cancelled'>
  | RunEndedEvent<'run.interrupted'>
  | ExperimentDoneEvent
  | SweepProgressEvent
  | StoreChangedEvent;

/** The type tag of an event. */
export type LabEventType = LabEvent['type'];

/** Every event type (for doors that route or filter by type). */
export const LAB_EVENT_TYPES: readonly LabEventType[] = [
  'run.queued',
  'run.started',
  'run.progress',
  'run.costs',
  'run.checkpoint',
  'run.done',
  'run.diverged',
  'run.failed',
  'run.cancelled',
  'run.interrupted',
  'experiment.done',
  'sweep.progress',
  'store.changed',
];

/** The event of a given type. */
export type LabEventOf<T extends LabEventType> = Extract<LabEvent, { type: T }>;

/** A listener of events; returned functions unsubscribe. */
export type LabEventListener = (event: LabEvent) => void;

/** The run an event concerns, if any. */
export function eventRunId(event: LabEvent): string | null {
  return 'runId' in event ? event.runId : null;
}

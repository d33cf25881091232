// What every operation handler is given: the store, the queue, the event hub and the service's facts.
import type { OperationName, OpOutput, OpParsed } from '../../shared/contract/operations';
import type { RunStore } from '../store/run-store';
import type { EventHub } from './event-hub';
import type { RunQueue } from './run-queue';

/** The service's state as handlers see it. */
export interface ServiceContext {
  store: RunStore;
  queue: RunQueue;
  events: EventHub;
  appVersion: string;
  engineVersion: string;
  dataDir: string;
  poolSize: number;
  /** The Redis queue runs go to (URL without its password), or null for the local pool. */
  redis: string | null;
  /** Experiments and sweeps whose runs are still being stored and queued, by id: cancel and delete wait for them. */
  starting: Map<string, Promise<unknown>>;
}

/** A handler for operation N: validated input in, value out; failures are thrown as LabFailure. */
export type Handler<N extends OperationName> = (ctx: ServiceContext, input: OpParsed<N>) => OpOutput<N> | Promise<OpOutput<N>>;

/** Handlers for some operations. */
export type HandlerMap<K extends OperationName> = { [N in K]: Handler<N> };

// Fan-out of service events to every subscriber, with progress held to at most ~20 a second per run.
import { MAX_PROGRESS_PER_SECOND, type LabEvent, type LabEventListener } from '../../shared/contract/events';

/** Subscribers and the progress throttle. */
export class EventHub {
  private readonly listeners = new Set<LabEventListener>();
  private readonly lastProgress = new Map<string, number>();
  private readonly minGapMs = 1000 / MAX_PROGRESS_PER_SECOND;

  constructor(private readonly now: () => number = () => performance.now()) {}

  /** Adds a listener; returns the function that removes it. */
  subscribe(listener: LabEventListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Sends an event to every listener; progress events closer than 50 ms to the run's previous one are dropped. */
  emit(event: LabEvent): void {
    if (event.type === 'run.progress') {
      const t = this.now();
      const last = this.lastProgress.get(event.runId);
      if (last !== undefined && t - last < this.minGapMs) return;
      this.lastProgress.set(event.runId, t);
    } else if (event.type === 'run.done' || event.type === 'run.diverged' || event.type === 'run.failed' || event.type === 'run.cancelled' || event.type === 'run.interrupted') {
      this.lastProgress.delete(event.runId);
    }
    for (const l of [...this.listeners]) {
      try {
        l(event);
      } catch {
        // One listener's failure (a closed window, a dropped socket) must not stop the others.
      }
    }
  }
}

// The worker thread's loop: take start messages from the pool, train, report; poll the control port for cancels.
import { parentPort, receiveMessageOnPort, workerData, type MessagePort } from 'node:worker_threads';
import type { ToWorker, WorkerReport } from '../../shared/contract/worker-messages';
import { runJob, type TrainFn } from './job';
import { lowerThreadPriority } from './priority';

/** Serves training jobs on this worker thread with the given training function. */
export function serveJobs(train: TrainFn): void {
  const port = parentPort;
  if (!port) throw new Error('serveJobs must run inside a worker thread');
  const control = (workerData as { control: MessagePort }).control;
  const cancelled = new Set<string>();
  lowerThreadPriority();

  const drainControl = () => {
    for (let m = receiveMessageOnPort(control); m; m = receiveMessageOnPort(control)) {
      const msg = m.message as ToWorker;
      if (msg.type === 'cancel') cancelled.add(msg.jobId);
    }
  };

  port.on('message', (msg: ToWorker) => {
    if (msg.type !== 'start') return;
    drainControl();
    // A cancel for an earlier job that arrived after it ended is stale; one for this job is not.
    for (const id of cancelled) if (id !== msg.jobId) cancelled.delete(id);
    runJob(msg, train, {
      post: (report: WorkerReport, transfer?: ArrayBuffer[]) => port.postMessage(report, transfer),
      cancelRequested: (jobId) => {
        drainControl();
        return cancelled.has(jobId);
      },
      now: () => performance.now(),
    });
  });
  port.postMessage({ type: 'ready' } satisfies WorkerReport);
}

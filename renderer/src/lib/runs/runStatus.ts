// How run statuses read and group in the UI.
import type { RunStatus } from '../../../../shared/contract/records';

/** Statuses in which a run may still change. */
export const ACTIVE_STATUSES: readonly RunStatus[] = ['queued', 'running'];

/** Whether a run is still queued or training. */
export function isActive(status: RunStatus): boolean {
  return status === 'queued' || status === 'running';
}

/** A short label for a status. */
export function statusLabel(status: RunStatus): string {
  switch (status) {
    case 'queued':
      return 'Queued';
    case 'running':
      return 'Training';
    case 'done':
      return 'Done';
    case 'diverged':
      return 'Diverged';
    case 'failed':
      return 'Failed';
    case 'cancelled':
      return 'Cancelled';
    case 'interrupted':
      return 'Interrupted';
  }
}

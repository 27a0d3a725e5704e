// Bulk actions for supervisors: dry-run preview and apply, per item, from the same transitions.
import type { QueueState } from './state';
import type { Callback, CancelReason, Instant, User } from './types';

export type BulkAction =
  | { action: 'cancel'; reason: CancelReason; note?: string }
  | { action: 'reschedule'; scheduledAt: Instant }
  | { action: 'reschedule-preferred' } // next preferred window of each contact
  | { action: 'reassign'; agentId: string }
  | { action: 'complete'; note?: string };

export type BulkItemResult = { id: string; ok: true; callback: Callback } | { id: string; ok: false; code: string; message: string };
export interface BulkOutcome {
  state: QueueState;
  results: BulkItemResult[];
  summary: string; // "38 will be cancelled, 2 are already closed, 1 belongs to a DNC contact"
}
/** Supervisors only (agents get every item refused 'forbidden'). dryRun leaves the state as it was. */
export declare function applyBulk(state: QueueState, input: { ids: string[]; op: BulkAction; user: User; now: Instant; dryRun: boolean }): BulkOutcome;

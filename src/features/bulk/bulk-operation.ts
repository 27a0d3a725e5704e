import type { BulkOperation } from '../../api/bulk';
import type { BulkActionName, BulkDraft } from './bulk-action-form';
import { instantFromLocalInput } from './datetime-local';

export const BULK_ACTIONS: readonly { action: BulkActionName; label: string; verb: string }[] = [
  { action: 'cancel', label: 'Cancel', verb: 'cancel' },
  { action: 'reschedule', label: 'Reschedule', verb: 'reschedule' },
  { action: 'reassign', label: 'Reassign', verb: 'reassign' },
  { action: 'complete', label: 'Mark Complete', verb: 'mark complete' },
];

/** The request body for a draft, or the sentence saying what is missing. */
export function toOperation(
  action: BulkActionName,
  draft: BulkDraft,
  tz: string,
): { op: BulkOperation } | { error: string } {
  const note = draft.note.trim() || undefined;
  switch (action) {
    case 'cancel':
      if (!draft.reason) return { error: 'Choose a reason for cancelling.' };
      if (draft.reason === 'other' && !note) return { error: 'Add a note saying why (reason "Other").' };
      return { op: { action: 'cancel', reason: draft.reason, note } };
    case 'reschedule': {
      if (draft.when === 'preferred') return { op: { action: 'reschedule-preferred' } };
      const at = instantFromLocalInput(draft.at, tz);
      return at
        ? { op: { action: 'reschedule', scheduledAt: at } }
        : { error: 'Choose the new date and time.' };
    }
    case 'reassign':
      return draft.agentId
        ? { op: { action: 'reassign', agentId: draft.agentId } }
        : { error: 'Choose the agent to assign them to.' };
    case 'complete':
      return { op: { action: 'complete', note } };
  }
}

// Bulk actions for supervisors: dry-run preview and apply, per item, from the same transitions.
import { planCancel, planComplete, planReassign, planReschedule } from './action-plans';
import type { ActionPlan } from './action-plans';
import { beginBatch } from './state';
import type { QueueState } from './state';
import { addMinutes } from './time';
import type { Callback, CancelReason, Instant, Refusal, User } from './types';
import { placeInPreferredWindow } from './windows';

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

function plan(state: QueueState, op: BulkAction, ctx: { callbackId: string; user: User; now: Instant }): ActionPlan {
  switch (op.action) {
    case 'cancel':
      return planCancel(state, { ...ctx, reason: op.reason, note: op.note });
    case 'reschedule':
      return planReschedule(state, { ...ctx, scheduledAt: op.scheduledAt });
    case 'reschedule-preferred': {
      const cb = state.callbacks.get(ctx.callbackId);
      const contact = cb ? state.contacts.get(cb.contactId) : undefined;
      const at = contact ? placeInPreferredWindow(addMinutes(ctx.now, 1), contact).at : ctx.now;
      return planReschedule(state, { ...ctx, scheduledAt: at });
    }
    case 'reassign':
      return planReassign(state, { ...ctx, agentId: op.agentId });
    case 'complete':
      return planComplete(state, { ...ctx, note: op.note });
    default:
      return { ok: false, refusal: { code: 'invalid', message: 'Unknown bulk action.', field: 'action' } };
  }
}

const VERBS: Record<BulkAction['action'], string> = {
  cancel: 'cancelled',
  reschedule: 'rescheduled',
  'reschedule-preferred': 'rescheduled',
  reassign: 'reassigned',
  complete: 'marked complete',
};
/** [dry-run singular, dry-run plural, applied] */
const GROUPS = {
  'not-found': ['was not found', 'were not found', 'not found'],
  forbidden: ['is not allowed', 'are not allowed', 'not allowed'],
  dnc: ['belongs to a DNC contact', 'belong to DNC contacts', 'DNC contact'],
  closed: ['is already closed', 'are already closed', 'already closed'],
  dialing: ['is being dialled', 'are being dialled', 'being dialled'],
  stale: ['was changed meanwhile', 'were changed meanwhile', 'changed meanwhile'],
  invalid: ['has invalid input', 'have invalid input', 'invalid input'],
  rule: ['is refused by a calling rule', 'are refused by a calling rule', 'refused by a calling rule'],
  'wrong-state': ['cannot be changed in its current state', 'cannot be changed in their current state', 'wrong state'],
} satisfies Record<string, [string, string, string]>;
type Group = keyof typeof GROUPS | 'ok';

function groupOf(state: QueueState, id: string, refusal: Refusal): Group {
  const cb = state.callbacks.get(id);
  if (cb && state.contacts.get(cb.contactId)?.dnc) return 'dnc';
  if (refusal.code === 'wrong-state' && cb?.status === 'closed') return 'closed';
  if (refusal.code === 'wrong-state' && cb?.status === 'dialing') return 'dialing';
  return refusal.code;
}

function summarise(op: BulkAction, counts: Map<Group, number>, dryRun: boolean): string {
  const parts: string[] = [];
  const ok = counts.get('ok');
  if (ok !== undefined) parts.push(`${ok} ${dryRun ? 'will be ' : ''}${VERBS[op.action]}`);
  for (const [group, n] of counts) {
    if (group !== 'ok') {
      const g = GROUPS[group];
      parts.push(`${n} ${dryRun ? (n === 1 ? g[0] : g[1]) : g[2]}`);
    }
  }
  return parts.length ? parts.join(', ') : 'Nothing selected.';
}

/** Supervisors only (agents get every item refused 'forbidden'). dryRun leaves the state as it was. */
export function applyBulk(state: QueueState, input: { ids: string[]; op: BulkAction; user: User; now: Instant; dryRun: boolean }): BulkOutcome {
  const ids = [...new Set(input.ids)];
  const counts = new Map<Group, number>();
  const count = (group: Group): void => void counts.set(group, (counts.get(group) ?? 0) + 1);
  if (input.user.role !== 'supervisor') {
    const message = 'Only supervisors can use bulk actions.';
    ids.forEach(() => count('forbidden'));
    return { state, results: ids.map((id) => ({ id, ok: false, code: 'forbidden', message })), summary: summarise(input.op, counts, input.dryRun) };
  }
  const batch = beginBatch(state);
  const results: BulkItemResult[] = [];
  for (const id of ids) {
    const p = plan(batch.state, input.op, { callbackId: id, user: input.user, now: input.now });
    if (p.ok) {
      batch.apply(p.changes);
      results.push({ id, ok: true, callback: p.callback });
      count('ok');
    } else {
      results.push({ id, ok: false, code: p.refusal.code, message: p.refusal.message });
      count(groupOf(batch.state, id, p.refusal));
    }
  }
  return { state: input.dryRun || counts.get('ok') === undefined ? state : batch.state, results, summary: summarise(input.op, counts, input.dryRun) };
}

// Human labels shared by the rules' messages and the UI.
import { CANCEL_REASONS, OUTCOME_LABELS } from './policy';
import type { Callback, CancelReason, Resolution, Retry } from './types';

/** "Retry 2 of 3" or "Customer requested". */
export function describeRetry(cb: Pick<Callback, 'type' | 'retry'>): string {
  if (cb.type === 'customer-requested' || !cb.retry) return 'Customer requested';
  return retryLabel(cb.retry);
}
export function retryLabel(retry: Retry): string {
  return `Retry ${retry.number} of ${retry.max}`;
}
export const RESOLUTION_LABELS: Readonly<Record<Resolution, string>> = Object.freeze({
  answered: 'answered',
  completed: 'completed',
  cancelled: 'cancelled',
  exhausted: 'retries exhausted',
  'invalid-number': 'invalid number',
  dnc: 'Do-Not-Call',
});
export function cancelReasonLabel(reason: CancelReason): string {
  return CANCEL_REASONS.find((r) => r.value === reason)?.label ?? reason;
}
export function outcomeLabel(outcome: keyof typeof OUTCOME_LABELS): string {
  return OUTCOME_LABELS[outcome];
}

// The retry policy and the option lists, as data.
import type { CancelReason, FailedOutcome, Outcome } from './types';

export interface RetryRule {
  delayMinutes: number;
  max: number;
}
export const RETRY_POLICY: Readonly<Record<FailedOutcome, RetryRule>> = Object.freeze({
  voicemail: { delayMinutes: 24 * 60, max: 3 },
  'no-answer': { delayMinutes: 24 * 60, max: 3 },
  busy: { delayMinutes: 60, max: 5 },
  'network-error': { delayMinutes: 30, max: 3 },
});
export const OUTCOMES: readonly Outcome[] = Object.freeze([
  'voicemail',
  'no-answer',
  'busy',
  'network-error',
  'invalid-number',
  'dnc-request',
  'answered',
  'callback-requested',
] as const);
export const OUTCOME_LABELS: Readonly<Record<Outcome, string>> = Object.freeze({
  voicemail: 'Voicemail',
  'no-answer': 'No answer',
  busy: 'Busy',
  'network-error': 'Network error',
  'invalid-number': 'Invalid number',
  'dnc-request': 'DNC request',
  answered: 'Answered',
  'callback-requested': 'Callback requested',
});
export const CANCEL_REASONS: readonly { value: CancelReason; label: string }[] = Object.freeze([
  { value: 'wrong-contact-info', label: 'Wrong contact information' },
  { value: 'reached-another-way', label: 'Reached another way' },
  { value: 'objective-no-longer-relevant', label: 'Campaign objective no longer relevant' },
  { value: 'do-not-call', label: 'Contact asked not to be called' },
  { value: 'other', label: 'Other' },
] as const);
export function isFailedOutcome(outcome: Outcome): outcome is FailedOutcome {
  return Object.prototype.hasOwnProperty.call(RETRY_POLICY, outcome);
}
export function isOutcome(value: unknown): value is Outcome {
  return typeof value === 'string' && (OUTCOMES as readonly string[]).includes(value);
}
export function isCancelReason(value: unknown): value is CancelReason {
  return CANCEL_REASONS.some((r) => r.value === value);
}
/** Longest accepted free-text note. */
export const MAX_NOTE_LENGTH = 2000;

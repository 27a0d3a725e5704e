// The retry policy and the option lists, as data.
import type { CancelReason, FailedOutcome, Outcome } from './types';

export interface RetryRule {
  delayMinutes: number;
  max: number;
}
export declare const RETRY_POLICY: Readonly<Record<FailedOutcome, RetryRule>>;
export declare const OUTCOMES: readonly Outcome[];
export declare const OUTCOME_LABELS: Readonly<Record<Outcome, string>>; // "Voicemail", "No answer", …
export declare const CANCEL_REASONS: readonly { value: CancelReason; label: string }[];
export declare function isFailedOutcome(outcome: Outcome): outcome is FailedOutcome;

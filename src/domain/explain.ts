// Explanations: why not now, policy preview, what Skip will do (SPEC 2.7).
import type { CallbackView, Contact, FailedOutcome, Instant } from './types';

export type WhyNotNow =
  | { eligible: true; summary: string }
  | { eligible: false; reason: string; nextEligibleAt: Instant | null };
export declare function whyNotNow(cb: CallbackView, now: Instant): WhyNotNow;

export interface PreviewStep {
  number: number;
  max: number;
  at: Instant;
  placement: string | null;
}
/** The projected retry timeline if every retry got `outcome` again, from the same functions that schedule for real. */
export declare function policyPreview(input: {
  contact: Pick<Contact, 'timezone' | 'kind' | 'dnc'>;
  outcome: FailedOutcome;
  from: Instant;
  used: number;
}): { steps: PreviewStep[]; summary: string }; // "busy now → 15:00, 16:00, 17:00, 18:00, 19:00, then exhausted"

/** What Skip would do: "Retry 3 of 3 on Wed 10:00" or "ends the sequence (that was the last retry)". */
export declare function skipPreview(cb: CallbackView, now: Instant): { next: { number: number; max: number; at: Instant } | null; summary: string };

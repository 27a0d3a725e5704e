// The single entry point for call outcomes (dialer and AI agent): applies SPEC 2.1, 2.2 and 2.4.
import type { QueueState } from './state';
import type { Actor, Callback, Instant, Outcome, Result } from './types';

export interface OutcomeInput {
  contactId: string;
  campaignId: string;
  outcome: Outcome;
  occurredAt: Instant; // when the call ended
  callbackAt?: Instant; // required for callback-requested
  notes?: string;
  actor: Actor;
  now: Instant;
}
export type OutcomeResult = Result<{ state: QueueState; callback: Callback | null; closed: Callback[]; note: string | null }>;
export declare function recordOutcome(state: QueueState, input: OutcomeInput): OutcomeResult;

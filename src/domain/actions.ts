// The five manual actions (and reassign) as transitions, and their availability for the UI.
import type { QueueState } from './state';
import type { ActionName, Availability, CallbackView, CancelReason, Callback, Instant, Result, User } from './types';

export interface ActionContext {
  callbackId: string;
  user: User; // the person acting; agents act only on callbacks assigned to them
  now: Instant;
  expectedVersion?: number; // If-Match; a mismatch is refused with code 'stale'
}
export type ActionResult = Result<{ state: QueueState; callback: Callback; closed: Callback[]; warning: string | null }>;

export declare function callNow(state: QueueState, ctx: ActionContext): ActionResult;
export declare function reschedule(state: QueueState, ctx: ActionContext & { scheduledAt: Instant }): ActionResult;
export declare function skip(state: QueueState, ctx: ActionContext): ActionResult;
export declare function cancel(state: QueueState, ctx: ActionContext & { reason: CancelReason; note?: string }): ActionResult;
export declare function complete(state: QueueState, ctx: ActionContext & { note?: string }): ActionResult;
export declare function reassign(state: QueueState, ctx: ActionContext & { agentId: string }): ActionResult;

/** Whether each action is allowed for this user now, and why not. The same checks the transitions make. */
export declare function availableActions(cb: CallbackView, user: User, now: Instant): Record<ActionName, Availability>;
/** Checks a proposed reschedule time without changing anything: refusal (past, outside legal hours) or warning (outside preferred window). */
export declare function checkReschedule(cb: CallbackView, at: Instant, now: Instant): Availability;

// The five manual actions (and reassign) as transitions, and their availability for the UI.
import { checkCallNow, checkClose, checkRescheduleBase, checkRescheduleState, checkRescheduleTime, checkSkip } from './action-checks';
import { planCallNow, planCancel, planComplete, planReassign, planReschedule, planSkip } from './action-plans';
import type { ActionContext, ActionPlan } from './action-plans';
import { commit } from './state';
import type { QueueState } from './state';
import { parseInstant, toInstant } from './time';
import type { ActionName, Availability, CallbackView, CancelReason, Callback, Instant, Refusal, Result, User } from './types';

export type { ActionContext };
export type ActionResult = Result<{ state: QueueState; callback: Callback; closed: Callback[]; warning: string | null }>;

function run(state: QueueState, plan: ActionPlan): ActionResult {
  if (!plan.ok) return plan;
  return { ok: true, state: commit(state, plan.changes), callback: plan.callback, closed: plan.closed, warning: plan.warning };
}

export function callNow(state: QueueState, ctx: ActionContext): ActionResult {
  return run(state, planCallNow(state, ctx));
}
export function reschedule(state: QueueState, ctx: ActionContext & { scheduledAt: Instant }): ActionResult {
  return run(state, planReschedule(state, ctx));
}
export function skip(state: QueueState, ctx: ActionContext): ActionResult {
  return run(state, planSkip(state, ctx));
}
export function cancel(state: QueueState, ctx: ActionContext & { reason: CancelReason; note?: string }): ActionResult {
  return run(state, planCancel(state, ctx));
}
export function complete(state: QueueState, ctx: ActionContext & { note?: string }): ActionResult {
  return run(state, planComplete(state, ctx));
}
export function reassign(state: QueueState, ctx: ActionContext & { agentId: string }): ActionResult {
  return run(state, planReassign(state, ctx));
}

const availability = (r: Refusal | null): Availability => (r ? { allowed: false, reason: r.message } : { allowed: true });

/** Whether each action is allowed for this user now, and why not. The same checks the transitions make. */
export function availableActions(cb: CallbackView, user: User, now: Instant): Record<ActionName, Availability> {
  return {
    'call-now': availability(checkCallNow(cb, user, now)),
    reschedule: availability(checkRescheduleBase(cb, user)),
    skip: availability(checkSkip(cb, user)),
    cancel: availability(checkClose(cb, user)),
    complete: availability(checkClose(cb, user)),
  };
}
/** Checks a proposed reschedule time without changing anything: refusal (past, outside legal hours) or warning (outside preferred window). */
export function checkReschedule(cb: CallbackView, at: Instant, now: Instant): Availability {
  const state = checkRescheduleState(cb);
  if (state) return { allowed: false, reason: state.message };
  const ms = parseInstant(at);
  if (ms === null) return { allowed: false, reason: 'Enter a valid date and time.' };
  const time = checkRescheduleTime(cb, toInstant(ms), now);
  if ('code' in time) return { allowed: false, reason: time.message };
  return time.warning ? { allowed: true, warning: time.warning } : { allowed: true };
}

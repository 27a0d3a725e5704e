// The five manual actions (and reassign) as transitions; their availability for the UI is availability.ts.
import { planCallNow, planCancel, planComplete, planReassign, planReschedule, planSkip } from './action-plans';
import type { ActionContext, ActionPlan } from './action-plans';
import { commit } from './state';
import type { QueueState } from './state';
import type { CancelReason, Callback, Instant, Result } from './types';

export type { ActionContext };
export { availableActions, checkReschedule, reassignAvailability } from './availability';
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

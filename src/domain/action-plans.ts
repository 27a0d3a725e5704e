// The manual actions as plans: checks, then the changes to commit. actions.ts commits one; bulk.ts many.
import { checkCallNow, checkClose, checkReassign, checkRescheduleBase, checkRescheduleTime, checkSkip } from './action-checks';
import type { Subject } from './action-checks';
import { actorOf, withChange } from './history';
import { cancelReasonLabel, retryLabel } from './labels';
import { isCancelReason, MAX_NOTE_LENGTH } from './policy';
import { toView } from './state';
import type { Changes, QueueState } from './state';
import { contactTime, dncCascade, planSkipRetry, refuse, sequenceOf } from './scheduling';
import { parseInstant, toInstant, toMs } from './time';
import type { Callback, CancelReason, Instant, Refusal, Result, User } from './types';

export interface ActionContext {
  callbackId: string;
  user: User; // the person acting; agents act only on callbacks assigned to them
  now: Instant;
  expectedVersion?: number; // If-Match; a mismatch is refused with code 'stale'
}
export type ActionPlan = Result<{ changes: Changes; callback: Callback; closed: Callback[]; warning: string | null }>;

type Loaded = { ok: true; cb: Callback; view: Subject; now: Instant } | { ok: false; refusal: Refusal };
function load(state: QueueState, ctx: ActionContext, check: (s: Subject) => Refusal | null): Loaded {
  const cb = state.callbacks.get(ctx.callbackId);
  if (!cb) return refuse('not-found', `There is no callback with id ${ctx.callbackId}.`);
  const view = toView(state, cb);
  const refusal = check(view);
  if (refusal) return { ok: false, refusal };
  return { ok: true, cb, view, now: toInstant(toMs(ctx.now)) };
}
const entry = (ctx: ActionContext, now: Instant, action: Parameters<typeof withChange>[2]['action'], summary: string) => ({ at: now, actor: actorOf(ctx.user), action, summary });
const single = (cb: Callback, changes: Changes, warning: string | null = null): ActionPlan => ({ ok: true, changes: { callbacks: [cb], ...changes }, callback: cb, closed: [], warning });

export function planCallNow(state: QueueState, ctx: ActionContext): ActionPlan {
  const l = load(state, ctx, (s) => checkCallNow(s, ctx.user, ctx.now, ctx.expectedVersion));
  if (!l.ok) return l;
  return single(withChange(l.cb, { status: 'dialing' }, entry(ctx, l.now, 'call-started', `Call started by ${ctx.user.name}.`)), {});
}

export function planReschedule(state: QueueState, ctx: ActionContext & { scheduledAt: Instant }): ActionPlan {
  const l = load(state, ctx, (s) => checkRescheduleBase(s, ctx.user, ctx.expectedVersion));
  if (!l.ok) return l;
  const atMs = parseInstant(ctx.scheduledAt);
  if (atMs === null) return refuse('invalid', 'scheduledAt must be an ISO-8601 time in UTC, like 2026-11-24T15:00:00Z.', 'scheduledAt');
  const at = toInstant(atMs);
  const time = checkRescheduleTime(l.view, at, l.now);
  if ('code' in time) return { ok: false, refusal: time };
  const tz = l.view.contact.timezone;
  const summary = `Rescheduled by ${ctx.user.name} from ${contactTime(l.cb.scheduledAt, tz)} to ${contactTime(at, tz)} (contact time).`;
  const cb = withChange(l.cb, { scheduledAt: at, placement: `rescheduled by ${ctx.user.name}` }, entry(ctx, l.now, 'rescheduled', summary));
  return single(cb, {}, time.warning);
}


export function planSkip(state: QueueState, ctx: ActionContext): ActionPlan {
  const l = load(state, ctx, (s) => checkSkip(s, ctx.user, ctx.expectedVersion));
  if (!l.ok) return l;
  const { cb, view } = l;
  const retry = cb.retry ?? { number: 0, max: 0 };
  const used = Math.max(sequenceOf(state, cb.contactId, cb.campaignId).used, retry.number);
  const next = planSkipRetry(cb, view.contact, l.now);
  if (!next) {
    const summary = `Skipped ${retryLabel(retry)}, the last retry: the sequence is exhausted.`;
    const closed = withChange(cb, { status: 'closed', resolution: 'exhausted' }, entry(ctx, l.now, 'skipped', summary));
    return single(closed, { sequences: [{ contactId: cb.contactId, campaignId: cb.campaignId, used, state: 'exhausted' }] });
  }
  const when = contactTime(next.at, view.contact.timezone);
  const summary = `Skipped ${retryLabel(retry)}; ${retryLabel(next.retry)} scheduled for ${when} (contact time)${next.placement ? `, ${next.placement}` : ''}.`;
  const updated = withChange(cb, { retry: next.retry, scheduledAt: next.at, placement: next.placement }, entry(ctx, l.now, 'skipped', summary));
  return single(updated, { sequences: [{ contactId: cb.contactId, campaignId: cb.campaignId, used, state: 'open' }] });
}

function noteOf(note: unknown): Result<{ note: string | null }> {
  if (note === undefined || note === null) return { ok: true, note: null };
  if (typeof note !== 'string' || note.length > MAX_NOTE_LENGTH) return refuse('invalid', `The note must be text of at most ${MAX_NOTE_LENGTH} characters.`, 'note');
  return { ok: true, note: note.trim() === '' ? null : note.trim() };
}

export function planCancel(state: QueueState, ctx: ActionContext & { reason: CancelReason; note?: string }): ActionPlan {
  const l = load(state, ctx, (s) => checkClose(s, ctx.user, ctx.expectedVersion));
  if (!l.ok) return l;
  if (!isCancelReason(ctx.reason)) return refuse('invalid', 'Choose a reason for cancelling.', 'reason');
  const n = noteOf(ctx.note);
  if (!n.ok) return n;
  if (ctx.reason === 'other' && n.note === null) return refuse('invalid', 'Cancelling for another reason needs a note saying why.', 'note');
  const { cb, view } = l;
  const noteText = n.note ? ` Note: "${n.note}"` : '';
  const notes = n.note ?? cb.notes;
  if (ctx.reason === 'do-not-call') {
    const contact = view.contact;
    const cascade = dncCascade(state, contact, { at: l.now, actor: actorOf(ctx.user), summary: `Closed: ${contact.name} asked not to be called (cancelled by ${ctx.user.name}).` }, cb.id);
    const summary = `Cancelled by ${ctx.user.name}: ${contact.name} asked not to be called and is now on the Do-Not-Call list.${noteText}`;
    const target = withChange(cb, { status: 'closed', resolution: 'dnc', cancelReason: 'do-not-call', notes }, entry(ctx, l.now, 'cancelled', summary));
    return { ok: true, changes: { contacts: [cascade.contact], callbacks: [target, ...cascade.closed], sequences: cascade.sequences }, callback: target, closed: cascade.closed, warning: null };
  }
  const summary = `Cancelled by ${ctx.user.name}: ${cancelReasonLabel(ctx.reason)}.${noteText}`;
  const target = withChange(cb, { status: 'closed', resolution: 'cancelled', cancelReason: ctx.reason, notes }, entry(ctx, l.now, 'cancelled', summary));
  const seq = sequenceOf(state, cb.contactId, cb.campaignId);
  return single(target, { sequences: [{ ...seq, state: 'cancelled' }] });
}

export function planComplete(state: QueueState, ctx: ActionContext & { note?: string }): ActionPlan {
  const l = load(state, ctx, (s) => checkClose(s, ctx.user, ctx.expectedVersion));
  if (!l.ok) return l;
  const n = noteOf(ctx.note);
  if (!n.ok) return n;
  const summary = `Marked complete by ${ctx.user.name}.${n.note ? ` Note: "${n.note}"` : ''}`;
  const cb = withChange(l.cb, { status: 'closed', resolution: 'completed', notes: n.note ?? l.cb.notes }, entry(ctx, l.now, 'completed', summary));
  return single(cb, { sequences: [{ contactId: cb.contactId, campaignId: cb.campaignId, used: 0, state: 'open' }] });
}

export function planReassign(state: QueueState, ctx: ActionContext & { agentId: string }): ActionPlan {
  const l = load(state, ctx, (s) => checkReassign(s, ctx.user, ctx.expectedVersion));
  if (!l.ok) return l;
  const agent = state.users.get(ctx.agentId);
  if (!agent || agent.role !== 'agent') return refuse('invalid', `${String(ctx.agentId)} is not an agent; callbacks can be assigned only to agents.`, 'agentId');
  if (agent.id === l.cb.agentId) return { ok: true, changes: {}, callback: l.cb, closed: [], warning: `Already assigned to ${agent.name}.` };
  const summary = `Reassigned from ${l.view.agent.name} to ${agent.name} by ${ctx.user.name}.`;
  return single(withChange(l.cb, { agentId: agent.id }, entry(ctx, l.now, 'reassigned', summary)), {});
}

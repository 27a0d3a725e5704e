// Shared scheduling helpers: sequences, the next retry (the one placement function), agent choice, DNC cascade.
import { withChange } from './history';
import { pairKey } from './pair-key';
import { isFailedOutcome, RETRY_POLICY } from './policy';
import type { QueueState } from './state';
import { formatIn, toInstant, toMs } from './time';
import type { Actor, Callback, Contact, FailedOutcome, Instant, Refusal, Retry, Sequence } from './types';
import { placeInPreferredWindow } from './windows';

export function sequenceOf(state: QueueState, contactId: string, campaignId: string): Sequence {
  return state.sequences.get(pairKey(contactId, campaignId)) ?? { contactId, campaignId, used: 0, state: 'open' };
}
export function activeOf(state: QueueState, contactId: string, campaignId: string): Callback | null {
  const id = state.active.get(pairKey(contactId, campaignId));
  return id === undefined ? null : (state.callbacks.get(id) ?? null);
}

/** "Wed 26 Nov 10:00" in the contact's zone. */
export function contactTime(at: Instant, tz: string): string {
  return formatIn(at, tz, 'EEE d MMM HH:mm');
}

export interface PlannedRetry {
  retry: Retry;
  at: Instant;
  placement: string | null;
}
/** Retry used+1 of the outcome's max, at from + delay moved into the preferred window; null when the sequence is exhausted. */
export function nextRetry(outcome: FailedOutcome, used: number, from: Instant | number, contact: Pick<Contact, 'timezone' | 'kind'>): PlannedRetry | null {
  const rule = RETRY_POLICY[outcome];
  if (used + 1 > rule.max) return null;
  const base = (typeof from === 'number' ? from : toMs(from)) + rule.delayMinutes * 60_000;
  const placed = placeInPreferredWindow(toInstant(base), contact);
  return { retry: { number: used + 1, max: rule.max }, at: placed.at, placement: placed.placement };
}
/** What Skip does to an automatic callback: the next retry from max(now, scheduled) + delay, or null (last retry). */
export function planSkipRetry(cb: Pick<Callback, 'outcome' | 'retry' | 'scheduledAt'>, contact: Pick<Contact, 'timezone' | 'kind'>, now: Instant): PlannedRetry | null {
  if (!cb.retry || !isFailedOutcome(cb.outcome)) return null;
  return nextRetry(cb.outcome, cb.retry.number, Math.max(toMs(now), toMs(cb.scheduledAt)), contact);
}

function hash(text: string): number {
  let h = 0;
  for (let i = 0; i < text.length; i += 1) h = (h * 31 + text.charCodeAt(i)) >>> 0;
  return h;
}
/** A deterministic agent for a new callback: one of the agents (by id order), chosen by the contact. */
export function chooseAgent(state: QueueState, contactId: string): string | null {
  const agents = [...state.users.values()].filter((u) => u.role === 'agent').map((u) => u.id);
  const pool = agents.length > 0 ? agents : [...state.users.keys()];
  pool.sort();
  return pool[hash(contactId) % pool.length] ?? null;
}

/** Closes every active callback of the contact in every campaign (resolution 'dnc'), except `exceptId`. */
export function dncCascade(
  state: QueueState,
  contact: Contact,
  entry: { at: Instant; actor: Actor; summary: string },
  exceptId?: string,
): { contact: Contact; closed: Callback[]; sequences: Sequence[] } {
  const closed: Callback[] = [];
  const sequences: Sequence[] = [];
  for (const campaignId of state.campaigns.keys()) {
    const cb = activeOf(state, contact.id, campaignId);
    if (!cb) continue;
    sequences.push({ ...sequenceOf(state, contact.id, campaignId), state: 'cancelled' });
    if (cb.id === exceptId) continue;
    closed.push(withChange(cb, { status: 'closed', resolution: 'dnc', cancelReason: 'do-not-call' }, { ...entry, action: 'closed' }));
  }
  return { contact: { ...contact, dnc: true }, closed, sequences };
}

export function refuse(code: Refusal['code'], message: string, field?: string): { ok: false; refusal: Refusal } {
  return { ok: false, refusal: field === undefined ? { code, message } : { code, message, field } };
}

// The single entry point for call outcomes (dialer and AI agent): applies SPEC 2.1, 2.2 and 2.4.
import { withChange } from './history';
import { planCallbackRequested, planFailed } from './outcome-schedule';
import type { OutcomeContext, OutcomePlan } from './outcome-schedule';
import { OUTCOME_LABELS, MAX_NOTE_LENGTH, isFailedOutcome, isOutcome } from './policy';
import { commit } from './state';
import type { QueueState } from './state';
import { activeOf, dncCascade, refuse, sequenceOf } from './scheduling';
import { parseInstant, toInstant } from './time';
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

function context(state: QueueState, input: OutcomeInput): Result<{ ctx: OutcomeContext }> {
  if (!isOutcome(input.outcome)) return refuse('invalid', `Unknown outcome "${String(input.outcome)}".`, 'outcome');
  const occurred = parseInstant(input.occurredAt);
  if (occurred === null) return refuse('invalid', 'occurredAt must be an ISO-8601 time in UTC, like 2026-11-24T15:00:00Z.', 'occurredAt');
  if (input.notes !== undefined && input.notes !== null && (typeof input.notes !== 'string' || input.notes.length > MAX_NOTE_LENGTH)) {
    return refuse('invalid', `Notes must be text of at most ${MAX_NOTE_LENGTH} characters.`, 'notes');
  }
  const contact = state.contacts.get(input.contactId);
  if (!contact) return refuse('not-found', `There is no contact with id ${input.contactId}.`);
  const campaign = state.campaigns.get(input.campaignId);
  if (!campaign) return refuse('not-found', `There is no campaign with id ${input.campaignId}.`);
  const current = activeOf(state, contact.id, campaign.id);
  const at = parseInstant(input.now) ?? occurred;
  return { ok: true, ctx: { state, input, contact, campaign, current, occurredAt: toInstant(occurred), at: toInstant(at) } };
}

/** answered / invalid-number / dnc-request: close, never schedule. */
function planClosing(c: OutcomeContext): OutcomePlan {
  const { contact, campaign, current, input } = c;
  const label = OUTCOME_LABELS[input.outcome];
  const entry = { at: c.at, actor: input.actor };
  if (input.outcome === 'dnc-request') {
    const cascade = dncCascade(c.state, contact, { ...entry, summary: `${contact.name} asked not to be called: callback closed (Do-Not-Call).` });
    return {
      changes: { contacts: [cascade.contact], callbacks: cascade.closed, sequences: cascade.sequences },
      callback: null,
      closed: cascade.closed,
      note: `${contact.name} is now on the Do-Not-Call list; ${cascade.closed.length} active callback(s) closed.`,
    };
  }
  const resolution = input.outcome === 'answered' ? 'answered' : 'invalid-number';
  const closed = current
    ? [withChange(current, { status: 'closed', resolution }, { ...entry, action: 'closed', summary: `${label}: callback closed in ${campaign.name}.` })]
    : [];
  if (input.outcome === 'answered') {
    return {
      changes: { callbacks: closed, sequences: [{ contactId: contact.id, campaignId: campaign.id, used: 0, state: 'open' }], contacts: contact.invalidNumber ? [{ ...contact, invalidNumber: false }] : [] },
      callback: null,
      closed,
      note: closed.length ? null : `${contact.name} answered; there was no active callback to close in ${campaign.name}.`,
    };
  }
  return {
    changes: { callbacks: closed, contacts: [{ ...contact, invalidNumber: true }] },
    callback: null,
    closed,
    note: `The number ${contact.phone} was reported invalid; no retry will be scheduled.`,
  };
}

export function recordOutcome(state: QueueState, input: OutcomeInput): OutcomeResult {
  const built = context(state, input);
  if (!built.ok) return built;
  const c = built.ctx;
  const { contact, campaign } = c;
  const schedules = isFailedOutcome(input.outcome) || input.outcome === 'callback-requested';
  if (contact.dnc) {
    if (schedules) return refuse('rule', `${contact.name} is on the Do-Not-Call list: no callback can be scheduled.`);
    return { ok: true, state, callback: null, closed: [], note: `${contact.name} is on the Do-Not-Call list; there is nothing to close.` };
  }
  if (isFailedOutcome(input.outcome) && contact.invalidNumber) {
    return refuse('rule', `The number ${contact.phone} was reported invalid: no retry can be scheduled for ${contact.name}.`);
  }
  const plan = isFailedOutcome(input.outcome)
    ? planFailed(c, input.outcome, sequenceOf(state, contact.id, campaign.id))
    : input.outcome === 'callback-requested'
      ? planCallbackRequested(c)
      : { ok: true as const, ...planClosing(c) };
  if (!plan.ok) return plan;
  if (plan.callback && campaign.status === 'ended') {
    return refuse('rule', `The campaign ${campaign.name} has ended: no callback can be scheduled.`);
  }
  return { ok: true, state: commit(state, plan.changes), callback: plan.callback, closed: plan.closed, note: plan.note };
}

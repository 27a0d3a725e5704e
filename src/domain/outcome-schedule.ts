// Outcomes that schedule: failed calls (retry or exhaustion) and customer-requested callbacks.
import { newCallback, snapshot, withChange } from './history';
import { describeRetry, retryLabel } from './labels';
import { OUTCOME_LABELS, RETRY_POLICY } from './policy';
import type { Changes, QueueState } from './state';
import { chooseAgent, contactTime, nextRetry, refuse } from './scheduling';
import { parseInstant, toInstant, toMs } from './time';
import type { OutcomeInput } from './outcomes';
import type { Callback, Campaign, Contact, FailedOutcome, Result, Sequence } from './types';
import { isInsideLegalWindow, LEGAL_WINDOW_LABEL } from './windows';

export interface OutcomeContext {
  state: QueueState;
  input: OutcomeInput;
  contact: Contact;
  campaign: Campaign;
  current: Callback | null; // the pair's active callback
  occurredAt: string;
  at: string; // now, for history
}
export interface OutcomePlan {
  changes: Changes;
  callback: Callback | null;
  closed: Callback[];
  note: string | null;
}

type Fields = Pick<Callback, 'type' | 'outcome' | 'retry' | 'scheduledAt' | 'placement' | 'notes'>;

/** Creates the pair's callback, or updates the active one in place (dedup), recording what it replaced. */
function upsert(c: OutcomeContext, fields: Fields, summary: string): Result<OutcomePlan> {
  const { state, input, contact, campaign, current } = c;
  const entry = { at: c.at, actor: input.actor, summary };
  if (current) {
    const performed = current.status === 'dialing' || toMs(current.scheduledAt) <= toMs(c.occurredAt);
    const replacedText = performed ? '' : ` It replaces the earlier schedule (${describeRetry(current)}, ${contactTime(current.scheduledAt, contact.timezone)}).`;
    const updated = withChange(
      current,
      { ...fields, status: 'pending', resolution: null, cancelReason: null },
      { ...entry, summary: summary + replacedText, action: performed ? 'scheduled' : 'replaced', replaced: snapshot(current) },
    );
    return { ok: true, changes: { callbacks: [updated] }, callback: updated, closed: [], note: null };
  }
  const agentId = chooseAgent(state, contact.id);
  if (agentId === null) return refuse('rule', 'There is no user to assign the callback to.');
  const created = newCallback(
    { id: `cb-${state.nextId}`, status: 'pending', resolution: null, cancelReason: null, contactId: contact.id, campaignId: campaign.id, agentId, ...fields },
    { ...entry, action: 'scheduled' },
  );
  return { ok: true, changes: { callbacks: [created], nextId: state.nextId + 1 }, callback: created, closed: [], note: null };
}

export function planFailed(c: OutcomeContext, outcome: FailedOutcome, seq: Sequence): Result<OutcomePlan> {
  const { contact, campaign, current } = c;
  const label = OUTCOME_LABELS[outcome];
  const performedRetry = current?.type === 'automatic' && current.retry ? current.retry.number : 0;
  const used = Math.max(seq.used, performedRetry);
  if (!current && seq.state !== 'open') {
    const why = seq.state === 'exhausted' ? 'its retries are exhausted' : 'its retries were cancelled';
    return { ok: true, changes: {}, callback: null, closed: [], note: `No retry scheduled for ${contact.name} in ${campaign.name}: ${why}.` };
  }
  const next = nextRetry(outcome, used, c.occurredAt, contact);
  if (!next) {
    const sequence: Sequence = { contactId: contact.id, campaignId: campaign.id, used, state: 'exhausted' };
    const summary = `${label}: no retry left (${used} used of ${RETRY_POLICY[outcome].max}); the sequence in ${campaign.name} is exhausted.`;
    const closed = current ? [withChange(current, { status: 'closed', resolution: 'exhausted' }, { at: c.at, actor: c.input.actor, action: 'closed', summary })] : [];
    return { ok: true, changes: { callbacks: closed, sequences: [sequence] }, callback: null, closed, note: summary };
  }
  const when = contactTime(next.at, contact.timezone);
  const summary = `${label}: ${retryLabel(next.retry)} scheduled for ${when} (contact time)${next.placement ? `, ${next.placement}` : ''}.`;
  const plan = upsert(c, { type: 'automatic', outcome, retry: next.retry, scheduledAt: next.at, placement: next.placement, notes: current?.notes ?? null }, summary);
  if (!plan.ok) return plan;
  plan.changes.sequences = [{ contactId: contact.id, campaignId: campaign.id, used, state: 'open' }];
  return plan;
}

export function planCallbackRequested(c: OutcomeContext): Result<OutcomePlan> {
  const { contact, campaign, input } = c;
  const requested = input.callbackAt === undefined ? null : parseInstant(input.callbackAt);
  if (requested === null) return refuse('invalid', 'callbackAt (the time the customer asked for) is required, as an ISO-8601 time in UTC.', 'callbackAt');
  if (requested < toMs(c.occurredAt)) return refuse('invalid', 'callbackAt cannot be before the call itself (occurredAt).', 'callbackAt');
  const at = toInstant(requested);
  const when = contactTime(at, contact.timezone);
  const notes = typeof input.notes === 'string' && input.notes.trim() !== '' ? input.notes : null;
  const plan = upsert(c, { type: 'customer-requested', outcome: 'callback-requested', retry: null, scheduledAt: at, placement: null, notes }, `${contact.name} asked to be called back on ${when} (contact time).`);
  if (!plan.ok) return plan;
  plan.changes.sequences = [{ contactId: contact.id, campaignId: campaign.id, used: 0, state: 'open' }];
  if (contact.invalidNumber) plan.changes.contacts = [{ ...contact, invalidNumber: false }];
  if (!isInsideLegalWindow(at, contact.timezone)) {
    plan.note = `The requested time, ${when} in ${contact.timezone}, is outside the legal calling hours (${LEGAL_WINDOW_LABEL}); Call Now will be refused until they open.`;
  }
  return plan;
}

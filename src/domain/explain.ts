// Explanations: why not now, policy preview, what Skip will do (SPEC 2.7).
import { RESOLUTION_LABELS, retryLabel } from './labels';
import { RETRY_POLICY } from './policy';
import { nextRetry, planSkipRetry } from './scheduling';
import { formatIn, sameLocalDay, toInstant, toMs } from './time';
import type { CallbackView, Contact, FailedOutcome, Instant } from './types';
import { isInsideLegalWindow, LEGAL_OPEN_HOUR, nextLegalOpening } from './windows';

export type WhyNotNow =
  | { eligible: true; summary: string }
  | { eligible: false; reason: string; nextEligibleAt: Instant | null };

const never = (reason: string): WhyNotNow => ({ eligible: false, reason, nextEligibleAt: null });

export function whyNotNow(cb: CallbackView, now: Instant): WhyNotNow {
  const { contact, campaign } = cb;
  if (cb.status === 'closed') return never(`This callback is closed (${cb.resolution ? RESOLUTION_LABELS[cb.resolution] : 'closed'}).`);
  if (contact.dnc) return never(`${contact.name} is on the Do-Not-Call list (DNC).`);
  if (contact.invalidNumber) return never(`The number ${contact.phone} was reported invalid.`);
  if (campaign.status === 'ended') return never(`The campaign ${campaign.name} has ended.`);
  if (cb.status === 'dialing') return never('A call is in progress.');
  const local = formatIn(now, contact.timezone, 'HH:mm');
  if (!isInsideLegalWindow(now, contact.timezone)) {
    return {
      eligible: false,
      reason: `${local} local — calls allowed from ${String(LEGAL_OPEN_HOUR).padStart(2, '0')}:00`,
      nextEligibleAt: nextLegalOpening(now, contact.timezone),
    };
  }
  const paused = campaign.status === 'paused' ? ` The campaign ${campaign.name} is paused, so only a manual call will reach ${contact.name}.` : '';
  return { eligible: true, summary: `Can be called now: ${local} in ${contact.timezone}.${paused}` };
}

export interface PreviewStep {
  number: number;
  max: number;
  at: Instant;
  placement: string | null;
}

/** "15:00", or "Tue 15:00" when the day changed since the previous point. */
function timeline(points: Instant[], from: Instant, tz: string): string[] {
  let previous = from;
  return points.map((at) => {
    const text = formatIn(at, tz, sameLocalDay(previous, at, tz) ? 'HH:mm' : 'EEE HH:mm');
    previous = at;
    return text;
  });
}

/** The projected retry timeline if every retry got `outcome` again, from the same functions that schedule for real. */
export function policyPreview(input: {
  contact: Pick<Contact, 'timezone' | 'kind' | 'dnc'>;
  outcome: FailedOutcome;
  from: Instant;
  used: number;
}): { steps: PreviewStep[]; summary: string } {
  const { contact, outcome } = input;
  const head = `${outcome.replace('-', ' ')} now`;
  if (contact.dnc) return { steps: [], summary: `${head} → no retries: the contact is on the Do-Not-Call list (DNC).` };
  const steps: PreviewStep[] = [];
  let from = toMs(input.from);
  let used = Math.max(0, input.used);
  for (let next = nextRetry(outcome, used, from, contact); next; next = nextRetry(outcome, used, from, contact)) {
    steps.push({ number: next.retry.number, max: next.retry.max, at: next.at, placement: next.placement });
    used = next.retry.number;
    from = toMs(next.at);
  }
  if (steps.length === 0) return { steps, summary: `${head} → no retry left (${RETRY_POLICY[outcome].max} of ${RETRY_POLICY[outcome].max} used): exhausted.` };
  const times = timeline(steps.map((s) => s.at), toInstant(toMs(input.from)), contact.timezone);
  return { steps, summary: `${head} → ${times.join(', ')}, then exhausted` };
}

/** What Skip would do: "Retry 3 of 3 on Wed 10:00" or "ends the sequence (that was the last retry)". */
export function skipPreview(cb: CallbackView, now: Instant): { next: { number: number; max: number; at: Instant } | null; summary: string } {
  if (cb.type !== 'automatic' || !cb.retry) return { next: null, summary: 'Skip applies only to automatic retries.' };
  const next = planSkipRetry(cb, cb.contact, now);
  if (!next) return { next: null, summary: 'ends the sequence (that was the last retry)' };
  return {
    next: { number: next.retry.number, max: next.retry.max, at: next.at },
    summary: `${retryLabel(next.retry)} on ${formatIn(next.at, cb.contact.timezone, 'EEE HH:mm')}`,
  };
}

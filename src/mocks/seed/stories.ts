// Story kinds: a contact's call history in one campaign, played through the domain (backdated to the anchor).
import type { Callback, FailedOutcome } from '../../domain/types';
import { RETRY_POLICY } from '../../domain/policy';
import { placeInPreferredWindow } from '../../domain/windows';
import { CUSTOMER_NOTES } from './fixtures';
import type { Rng } from './prng';
import type { Sandbox } from './sandbox';
import { DAY, HOUR, MIN, callTime, legalAtOrAfter, legalAtOrBefore } from './times';

export interface StoryInput {
  rng: Rng;
  sb: Sandbox;
  anchor: number; // "now" of the demo, ms
  campaignId: string;
}

const FAILED: readonly (readonly [FailedOutcome, number])[] = [['voicemail', 4], ['no-answer', 4], ['busy', 2], ['network-error', 1]];

/** Failed calls in a row, each when the previous retry was due; stops before the anchor. Returns the pair's callback. */
export function failedChain(s: StoryInput, outcome: FailedOutcome, count: number, startMs: number): Callback | null {
  let at = callTime(startMs, s.sb.contact.timezone, s.rng.int(0, 50));
  if (at > s.anchor) at = Math.min(startMs, s.anchor - MIN); // no legal hour left before now: call anyway
  let cb: Callback | null = null;
  for (let i = 0; i < count && at <= s.anchor; i += 1) {
    const r = s.sb.outcome(s.campaignId, outcome, at);
    cb = r.callback ?? r.closed[0] ?? cb;
    if (!r.callback) break;
    at = Date.parse(r.callback.scheduledAt) + s.rng.int(1, 2) * 15 * MIN; // the dialer calls when the retry is due
  }
  return cb;
}

const delayOf = (o: FailedOutcome) => RETRY_POLICY[o].delayMinutes * MIN;
/** How many failed calls led here: mostly one, some with a history of earlier retries. */
const retries = (s: StoryInput, o: FailedOutcome) => Math.min(RETRY_POLICY[o].max, s.rng.weighted([[1, 14], [2, 4], [3, 2]] as const));

/** An automatic retry, overdue by roughly `overdueMs` (stale past 48 h). */
export function overdueStory(s: StoryInput, overdueMs: number): Callback | null {
  const o = s.rng.weighted(FAILED);
  const k = retries(s, o);
  return failedChain(s, o, k, s.anchor - overdueMs - k * delayOf(o) - 2 * HOUR);
}

/** An automatic retry still ahead (today, tomorrow, later this week). */
export function upcomingStory(s: StoryInput): Callback | null {
  const o = s.rng.weighted(FAILED);
  const k = retries(s, o);
  const start = s.anchor - (k - 1) * (delayOf(o) + 3 * HOUR) - s.rng.next() * delayOf(o);
  return failedChain(s, o, k, Math.min(start, s.anchor - 10 * MIN));
}

/** A customer-requested callback at `targetMs` (a legal local time), maybe replacing an automatic retry. */
export function customerStory(s: StoryInput, targetMs: number, notes?: string): Callback {
  const tz = s.sb.contact.timezone;
  const callbackAt = targetMs < s.anchor ? legalAtOrBefore(targetMs, tz) : legalAtOrAfter(targetMs, tz);
  const askedAt = Math.min(s.anchor - 5 * MIN, callbackAt - s.rng.int(1, 48) * HOUR);
  if (s.rng.chance(0.35)) failedChain(s, s.rng.weighted(FAILED), 1, askedAt - s.rng.int(6, 60) * HOUR);
  const note = notes ?? (s.rng.chance(0.8) ? s.rng.pick(CUSTOMER_NOTES) : undefined);
  const r = s.sb.outcome(s.campaignId, 'callback-requested', Math.max(askedAt, s.anchor - 20 * DAY), { callbackAtMs: callbackAt, notes: note });
  return r.callback as Callback;
}

/** An agent moved the retry to a later date (legal local time), e.g. after a note from the customer. */
export function rescheduledStory(s: StoryInput): Callback | null {
  const cb = failedChain(s, s.rng.weighted(FAILED), 1, s.anchor - s.rng.int(2, 30) * HOUR);
  if (!cb || cb.status === 'closed') return cb;
  const actAt = Math.min(s.anchor - MIN, Date.parse(cb.createdAt) + s.rng.int(5, 90) * MIN);
  const target = new Date(s.anchor + s.rng.int(3, 21) * DAY + s.rng.int(0, 10) * HOUR).toISOString();
  return s.sb.reschedule(cb, actAt, Date.parse(placeInPreferredWindow(target, s.sb.contact).at));
}

export type ClosedKind = 'answered' | 'exhausted' | 'cancelled' | 'completed' | 'invalid' | 'dnc';

/** A finished sequence: its callback is closed, with the history that led there. */
export function closedStory(s: StoryInput, kind: ClosedKind): Callback | null {
  const o = kind === 'exhausted' ? s.rng.pick(['busy', 'network-error'] as const) : s.rng.weighted(FAILED);
  const count = kind === 'exhausted' ? RETRY_POLICY[o].max + 1 : retries(s, o);
  const cb = failedChain(s, o, count, s.anchor - s.rng.int(3, 12) * DAY);
  if (!cb || cb.status === 'closed') return cb;
  const at = Math.min(s.anchor - MIN, Date.parse(cb.scheduledAt) + s.rng.int(1, 2) * 15 * MIN);
  switch (kind) {
    case 'answered': return s.sb.outcome(s.campaignId, 'answered', at).closed[0] ?? cb;
    case 'invalid': return s.sb.outcome(s.campaignId, 'invalid-number', at).closed[0] ?? cb;
    case 'dnc': return s.sb.outcome(s.campaignId, 'dnc-request', at).closed[0] ?? cb;
    case 'cancelled': return s.sb.cancel(cb, at, s.rng.pick(['wrong-contact-info', 'reached-another-way', 'objective-no-longer-relevant'] as const));
    case 'completed': return s.sb.complete(cb, at, s.rng.pick(['Customer called back and renewed.', 'Reached by email; booked for next month.', undefined]));
    default: return cb;
  }
}

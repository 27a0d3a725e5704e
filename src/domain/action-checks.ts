// The checks behind every manual action. The transitions and availableActions() both use these, so the UI
// disables exactly what the backend refuses.
import { RESOLUTION_LABELS } from './labels';
import { contactTime } from './scheduling';
import { toInstant, toMs } from './time';
import type { CallbackView, Instant, Refusal, User } from './types';
import { isInsidePreferredWindow, legalTimeRefusal, legalWindowRefusal, preferredWindowLabel } from './windows';

export type Subject = Pick<
  CallbackView,
  'id' | 'version' | 'status' | 'resolution' | 'type' | 'retry' | 'outcome' | 'scheduledAt' | 'agentId' | 'agent' | 'contact' | 'campaign'
>;
type Check = Refusal | null;

const refusal = (code: Refusal['code'], message: string): Refusal => ({ code, message });

/** If-Match and ownership: stale first, then agents acting on someone else's callback. */
export function checkAccess(s: Subject, user: User, expectedVersion?: number): Check {
  if (expectedVersion !== undefined && expectedVersion !== s.version) {
    return refusal('stale', `This callback was changed by someone else (it is now version ${s.version}, you had version ${expectedVersion}); reload it and try again.`);
  }
  if (user.role !== 'supervisor' && s.agentId !== user.id) {
    return refusal('forbidden', `This callback is assigned to ${s.agent.name}; agents can act only on their own callbacks.`);
  }
  return null;
}
export function checkOpen(s: Pick<Subject, 'status' | 'resolution'>): Check {
  if (s.status !== 'closed') return null;
  return refusal('wrong-state', `This callback is already closed (${s.resolution ? RESOLUTION_LABELS[s.resolution] : 'closed'}).`);
}
function checkNotEnded(s: Pick<Subject, 'campaign'>): Check {
  return s.campaign.status === 'ended' ? refusal('rule', `The campaign ${s.campaign.name} has ended.`) : null;
}
function checkNotDialing(s: Pick<Subject, 'status' | 'contact'>, what: string): Check {
  return s.status === 'dialing' ? refusal('wrong-state', `A call to ${s.contact.name} is in progress; wait for its outcome before ${what}.`) : null;
}
function first(...checks: (() => Check)[]): Check {
  for (const check of checks) {
    const r = check();
    if (r) return r;
  }
  return null;
}

export function checkCallNow(s: Subject, user: User, now: Instant, expectedVersion?: number): Check {
  return first(
    () => checkAccess(s, user, expectedVersion),
    () => checkOpen(s),
    () => (s.status === 'dialing' ? refusal('wrong-state', `A call to ${s.contact.name} is already in progress.`) : null),
    () => (s.contact.dnc ? refusal('rule', `${s.contact.name} is on the Do-Not-Call list.`) : null),
    () => (s.contact.invalidNumber ? refusal('rule', `The number ${s.contact.phone} was reported invalid.`) : null),
    () => checkNotEnded(s),
    () => {
      const legal = legalWindowRefusal(now, s.contact.timezone);
      return legal ? refusal('rule', legal) : null;
    },
  );
}
/** The state part of Reschedule (no user): open, not dialing, campaign not ended. */
export function checkRescheduleState(s: Pick<Subject, 'status' | 'resolution' | 'contact' | 'campaign'>): Check {
  return first(
    () => checkOpen(s),
    () => checkNotDialing(s, 'rescheduling'),
    () => checkNotEnded(s),
  );
}
export function checkRescheduleBase(s: Subject, user: User, expectedVersion?: number): Check {
  return first(
    () => checkAccess(s, user, expectedVersion),
    () => checkRescheduleState(s),
  );
}
/** The proposed time: refused when past or outside legal hours; a warning outside the preferred window. */
export function checkRescheduleTime(s: Pick<Subject, 'contact'>, at: Instant, now: Instant): Refusal | { warning: string | null } {
  const tz = s.contact.timezone;
  if (toMs(at) <= toMs(now)) return refusal('rule', `${contactTime(toInstant(toMs(at)), tz)} (contact time) is in the past; choose a later time.`);
  const legal = legalTimeRefusal(at, tz);
  if (legal) return refusal('rule', legal);
  if (isInsidePreferredWindow(at, s.contact)) return { warning: null };
  return { warning: `This is outside ${s.contact.name}'s preferred calling window (${preferredWindowLabel(s.contact.kind)}); calls then are less likely to connect.` };
}
export function checkSkip(s: Subject, user: User, expectedVersion?: number): Check {
  return first(
    () => checkAccess(s, user, expectedVersion),
    () => checkOpen(s),
    () =>
      s.type !== 'automatic' || !s.retry
        ? refusal('wrong-state', 'Skip applies to automatic retries; this callback was requested by the customer — reschedule or cancel it instead.')
        : null,
    () => checkNotDialing(s, 'skipping'),
    () => checkNotEnded(s),
  );
}
export function checkClose(s: Subject, user: User, expectedVersion?: number): Check {
  return first(
    () => checkAccess(s, user, expectedVersion),
    () => checkOpen(s),
  );
}
export function checkReassign(s: Subject, user: User, expectedVersion?: number): Check {
  return first(
    () => (expectedVersion !== undefined && expectedVersion !== s.version ? checkAccess(s, user, expectedVersion) : null),
    () => (user.role !== 'supervisor' ? refusal('forbidden', 'Only supervisors can reassign callbacks.') : null),
    () => checkOpen(s),
  );
}

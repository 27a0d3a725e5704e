// Whether each manual action is allowed, and why not: the same checks the transitions make (action-checks.ts),
// without the transitions themselves. The UI imports this file, not actions.ts, so that the plans, commit()
// and the state's validation (only the mock backend runs them) stay out of the UI's startup JavaScript.
import { checkCallNow, checkClose, checkReassign, checkRescheduleBase, checkRescheduleState, checkRescheduleTime, checkSkip } from './action-checks';
import { parseInstant, toInstant } from './time';
import type { ActionName, Availability, CallbackView, Instant, Refusal, User } from './types';

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
/** Whether this user may reassign the callback (supervisors, open callbacks), and why not. */
export function reassignAvailability(cb: CallbackView, user: User): Availability {
  return availability(checkReassign(cb, user));
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

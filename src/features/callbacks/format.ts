// Display strings for callbacks. Every conversion goes through src/domain/time.ts.
import { formatIn } from '../../domain/time';
import type { Instant, TimeZone } from '../../domain/types';

export const DATE_TIME = 'EEE d MMM HH:mm';

export function formatOperator(at: Instant, tz: TimeZone): string {
  return formatIn(at, tz, DATE_TIME);
}

/** "09:00 contact time (America/Chicago)", with the weekday when the contact's day differs. */
export function formatContactTime(at: Instant, operatorTz: TimeZone, contactTz: TimeZone): string {
  const pattern = formatIn(at, operatorTz, 'yyyy-MM-dd') === formatIn(at, contactTz, 'yyyy-MM-dd') ? 'HH:mm' : 'EEE HH:mm';
  return `${formatIn(at, contactTz, pattern)} contact time (${contactTz})`;
}

/** "Tue 24 Nov 15:00 · 09:00 contact time (America/Chicago)" */
export function formatSchedule(at: Instant, operatorTz: TimeZone, contactTz: TimeZone): string {
  return `${formatOperator(at, operatorTz)} · ${formatContactTime(at, operatorTz, contactTz)}`;
}

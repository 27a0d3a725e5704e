// <input type="datetime-local"> speaks wall-clock time; these convert it in the operator's time zone.
import { formatIn, fromLocal } from '../../domain/time';
import type { Instant, TimeZone } from '../../domain/types';

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/;

/** "2026-11-24T15:00" in tz → the instant; null when the value is not a date-time. */
export function instantFromLocalInput(value: string, tz: TimeZone): Instant | null {
  const m = LOCAL.exec(value);
  if (!m) return null;
  const [year, month, day, hour, minute] = m.slice(1).map(Number) as [number, number, number, number, number];
  return fromLocal({ year, month, day, hour, minute }, tz).at;
}

export function localInputValue(at: Instant, tz: TimeZone): string {
  return formatIn(at, tz, "yyyy-MM-dd'T'HH:mm");
}

// The only file that imports date-fns-tz. Every conversion between instants and wall-clock time goes here.
import type { Instant, TimeZone } from './types';

export interface LocalParts {
  year: number;
  month: number; // 1-12
  day: number;
  hour: number;
  minute: number;
  weekday: number; // 1 = Monday … 7 = Sunday (ISO)
}
export declare function isValidTimeZone(tz: string): boolean;
export declare function localParts(at: Instant | Date, tz: TimeZone): LocalParts;
/** The instant of a wall-clock time in tz. In a DST gap the time does not exist: returns the instant the clocks jump to (and nonexistent=true). In an overlap it exists twice: `earlier` picks which. */
export declare function fromLocal(
  local: { year: number; month: number; day: number; hour: number; minute: number },
  tz: TimeZone,
  choice?: 'earlier' | 'later',
): { at: Instant; nonexistent: boolean; ambiguous: boolean };
export declare function startOfLocalDay(at: Instant | Date, tz: TimeZone): Instant;
export declare function startOfNextLocalDay(at: Instant | Date, tz: TimeZone): Instant;
export declare function startOfNextLocalWeek(at: Instant | Date, tz: TimeZone): Instant; // next Monday 00:00
export declare function addMinutes(at: Instant, minutes: number): Instant;
/** date-fns format pattern in tz, e.g. formatIn(at, tz, 'EEE HH:mm') → "Wed 10:00". */
export declare function formatIn(at: Instant | Date, tz: TimeZone, pattern: string): string;
export declare function shortZoneName(at: Instant | Date, tz: TimeZone): string; // "EST", "GMT+5:45"

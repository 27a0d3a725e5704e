// The only file that imports date-fns-tz. Every conversion between instants and wall-clock time goes here.
// The core maths uses Intl offsets only (never the host's time zone), so results are identical under any TZ.
// date-fns-tz is reached only through formatInDateFns (patterns formatIn does not support; the reference the
// tests cross-check formatIn against). The app never calls it, so date-fns(-tz) stays out of the UI's bundle.
import { formatInTimeZone } from 'date-fns-tz';
import { formatTokens } from './time-format';
import type { Instant, TimeZone } from './types';

export interface LocalParts {
  year: number;
  month: number; // 1-12
  day: number;
  hour: number;
  minute: number;
  weekday: number; // 1 = Monday … 7 = Sunday (ISO)
}

const MINUTE = 60_000;
const DAY = 86_400_000;
const INSTANT_RE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

const formatters = new Map<string, Intl.DateTimeFormat>();
function partsFormatter(tz: TimeZone): Intl.DateTimeFormat {
  let f = formatters.get(tz);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: tz,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(tz, f);
  }
  return f;
}

export function isValidTimeZone(tz: string): boolean {
  if (typeof tz !== 'string' || tz.length === 0 || tz.length > 64 || /^[+\-\d]/.test(tz)) return false;
  try {
    partsFormatter(tz);
    return true;
  } catch {
    return false;
  }
}

/** Milliseconds since the epoch of an instant (ISO string or Date). */
export function toMs(at: Instant | Date): number {
  return typeof at === 'string' ? Date.parse(at) : at.getTime();
}
/** The normalised instant ("2026-11-24T15:00:00.000Z") of epoch milliseconds. */
export function toInstant(ms: number): Instant {
  return new Date(ms).toISOString();
}
/** Parses an ISO-8601 instant that carries its offset (Z or ±hh:mm); null when it is not one. */
export function parseInstant(value: unknown): number | null {
  if (typeof value !== 'string' || !INSTANT_RE.test(value)) return null;
  const ms = Date.parse(value);
  return Number.isFinite(ms) ? ms : null;
}

const FIELDS: string[] = ['year', 'month', 'day', 'hour', 'minute', 'second'];
const OFFSET_CACHE_SIZE = 20_000;
const offsetCache = new Map<string, number>();
/** The zone's offset from UTC in ms at an instant (local = utc + offset). */
export function offsetMs(ms: number, tz: TimeZone): number {
  const key = `${tz}|${Math.floor(ms / MINUTE)}`;
  const cached = offsetCache.get(key);
  if (cached !== undefined) return cached;
  const seconds = Math.floor(ms / 1000) * 1000;
  const f = [1970, 1, 1, 0, 0, 0]; // year, month, day, hour, minute, second
  for (const part of partsFormatter(tz).formatToParts(seconds)) {
    const i = FIELDS.indexOf(part.type);
    if (i >= 0) f[i] = Number(part.value);
  }
  const [year = 1970, month = 1, day = 1, hour = 0, minute = 0, second = 0] = f;
  const wall = Date.UTC(year, month - 1, day, hour % 24, minute, second);
  const offset = wall - seconds;
  if (offsetCache.size >= OFFSET_CACHE_SIZE) offsetCache.clear();
  offsetCache.set(key, offset);
  return offset;
}

/** The wall clock as a UTC Date (read it with getUTC*). */
function wallDate(ms: number, tz: TimeZone): Date {
  return new Date(ms + offsetMs(ms, tz));
}

export function localParts(at: Instant | Date, tz: TimeZone): LocalParts {
  const d = wallDate(toMs(at), tz);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    weekday: d.getUTCDay() === 0 ? 7 : d.getUTCDay(),
  };
}

/** The instant of a wall-clock time in tz. In a DST gap the time does not exist: returns the instant the clocks jump to (and nonexistent=true). In an overlap it exists twice: `earlier` picks which. */
export function fromLocal(
  local: { year: number; month: number; day: number; hour: number; minute: number },
  tz: TimeZone,
  choice: 'earlier' | 'later' = 'earlier',
): { at: Instant; nonexistent: boolean; ambiguous: boolean } {
  const wall = Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute);
  const before = offsetMs(wall - DAY, tz);
  const after = offsetMs(wall + DAY, tz);
  const candidates = [...new Set([before, after])]
    .map((o) => wall - o)
    .filter((t) => offsetMs(t, tz) === wall - t)
    .sort((a, b) => a - b);
  const first = candidates[0];
  const last = candidates[candidates.length - 1];
  if (first !== undefined && last !== undefined) {
    return { at: toInstant(choice === 'later' ? last : first), nonexistent: false, ambiguous: candidates.length > 1 };
  }
  // A gap: find the first minute after the transition (offset becomes `after`).
  let lo = Math.floor((wall - after) / MINUTE);
  let hi = Math.ceil((wall - before) / MINUTE);
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (offsetMs(mid * MINUTE, tz) === before) lo = mid;
    else hi = mid;
  }
  return { at: toInstant(hi * MINUTE), nonexistent: true, ambiguous: false };
}

/** The calendar date `days` after the local date of `p` (weekday included). */
export function addLocalDays(p: Pick<LocalParts, 'year' | 'month' | 'day'>, days: number): LocalParts {
  const d = new Date(Date.UTC(p.year, p.month - 1, p.day + days));
  const wd = d.getUTCDay();
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), hour: 0, minute: 0, weekday: wd === 0 ? 7 : wd };
}

export function startOfLocalDay(at: Instant | Date, tz: TimeZone): Instant {
  return fromLocal({ ...localParts(at, tz), hour: 0, minute: 0 }, tz).at;
}
export function startOfNextLocalDay(at: Instant | Date, tz: TimeZone): Instant {
  return fromLocal(addLocalDays(localParts(at, tz), 1), tz).at;
}
export function startOfNextLocalWeek(at: Instant | Date, tz: TimeZone): Instant {
  const p = localParts(at, tz);
  return fromLocal(addLocalDays(p, 8 - p.weekday), tz).at; // next Monday 00:00
}
export function addMinutes(at: Instant, minutes: number): Instant {
  return toInstant(toMs(at) + minutes * MINUTE);
}
/** True when both instants fall on the same calendar day in tz. */
export function sameLocalDay(a: Instant | Date, b: Instant | Date, tz: TimeZone): boolean {
  const pa = localParts(a, tz);
  const pb = localParts(b, tz);
  return pa.year === pb.year && pa.month === pb.month && pa.day === pb.day;
}

/**
 * A date-fns format pattern in tz, e.g. formatIn(at, tz, 'EEE HH:mm') → "Wed 10:00". Supports the tokens
 * listed in time-format.ts (all the app uses) and throws a RangeError for any other: use formatInDateFns then.
 */
export function formatIn(at: Instant | Date, tz: TimeZone, pattern: string): string {
  const ms = toMs(at);
  const offset = offsetMs(ms, tz);
  const own = formatTokens(new Date(ms + offset), offset, pattern, () => shortZoneName(ms, tz));
  if (own === null) throw new RangeError(`formatIn does not support the pattern "${pattern}"; use formatInDateFns`);
  return own;
}

/**
 * Any date-fns pattern (ordinals "do", ISO weeks, long zone names…) through date-fns-tz's formatInTimeZone.
 * Not for the UI's startup path (it pulls date-fns into the bundle), and like date-fns-tz it can be off by the
 * host's DST shift for a wall-clock time that does not exist in the host's own zone.
 */
export function formatInDateFns(at: Instant | Date, tz: TimeZone, pattern: string): string {
  return formatInTimeZone(new Date(toMs(at)), tz, pattern);
}

const zoneFormatters = new Map<string, Intl.DateTimeFormat>();
export function shortZoneName(at: Instant | Date | number, tz: TimeZone): string {
  let f = zoneFormatters.get(tz);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone: tz, timeZoneName: 'short' });
    zoneFormatters.set(tz, f);
  }
  const ms = typeof at === 'number' ? at : toMs(at);
  return f.formatToParts(ms).find((p) => p.type === 'timeZoneName')?.value ?? tz;
}

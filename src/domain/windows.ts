// Calling windows in the contact's own time zone: the legal window and the preferred windows.
import { addLocalDays, formatIn, fromLocal, localParts, sameLocalDay, toInstant, toMs } from './time';
import type { LocalParts } from './time';
import type { Contact, Instant } from './types';

export const LEGAL_OPEN_HOUR = 8;
export const LEGAL_CLOSE_HOUR = 21;
export const LEGAL_WINDOW_LABEL = '08:00–21:00';

interface Window {
  start: number; // minutes after local midnight
  end: number; // exclusive
}
const BUSINESS: readonly Window[] = [{ start: 9 * 60, end: 17 * 60 }];
const CONSUMER: readonly Window[] = [
  { start: 10 * 60, end: 12 * 60 },
  { start: 17 * 60, end: 20 * 60 },
];

function windowsOn(kind: Contact['kind'], weekday: number): readonly Window[] {
  if (kind === 'business') return weekday <= 5 ? BUSINESS : [];
  return CONSUMER;
}
const minutesOf = (p: LocalParts): number => p.hour * 60 + p.minute;

export function isInsideLegalWindow(at: Instant, tz: string): boolean {
  const m = minutesOf(localParts(at, tz));
  return m >= LEGAL_OPEN_HOUR * 60 && m < LEGAL_CLOSE_HOUR * 60;
}
/** null when allowed, else "It is 06:12 in America/Los_Angeles; calls are allowed 08:00–21:00". */
export function legalWindowRefusal(at: Instant, tz: string): string | null {
  if (isInsideLegalWindow(at, tz)) return null;
  return `It is ${formatIn(at, tz, 'HH:mm')} in ${tz}; calls are allowed ${LEGAL_WINDOW_LABEL}`;
}
/** For a proposed time (not now): null when legal, else a sentence naming the contact's local time. */
export function legalTimeRefusal(at: Instant, tz: string): string | null {
  if (isInsideLegalWindow(at, tz)) return null;
  return `${formatIn(at, tz, 'EEE d MMM HH:mm')} in ${tz} is outside the legal calling hours; calls are allowed ${LEGAL_WINDOW_LABEL}.`;
}
/** Next instant >= at when a call is legal in tz. */
export function nextLegalOpening(at: Instant, tz: string): Instant {
  if (isInsideLegalWindow(at, tz)) return toInstant(toMs(at));
  const p = localParts(at, tz);
  const day = minutesOf(p) < LEGAL_OPEN_HOUR * 60 ? p : addLocalDays(p, 1);
  return fromLocal({ year: day.year, month: day.month, day: day.day, hour: LEGAL_OPEN_HOUR, minute: 0 }, tz).at;
}

export function isInsidePreferredWindow(at: Instant, contact: Pick<Contact, 'timezone' | 'kind'>): boolean {
  const p = localParts(at, contact.timezone);
  const m = minutesOf(p);
  return windowsOn(contact.kind, p.weekday).some((w) => m >= w.start && m < w.end);
}
export function preferredWindowLabel(kind: Contact['kind']): string {
  return kind === 'business' ? 'Mon–Fri 09:00–17:00' : '10:00–12:00 and 17:00–20:00 every day';
}
const hhmm = (minutes: number): { hour: number; minute: number } => ({ hour: Math.floor(minutes / 60), minute: minutes % 60 });

/** Moves `at` forward to the next opening of the contact's preferred window; `placement` says why when it moved. */
export function placeInPreferredWindow(at: Instant, contact: Pick<Contact, 'timezone' | 'kind'>): { at: Instant; placement: string | null } {
  const from = toMs(at);
  if (isInsidePreferredWindow(at, contact)) return { at: toInstant(from), placement: null };
  const tz = contact.timezone;
  const today = localParts(at, tz);
  for (let k = 0; k <= 8; k += 1) {
    const day = addLocalDays(today, k);
    for (const w of windowsOn(contact.kind, day.weekday)) {
      const opening = fromLocal({ year: day.year, month: day.month, day: day.day, ...hhmm(w.start) }, tz).at;
      if (toMs(opening) >= from) return { at: opening, placement: placementText(at, opening, contact) };
    }
  }
  /* c8 ignore next */
  throw new Error(`No preferred window found after ${at} in ${tz}`);
}

function placementText(from: Instant, to: Instant, contact: Pick<Contact, 'timezone' | 'kind'>): string {
  const pattern = sameLocalDay(from, to, contact.timezone) ? 'HH:mm' : 'EEE HH:mm';
  const a = formatIn(from, contact.timezone, pattern);
  const b = formatIn(to, contact.timezone, pattern);
  return `moved from ${a} to ${b} to fit the ${contact.kind} calling window (${preferredWindowLabel(contact.kind)})`;
}

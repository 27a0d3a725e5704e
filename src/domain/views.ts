// The queue views, counts, urgency order, stale, overdue age buckets, search and filters. Boundaries in the
// operator's time zone.
import { startOfNextLocalDay, startOfNextLocalWeek, toInstant, toMs } from './time';
import type { Callback, CallbackView, Instant, Sort, Summary, TimeZone, View } from './types';

export const STALE_AFTER_HOURS = 48;
export interface ViewBounds {
  now: Instant;
  startOfTomorrow: Instant;
  startOfNextWeek: Instant;
}
const norm = (at: Instant): Instant => toInstant(toMs(at));

/** Instants are compared as normalised ISO strings (the rules always store them normalised). */
export function viewBounds(now: Instant, tz: TimeZone): ViewBounds {
  return { now: norm(now), startOfTomorrow: startOfNextLocalDay(now, tz), startOfNextWeek: startOfNextLocalWeek(now, tz) };
}
export function isActive(cb: Pick<Callback, 'status'>): boolean {
  return cb.status === 'pending' || cb.status === 'dialing';
}
export function inView(cb: Pick<Callback, 'status' | 'scheduledAt'>, view: View, bounds: ViewBounds): boolean {
  if (!isActive(cb)) return false;
  const s = cb.scheduledAt;
  switch (view) {
    case 'overdue':
      return s < bounds.now;
    case 'today':
      return s >= bounds.now && s < bounds.startOfTomorrow;
    case 'week':
      return s >= bounds.now && s < bounds.startOfNextWeek;
    default:
      return true;
  }
}
export function isOverdue(cb: Pick<Callback, 'scheduledAt'>, now: Instant): boolean {
  return toMs(cb.scheduledAt) < toMs(now);
}
export function isStale(cb: Pick<Callback, 'scheduledAt'>, now: Instant): boolean {
  return toMs(now) - toMs(cb.scheduledAt) > STALE_AFTER_HOURS * 3_600_000;
}

export type AgeBucket = 'lt-4h' | '4-24h' | '1-2d' | 'stale';

/**
 * How long overdue work has waited, youngest first (triage figures and the list filter `age`). Half-open and in
 * agreement with the stale rule: overdue by < 4 h · 4 h up to 24 h · 24 h up to and including 48 h · more than 48 h
 * (stale, SPEC 2.5). Exactly 4 h is in "4–24 hours", exactly 24 h and exactly 48 h in "1–2 days".
 */
export const AGE_BUCKETS: readonly { bucket: AgeBucket; label: string }[] = [
  { bucket: 'lt-4h', label: 'Under 4 hours' },
  { bucket: '4-24h', label: '4–24 hours' },
  { bucket: '1-2d', label: '1–2 days' },
  { bucket: 'stale', label: 'Stale (over 2 days)' },
];

export function isAgeBucket(value: unknown): value is AgeBucket {
  return AGE_BUCKETS.some((b) => b.bucket === value);
}

/** How long the callback has been overdue, as a bucket; null when it is not overdue. */
export function ageBucket(cb: Pick<Callback, 'scheduledAt'>, now: Instant): AgeBucket | null {
  if (!isOverdue(cb, now)) return null;
  if (isStale(cb, now)) return 'stale';
  const hours = (toMs(now) - toMs(cb.scheduledAt)) / 3_600_000;
  if (hours < 4) return 'lt-4h';
  if (hours < 24) return '4-24h';
  return '1-2d';
}
export function summarize(callbacks: Iterable<Callback>, bounds: ViewBounds): Summary {
  const summary: Summary = { overdue: 0, today: 0, week: 0, all: 0, stale: 0 };
  const staleBefore = toInstant(toMs(bounds.now) - STALE_AFTER_HOURS * 3_600_000);
  for (const cb of callbacks) {
    if (!isActive(cb)) continue;
    const s = cb.scheduledAt;
    summary.all += 1;
    if (s < bounds.now) {
      summary.overdue += 1;
      if (s < staleBefore) summary.stale += 1;
    } else {
      if (s < bounds.startOfTomorrow) summary.today += 1;
      if (s < bounds.startOfNextWeek) summary.week += 1;
    }
  }
  return summary;
}

/** Ids in numeric order when they share a prefix ("cb-9" before "cb-10"). */
function compareIds(a: string, b: string): number {
  return a.length - b.length || (a < b ? -1 : a > b ? 1 : 0);
}
const compareStrings = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Urgency: overdue customer-requested first (oldest first), then other overdue oldest first, then upcoming by time; ties by id. */
export function compareUrgency(now: Instant): (a: Pick<Callback, 'id' | 'type' | 'scheduledAt'>, b: Pick<Callback, 'id' | 'type' | 'scheduledAt'>) => number {
  const n = norm(now);
  const rank = (cb: Pick<Callback, 'type' | 'scheduledAt'>): number => (cb.scheduledAt >= n ? 2 : cb.type === 'customer-requested' ? 0 : 1);
  return (a, b) => rank(a) - rank(b) || compareStrings(a.scheduledAt, b.scheduledAt) || compareIds(a.id, b.id);
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
export function compareBy(sort: Sort, now: Instant): (a: CallbackView, b: CallbackView) => number {
  switch (sort) {
    case 'scheduled':
      return (a, b) => compareStrings(a.scheduledAt, b.scheduledAt) || compareIds(a.id, b.id);
    case '-scheduled':
      return (a, b) => compareStrings(b.scheduledAt, a.scheduledAt) || compareIds(a.id, b.id);
    case 'name':
      return (a, b) => collator.compare(a.contact.name, b.contact.name) || compareIds(a.id, b.id);
    case '-name':
      return (a, b) => collator.compare(b.contact.name, a.contact.name) || compareIds(a.id, b.id);
    default:
      return compareUrgency(now);
  }
}

export interface Filters {
  q?: string; // contact name or phone (digits match ignoring formatting), campaign name; case-insensitive
  contactId?: string;
  campaignId?: string;
  agentId?: string;
  outcome?: string;
  type?: string;
  stale?: boolean;
  age?: AgeBucket; // overdue by that much (ageBucket); upcoming work never matches
}

function matchesQuery(cb: CallbackView, raw: string): boolean {
  const q = raw.trim().toLowerCase();
  if (q === '') return true;
  const texts = [cb.contact.name, cb.campaign.name, cb.contact.phone, cb.notes ?? ''];
  if (texts.some((t) => t.toLowerCase().includes(q))) return true;
  if (/^[\d\s+().-]+$/.test(q)) {
    const digits = q.replace(/\D/g, '');
    return digits !== '' && cb.contact.phone.replace(/\D/g, '').includes(digits);
  }
  return false;
}

export function matchesFilters(cb: CallbackView, filters: Filters, now: Instant): boolean {
  if (filters.contactId && cb.contactId !== filters.contactId) return false;
  if (filters.campaignId && cb.campaignId !== filters.campaignId) return false;
  if (filters.agentId && cb.agentId !== filters.agentId) return false;
  if (filters.outcome && cb.outcome !== filters.outcome) return false;
  if (filters.type && cb.type !== filters.type) return false;
  if (filters.stale === true && !isStale(cb, now)) return false;
  if (filters.stale === false && isStale(cb, now)) return false;
  if (filters.age !== undefined && ageBucket(cb, now) !== filters.age) return false;
  return filters.q === undefined || matchesQuery(cb, filters.q);
}

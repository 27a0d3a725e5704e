// The queue views, counts, urgency order, stale, search and filters. Boundaries in the operator's time zone.
import type { Callback, CallbackView, Instant, Sort, Summary, TimeZone, View } from './types';

export const STALE_AFTER_HOURS = 48;
export interface ViewBounds {
  now: Instant;
  startOfTomorrow: Instant;
  startOfNextWeek: Instant;
}
export declare function viewBounds(now: Instant, tz: TimeZone): ViewBounds;
export declare function isActive(cb: Pick<Callback, 'status'>): boolean;
export declare function inView(cb: Pick<Callback, 'status' | 'scheduledAt'>, view: View, bounds: ViewBounds): boolean;
export declare function isOverdue(cb: Pick<Callback, 'scheduledAt'>, now: Instant): boolean;
export declare function isStale(cb: Pick<Callback, 'scheduledAt'>, now: Instant): boolean;
export declare function summarize(callbacks: Iterable<Callback>, bounds: ViewBounds): Summary;
/** Urgency: overdue customer-requested first (oldest first), then other overdue oldest first, then upcoming by time; ties by id. */
export declare function compareUrgency(now: Instant): (a: Pick<Callback, 'id' | 'type' | 'scheduledAt'>, b: Pick<Callback, 'id' | 'type' | 'scheduledAt'>) => number;
export declare function compareBy(sort: Sort, now: Instant): (a: CallbackView, b: CallbackView) => number;

export interface Filters {
  q?: string; // contact name or phone (digits match ignoring formatting), campaign name; case-insensitive
  contactId?: string;
  campaignId?: string;
  agentId?: string;
  outcome?: string;
  type?: string;
  stale?: boolean;
}
export declare function matchesFilters(cb: CallbackView, filters: Filters, now: Instant): boolean;

// Supervisor triage: how old the overdue work is, where it sits, and what is due in the coming hours.
// Pure: `now` and the operator's time zone are arguments.
// The age buckets themselves live in views.ts (the list filter `age` uses them too); re-exported here.
import { addMinutes, localParts } from './time';
import type { Callback, CallbackView, Campaign, Instant, TimeZone } from './types';
import { AGE_BUCKETS, ageBucket, isActive, type AgeBucket } from './views';

export { AGE_BUCKETS, ageBucket, isAgeBucket, type AgeBucket } from './views';

const HOUR_MS = 3_600_000;

/** The list filter `age=<bucket>` (matchesFilters) for one callback: an active callback overdue by that much. */
export function matchesAge(
  cb: Pick<Callback, 'status' | 'scheduledAt'>,
  age: AgeBucket,
  now: Instant,
): boolean {
  return isActive(cb) && ageBucket(cb, now) === age;
}

export interface CampaignTriage {
  campaign: Campaign;
  count: number;
  customerRequested: number;
  stale: number;
}

export interface OverdueTriage {
  total: number;
  customerRequested: number;
  byCampaign: CampaignTriage[]; // most overdue first, then by name
  byAge: { bucket: AgeBucket; label: string; count: number }[]; // every bucket, in AGE_BUCKETS order
  pausedWithOverdue: { campaign: Campaign; count: number }[]; // paused campaigns holding overdue work
}

/** The overdue queue summarised for a supervisor's daily triage. Closed and upcoming callbacks are ignored. */
export function overdueTriage(views: Iterable<CallbackView>, now: Instant): OverdueTriage {
  const byCampaign = new Map<string, CampaignTriage>();
  const byAge: Record<AgeBucket, number> = { 'lt-4h': 0, '4-24h': 0, '1-2d': 0, stale: 0 };
  let total = 0;
  let customerRequested = 0;
  for (const cb of views) {
    if (!isActive(cb)) continue;
    const bucket = ageBucket(cb, now);
    if (bucket === null) continue;
    const requested = cb.type === 'customer-requested' ? 1 : 0;
    const stale = bucket === 'stale' ? 1 : 0;
    total += 1;
    customerRequested += requested;
    byAge[bucket] += 1;
    const row = byCampaign.get(cb.campaign.id) ?? {
      campaign: cb.campaign,
      count: 0,
      customerRequested: 0,
      stale: 0,
    };
    row.count += 1;
    row.customerRequested += requested;
    row.stale += stale;
    byCampaign.set(cb.campaign.id, row);
  }
  const campaigns = [...byCampaign.values()].sort(
    (a, b) =>
      b.count - a.count ||
      a.campaign.name.localeCompare(b.campaign.name) ||
      a.campaign.id.localeCompare(b.campaign.id),
  );
  return {
    total,
    customerRequested,
    byCampaign: campaigns,
    byAge: AGE_BUCKETS.map((b) => ({ ...b, count: byAge[b.bucket] })),
    pausedWithOverdue: campaigns
      .filter((row) => row.campaign.status === 'paused')
      .map((row) => ({ campaign: row.campaign, count: row.count })),
  };
}

export interface ForecastBucket {
  start: Instant; // the start of an hour in the operator's time zone
  count: number; // active callbacks due from max(start, now) until the next bucket starts
}

/**
 * Active callbacks due per hour over the next `hours` hours, the first bucket being the operator's current
 * hour (counting only what is still ahead of `now`). Overdue work is not in the forecast.
 */
export function forecastByHour(
  callbacks: Iterable<Pick<Callback, 'status' | 'scheduledAt'>>,
  now: Instant,
  tz: TimeZone,
  hours = 24,
): { buckets: ForecastBucket[]; total: number } {
  // The operator's current hour starts `minute` local minutes ago (offsets are whole minutes in every zone).
  const nowMs = Date.parse(now);
  const start = new Date(nowMs - (nowMs % 60_000) - localParts(now, tz).minute * 60_000).toISOString();
  const count = Math.max(0, Math.floor(hours));
  const buckets: ForecastBucket[] = Array.from({ length: count }, (_, i) => ({
    start: addMinutes(start, 60 * i),
    count: 0,
  }));
  const origin = Date.parse(start);
  const end = origin + count * HOUR_MS;
  let total = 0;
  for (const cb of callbacks) {
    if (!isActive(cb)) continue;
    const at = Date.parse(cb.scheduledAt);
    if (at < nowMs || at >= end) continue;
    buckets[Math.floor((at - origin) / HOUR_MS)]!.count += 1; // origin <= now <= at < end
    total += 1;
  }
  return { buckets, total };
}

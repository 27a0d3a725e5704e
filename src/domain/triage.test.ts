import { describe, expect, it } from 'vitest';
import { AGE_BUCKETS, ageBucket, forecastByHour, isAgeBucket, matchesAge, overdueTriage } from './triage';
import type { CallbackView, Campaign } from './types';

const NOW = '2026-11-24T15:00:00.000Z';
const H = 3_600_000;
const ago = (ms: number) => new Date(Date.parse(NOW) - ms).toISOString();
const later = (ms: number) => new Date(Date.parse(NOW) + ms).toISOString();

const solar: Campaign = { id: 'cp-1', name: 'Solar Leads', status: 'paused' };
const renewals: Campaign = { id: 'cp-2', name: 'Renewals', status: 'active' };
const alpha: Campaign = { id: 'cp-3', name: 'Alpha', status: 'active' };

let n = 0;
function view(scheduledAt: string, over: Partial<CallbackView> = {}): CallbackView {
  n += 1;
  return {
    id: `cb-${n}`,
    version: 1,
    status: 'pending',
    resolution: null,
    cancelReason: null,
    type: 'automatic',
    outcome: 'voicemail',
    retry: { number: 1, max: 3 },
    scheduledAt,
    placement: null,
    notes: null,
    contactId: `ct-${n}`,
    campaignId: renewals.id,
    agentId: 'ag-1',
    createdAt: ago(100 * H),
    updatedAt: ago(100 * H),
    contact: {
      id: `ct-${n}`,
      name: `Contact ${n}`,
      phone: '+15550100',
      timezone: 'America/New_York',
      kind: 'consumer',
      dnc: false,
      invalidNumber: false,
    },
    campaign: renewals,
    agent: { id: 'ag-1', name: 'Priya Shah' },
    ...over,
  };
}

describe('ageBucket', () => {
  it.each([
    ['not yet due', later(1), null],
    ['due exactly now (not overdue)', NOW, null],
    ['one millisecond overdue', ago(1), 'lt-4h'],
    ['just under 4 h', ago(4 * H - 1), 'lt-4h'],
    ['exactly 4 h', ago(4 * H), '4-24h'],
    ['just under 24 h', ago(24 * H - 1), '4-24h'],
    ['exactly 24 h', ago(24 * H), '1-2d'],
    ['exactly 48 h (not yet stale)', ago(48 * H), '1-2d'],
    ['just over 48 h', ago(48 * H + 1), 'stale'],
    ['a week', ago(7 * 24 * H), 'stale'],
  ])('%s → %s', (_name, scheduledAt, bucket) => {
    expect(ageBucket({ scheduledAt }, NOW)).toBe(bucket);
  });

  it('names every bucket once, oldest last', () => {
    expect(AGE_BUCKETS.map((b) => b.bucket)).toEqual(['lt-4h', '4-24h', '1-2d', 'stale']);
    expect(isAgeBucket('stale')).toBe(true);
    expect(isAgeBucket('old')).toBe(false);
    expect(isAgeBucket(undefined)).toBe(false);
  });
});

describe('matchesAge', () => {
  it('matches active callbacks of that age only', () => {
    expect(matchesAge({ status: 'pending', scheduledAt: ago(5 * H) }, '4-24h', NOW)).toBe(true);
    expect(matchesAge({ status: 'dialing', scheduledAt: ago(5 * H) }, '4-24h', NOW)).toBe(true);
    expect(matchesAge({ status: 'closed', scheduledAt: ago(5 * H) }, '4-24h', NOW)).toBe(false);
    expect(matchesAge({ status: 'pending', scheduledAt: ago(5 * H) }, 'lt-4h', NOW)).toBe(false);
    expect(matchesAge({ status: 'pending', scheduledAt: later(H) }, 'lt-4h', NOW)).toBe(false);
  });
});

describe('overdueTriage', () => {
  const views = [
    view(ago(H), { campaign: solar, campaignId: solar.id, type: 'customer-requested', retry: null }),
    view(ago(5 * H), { campaign: solar, campaignId: solar.id }),
    view(ago(72 * H), { campaign: solar, campaignId: solar.id }),
    view(ago(30 * H)),
    view(ago(80 * H), { type: 'customer-requested', retry: null }),
    view(ago(2 * H), { campaign: alpha, campaignId: alpha.id }),
    view(ago(3 * H), { campaign: alpha, campaignId: alpha.id, status: 'dialing' }),
    view(ago(3 * H), { status: 'closed', resolution: 'answered' }), // closed: ignored
    view(later(H), { campaign: solar, campaignId: solar.id }), // upcoming: ignored
  ];

  it('counts overdue active work by campaign, age and type', () => {
    const t = overdueTriage(views, NOW);
    expect(t.total).toBe(7);
    expect(t.customerRequested).toBe(2);
    expect(t.byAge).toEqual([
      { bucket: 'lt-4h', label: 'Under 4 hours', count: 3 },
      { bucket: '4-24h', label: '4–24 hours', count: 1 },
      { bucket: '1-2d', label: '1–2 days', count: 1 },
      { bucket: 'stale', label: 'Stale (over 2 days)', count: 2 },
    ]);
    expect(t.byCampaign.map((r) => [r.campaign.name, r.count, r.customerRequested, r.stale])).toEqual([
      ['Solar Leads', 3, 1, 1],
      ['Alpha', 2, 0, 0], // ties by name
      ['Renewals', 2, 1, 1],
    ]);
    expect(t.pausedWithOverdue).toEqual([{ campaign: solar, count: 3 }]);
  });

  it('figures add up: by campaign and by age both sum to the total', () => {
    const t = overdueTriage(views, NOW);
    expect(t.byCampaign.reduce((s, r) => s + r.count, 0)).toBe(t.total);
    expect(t.byAge.reduce((s, r) => s + r.count, 0)).toBe(t.total);
  });

  it('is empty but complete when nothing is overdue', () => {
    const t = overdueTriage([view(later(H))], NOW);
    expect(t).toEqual({
      total: 0,
      customerRequested: 0,
      byCampaign: [],
      byAge: AGE_BUCKETS.map((b) => ({ ...b, count: 0 })),
      pausedWithOverdue: [],
    });
  });

  it('orders campaigns with the same count and name by id', () => {
    const twin = { ...alpha, id: 'cp-0' };
    const t = overdueTriage([view(ago(H), { campaign: alpha }), view(ago(H), { campaign: twin })], NOW);
    expect(t.byCampaign.map((r) => r.campaign.id)).toEqual(['cp-0', 'cp-3']);
  });
});

describe('forecastByHour', () => {
  const at = (iso: string, status: CallbackView['status'] = 'pending') => ({ status, scheduledAt: iso });

  it('buckets upcoming active work by the operator’s hours, from the current hour', () => {
    const now = '2026-11-24T15:37:00.000Z'; // 10:37 in New York
    const f = forecastByHour(
      [
        at('2026-11-24T15:30:00.000Z'), // overdue: not forecast
        at('2026-11-24T15:37:00.000Z'), // due now: first bucket
        at('2026-11-24T15:59:59.999Z'),
        at('2026-11-24T16:00:00.000Z'),
        at('2026-11-24T16:10:00.000Z', 'closed'),
        at('2026-11-25T14:59:59.999Z'), // last bucket
        at('2026-11-25T15:00:00.000Z'), // beyond 24 h of buckets
      ],
      now,
      'America/New_York',
    );
    expect(f.buckets).toHaveLength(24);
    expect(f.buckets[0]).toEqual({ start: '2026-11-24T15:00:00.000Z', count: 2 });
    expect(f.buckets[1]).toEqual({ start: '2026-11-24T16:00:00.000Z', count: 1 });
    expect(f.buckets[23]).toEqual({ start: '2026-11-25T14:00:00.000Z', count: 1 });
    expect(f.total).toBe(4);
  });

  it('starts hours on the local hour in a 45-minute offset zone', () => {
    const now = '2026-11-24T10:37:30.500Z'; // 16:22 in Asia/Kathmandu (+05:45)
    const f = forecastByHour(
      [at('2026-11-24T11:14:00.000Z'), at('2026-11-24T11:15:00.000Z')],
      now,
      'Asia/Kathmandu',
      3,
    );
    expect(f.buckets.map((b) => b.start)).toEqual([
      '2026-11-24T10:15:00.000Z',
      '2026-11-24T11:15:00.000Z',
      '2026-11-24T12:15:00.000Z',
    ]);
    expect(f.buckets.map((b) => b.count)).toEqual([1, 1, 0]);
  });

  it('keeps 60-minute buckets across a DST change (fall back in New York)', () => {
    const now = '2026-11-01T05:20:00.000Z'; // 01:20 EDT, the first of two 01:00 hours
    const f = forecastByHour([at('2026-11-01T06:20:00.000Z')], now, 'America/New_York', 3);
    expect(f.buckets.map((b) => b.start)).toEqual([
      '2026-11-01T05:00:00.000Z',
      '2026-11-01T06:00:00.000Z',
      '2026-11-01T07:00:00.000Z',
    ]);
    expect(f.buckets[1]?.count).toBe(1);
  });

  it('gives no buckets for zero hours', () => {
    expect(forecastByHour([at(NOW)], NOW, 'UTC', 0)).toEqual({ buckets: [], total: 0 });
  });
});

import { describe, expect, test } from 'vitest';
import { toView } from './state';
import { storedCallback, world } from './test-fixtures';
import type { Callback, CallbackView, View } from './types';
import { AGE_BUCKETS, compareBy, compareUrgency, inView, isActive, isOverdue, isStale, matchesFilters, summarize, viewBounds, type AgeBucket } from './views';

describe('viewBounds in the operator zone', () => {
  test.each([
    // now, zone, start of tomorrow, start of next week
    ['2026-11-24T15:00:00Z', 'UTC', '2026-11-25T00:00:00.000Z', '2026-11-30T00:00:00.000Z'],
    ['2026-11-24T15:00:00Z', 'America/New_York', '2026-11-25T05:00:00.000Z', '2026-11-30T05:00:00.000Z'],
    ['2026-11-24T15:00:00Z', 'Asia/Kathmandu', '2026-11-24T18:15:00.000Z', '2026-11-29T18:15:00.000Z'],
    ['2026-11-29T23:59:00Z', 'UTC', '2026-11-30T00:00:00.000Z', '2026-11-30T00:00:00.000Z'], // Sunday night
    ['2026-11-30T00:00:00Z', 'UTC', '2026-12-01T00:00:00.000Z', '2026-12-07T00:00:00.000Z'], // Monday 00:00
    // DST days in the operator zone: 23- and 25-hour days
    ['2026-03-08T12:00:00Z', 'America/New_York', '2026-03-09T04:00:00.000Z', '2026-03-09T04:00:00.000Z'],
    ['2026-11-01T12:00:00Z', 'America/New_York', '2026-11-02T05:00:00.000Z', '2026-11-02T05:00:00.000Z'],
    ['2026-03-28T12:00:00Z', 'Europe/London', '2026-03-29T00:00:00.000Z', '2026-03-29T23:00:00.000Z'],
    ['2026-03-29T12:00:00Z', 'Europe/London', '2026-03-29T23:00:00.000Z', '2026-03-29T23:00:00.000Z'],
    ['2026-10-25T12:00:00Z', 'Europe/London', '2026-10-26T00:00:00.000Z', '2026-10-26T00:00:00.000Z'],
  ])('%s in %s', (now, tz, tomorrow, week) => {
    expect(viewBounds(now, tz)).toEqual({ now: new Date(now).toISOString(), startOfTomorrow: tomorrow, startOfNextWeek: week });
  });
});

describe('inView boundaries', () => {
  const bounds = viewBounds('2026-03-08T12:00:00Z', 'America/New_York'); // Sunday of spring-forward, 08:00 EDT
  const cases: [string, string, Record<View, boolean>][] = [
    ['just before now', '2026-03-08T11:59:59.999Z', { overdue: true, today: false, week: false, all: true }],
    ['now', '2026-03-08T12:00:00.000Z', { overdue: false, today: true, week: true, all: true }],
    ['last minute of today (23:59 EDT)', '2026-03-09T03:59:00.000Z', { overdue: false, today: true, week: true, all: true }],
    ['midnight (Monday 00:00)', '2026-03-09T04:00:00.000Z', { overdue: false, today: false, week: false, all: true }],
  ];
  test.each(cases)('%s', (_label, scheduledAt, expected) => {
    for (const v of ['overdue', 'today', 'week', 'all'] as View[]) {
      expect(inView({ status: 'pending', scheduledAt }, v, bounds)).toBe(expected[v]);
    }
  });
  test('week includes the rest of the week but not next Monday', () => {
    const b = viewBounds('2026-11-25T12:00:00Z', 'Europe/London'); // Wednesday
    expect(inView({ status: 'dialing', scheduledAt: '2026-11-29T23:59:00.000Z' }, 'week', b)).toBe(true);
    expect(inView({ status: 'pending', scheduledAt: '2026-11-29T23:59:00.000Z' }, 'today', b)).toBe(false);
    expect(inView({ status: 'pending', scheduledAt: '2026-11-30T00:00:00.000Z' }, 'week', b)).toBe(false);
  });
  test('closed callbacks are in no view', () => {
    expect(inView({ status: 'closed', scheduledAt: '2026-11-25T12:00:00.000Z' }, 'all', viewBounds('2026-11-25T12:00:00Z', 'UTC'))).toBe(false);
    expect(isActive({ status: 'closed' })).toBe(false);
  });
});

describe('overdue, stale, summary', () => {
  const now = '2026-11-24T12:00:00.000Z';
  test('stale is overdue by more than 48 h', () => {
    expect(isStale({ scheduledAt: '2026-11-22T12:00:00.000Z' }, now)).toBe(false);
    expect(isStale({ scheduledAt: '2026-11-22T11:59:59.000Z' }, now)).toBe(true);
    expect(isOverdue({ scheduledAt: '2026-11-24T11:59:00Z' }, now)).toBe(true);
    expect(isOverdue({ scheduledAt: now }, now)).toBe(false);
  });
  test('summarize counts each view', () => {
    const cbs = [
      storedCallback({ id: 'a', scheduledAt: '2026-11-20T12:00:00.000Z' }), // overdue, stale
      storedCallback({ id: 'b', scheduledAt: '2026-11-24T11:00:00.000Z' }), // overdue
      storedCallback({ id: 'c', scheduledAt: '2026-11-24T18:00:00.000Z', status: 'dialing' }), // today, week
      storedCallback({ id: 'd', scheduledAt: '2026-11-27T18:00:00.000Z' }), // week
      storedCallback({ id: 'e', scheduledAt: '2026-12-27T18:00:00.000Z' }), // later
      storedCallback({ id: 'f', scheduledAt: '2026-11-24T18:00:00.000Z', status: 'closed' }),
    ];
    expect(summarize(cbs, viewBounds(now, 'UTC'))).toEqual({ overdue: 2, today: 1, week: 2, all: 5, stale: 1 });
  });
});

describe('ordering', () => {
  const now = '2026-11-24T12:00:00.000Z';
  const cbs = [
    storedCallback({ id: 'cb-10', scheduledAt: '2026-11-24T13:00:00.000Z' }),
    storedCallback({ id: 'cb-9', scheduledAt: '2026-11-24T13:00:00.000Z' }),
    storedCallback({ id: 'cb-3', scheduledAt: '2026-11-23T10:00:00.000Z' }),
    storedCallback({ id: 'cb-4', scheduledAt: '2026-11-24T11:00:00.000Z', type: 'customer-requested', retry: null }),
    storedCallback({ id: 'cb-5', scheduledAt: '2026-11-20T10:00:00.000Z' }),
    storedCallback({ id: 'cb-6', scheduledAt: '2026-11-24T14:00:00.000Z', type: 'customer-requested', retry: null }),
  ];
  test('urgency: overdue customer-requested, other overdue oldest first, then upcoming; ties by id', () => {
    expect([...cbs].sort(compareUrgency(now)).map((c) => c.id)).toEqual(['cb-4', 'cb-5', 'cb-3', 'cb-9', 'cb-10', 'cb-6']);
  });
  test('equal keys fall back to ids; unknown sorts use urgency', () => {
    const a = storedCallback({ id: 'cb-2', scheduledAt: '2026-11-24T13:00:00.000Z' });
    const b = storedCallback({ id: 'cb-1', scheduledAt: '2026-11-24T13:00:00.000Z', contactId: 'ct-2' });
    expect(compareUrgency(now)(a, b)).toBeGreaterThan(0);
    expect(compareUrgency(now)(b, a)).toBeLessThan(0);
    expect(compareUrgency(now)(a, a)).toBe(0);
    const s = world({ callbacks: [a, b], nextId: 3 });
    const [va, vb] = [toView(s, a), toView(s, b)];
    expect(compareBy('bogus' as 'urgency', now)(va, vb)).toBeGreaterThan(0);
    expect(compareBy('-scheduled', now)(va, va)).toBe(0);
  });
  test('compareBy', () => {
    const s = world({ callbacks: cbs.map((c, i) => ({ ...c, contactId: `ct-${i + 1}` })), nextId: 11 });
    const views: CallbackView[] = [...s.callbacks.values()].map((c) => toView(s, c));
    const order = (sort: Parameters<typeof compareBy>[0]) => [...views].sort(compareBy(sort, now)).map((v) => v.id);
    expect(order('scheduled')).toEqual(['cb-5', 'cb-3', 'cb-4', 'cb-9', 'cb-10', 'cb-6']);
    expect(order('-scheduled')).toEqual(['cb-6', 'cb-9', 'cb-10', 'cb-4', 'cb-3', 'cb-5']);
    expect(order('name').map((id) => s.callbacks.get(id)?.contactId)).toEqual(['ct-1', 'ct-2', 'ct-3', 'ct-4', 'ct-5', 'ct-6']);
    expect(order('-name').map((id) => s.callbacks.get(id)?.contactId)).toEqual(['ct-6', 'ct-5', 'ct-4', 'ct-3', 'ct-2', 'ct-1']);
    expect(order('urgency')).toEqual(['cb-4', 'cb-5', 'cb-3', 'cb-9', 'cb-10', 'cb-6']);
  });
});

describe('matchesFilters', () => {
  const s = world({ callbacks: [storedCallback({ id: 'cb-1', scheduledAt: '2026-11-20T10:00:00.000Z', notes: 'Prefers Spanish' })], nextId: 2 });
  const v: CallbackView = toView(s, s.callbacks.get('cb-1') as Callback);
  const now = '2026-11-24T12:00:00.000Z';
  test.each([
    [{}, true],
    [{ q: '  ' }, true],
    [{ q: 'ana' }, true],
    [{ q: 'SPRING' }, true],
    [{ q: 'spanish' }, true],
    [{ q: '+1415' }, true],
    [{ q: '(415) 555-0123' }, true],
    [{ q: '415.555' }, true],
    [{ q: '999' }, false],
    [{ q: '()' }, false],
    [{ q: 'bob' }, false],
    [{ contactId: 'ct-1' }, true],
    [{ contactId: 'ct-2' }, false],
    [{ campaignId: 'cp-2' }, false],
    [{ agentId: 'u-2' }, false],
    [{ outcome: 'busy' }, false],
    [{ outcome: 'voicemail', type: 'automatic' }, true],
    [{ type: 'customer-requested' }, false],
    [{ stale: true }, true],
    [{ stale: false }, false],
  ])('%o → %s', (filters, expected) => {
    expect(matchesFilters(v, filters, now)).toBe(expected);
  });
  test('stale=true excludes fresh callbacks, notes may be null', () => {
    expect(matchesFilters({ ...v, scheduledAt: '2026-11-24T10:00:00.000Z', notes: null }, { stale: true, q: 'x' }, now)).toBe(false);
    expect(matchesFilters({ ...v, scheduledAt: '2026-11-24T10:00:00.000Z' }, { stale: false }, now)).toBe(true);
  });
  describe('age: overdue by < 4 h · 4 h up to 24 h · 24 h up to and including 48 h · more than 48 h', () => {
    const at = (hoursAgo: number, ms = 0) => new Date(Date.parse(now) - hoursAgo * 3_600_000 - ms).toISOString();
    const cases: [string, string, AgeBucket | null][] = [
      ['due exactly now (not overdue)', at(0), null],
      ['1 ms overdue', at(0, 1), 'lt-4h'],
      ['1 ms under 4 h', at(4, -1), 'lt-4h'],
      ['exactly 4 h', at(4), '4-24h'],
      ['1 ms under 24 h', at(24, -1), '4-24h'],
      ['exactly 24 h', at(24), '1-2d'],
      ['exactly 48 h (not stale: more than 48 h is)', at(48), '1-2d'],
      ['48 h and 1 ms', at(48, 1), 'stale'],
      ['a week', at(168), 'stale'],
      ['upcoming', at(-1), null],
    ];
    test.each(cases)('%s → %s', (_label, scheduledAt, bucket) => {
      for (const { bucket: age } of AGE_BUCKETS) {
        expect(matchesFilters({ ...v, scheduledAt }, { age }, now), age).toBe(age === bucket);
      }
    });
    test('the stale bucket is the stale filter on overdue work; age combines with the other filters', () => {
      for (const hoursAgo of [1, 4, 24, 48, 49, 200]) {
        const cb = { ...v, scheduledAt: at(hoursAgo) };
        expect(matchesFilters(cb, { age: 'stale' }, now)).toBe(matchesFilters(cb, { stale: true }, now));
      }
      const fresh = { ...v, scheduledAt: at(5) };
      expect(matchesFilters(fresh, { age: '4-24h', q: 'spanish', type: 'automatic' }, now)).toBe(true);
      expect(matchesFilters(fresh, { age: '4-24h', stale: true }, now)).toBe(false);
      expect(matchesFilters(fresh, { age: '4-24h', campaignId: 'cp-2' }, now)).toBe(false);
    });
    test('boundaries hold under any operator zone and across a DST change (age is elapsed time, not wall time)', () => {
      const dstNow = '2026-03-08T12:00:00.000Z'; // New York sprang forward 6 h earlier
      const cb = { ...v, scheduledAt: new Date(Date.parse(dstNow) - 24 * 3_600_000).toISOString() };
      expect(matchesFilters(cb, { age: '1-2d' }, dstNow)).toBe(true);
      expect(matchesFilters(cb, { age: '4-24h' }, dstNow)).toBe(false);
    });
  });
});

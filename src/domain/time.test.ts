import { describe, expect, test } from 'vitest';
import {
  addLocalDays,
  addMinutes,
  formatIn,
  fromLocal,
  isValidTimeZone,
  localParts,
  parseInstant,
  sameLocalDay,
  shortZoneName,
  startOfLocalDay,
  startOfNextLocalDay,
  startOfNextLocalWeek,
  toInstant,
} from './time';

describe('fromLocal', () => {
  test.each([
    // zone, local, choice, expected instant, nonexistent, ambiguous
    ['America/New_York', '2026-03-08 01:59', 'earlier', '2026-03-08T06:59:00.000Z', false, false],
    ['America/New_York', '2026-03-08 02:30', 'earlier', '2026-03-08T07:00:00.000Z', true, false], // gap → 03:00 EDT
    ['America/New_York', '2026-03-08 03:00', 'earlier', '2026-03-08T07:00:00.000Z', false, false],
    ['America/New_York', '2026-11-01 01:30', 'earlier', '2026-11-01T05:30:00.000Z', false, true], // EDT
    ['America/New_York', '2026-11-01 01:30', 'later', '2026-11-01T06:30:00.000Z', false, true], // EST
    ['America/New_York', '2026-11-01 02:30', 'later', '2026-11-01T07:30:00.000Z', false, false],
    ['Australia/Lord_Howe', '2026-10-04 02:15', 'earlier', '2026-10-03T15:30:00.000Z', true, false], // 30-min gap
    ['Australia/Lord_Howe', '2026-04-05 01:45', 'earlier', '2026-04-04T14:45:00.000Z', false, true], // +11:00
    ['Australia/Lord_Howe', '2026-04-05 01:45', 'later', '2026-04-04T15:15:00.000Z', false, true], // +10:30
    ['Pacific/Chatham', '2026-09-27 03:00', 'earlier', '2026-09-26T14:00:00.000Z', true, false], // gap 02:45→03:45
    ['Pacific/Chatham', '2026-04-05 03:00', 'earlier', '2026-04-04T13:15:00.000Z', false, true], // +13:45
    ['Pacific/Chatham', '2026-04-05 03:00', 'later', '2026-04-04T14:15:00.000Z', false, true], // +12:45
    ['Asia/Kathmandu', '2026-06-01 09:00', 'earlier', '2026-06-01T03:15:00.000Z', false, false],
    ['Europe/London', '2026-03-29 01:30', 'earlier', '2026-03-29T01:00:00.000Z', true, false],
    ['Europe/London', '2026-10-25 01:30', 'later', '2026-10-25T01:30:00.000Z', false, true],
    ['America/Santiago', '2026-09-06 00:00', 'earlier', '2026-09-06T04:00:00.000Z', true, false], // midnight skipped
  ] as const)('%s %s (%s)', (tz, local, choice, at, nonexistent, ambiguous) => {
    const [date = '', time = ''] = local.split(' ');
    const [year, month, day] = date.split('-').map(Number);
    const [hour, minute] = time.split(':').map(Number);
    expect(fromLocal({ year: year ?? 0, month: month ?? 0, day: day ?? 0, hour: hour ?? 0, minute: minute ?? 0 }, tz, choice)).toEqual({ at, nonexistent, ambiguous });
  });
  test('defaults to the earlier instant', () => {
    expect(fromLocal({ year: 2026, month: 11, day: 1, hour: 1, minute: 30 }, 'America/New_York').at).toBe('2026-11-01T05:30:00.000Z');
  });
});

describe('localParts', () => {
  test.each([
    ['2026-03-08T06:59:00Z', 'America/New_York', { year: 2026, month: 3, day: 8, hour: 1, minute: 59, weekday: 7 }],
    ['2026-03-08T07:00:00Z', 'America/New_York', { year: 2026, month: 3, day: 8, hour: 3, minute: 0, weekday: 7 }],
    ['2026-06-01T03:15:00Z', 'Asia/Kathmandu', { year: 2026, month: 6, day: 1, hour: 9, minute: 0, weekday: 1 }],
    ['2026-01-01T00:00:00Z', 'Pacific/Chatham', { year: 2026, month: 1, day: 1, hour: 13, minute: 45, weekday: 4 }],
    ['2026-07-01T00:00:00Z', 'Pacific/Chatham', { year: 2026, month: 7, day: 1, hour: 12, minute: 45, weekday: 3 }],
  ])('%s in %s', (at, tz, parts) => {
    expect(localParts(at, tz)).toEqual(parts);
  });
  test('accepts a Date', () => {
    expect(localParts(new Date(Date.UTC(2026, 0, 5, 12)), 'UTC').weekday).toBe(1);
  });
});

describe('day and week starts', () => {
  test.each([
    ['2026-03-08T12:00:00Z', 'America/New_York', '2026-03-08T05:00:00.000Z', '2026-03-09T04:00:00.000Z', '2026-03-09T04:00:00.000Z'],
    ['2026-11-01T12:00:00Z', 'America/New_York', '2026-11-01T04:00:00.000Z', '2026-11-02T05:00:00.000Z', '2026-11-02T05:00:00.000Z'],
    ['2026-03-04T12:00:00Z', 'America/New_York', '2026-03-04T05:00:00.000Z', '2026-03-05T05:00:00.000Z', '2026-03-09T04:00:00.000Z'],
    ['2026-03-29T12:00:00Z', 'Europe/London', '2026-03-29T00:00:00.000Z', '2026-03-29T23:00:00.000Z', '2026-03-29T23:00:00.000Z'],
    ['2026-11-23T00:00:00Z', 'UTC', '2026-11-23T00:00:00.000Z', '2026-11-24T00:00:00.000Z', '2026-11-30T00:00:00.000Z'], // Monday
    ['2026-09-07T12:00:00Z', 'America/Santiago', '2026-09-07T03:00:00.000Z', '2026-09-08T03:00:00.000Z', '2026-09-14T03:00:00.000Z'],
  ])('%s in %s', (at, tz, start, next, week) => {
    expect(startOfLocalDay(at, tz)).toBe(start);
    expect(startOfNextLocalDay(at, tz)).toBe(next);
    expect(startOfNextLocalWeek(at, tz)).toBe(week);
  });
  test('addLocalDays crosses months and gives the weekday', () => {
    expect(addLocalDays({ year: 2026, month: 2, day: 28 }, 1)).toEqual({ year: 2026, month: 3, day: 1, hour: 0, minute: 0, weekday: 7 });
  });
  test('sameLocalDay uses the zone', () => {
    expect(sameLocalDay('2026-11-24T02:00:00Z', '2026-11-24T10:00:00Z', 'UTC')).toBe(true);
    expect(sameLocalDay('2026-11-24T02:00:00Z', '2026-11-24T10:00:00Z', 'America/New_York')).toBe(false);
  });
});

describe('formatting and parsing', () => {
  test.each([
    ['EEE d MMM HH:mm', 'Tue 24 Nov 10:00'],
    ['EEEE, MMMM dd yyyy', 'Tuesday, November 24 2026'],
    ['yy-MM-dd H:m:ss', '26-11-24 10:0:00'],
    ['h:mm a', '10:00 AM'],
    ["'at' HH:mm 'o''clock' ''", "at 10:00 o'clock '"],
    ['zzz XXX xxx X', 'EST -05:00 -05:00 -05'],
    ['EEEEE M MMMMM EEEEEE', 'T 11 N Tu'],
  ])('%s', (pattern, text) => {
    expect(formatIn('2026-11-24T15:00:00Z', 'America/New_York', pattern)).toBe(text);
  });
  test('12 o\'clock and PM, zero offsets', () => {
    expect(formatIn('2026-11-24T12:05:00Z', 'UTC', 'hh:mm a XXX xxx')).toBe('12:05 PM Z +00:00');
    expect(formatIn('2026-11-24T00:05:00Z', 'UTC', 'h a')).toBe('12 AM');
  });
  test('odd offsets', () => {
    expect(formatIn('2026-11-24T15:00:00Z', 'Asia/Kathmandu', 'HH:mm XXX zzz')).toBe('20:45 +05:45 GMT+5:45');
    expect(formatIn('2026-11-24T15:00:00Z', 'Pacific/Chatham', 'EEE HH:mm XXX')).toBe('Wed 04:45 +13:45');
  });
  test('falls back to date-fns-tz for other tokens', () => {
    expect(formatIn('2026-11-24T15:00:00Z', 'America/New_York', 'do MMM')).toBe('24th Nov');
    expect(formatIn('2026-11-24T15:00:00Z', 'America/New_York', 'ddd')).toBe(formatIn('2026-11-24T15:00:00Z', 'America/New_York', 'ddd'));
    for (const pattern of ['HHH', 'hhh', 'mmm', 'sss', 'aaaa', 'zzzz', 'XXXX']) {
      expect(typeof formatIn('2026-11-24T15:00:00Z', 'America/New_York', pattern)).toBe('string');
    }
  });
  test('short zone names', () => {
    expect(shortZoneName('2026-07-01T12:00:00Z', 'America/New_York')).toBe('EDT');
    expect(shortZoneName(new Date(Date.UTC(2026, 0, 1)), 'America/New_York')).toBe('EST');
    expect(shortZoneName(Date.UTC(2026, 0, 1), 'Asia/Kathmandu')).toBe('GMT+5:45');
  });
  test.each([
    ['Europe/Paris', true],
    ['UTC', true],
    ['Asia/Kathmandu', true],
    ['Mars/Olympus', false],
    ['', false],
    ['+05:00', false],
    ['x'.repeat(70), false],
  ])('isValidTimeZone(%s) = %s', (tz, ok) => {
    expect(isValidTimeZone(tz)).toBe(ok);
  });
  test('isValidTimeZone refuses non-strings', () => {
    expect(isValidTimeZone(42 as unknown as string)).toBe(false);
  });
  test.each([
    ['2026-11-24T15:00:00Z', Date.UTC(2026, 10, 24, 15)],
    ['2026-11-24T15:00:00.000Z', Date.UTC(2026, 10, 24, 15)],
    ['2026-11-24T16:00+01:00', Date.UTC(2026, 10, 24, 15)],
    ['2026-11-24T15:00:00', null], // no offset: would depend on the host
    ['2026-11-24', null],
    ['2026-13-45T15:00:00Z', null],
    [42, null],
  ])('parseInstant(%s)', (value, ms) => {
    expect(parseInstant(value)).toBe(ms);
  });
  test('addMinutes and toInstant normalise', () => {
    expect(addMinutes('2026-11-24T15:00:00Z', 90)).toBe('2026-11-24T16:30:00.000Z');
    expect(toInstant(0)).toBe('1970-01-01T00:00:00.000Z');
  });
});

describe('offset cache', () => {
  test('stays correct after the cache is cleared', () => {
    const start = Date.UTC(2026, 0, 1);
    for (let i = 0; i < 20_100; i += 1) localParts(new Date(start + i * 60_000), 'Europe/Paris');
    expect(localParts('2026-01-01T00:00:00Z', 'Europe/Paris').hour).toBe(1);
  });
});

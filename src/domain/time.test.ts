import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  addLocalDays,
  addMinutes,
  formatIn,
  formatInDateFns,
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
  test('other date-fns tokens are refused (formatInDateFns formats them)', () => {
    for (const pattern of ['do MMM', 'ddd', 'HHH', 'hhh', 'mmm', 'sss', 'aaaaaa', 'zzzz', 'XXXX', 'xxxxx', 'Q', 'yyyyy w']) {
      expect(() => formatIn('2026-11-24T15:00:00Z', 'America/New_York', pattern), pattern).toThrow(RangeError);
    }
    expect(formatInDateFns('2026-11-24T15:00:00Z', 'America/New_York', 'do MMM')).toBe('24th Nov');
    expect(formatInDateFns('2026-11-24T15:00:00Z', 'Asia/Kathmandu', 'HHH zzzz')).toBe('020 Nepal Time');
  });
  test('day periods and short offsets as date-fns writes them', () => {
    expect(formatIn('2026-11-24T15:00:00Z', 'America/New_York', 'a|aa|aaa|aaaa|aaaaa')).toBe('AM|AM|am|a.m.|a');
    expect(formatIn('2026-11-24T15:00:00Z', 'Asia/Kathmandu', 'X x XX xx')).toBe('+0545 +0545 +0545 +0545');
    expect(formatIn('2026-11-24T15:00:00Z', 'UTC', 'X x XX xx')).toBe('Z +00 Z +0000');
  });
  // The own formatter is the one the app runs; date-fns-tz is the reference. date-fns-tz goes through the host's
  // zone, so a wall-clock time that does not exist there (the host's DST gap) comes out shifted: such instants are
  // left out of the comparison (formatIn itself never depends on the host, see the examples above).
  const existsInHost = (at: string, tz: string) => {
    const w = localParts(at, tz);
    const host = new Date(w.year, w.month - 1, w.day, w.hour, w.minute);
    return host.getHours() === w.hour && host.getMinutes() === w.minute;
  };
  test('agrees with date-fns-tz for every supported token, in any zone, at any instant', () => {
    const tokens = ['yyyy', 'yy', 'y', 'M', 'MM', 'MMM', 'MMMM', 'MMMMM', 'd', 'dd', 'E', 'EEE', 'EEEE', 'EEEEE', 'EEEEEE', 'H', 'HH', 'h', 'hh', 'm', 'mm', 's', 'ss', 'a', 'aa', 'aaa', 'aaaa', 'aaaaa', 'z', 'zz', 'zzz', 'X', 'XX', 'XXX', 'x', 'xx', 'xxx'];
    const zones = ['UTC', 'America/New_York', 'America/Los_Angeles', 'Europe/London', 'Europe/Paris', 'Asia/Kathmandu', 'Asia/Kolkata', 'Australia/Lord_Howe', 'Australia/Adelaide', 'Pacific/Chatham', 'America/St_Johns', 'Pacific/Kiritimati'];
    // date-fns-tz writes zone tokens as quoted text into the pattern, so a quote right after one merges with it
    // ("xxx'T'" → "+00:00'T"): a date-fns-tz quirk formatIn does not copy. Zone tokens get plain separators.
    const plain = [' ', ':', '-', '/', ', '];
    const quoted = ["'T'", "'at' ", "'o''clock' "];
    const part = fc.constantFrom(...tokens).chain((t) => fc.constantFrom(...(/^[zXx]/.test(t) ? plain : [...plain, ...quoted])).map((sep) => t + sep));
    const pattern = fc.array(part, { minLength: 1, maxLength: 6 }).map((parts) => parts.join(''));
    const instant = fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2060, 0, 1) }).map((ms) => new Date(ms).toISOString());
    fc.assert(
      fc.property(instant, fc.constantFrom(...zones), pattern, (at, tz, p) => {
        fc.pre(existsInHost(at, tz));
        expect(formatIn(at, tz, p), `${at} ${tz} ${p}`).toBe(formatInDateFns(at, tz, p));
      }),
      { numRuns: 2000 },
    );
    // Every pattern the app uses, around DST changes and on both sides of midnight.
    const used = ['EEE d MMM HH:mm', 'EEE d MMM yyyy HH:mm', 'EEE HH:mm', 'HH:mm', 'HH', 'yyyy-MM-dd', 'yyyy-MM-dd HH:mm', "yyyy-MM-dd'T'HH:mm"];
    for (const at of ['2026-03-08T06:59:00Z', '2026-03-08T07:00:00Z', '2026-11-01T05:30:00Z', '2026-11-01T06:30:00Z', '2026-04-04T13:59:00Z', '2026-04-04T14:00:00Z']) {
      for (const tz of zones.filter((z) => existsInHost(at, z))) for (const p of used) expect(formatIn(at, tz, p)).toBe(formatInDateFns(at, tz, p));
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

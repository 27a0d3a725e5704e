import { describe, expect, test } from 'vitest';
import type { Contact } from './types';
import {
  isInsideLegalWindow,
  isInsidePreferredWindow,
  legalTimeRefusal,
  legalWindowRefusal,
  nextLegalOpening,
  placeInPreferredWindow,
  preferredWindowLabel,
} from './windows';

const consumer = (timezone: string): Pick<Contact, 'timezone' | 'kind'> => ({ timezone, kind: 'consumer' });
const business = (timezone: string): Pick<Contact, 'timezone' | 'kind'> => ({ timezone, kind: 'business' });
const CW = 'consumer calling window (10:00–12:00 and 17:00–20:00 every day)';
const BW = 'business calling window (Mon–Fri 09:00–17:00)';

describe('legal window (08:00–21:00 contact time)', () => {
  test.each([
    ['2026-11-24T15:59:00Z', 'America/Los_Angeles', false], // 07:59
    ['2026-11-24T16:00:00Z', 'America/Los_Angeles', true], // 08:00
    ['2026-11-25T04:59:00Z', 'America/Los_Angeles', true], // 20:59
    ['2026-11-25T05:00:00Z', 'America/Los_Angeles', false], // 21:00
    ['2026-11-24T02:15:00Z', 'Asia/Kathmandu', true], // 08:00 at +05:45
    ['2026-11-24T02:14:00Z', 'Asia/Kathmandu', false],
    ['2026-11-23T18:15:00Z', 'Pacific/Chatham', true], // 08:00 at +13:45
  ])('%s in %s → %s', (at, tz, inside) => {
    expect(isInsideLegalWindow(at, tz)).toBe(inside);
  });
  test('refusal sentence names the local time and zone', () => {
    expect(legalWindowRefusal('2026-11-24T14:12:00Z', 'America/Los_Angeles')).toBe('It is 06:12 in America/Los_Angeles; calls are allowed 08:00–21:00');
    expect(legalWindowRefusal('2026-11-24T18:00:00Z', 'America/Los_Angeles')).toBeNull();
    expect(legalTimeRefusal('2026-11-24T14:12:00Z', 'America/Los_Angeles')).toBe(
      'Tue 24 Nov 06:12 in America/Los_Angeles is outside the legal calling hours; calls are allowed 08:00–21:00.',
    );
    expect(legalTimeRefusal('2026-11-24T18:00:00Z', 'America/Los_Angeles')).toBeNull();
  });
  test.each([
    ['2026-11-24T14:12:00Z', 'America/Los_Angeles', '2026-11-24T16:00:00.000Z'], // 06:12 → 08:00 same day
    ['2026-11-25T06:00:00Z', 'America/Los_Angeles', '2026-11-25T16:00:00.000Z'], // 22:00 → 08:00 next day
    ['2026-11-24T18:00:00Z', 'America/Los_Angeles', '2026-11-24T18:00:00.000Z'], // inside
    ['2026-03-08T06:30:00Z', 'America/New_York', '2026-03-08T12:00:00.000Z'], // 01:30 EST → 08:00 EDT
    ['2026-11-01T05:30:00Z', 'America/New_York', '2026-11-01T13:00:00.000Z'], // 01:30 EDT → 08:00 EST
    ['2026-10-03T15:00:00Z', 'Australia/Lord_Howe', '2026-10-03T21:00:00.000Z'], // 01:30 → 08:00 LHDT (+11:00)
  ])('next opening after %s in %s', (at, tz, next) => {
    expect(nextLegalOpening(at, tz)).toBe(next);
  });
});

describe('preferred windows', () => {
  test.each([
    ['2026-11-24T18:00:00Z', consumer('America/Los_Angeles'), true], // Tue 10:00
    ['2026-11-24T19:59:00Z', consumer('America/Los_Angeles'), true], // 11:59
    ['2026-11-24T20:00:00Z', consumer('America/Los_Angeles'), false], // 12:00
    ['2026-11-25T04:00:00Z', consumer('America/Los_Angeles'), false], // 20:00
    ['2026-11-28T18:00:00Z', consumer('America/Los_Angeles'), true], // Sat 10:00
    ['2026-11-24T14:00:00Z', business('America/New_York'), true], // Tue 09:00
    ['2026-11-24T22:00:00Z', business('America/New_York'), false], // Tue 17:00
    ['2026-11-28T15:00:00Z', business('America/New_York'), false], // Sat 10:00
  ])('%s %o → %s', (at, contact, inside) => {
    expect(isInsidePreferredWindow(at, contact)).toBe(inside);
  });
  test('labels', () => {
    expect(preferredWindowLabel('business')).toBe('Mon–Fri 09:00–17:00');
    expect(preferredWindowLabel('consumer')).toBe('10:00–12:00 and 17:00–20:00 every day');
  });
});

describe('placeInPreferredWindow', () => {
  test.each([
    // [from, contact, expected at, expected placement]
    ['2026-11-24T18:30:00Z', consumer('America/Los_Angeles'), '2026-11-24T18:30:00.000Z', null],
    ['2026-11-24T20:40:00Z', consumer('America/Los_Angeles'), '2026-11-25T01:00:00.000Z', `moved from 12:40 to 17:00 to fit the ${CW}`],
    ['2026-11-24T17:00:00Z', consumer('America/Los_Angeles'), '2026-11-24T18:00:00.000Z', `moved from 09:00 to 10:00 to fit the ${CW}`],
    ['2026-11-25T04:30:00Z', consumer('America/Los_Angeles'), '2026-11-25T18:00:00.000Z', `moved from Tue 20:30 to Wed 10:00 to fit the ${CW}`],
    ['2026-11-28T17:40:00Z', business('America/New_York'), '2026-11-30T14:00:00.000Z', `moved from Sat 12:40 to Mon 09:00 to fit the ${BW}`],
    ['2026-11-27T22:00:00Z', business('America/New_York'), '2026-11-30T14:00:00.000Z', `moved from Fri 17:00 to Mon 09:00 to fit the ${BW}`],
    ['2026-11-24T13:59:00Z', business('America/New_York'), '2026-11-24T14:00:00.000Z', `moved from 08:59 to 09:00 to fit the ${BW}`],
    // America/New_York spring-forward (Sun 2026-03-08) and fall-back (Sun 2026-11-01)
    ['2026-03-07T17:00:00Z', business('America/New_York'), '2026-03-09T13:00:00.000Z', `moved from Sat 12:00 to Mon 09:00 to fit the ${BW}`],
    ['2026-03-08T06:30:00Z', consumer('America/New_York'), '2026-03-08T14:00:00.000Z', `moved from 01:30 to 10:00 to fit the ${CW}`],
    ['2026-03-08T16:00:00Z', consumer('America/New_York'), '2026-03-08T21:00:00.000Z', `moved from 12:00 to 17:00 to fit the ${CW}`],
    ['2026-11-01T05:30:00Z', consumer('America/New_York'), '2026-11-01T15:00:00.000Z', `moved from 01:30 to 10:00 to fit the ${CW}`],
    ['2026-11-01T06:30:00Z', consumer('America/New_York'), '2026-11-01T15:00:00.000Z', `moved from 01:30 to 10:00 to fit the ${CW}`],
    ['2026-10-30T21:30:00Z', business('America/New_York'), '2026-11-02T14:00:00.000Z', `moved from Fri 17:30 to Mon 09:00 to fit the ${BW}`],
    // Australia/Lord_Howe: 30-minute DST, ends 2026-04-05, starts 2026-10-04
    ['2026-04-03T06:30:00Z', business('Australia/Lord_Howe'), '2026-04-05T22:30:00.000Z', `moved from Fri 17:30 to Mon 09:00 to fit the ${BW}`],
    ['2026-10-02T07:30:00Z', business('Australia/Lord_Howe'), '2026-10-04T22:00:00.000Z', `moved from Fri 18:00 to Mon 09:00 to fit the ${BW}`],
    ['2026-10-03T15:15:00Z', consumer('Australia/Lord_Howe'), '2026-10-03T23:00:00.000Z', `moved from 01:45 to 10:00 to fit the ${CW}`],
    ['2026-04-04T14:50:00Z', consumer('Australia/Lord_Howe'), '2026-04-04T23:30:00.000Z', `moved from 01:50 to 10:00 to fit the ${CW}`],
    // Asia/Kathmandu (+05:45) and Pacific/Chatham (+12:45 / +13:45)
    ['2026-11-24T06:45:00Z', consumer('Asia/Kathmandu'), '2026-11-24T11:15:00.000Z', `moved from 12:30 to 17:00 to fit the ${CW}`],
    ['2026-11-24T12:00:00Z', business('Asia/Kathmandu'), '2026-11-25T03:15:00.000Z', `moved from Tue 17:45 to Wed 09:00 to fit the ${BW}`],
    ['2026-09-26T13:30:00Z', consumer('Pacific/Chatham'), '2026-09-26T20:15:00.000Z', `moved from 02:15 to 10:00 to fit the ${CW}`],
    ['2026-04-04T13:30:00Z', consumer('Pacific/Chatham'), '2026-04-04T21:15:00.000Z', `moved from 03:15 to 10:00 to fit the ${CW}`],
  ])('%s %o', (from, contact, at, placement) => {
    expect(placeInPreferredWindow(from, contact)).toEqual({ at, placement });
  });
  test('the result is always inside the window and the legal window', () => {
    for (let h = 0; h < 24 * 8; h += 1) {
      for (const contact of [consumer('Pacific/Chatham'), business('Australia/Lord_Howe'), business('America/New_York')]) {
        const from = new Date(Date.UTC(2026, 2, 5, h, 7)).toISOString();
        const placed = placeInPreferredWindow(from, contact);
        expect(isInsidePreferredWindow(placed.at, contact)).toBe(true);
        expect(isInsideLegalWindow(placed.at, contact.timezone)).toBe(true);
        expect(placed.at >= from).toBe(true);
      }
    }
  });
});

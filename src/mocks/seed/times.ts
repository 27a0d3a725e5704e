// Time helpers for the generator: legal local times (through the domain's window rules), minute rounding.
import { toInstant } from '../../domain/time';
import { isInsideLegalWindow, nextLegalOpening } from '../../domain/windows';

export const MIN = 60_000;
export const HOUR = 60 * MIN;
export const DAY = 24 * HOUR;

const floorTo = (ms: number, step: number) => Math.floor(ms / step) * step;

/** The first legal calling time at or after `ms` in tz, on a quarter hour (a time a customer would name). */
export function legalAtOrAfter(ms: number, tz: string): number {
  const at = Date.parse(nextLegalOpening(toInstant(Math.ceil(ms / (15 * MIN)) * 15 * MIN), tz));
  return at;
}

/** The last legal calling time at or before `ms` in tz, on a quarter hour. */
export function legalAtOrBefore(ms: number, tz: string): number {
  let at = floorTo(ms, 15 * MIN);
  for (let i = 0; i < 24 * 4 && !isInsideLegalWindow(toInstant(at), tz); i += 1) at -= 15 * MIN;
  return at;
}

/** Real calls happen in legal hours: `ms` moved to the next legal opening, plus a few minutes. */
export function callTime(ms: number, tz: string, jitterMin: number): number {
  return Date.parse(nextLegalOpening(toInstant(ms), tz)) + jitterMin * MIN;
}

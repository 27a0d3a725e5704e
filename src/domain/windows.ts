// Calling windows in the contact's own time zone: the legal window and the preferred windows.
import type { Contact, Instant } from './types';

export const LEGAL_OPEN_HOUR = 8;
export const LEGAL_CLOSE_HOUR = 21;
export declare function isInsideLegalWindow(at: Instant, tz: string): boolean;
/** null when allowed, else "It is 06:12 in America/Los_Angeles; calls are allowed 08:00–21:00". */
export declare function legalWindowRefusal(at: Instant, tz: string): string | null;
/** Next instant >= at when a call is legal in tz. */
export declare function nextLegalOpening(at: Instant, tz: string): Instant;
export declare function isInsidePreferredWindow(at: Instant, contact: Pick<Contact, 'timezone' | 'kind'>): boolean;
export declare function preferredWindowLabel(kind: Contact['kind']): string; // "Mon–Fri 09:00–17:00"
/** Moves `at` forward to the next opening of the contact's preferred window; `placement` says why when it moved. */
export declare function placeInPreferredWindow(
  at: Instant,
  contact: Pick<Contact, 'timezone' | 'kind'>,
): { at: Instant; placement: string | null };

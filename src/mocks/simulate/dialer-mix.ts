// The simulated dialer's randomness: its seed and the mix of call outcomes it plays.
import type { Outcome } from '../../domain/types';
import type { Rng } from '../seed/prng';

/** Mixes numbers into one 32-bit seed (FNV-1a over their decimal text). */
export function mixSeed(...parts: number[]): number {
  let hash = 0x811c9dc5;
  for (const ch of parts.join('|')) {
    hash ^= ch.charCodeAt(0);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/** What a day of dialling roughly looks like (percent). */
export const OUTCOME_MIX: readonly { outcome: Outcome; percent: number }[] = [
  { outcome: 'answered', percent: 30 },
  { outcome: 'voicemail', percent: 25 },
  { outcome: 'no-answer', percent: 20 },
  { outcome: 'busy', percent: 12 },
  { outcome: 'network-error', percent: 5 },
  { outcome: 'callback-requested', percent: 5 },
  { outcome: 'invalid-number', percent: 2 },
  { outcome: 'dnc-request', percent: 1 },
];

export function pickOutcome(rng: Rng): Outcome {
  return rng.weighted(OUTCOME_MIX.map(({ outcome, percent }) => [outcome, percent] as const));
}

export const REQUEST_NOTES: readonly string[] = [
  'Driving right now; asked us to call back then.',
  'In a meeting — prefers a call after lunch.',
  'Wants to check with their partner first, call back then.',
  'Asked for the pricing sheet by email and a call afterwards.',
  'Busy with the kids; said this time works better.',
  'Interested, but wants to talk when the billing team is in.',
];

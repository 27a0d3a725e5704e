// The bulk of the demo data: random contacts and stories in realistic proportions, up to `size` callbacks.
import type { Contact } from '../../domain/types';
import type { DemoBuilder, Story } from './demo-builder';
import { PAUSED_CAMPAIGN_ID, WORKING_CAMPAIGN_IDS, ENDED_CAMPAIGN_ID } from './fixtures';
import type { Rng } from './prng';
import { closedStory, customerStory, overdueStory, rescheduledStory, upcomingStory, type ClosedKind, type StoryInput } from './stories';
import { DAY, HOUR } from './times';

type Kind = 'overdue' | 'stale' | 'upcoming' | 'customer' | 'rescheduled' | ClosedKind;
const KINDS: readonly (readonly [Kind, number])[] = [
  ['overdue', 14], ['stale', 7], ['upcoming', 36], ['customer', 14], ['rescheduled', 6],
  ['answered', 6], ['exhausted', 4], ['cancelled', 4], ['completed', 3], ['invalid', 1], ['dnc', 1],
];
const PAUSED_KINDS: readonly (readonly [Kind, number])[] = [['overdue', 5], ['stale', 4], ['answered', 1]];
const CAMPAIGNS: readonly (readonly [string, number])[] = [['cp-1', 36], ['cp-2', 12], ['cp-3', 28], ['cp-4', 20], [ENDED_CAMPAIGN_ID, 4]];

function customerTarget(rng: Rng, anchor: number): number {
  switch (rng.int(0, 3)) {
    case 0: return anchor - rng.int(1, 60) * HOUR; // overdue
    case 1: return anchor + rng.int(30, 600) * 60_000; // today-ish
    case 2: return anchor + rng.int(1, 6) * DAY + rng.int(0, 12) * HOUR; // this week
    default: return anchor + rng.int(8, 25) * DAY; // later
  }
}

function play(s: StoryInput, kind: Kind): void {
  const { rng, anchor } = s;
  if (kind === 'overdue') overdueStory(s, rng.int(1, 44) * HOUR);
  else if (kind === 'stale') overdueStory(s, rng.int(50, 240) * HOUR);
  else if (kind === 'upcoming') upcomingStory(s);
  else if (kind === 'customer') customerStory(s, customerTarget(rng, anchor));
  else if (kind === 'rescheduled') rescheduledStory(s);
  else closedStory(s, kind);
}

function pickKind(rng: Rng, campaignId: string, allowFinal: boolean): Kind {
  if (campaignId === ENDED_CAMPAIGN_ID) return rng.pick(['answered', 'exhausted', 'completed'] as const);
  for (;;) {
    const kind = rng.weighted(campaignId === PAUSED_CAMPAIGN_ID ? PAUSED_KINDS : KINDS);
    if (allowFinal || (kind !== 'dnc' && kind !== 'invalid')) return kind;
  }
}

/**
 * Contacts are drawn in batches and played grouped by time zone: the domain caches zone offsets, and runs of
 * one zone hit that cache (100,000 callbacks in seconds). Ids follow the play order.
 */
export function fillerStories(b: DemoBuilder): void {
  while (b.remaining > 0) {
    const batch = Array.from({ length: Math.ceil(b.remaining / 1.1) + 4 }, () => b.newContact());
    batch.sort((x, y) => (x.timezone < y.timezone ? -1 : x.timezone > y.timezone ? 1 : 0));
    for (const contact of batch) {
      if (b.remaining <= 0) return;
      playContact(b, contact);
    }
  }
}

function playContact(b: DemoBuilder, contact: Contact): void {
  const { rng, anchor } = b;
  const first = rng.weighted(CAMPAIGNS);
  const two = b.remaining >= 2 && rng.chance(0.12);
  const campaigns = two ? [first, rng.pick(WORKING_CAMPAIGN_IDS.filter((c) => c !== first))] : [first];
  const stories: Story[] = campaigns.map((campaignId) => {
    const kind = pickKind(rng, campaignId, !two);
    return (sb) => play({ rng, sb, anchor, campaignId }, kind);
  });
  b.play(contact, stories);
}

// The featured stories: the cases a demo and the tests rely on, present whatever the seed (SPEC 2, issue 3).
import type { Callback } from '../../domain/types';
import { isInsideLegalWindow } from '../../domain/windows';
import type { DemoBuilder } from './demo-builder';
import { AGENT_IDS, CUSTOMER_NOTES, FEATURED, XSS_NOTE } from './fixtures';
import { ALL_ZONES } from './people';
import type { Sandbox } from './sandbox';
import { customerStory, failedChain, overdueStory, rescheduledStory, type StoryInput } from './stories';
import { DAY, HOUR, MIN, callTime, legalAtOrAfter } from './times';

type Kind = 'business' | 'consumer';

function featured(b: DemoBuilder, who: { name?: string; timezone?: string; kind?: Kind }, play: (s: (campaignId: string) => StoryInput, sb: Sandbox) => void): void {
  b.play(b.newContact(who), [(sb) => play((campaignId) => ({ rng: b.rng, sb, anchor: b.anchor, campaignId }), sb)]);
}

/** A supervisor hands the callback to `agentId` shortly after it was last changed. */
function assign(b: DemoBuilder, sb: Sandbox, cb: Callback | null, agentId: string): void {
  if (cb && cb.status !== 'closed') sb.reassign(cb, Math.min(b.anchor - MIN, Date.parse(cb.updatedAt) + 10 * MIN), agentId);
}

/** A zone where it is daytime at `ms` (so a customer could have asked for that time). */
function daytimeZone(b: DemoBuilder, ms: number): string {
  const start = b.rng.int(0, ALL_ZONES.length - 1);
  for (let i = 0; i < ALL_ZONES.length; i += 1) {
    const tz = ALL_ZONES[(start + i) % ALL_ZONES.length] as string;
    if (isInsideLegalWindow(new Date(ms).toISOString(), tz) && isInsideLegalWindow(new Date(ms + HOUR).toISOString(), tz)) return tz;
  }
  return 'UTC';
}

function agentWork(b: DemoBuilder, agentId: string): void {
  const a = b.anchor;
  featured(b, {}, (s, sb) => assign(b, sb, customerStory(s('cp-1'), a - 3 * HOUR), agentId));
  featured(b, {}, (s, sb) => assign(b, sb, overdueStory(s('cp-3'), 3 * DAY), agentId));
  featured(b, { timezone: daytimeZone(b, a + 45 * MIN) }, (s, sb) => assign(b, sb, customerStory(s('cp-4'), a + 45 * MIN), agentId));
  featured(b, {}, (s, sb) => assign(b, sb, customerStory(s('cp-3'), a + 30 * HOUR), agentId));
  featured(b, {}, (s, sb) => assign(b, sb, rescheduledStory(s('cp-1')), agentId));
}

export function featuredStories(b: DemoBuilder): void {
  const a = b.anchor;
  featured(b, { name: FEATURED.familyPlan, timezone: 'America/Los_Angeles', kind: 'consumer' }, (s, sb) =>
    assign(b, sb, customerStory(s('cp-1'), a - 5 * HOUR, CUSTOMER_NOTES[0]), 'ag-1'),
  );
  featured(b, { name: FEATURED.xssNote, timezone: 'America/Chicago', kind: 'business' }, (s, sb) =>
    assign(b, sb, customerStory(s('cp-3'), a - 7 * HOUR, XSS_NOTE), 'ag-1'),
  );
  featured(b, { name: FEATURED.staleSolar, timezone: 'America/Denver', kind: 'business' }, (s, sb) =>
    assign(b, sb, failedChain(s('cp-2'), 'voicemail', 2, a - 9 * DAY), 'ag-1'),
  );
  featured(b, { name: FEATURED.dnc, timezone: 'America/New_York', kind: 'consumer' }, (_s, sb) => {
    const tz = sb.contact.timezone;
    sb.outcome('cp-1', 'voicemail', callTime(a - 2 * DAY, tz, 5));
    sb.outcome('cp-3', 'busy', callTime(a - DAY, tz, 20));
    sb.outcome('cp-1', 'dnc-request', a - 3 * HOUR);
  });
  featured(b, { name: FEATURED.exhausted, timezone: 'Europe/Rome', kind: 'consumer' }, (s) => failedChain(s('cp-3'), 'busy', 6, a - 5 * DAY));
  featured(b, { name: FEATURED.replaced, timezone: 'Europe/London', kind: 'consumer' }, (_s, sb) => {
    sb.outcome('cp-1', 'no-answer', a - 20 * HOUR);
    const notes = 'Picked up on the second ring this time; asked for tomorrow at the same time';
    sb.outcome('cp-1', 'callback-requested', a - HOUR, { callbackAtMs: legalAtOrAfter(a + 26 * HOUR, sb.contact.timezone), notes });
  });
  for (const agentId of AGENT_IDS) agentWork(b, agentId);
  agentWork(b, 'ag-1');
  featured(b, { name: FEATURED.kathmandu, timezone: 'Asia/Kathmandu', kind: 'consumer' }, (_s, sb) => sb.outcome('cp-4', 'busy', a - 20 * MIN));
  featured(b, { name: FEATURED.kolkata, timezone: 'Asia/Kolkata', kind: 'business' }, (_s, sb) => sb.outcome('cp-1', 'no-answer', a - 10 * HOUR));
  featured(b, { name: FEATURED.lordHowe, timezone: 'Australia/Lord_Howe', kind: 'consumer' }, (s) => overdueStory(s('cp-3'), 30 * HOUR));
  featured(b, { name: FEATURED.chatham, timezone: 'Pacific/Chatham', kind: 'consumer' }, (s) => customerStory(s('cp-4'), a + 2 * DAY));
  featured(b, { name: FEATURED.adelaide, timezone: 'Australia/Adelaide', kind: 'business' }, (_s, sb) => sb.outcome('cp-1', 'network-error', a - 10 * MIN));
}

import { describe, expect, test } from 'vitest';
import { policyPreview, skipPreview, whyNotNow } from './explain';
import { nextRetry } from './scheduling';
import { toView } from './state';
import type { QueueState } from './state';
import { storedCallback, world } from './test-fixtures';
import type { Callback, CallbackView, Contact } from './types';

const NOW = '2026-11-24T22:05:00.000Z'; // 14:05 in Los Angeles, 23:05 in Paris
function viewOf(over: Partial<Callback> = {}, contact: Partial<Contact> = {}, state: QueueState = world()): CallbackView {
  const s = world({ callbacks: [storedCallback({ id: 'cb-1', scheduledAt: '2026-11-25T18:00:00.000Z', ...over })], nextId: 2, campaigns: [...state.campaigns.values()] });
  const v = toView(s, s.callbacks.get('cb-1') as Callback);
  return { ...v, contact: { ...v.contact, ...contact } };
}

describe('whyNotNow', () => {
  test.each([
    ['closed', { status: 'closed', resolution: 'answered' }, {}, 'This callback is closed (answered).'],
    ['closed without resolution', { status: 'closed', resolution: null }, {}, 'This callback is closed (closed).'],
    ['DNC', {}, { dnc: true }, 'Ana Li is on the Do-Not-Call list (DNC).'],
    ['invalid number', {}, { invalidNumber: true }, 'The number +14155550123 was reported invalid.'],
    ['ended campaign', { campaignId: 'cp-3' }, {}, 'The campaign Old Offer has ended.'],
    ['dialing', { status: 'dialing' }, {}, 'A call is in progress.'],
  ] as const)('%s', (_label, over, contact, reason) => {
    expect(whyNotNow(viewOf(over as Partial<Callback>, contact), NOW)).toEqual({ eligible: false, reason, nextEligibleAt: null });
  });
  test('outside legal hours gives the next opening', () => {
    expect(whyNotNow(viewOf(), '2026-11-24T14:12:00Z')).toEqual({ eligible: false, reason: '06:12 local — calls allowed from 08:00', nextEligibleAt: '2026-11-24T16:00:00.000Z' });
    expect(whyNotNow(viewOf({}, { timezone: 'Europe/Paris' }), NOW)).toEqual({ eligible: false, reason: '23:05 local — calls allowed from 08:00', nextEligibleAt: '2026-11-25T07:00:00.000Z' });
  });
  test('eligible', () => {
    expect(whyNotNow(viewOf({}, { timezone: 'Europe/Paris' }), '2026-11-24T13:05:00Z')).toEqual({ eligible: true, summary: 'Can be called now: 14:05 in Europe/Paris.' });
    expect(whyNotNow(viewOf({ campaignId: 'cp-2' }), NOW)).toEqual({
      eligible: true,
      summary: 'Can be called now: 14:05 in America/Los_Angeles. The campaign Winter Promo is paused, so only a manual call will reach Ana Li.',
    });
  });
});

describe('policyPreview', () => {
  const ny = { timezone: 'America/New_York', kind: 'consumer' as const, dnc: false };
  test('busy from 14:00 in New York', () => {
    const p = policyPreview({ contact: ny, outcome: 'busy', from: '2026-11-24T19:00:00Z', used: 0 });
    expect(p.summary).toBe('busy now → 17:00, 18:00, 19:00, Wed 10:00, 11:00, then exhausted');
    expect(p.steps.map((s) => `${s.number}/${s.max}`)).toEqual(['1/5', '2/5', '3/5', '4/5', '5/5']);
    expect(p.steps[0]?.placement).toContain('moved from 15:00 to 17:00');
  });
  test('busy inside a long window, as in the spec', () => {
    const p = policyPreview({ contact: { timezone: 'Europe/London', kind: 'business', dnc: false }, outcome: 'busy', from: '2026-11-24T10:00:00Z', used: 0 });
    expect(p.summary).toBe('busy now → 11:00, 12:00, 13:00, 14:00, 15:00, then exhausted');
  });
  test('weekday shown on the first step when the day changes', () => {
    const p = policyPreview({ contact: ny, outcome: 'voicemail', from: '2026-11-24T19:00:00Z', used: 1 });
    expect(p.summary).toBe('voicemail now → Wed 17:00, Thu 17:00, then exhausted');
    expect(policyPreview({ contact: ny, outcome: 'no-answer', from: '2026-11-24T15:00:00Z', used: 2 }).summary).toBe('no answer now → Wed 10:00, then exhausted');
  });
  test('uses the same function as real scheduling', () => {
    const p = policyPreview({ contact: ny, outcome: 'network-error', from: '2026-11-24T19:00:00Z', used: 0 });
    let from = '2026-11-24T19:00:00Z';
    p.steps.forEach((step, i) => {
      const next = nextRetry('network-error', i, from, ny);
      expect(next?.at).toBe(step.at);
      from = step.at;
    });
  });
  test('nothing left, or DNC', () => {
    expect(policyPreview({ contact: ny, outcome: 'voicemail', from: '2026-11-24T19:00:00Z', used: 3 })).toEqual({ steps: [], summary: 'voicemail now → no retry left (3 of 3 used): exhausted.' });
    expect(policyPreview({ contact: { ...ny, dnc: true }, outcome: 'busy', from: '2026-11-24T19:00:00Z', used: 0 })).toEqual({
      steps: [],
      summary: 'busy now → no retries: the contact is on the Do-Not-Call list (DNC).',
    });
  });
});

describe('skipPreview', () => {
  test('next retry, last retry, customer-requested', () => {
    expect(skipPreview(viewOf({ retry: { number: 2, max: 3 } }), '2026-11-24T18:00:00Z')).toEqual({
      next: { number: 3, max: 3, at: '2026-11-26T18:00:00.000Z' },
      summary: 'Retry 3 of 3 on Thu 10:00',
    });
    expect(skipPreview(viewOf({ retry: { number: 3, max: 3 } }), NOW)).toEqual({ next: null, summary: 'ends the sequence (that was the last retry)' });
    expect(skipPreview(viewOf({ type: 'customer-requested', retry: null, outcome: 'callback-requested' }), NOW)).toEqual({ next: null, summary: 'Skip applies only to automatic retries.' });
    expect(skipPreview(viewOf({ outcome: 'answered' }), NOW)).toEqual({ next: null, summary: 'ends the sequence (that was the last retry)' });
  });
});

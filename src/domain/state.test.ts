import { describe, expect, test } from 'vitest';
import { snapshot, SYSTEM_ACTOR, withChange, newCallback } from './history';
import { describeRetry, cancelReasonLabel, outcomeLabel } from './labels';
import { CANCEL_REASONS, isCancelReason, isFailedOutcome, isOutcome, OUTCOMES, OUTCOME_LABELS, RETRY_POLICY } from './policy';
import { beginBatch, commit, createState, pairKey, toData, toView } from './state';
import type { StateData } from './state';
import { CONTACTS, storedCallback, world, worldData } from './test-fixtures';
import type { Callback, Sequence } from './types';

const cb = (over: Partial<Callback> = {}): Callback => storedCallback({ id: 'cb-1', scheduledAt: '2026-11-25T18:00:00.000Z', ...over });

describe('createState validates stored data', () => {
  const seq = (over: Partial<Sequence> = {}): Sequence => ({ contactId: 'ct-1', campaignId: 'cp-1', used: 0, state: 'open', ...over });
  test.each<[string, Partial<StateData>, string]>([
    ['two active per pair', { callbacks: [cb(), cb({ id: 'cb-2', status: 'dialing' })], nextId: 3 }, 'Callbacks cb-1 and cb-2 are both active for Ana Li in campaign cp-1.'],
    ['active for DNC', { contacts: CONTACTS.map((c) => (c.id === 'ct-1' ? { ...c, dnc: true } : c)), callbacks: [cb()], nextId: 2 }, 'Callback cb-1 is active for Ana Li, who is on the Do-Not-Call list.'],
    ['unknown contact', { callbacks: [cb({ contactId: 'ct-x' })], nextId: 2 }, 'Callback cb-1 refers to unknown contact ct-x.'],
    ['unknown campaign', { callbacks: [cb({ campaignId: 'cp-x' })], nextId: 2 }, 'Callback cb-1 refers to unknown campaign cp-x.'],
    ['unknown agent', { callbacks: [cb({ agentId: 'u-x' })], nextId: 2 }, 'Callback cb-1 is assigned to unknown user u-x.'],
    ['bad status', { callbacks: [cb({ status: 'lost' as Callback['status'] })], nextId: 2 }, 'Callback cb-1 has an unknown status lost.'],
    ['bad time', { callbacks: [cb({ scheduledAt: 'soon' })], nextId: 2 }, 'Callback cb-1 has an invalid scheduled time.'],
    ['bad version', { callbacks: [cb({ version: 0 })], nextId: 2 }, 'Callback cb-1 has an invalid version or history.'],
    ['duplicate ids', { callbacks: [cb(), cb({ status: 'closed' })], nextId: 2 }, 'Two callbacks share the id cb-1.'],
    ['nextId too low', { callbacks: [cb({ id: 'cb-7' })], nextId: 7 }, 'nextId must be an integer above 7.'],
    ['bad role', { users: [{ id: 'u-1', name: 'X', role: 'boss' as 'agent' }] }, 'User u-1 has an unknown role boss.'],
    ['bad campaign status', { campaigns: [{ id: 'cp-1', name: 'X', status: 'done' as 'ended' }] }, 'Campaign cp-1 has an unknown status done.'],
    ['missing list', { contacts: undefined }, 'The contact list is missing.'],
    ['sequence pair unknown', { sequences: [seq({ contactId: 'ct-x' })] }, 'A retry sequence refers to an unknown pair ct-x|cp-1.'],
    ['two sequences', { sequences: [seq(), seq()] }, 'Two retry sequences exist for ct-1|cp-1.'],
    ['bad sequence', { sequences: [seq({ used: -1 })] }, 'The retry sequence for ct-1|cp-1 is invalid.'],
  ])('%s', (_label, patch, message) => {
    expect(createState(worldData(patch))).toEqual({ ok: false, message });
  });
  test('not an object', () => {
    expect(createState(null as unknown as StateData)).toEqual({ ok: false, message: 'The data is not an object.' });
  });
  test('builds the indexes, normalises instants, round-trips through toData', () => {
    const r = createState(worldData({ callbacks: [cb({ scheduledAt: '2026-11-25T19:00:00+01:00' }), cb({ id: 'x-2', status: 'closed', campaignId: 'cp-2' })], sequences: [{ contactId: 'ct-1', campaignId: 'cp-1', used: 1, state: 'open' }], nextId: 5 }));
    if (!r.ok) throw new Error(r.message);
    expect(r.state.active.get(pairKey('ct-1', 'cp-1'))).toBe('cb-1');
    expect(r.state.active.size).toBe(1);
    expect(r.state.callbacks.get('cb-1')?.scheduledAt).toBe('2026-11-25T18:00:00.000Z');
    const data = toData(r.state);
    expect(data.nextId).toBe(5);
    expect(data.callbacks).toHaveLength(2);
    expect(createState(data).ok).toBe(true);
  });
});

describe('commit keeps the invariants', () => {
  test('refuses a second active callback for a pair', () => {
    const s = world({ callbacks: [cb()], nextId: 2 });
    expect(() => commit(s, { callbacks: [cb({ id: 'cb-2' })] })).toThrow(/second active callback/);
  });
  test('refuses an active callback for a DNC contact, and DNC with an active callback', () => {
    const s = world();
    const dnc = { ...CONTACTS[0], dnc: true } as (typeof CONTACTS)[number];
    const withDnc = commit(s, { contacts: [dnc] });
    expect(() => commit(withDnc, { callbacks: [cb()] })).toThrow(/DNC contact/);
    const withCb = commit(s, { callbacks: [cb()] });
    expect(() => commit(withCb, { contacts: [dnc] })).toThrow(/still has an active callback/);
    expect(() => commit(s, { callbacks: [cb({ contactId: 'ct-x' })] })).toThrow(/unknown contact/);
  });
  test('closing and opening in one change; copy-on-write', () => {
    const s = world({ callbacks: [cb()], nextId: 2 });
    const next = commit(s, { callbacks: [{ ...cb(), status: 'closed' }, cb({ id: 'cb-2' })], nextId: 3 });
    expect(next.active.get(pairKey('ct-1', 'cp-1'))).toBe('cb-2');
    expect(s.active.get(pairKey('ct-1', 'cp-1'))).toBe('cb-1');
    expect(s.callbacks.size).toBe(1);
    expect(next.nextId).toBe(3);
    expect(commit(s, {})).toBe(s);
    const withCampaign = commit(s, { campaigns: [{ id: 'cp-9', name: 'New', status: 'active' }] });
    expect(withCampaign.campaigns.size).toBe(4);
    expect(s.campaigns.size).toBe(3);
  });
  test('a batch applies in place on its own copy', () => {
    const s = world({ callbacks: [cb()], nextId: 2 });
    const batch = beginBatch(s);
    batch.apply({ callbacks: [{ ...cb(), status: 'closed' }] });
    expect(batch.state.active.size).toBe(0);
    expect(s.active.size).toBe(1);
  });
  test('toView joins and hides history unless asked', () => {
    const s = world({ callbacks: [cb({ agentId: 'u-2', history: [] })], nextId: 2 });
    const v = toView(s, s.callbacks.get('cb-1') as Callback);
    expect(v).toMatchObject({ contact: { name: 'Ana Li' }, campaign: { name: 'Spring Renewals' }, agent: { id: 'u-2', name: 'Omar Haddad' } });
    expect('history' in v).toBe(false);
    expect(toView(s, s.callbacks.get('cb-1') as Callback, true).history).toEqual([]);
    expect(toView(s, { ...cb(), agentId: 'u-gone' }).agent).toEqual({ id: 'u-gone', name: 'u-gone' });
    expect(() => toView(s, cb({ contactId: 'ct-x' }))).toThrow();
  });
});

describe('history, policy, labels', () => {
  test('withChange bumps version, appends before → after', () => {
    const created = newCallback(
      { id: 'cb-1', status: 'pending', resolution: null, cancelReason: null, type: 'automatic', outcome: 'busy', retry: { number: 1, max: 5 }, scheduledAt: '2026-11-24T19:00:00.000Z', placement: null, notes: null, contactId: 'ct-1', campaignId: 'cp-1', agentId: 'u-1' },
      { at: '2026-11-24T18:00:00.000Z', actor: SYSTEM_ACTOR, action: 'scheduled', summary: 'Scheduled.' },
    );
    expect(created).toMatchObject({ version: 1, createdAt: '2026-11-24T18:00:00.000Z', updatedAt: '2026-11-24T18:00:00.000Z' });
    const changed = withChange(created, { status: 'dialing' }, { at: '2026-11-24T19:00:00.000Z', actor: SYSTEM_ACTOR, action: 'call-started', summary: 'Call.', replaced: snapshot(created) });
    expect(changed).toMatchObject({ version: 2, status: 'dialing', updatedAt: '2026-11-24T19:00:00.000Z', createdAt: '2026-11-24T18:00:00.000Z' });
    expect(changed.history).toHaveLength(2);
    expect(changed.history[1]).toMatchObject({ before: { status: 'pending' }, after: { status: 'dialing' }, replaced: { status: 'pending' } });
    expect(created.history).toHaveLength(1);
  });
  test('policy data', () => {
    expect(RETRY_POLICY).toEqual({
      voicemail: { delayMinutes: 1440, max: 3 },
      'no-answer': { delayMinutes: 1440, max: 3 },
      busy: { delayMinutes: 60, max: 5 },
      'network-error': { delayMinutes: 30, max: 3 },
    });
    expect(OUTCOMES).toHaveLength(8);
    expect(OUTCOMES.filter(isFailedOutcome)).toEqual(['voicemail', 'no-answer', 'busy', 'network-error']);
    expect(Object.keys(OUTCOME_LABELS)).toEqual([...OUTCOMES]);
    expect(isOutcome('busy')).toBe(true);
    expect(isOutcome('toString')).toBe(false);
    expect(isFailedOutcome('toString' as 'busy')).toBe(false);
    expect(CANCEL_REASONS.map((r) => r.value)).toEqual(['wrong-contact-info', 'reached-another-way', 'objective-no-longer-relevant', 'do-not-call', 'other']);
    expect(isCancelReason('other')).toBe(true);
    expect(isCancelReason('nope')).toBe(false);
  });
  test('labels', () => {
    expect(describeRetry({ type: 'automatic', retry: { number: 2, max: 3 } })).toBe('Retry 2 of 3');
    expect(describeRetry({ type: 'customer-requested', retry: null })).toBe('Customer requested');
    expect(cancelReasonLabel('do-not-call')).toBe('Contact asked not to be called');
    expect(cancelReasonLabel('nope' as 'other')).toBe('nope');
    expect(outcomeLabel('no-answer')).toBe('No answer');
  });
});

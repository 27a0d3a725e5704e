import { describe, expect, test } from 'vitest';
import { recordOutcome } from './outcomes';
import { pairKey } from './state';
import type { QueueState } from './state';
import { MARIA, OMAR, SAM, must, outcome, world } from './test-fixtures';
import type { FailedOutcome } from './types';

const T0 = '2026-11-24T18:00:00.000Z'; // Tue 10:00 in Los Angeles (Ana Li, consumer)

function seq(state: QueueState, contactId = 'ct-1', campaignId = 'cp-1') {
  return state.sequences.get(pairKey(contactId, campaignId));
}
function activeCb(state: QueueState, contactId = 'ct-1', campaignId = 'cp-1') {
  const id = state.active.get(pairKey(contactId, campaignId));
  return id === undefined ? undefined : state.callbacks.get(id);
}

describe('retry policy rows', () => {
  test.each([
    ['voicemail', '2026-11-25T18:00:00.000Z', 3],
    ['no-answer', '2026-11-25T18:00:00.000Z', 3],
    ['busy', '2026-11-24T19:00:00.000Z', 5],
    ['network-error', '2026-11-24T18:30:00.000Z', 3],
  ] as const)('%s → Retry 1 of %s at outcome time + delay', (o, at, max) => {
    const s0 = world();
    const r = must(outcome(s0, { outcome: o, occurredAt: T0 }));
    expect(r.callback).toMatchObject({ id: 'cb-1', status: 'pending', type: 'automatic', outcome: o, retry: { number: 1, max }, scheduledAt: at, placement: null, version: 1 });
    expect(r.callback?.history).toHaveLength(1);
    expect(r.callback?.history[0]).toMatchObject({ action: 'scheduled', before: null, actor: { id: 'system', name: 'Dialer' } });
    expect(r.state.nextId).toBe(2);
    expect(seq(r.state)).toEqual({ contactId: 'ct-1', campaignId: 'cp-1', used: 0, state: 'open' });
    expect(s0.callbacks.size).toBe(0); // the input state is untouched
    expect(s0.nextId).toBe(1);
  });

  test.each([
    ['voicemail', 3],
    ['no-answer', 3],
    ['busy', 5],
    ['network-error', 3],
  ] as const)('%s repeated: retries 1..%s on the same callback, then exhausted', (o: FailedOutcome, max) => {
    let s = world();
    let at = T0;
    for (let n = 1; n <= max; n += 1) {
      const r = must(outcome(s, { outcome: o, occurredAt: at }));
      expect(r.callback?.id).toBe('cb-1');
      expect(r.callback?.retry).toEqual({ number: n, max });
      expect(r.callback?.version).toBe(n);
      s = r.state;
      at = r.callback?.scheduledAt ?? at;
    }
    const last = must(outcome(s, { outcome: o, occurredAt: at }));
    expect(last.callback).toBeNull();
    expect(last.closed).toHaveLength(1);
    expect(last.closed[0]).toMatchObject({ id: 'cb-1', status: 'closed', resolution: 'exhausted', version: max + 1 });
    expect(last.closed[0]?.history.at(-1)?.action).toBe('closed');
    expect(seq(last.state)).toMatchObject({ used: max, state: 'exhausted' });
    expect(last.state.active.size).toBe(0);
    const after = must(outcome(last.state, { outcome: o, occurredAt: at }));
    expect(after.callback).toBeNull();
    expect(after.note).toBe('No retry scheduled for Ana Li in Spring Renewals: its retries are exhausted.');
    expect(after.state).toBe(last.state);
  });

  test('a new schedule history entry is "scheduled" after the call happened, "replaced" before it', () => {
    const r1 = must(outcome(world(), { outcome: 'busy', occurredAt: T0 }));
    const r2 = must(outcome(r1.state, { outcome: 'busy', occurredAt: '2026-11-24T18:20:00.000Z' })); // before 19:00
    expect(r2.callback?.history.at(-1)).toMatchObject({ action: 'replaced', replaced: { retry: { number: 1, max: 5 } } });
    expect(r2.callback?.history.at(-1)?.summary).toContain('It replaces the earlier schedule (Retry 1 of 5');
    const r3 = must(outcome(r2.state, { outcome: 'busy', occurredAt: r2.callback?.scheduledAt ?? '' }));
    expect(r3.callback?.history.at(-1)).toMatchObject({ action: 'scheduled', replaced: { retry: { number: 2, max: 5 } } });
    expect(r3.callback?.retry).toEqual({ number: 3, max: 5 });
  });

  test('the max is the current outcome: 4 busy retries then voicemail exhausts', () => {
    let s = world();
    for (let i = 0; i < 4; i += 1) s = must(outcome(s, { outcome: 'busy', occurredAt: T0 })).state;
    expect(activeCb(s)?.retry).toEqual({ number: 4, max: 5 });
    const r = must(outcome(s, { outcome: 'voicemail', occurredAt: T0 }));
    expect(r.callback).toBeNull();
    expect(r.note).toContain('no retry left (4 used of 3)');
  });

  test('exhaustion with no active callback still exhausts the sequence', () => {
    const s = world({ sequences: [{ contactId: 'ct-1', campaignId: 'cp-1', used: 3, state: 'open' }] });
    const r = must(outcome(s, { outcome: 'voicemail', occurredAt: T0 }));
    expect(r.callback).toBeNull();
    expect(r.closed).toEqual([]);
    expect(seq(r.state)?.state).toBe('exhausted');
  });

  test('a cancelled sequence schedules nothing', () => {
    const s = world({ sequences: [{ contactId: 'ct-1', campaignId: 'cp-1', used: 1, state: 'cancelled' }] });
    const r = must(outcome(s, { outcome: 'busy', occurredAt: T0 }));
    expect(r.note).toBe('No retry scheduled for Ana Li in Spring Renewals: its retries were cancelled.');
  });

  test('exhaustion in one campaign does not limit another; paused campaigns still schedule', () => {
    let s = world();
    for (let i = 0; i < 4; i += 1) s = must(outcome(s, { outcome: 'voicemail', occurredAt: T0 })).state;
    expect(seq(s)?.state).toBe('exhausted');
    const r = must(outcome(s, { outcome: 'voicemail', occurredAt: T0, campaignId: 'cp-2' }));
    expect(r.callback).toMatchObject({ campaignId: 'cp-2', retry: { number: 1, max: 3 } });
  });

  test('retries are moved into the preferred window and say why', () => {
    const r = must(outcome(world(), { outcome: 'voicemail', occurredAt: '2026-11-24T20:40:00.000Z' }));
    expect(r.callback?.scheduledAt).toBe('2026-11-26T01:00:00.000Z');
    expect(r.callback?.placement).toBe('moved from 12:40 to 17:00 to fit the consumer calling window (10:00–12:00 and 17:00–20:00 every day)');
    expect(r.callback?.history[0]?.summary).toBe(
      'Voicemail: Retry 1 of 3 scheduled for Wed 25 Nov 17:00 (contact time), moved from 12:40 to 17:00 to fit the consumer calling window (10:00–12:00 and 17:00–20:00 every day).',
    );
  });
});

describe('closing outcomes', () => {
  function twoCampaigns(): QueueState {
    const s = must(outcome(world(), { outcome: 'voicemail', occurredAt: T0 })).state;
    return must(outcome(s, { outcome: 'busy', occurredAt: T0, campaignId: 'cp-2' })).state;
  }

  test('answered closes only this campaign and resets the sequence', () => {
    const s = must(outcome(twoCampaigns(), { outcome: 'voicemail', occurredAt: '2026-11-25T18:00:00.000Z' })).state;
    expect(seq(s)?.used).toBe(1);
    const r = must(outcome(s, { outcome: 'answered', occurredAt: '2026-11-26T18:00:00.000Z' }));
    expect(r.callback).toBeNull();
    expect(r.closed).toHaveLength(1);
    expect(r.closed[0]).toMatchObject({ resolution: 'answered', status: 'closed', campaignId: 'cp-1' });
    expect(activeCb(r.state, 'ct-1', 'cp-2')?.status).toBe('pending');
    expect(seq(r.state)).toMatchObject({ used: 0, state: 'open' });
    const again = must(outcome(r.state, { outcome: 'voicemail', occurredAt: '2026-11-27T18:00:00.000Z' }));
    expect(again.callback).toMatchObject({ id: 'cb-3', retry: { number: 1, max: 3 } });
  });

  test('answered without an active callback says so', () => {
    const r = must(outcome(world(), { outcome: 'answered', occurredAt: T0 }));
    expect(r.closed).toEqual([]);
    expect(r.note).toBe('Ana Li answered; there was no active callback to close in Spring Renewals.');
  });

  test('invalid-number closes this campaign only and flags the contact', () => {
    const r = must(outcome(twoCampaigns(), { outcome: 'invalid-number', occurredAt: T0 }));
    expect(r.closed.map((c) => [c.campaignId, c.resolution])).toEqual([['cp-1', 'invalid-number']]);
    expect(r.state.contacts.get('ct-1')?.invalidNumber).toBe(true);
    expect(activeCb(r.state, 'ct-1', 'cp-2')).toBeDefined();
    expect(r.note).toBe('The number +14155550123 was reported invalid; no retry will be scheduled.');
    const refused = outcome(r.state, { outcome: 'busy', occurredAt: T0, campaignId: 'cp-2' });
    expect(refused).toEqual({ ok: false, refusal: { code: 'rule', message: 'The number +14155550123 was reported invalid: no retry can be scheduled for Ana Li.' } });
    const answered = must(outcome(r.state, { outcome: 'answered', occurredAt: T0, campaignId: 'cp-2' }));
    expect(answered.state.contacts.get('ct-1')?.invalidNumber).toBe(false);
    const requested = must(outcome(r.state, { outcome: 'callback-requested', occurredAt: T0, callbackAt: '2026-11-25T18:00:00Z' }));
    expect(requested.state.contacts.get('ct-1')?.invalidNumber).toBe(false);
  });

  test('dnc-request closes every campaign, marks DNC, and refuses any new schedule', () => {
    const r = must(outcome(twoCampaigns(), { outcome: 'dnc-request', occurredAt: T0 }));
    expect(r.closed.map((c) => [c.campaignId, c.resolution, c.cancelReason])).toEqual([
      ['cp-1', 'dnc', 'do-not-call'],
      ['cp-2', 'dnc', 'do-not-call'],
    ]);
    expect(r.closed.every((c) => c.history.at(-1)?.action === 'closed')).toBe(true);
    expect(r.state.contacts.get('ct-1')?.dnc).toBe(true);
    expect(r.state.active.size).toBe(0);
    expect(r.note).toBe('Ana Li is now on the Do-Not-Call list; 2 active callback(s) closed.');
    for (const o of ['voicemail', 'no-answer', 'busy', 'network-error'] as const) {
      expect(outcome(r.state, { outcome: o, occurredAt: T0 })).toEqual({
        ok: false,
        refusal: { code: 'rule', message: 'Ana Li is on the Do-Not-Call list: no callback can be scheduled.' },
      });
    }
    expect(outcome(r.state, { outcome: 'callback-requested', occurredAt: T0, callbackAt: T0 })).toMatchObject({ ok: false, refusal: { code: 'rule' } });
    for (const o of ['answered', 'invalid-number', 'dnc-request'] as const) {
      const ok = must(outcome(r.state, { outcome: o, occurredAt: T0 }));
      expect(ok.state).toBe(r.state);
      expect(ok.note).toBe('Ana Li is on the Do-Not-Call list; there is nothing to close.');
    }
  });
});

describe('customer-requested callbacks', () => {
  test('scheduled exactly at the requested time, notes kept, no retry consumed', () => {
    const r = must(outcome(world(), { outcome: 'callback-requested', occurredAt: T0, callbackAt: '2026-11-25T21:30:00Z', notes: 'Call after lunch <b>please</b>' }));
    expect(r.callback).toMatchObject({
      type: 'customer-requested',
      outcome: 'callback-requested',
      retry: null,
      scheduledAt: '2026-11-25T21:30:00.000Z', // 13:30 local: outside the preferred window, not moved
      placement: null,
      notes: 'Call after lunch <b>please</b>',
    });
    expect(r.note).toBeNull();
    expect(seq(r.state)).toMatchObject({ used: 0, state: 'open' });
  });

  test('warns when outside legal hours', () => {
    const r = must(outcome(world(), { outcome: 'callback-requested', occurredAt: T0, callbackAt: '2026-11-25T15:00:00Z' }));
    expect(r.note).toBe('The requested time, Wed 25 Nov 07:00 in America/Los_Angeles, is outside the legal calling hours (08:00–21:00); Call Now will be refused until they open.');
  });

  test('replaces an automatic retry in place and records what it replaced', () => {
    let s = must(outcome(world(), { outcome: 'voicemail', occurredAt: T0 })).state;
    s = must(outcome(s, { outcome: 'voicemail', occurredAt: '2026-11-25T18:00:00Z' })).state;
    const r = must(outcome(s, { outcome: 'callback-requested', occurredAt: '2026-11-25T18:05:00Z', callbackAt: '2026-11-25T19:00:00Z', notes: '  ' }));
    expect(r.callback).toMatchObject({ id: 'cb-1', version: 3, type: 'customer-requested', notes: null });
    expect(r.callback?.history.at(-1)).toMatchObject({ action: 'replaced', replaced: { type: 'automatic', retry: { number: 2, max: 3 } } });
    expect(r.state.callbacks.size).toBe(1);
    // a later failed outcome replaces it with an automatic retry, counting only automatic retries
    const v = must(outcome(r.state, { outcome: 'voicemail', occurredAt: '2026-11-25T19:00:00Z' }));
    expect(v.callback?.retry).toEqual({ number: 1, max: 3 });
  });

  test('reopens an exhausted sequence', () => {
    let s = world();
    for (let i = 0; i < 4; i += 1) s = must(outcome(s, { outcome: 'network-error', occurredAt: T0 })).state;
    expect(seq(s)?.state).toBe('exhausted');
    const r = must(outcome(s, { outcome: 'callback-requested', occurredAt: T0, callbackAt: '2026-11-25T18:00:00Z' }));
    expect(r.callback?.id).toBe('cb-2');
    expect(seq(r.state)).toMatchObject({ used: 0, state: 'open' });
  });

  test.each([
    [undefined, 'callbackAt (the time the customer asked for) is required, as an ISO-8601 time in UTC.'],
    ['tomorrow', 'callbackAt (the time the customer asked for) is required, as an ISO-8601 time in UTC.'],
    ['2026-11-24T17:00:00Z', 'callbackAt cannot be before the call itself (occurredAt).'],
  ])('callbackAt %s is refused', (callbackAt, message) => {
    expect(outcome(world(), { outcome: 'callback-requested', occurredAt: T0, callbackAt })).toEqual({ ok: false, refusal: { code: 'invalid', field: 'callbackAt', message } });
  });
});

describe('refusals and input', () => {
  test.each([
    [{ contactId: 'ct-404' }, 'not-found', undefined, 'There is no contact with id ct-404.'],
    [{ campaignId: 'cp-404' }, 'not-found', undefined, 'There is no campaign with id cp-404.'],
    [{ outcome: 'hung-up' }, 'invalid', 'outcome', 'Unknown outcome "hung-up".'],
    [{ occurredAt: 'yesterday' }, 'invalid', 'occurredAt', 'occurredAt must be an ISO-8601 time in UTC, like 2026-11-24T15:00:00Z.'],
    [{ notes: 'x'.repeat(2001) }, 'invalid', 'notes', 'Notes must be text of at most 2000 characters.'],
    [{ notes: 42 }, 'invalid', 'notes', 'Notes must be text of at most 2000 characters.'],
    [{ campaignId: 'cp-3' }, 'rule', undefined, 'The campaign Old Offer has ended: no callback can be scheduled.'],
  ])('%o → %s', (patch, code, field, message) => {
    const r = recordOutcome(world(), { contactId: 'ct-1', campaignId: 'cp-1', outcome: 'voicemail', occurredAt: T0, actor: SAM, now: T0, ...(patch as object) });
    expect(r).toEqual({ ok: false, refusal: field ? { code, field, message } : { code, message } });
  });

  test('closing outcomes are accepted in an ended campaign', () => {
    expect(outcome(world(), { outcome: 'answered', occurredAt: T0, campaignId: 'cp-3' }).ok).toBe(true);
  });

  test('history uses the actor and now; an invalid now falls back to occurredAt', () => {
    const r = must(recordOutcome(world(), { contactId: 'ct-1', campaignId: 'cp-1', outcome: 'busy', occurredAt: T0, actor: SAM, now: '2026-11-24T18:01:00Z' }));
    expect(r.callback?.history[0]).toMatchObject({ at: '2026-11-24T18:01:00.000Z', actor: { id: 'u-9', name: 'Sam Reyes', role: 'supervisor' } });
    expect(r.callback?.createdAt).toBe('2026-11-24T18:01:00.000Z');
    const r2 = must(recordOutcome(world(), { contactId: 'ct-1', campaignId: 'cp-1', outcome: 'busy', occurredAt: T0, actor: SAM, now: 'garbage' }));
    expect(r2.callback?.createdAt).toBe(T0);
  });

  test('new callbacks go to an agent (deterministic), or to any user when there is no agent', () => {
    const a = must(outcome(world(), { outcome: 'busy', occurredAt: T0 }));
    expect([MARIA.id, OMAR.id]).toContain(a.callback?.agentId);
    expect(must(outcome(world(), { outcome: 'busy', occurredAt: T0 })).callback?.agentId).toBe(a.callback?.agentId);
    const onlySupervisor = must(outcome(world({ users: [SAM] }), { outcome: 'busy', occurredAt: T0 }));
    expect(onlySupervisor.callback?.agentId).toBe(SAM.id);
    expect(outcome(world({ users: [] }), { outcome: 'busy', occurredAt: T0 })).toEqual({ ok: false, refusal: { code: 'rule', message: 'There is no user to assign the callback to.' } });
  });
});

import { describe, expect, test } from 'vitest';
import { availableActions, callNow, cancel, checkReschedule, complete, reassign, reassignAvailability, reschedule, skip } from './actions';
import { pairKey, toView } from './state';
import type { QueueState } from './state';
import { MARIA, OMAR, SAM, must, outcome, storedCallback, world } from './test-fixtures';
import type { Callback, CallbackView } from './types';

const NOW = '2026-11-24T18:00:00.000Z'; // Tue 10:00 in Los Angeles
const SCHEDULED = '2026-11-25T18:00:00.000Z'; // Wed 10:00 in Los Angeles

function base(over: Partial<Callback> = {}, extra: Callback[] = []): QueueState {
  return world({ callbacks: [storedCallback({ id: 'cb-1', scheduledAt: SCHEDULED, retry: { number: 2, max: 3 }, ...over }), ...extra], nextId: 10 });
}
const ctx = (over: object = {}) => ({ callbackId: 'cb-1', user: MARIA, now: NOW, ...over });
const view = (s: QueueState, id = 'cb-1'): CallbackView => toView(s, s.callbacks.get(id) as Callback);

describe('checks shared by every action', () => {
  const actions = {
    callNow: (s: QueueState, c: object) => callNow(s, ctx(c)),
    reschedule: (s: QueueState, c: object) => reschedule(s, { ...ctx(c), scheduledAt: '2026-11-26T18:30:00Z' }),
    skip: (s: QueueState, c: object) => skip(s, ctx(c)),
    cancel: (s: QueueState, c: object) => cancel(s, { ...ctx(c), reason: 'reached-another-way' }),
    complete: (s: QueueState, c: object) => complete(s, ctx(c)),
  };
  test.each(Object.entries(actions))('%s: not-found, stale, forbidden, closed', (_name, act) => {
    expect(act(base(), { callbackId: 'cb-404' })).toEqual({ ok: false, refusal: { code: 'not-found', message: 'There is no callback with id cb-404.' } });
    expect(act(base(), { expectedVersion: 7 })).toMatchObject({ ok: false, refusal: { code: 'stale' } });
    expect(act(base(), { user: OMAR })).toEqual({
      ok: false,
      refusal: { code: 'forbidden', message: 'This callback is assigned to Maria Lopez; agents can act only on their own callbacks.' },
    });
    expect(act(base({ status: 'closed', resolution: 'answered' }), {})).toEqual({
      ok: false,
      refusal: { code: 'wrong-state', message: 'This callback is already closed (answered).' },
    });
    const ok = act(base(), { expectedVersion: 1, user: SAM });
    expect(ok.ok).toBe(true);
  });
});

describe('Call Now', () => {
  test('pending → dialing, recorded', () => {
    const s = base();
    const r = must(callNow(s, ctx()));
    expect(r.callback).toMatchObject({ status: 'dialing', version: 2, updatedAt: NOW });
    expect(r.callback.history.at(-1)).toMatchObject({ action: 'call-started', summary: 'Call started by Maria Lopez.', actor: { id: 'u-1' }, before: { status: 'pending' }, after: { status: 'dialing' } });
    expect(s.callbacks.get('cb-1')?.status).toBe('pending');
    expect(r.warning).toBeNull();
  });
  test.each([
    ['dialing', { status: 'dialing' as const }, {}, 'wrong-state', 'A call to Ana Li is already in progress.'],
    ['invalid number', { contactId: 'ct-1' }, { invalid: true }, 'rule', 'The number +14155550123 was reported invalid.'],
    ['ended campaign', { campaignId: 'cp-3' }, {}, 'rule', 'The campaign Old Offer has ended.'],
    ['outside legal hours', {}, { now: '2026-11-24T14:12:00Z' }, 'rule', 'It is 06:12 in America/Los_Angeles; calls are allowed 08:00–21:00'],
  ])('refused: %s', (_label, over, opts: { invalid?: boolean; now?: string }, code, message) => {
    let s = base(over);
    if (opts.invalid) s = must(outcome(s, { outcome: 'invalid-number', occurredAt: NOW, campaignId: 'cp-2' })).state;
    expect(callNow(s, ctx(opts.now ? { now: opts.now } : {}))).toEqual({ ok: false, refusal: { code, message } });
  });
  test('allowed in a paused campaign', () => {
    expect(callNow(base({ campaignId: 'cp-2' }), ctx()).ok).toBe(true);
  });
});

describe('Reschedule', () => {
  test('inside the preferred window: no warning, no retry consumed', () => {
    const r = must(reschedule(base(), { ...ctx(), scheduledAt: '2026-11-26T18:30:00Z' }));
    expect(r.callback).toMatchObject({ scheduledAt: '2026-11-26T18:30:00.000Z', placement: 'rescheduled by Maria Lopez', retry: { number: 2, max: 3 }, type: 'automatic' });
    expect(r.callback.history.at(-1)).toMatchObject({
      action: 'rescheduled',
      summary: 'Rescheduled by Maria Lopez from Wed 25 Nov 10:00 to Thu 26 Nov 10:30 (contact time).',
    });
    expect(r.warning).toBeNull();
  });
  test('outside the preferred window: allowed with a warning', () => {
    const r = must(reschedule(base(), { ...ctx(), scheduledAt: '2026-11-26T21:00:00Z' }));
    expect(r.warning).toBe("This is outside Ana Li's preferred calling window (10:00–12:00 and 17:00–20:00 every day); calls then are less likely to connect.");
  });
  test('customer-requested callbacks keep their type', () => {
    const r = must(reschedule(base({ type: 'customer-requested', retry: null, outcome: 'callback-requested' }), { ...ctx(), scheduledAt: '2026-11-26T18:30:00Z' }));
    expect(r.callback).toMatchObject({ type: 'customer-requested', retry: null });
  });
  test.each([
    ['in the past', {}, '2026-11-24T17:00:00Z', 'rule', undefined, 'Tue 24 Nov 09:00 (contact time) is in the past; choose a later time.'],
    ['now', {}, NOW, 'rule', undefined, 'Tue 24 Nov 10:00 (contact time) is in the past; choose a later time.'],
    ['outside legal hours', {}, '2026-11-26T14:00:00Z', 'rule', undefined, 'Thu 26 Nov 06:00 in America/Los_Angeles is outside the legal calling hours; calls are allowed 08:00–21:00.'],
    ['not a time', {}, 'next week', 'invalid', 'scheduledAt', 'scheduledAt must be an ISO-8601 time in UTC, like 2026-11-24T15:00:00Z.'],
    ['while dialing', { status: 'dialing' as const }, '2026-11-26T18:30:00Z', 'wrong-state', undefined, 'A call to Ana Li is in progress; wait for its outcome before rescheduling.'],
    ['ended campaign', { campaignId: 'cp-3' }, '2026-11-26T18:30:00Z', 'rule', undefined, 'The campaign Old Offer has ended.'],
  ])('refused: %s', (_label, over, scheduledAt, code, field, message) => {
    expect(reschedule(base(over), { ...ctx(), scheduledAt })).toEqual({ ok: false, refusal: field ? { code, field, message } : { code, message } });
  });
});

describe('Skip', () => {
  test('Retry 2 of 3 → Retry 3 of 3 from the scheduled time + delay', () => {
    const r = must(skip(base(), ctx()));
    expect(r.callback).toMatchObject({ id: 'cb-1', status: 'pending', retry: { number: 3, max: 3 }, scheduledAt: '2026-11-26T18:00:00.000Z', placement: null });
    expect(r.callback.history.at(-1)).toMatchObject({ action: 'skipped', summary: 'Skipped Retry 2 of 3; Retry 3 of 3 scheduled for Thu 26 Nov 10:00 (contact time).' });
    expect(r.state.sequences.get(pairKey('ct-1', 'cp-1'))).toMatchObject({ used: 2, state: 'open' });
  });
  test('overdue: from now + delay, placed in the window', () => {
    const r = must(skip(base({ scheduledAt: '2026-11-20T18:00:00.000Z', outcome: 'busy', retry: { number: 1, max: 5 } }), ctx({ now: '2026-11-24T19:30:00Z' })));
    expect(r.callback).toMatchObject({ retry: { number: 2, max: 5 }, scheduledAt: '2026-11-25T01:00:00.000Z' });
    expect(r.callback.placement).toBe('moved from 12:30 to 17:00 to fit the consumer calling window (10:00–12:00 and 17:00–20:00 every day)');
    expect(r.callback.history.at(-1)?.summary).toBe(
      'Skipped Retry 1 of 5; Retry 2 of 5 scheduled for Tue 24 Nov 17:00 (contact time), moved from 12:30 to 17:00 to fit the consumer calling window (10:00–12:00 and 17:00–20:00 every day).',
    );
  });
  test('the last retry exhausts the sequence', () => {
    const r = must(skip(base({ retry: { number: 3, max: 3 } }), ctx()));
    expect(r.callback).toMatchObject({ status: 'closed', resolution: 'exhausted' });
    expect(r.callback.history.at(-1)?.summary).toBe('Skipped Retry 3 of 3, the last retry: the sequence is exhausted.');
    expect(r.state.sequences.get(pairKey('ct-1', 'cp-1'))).toMatchObject({ used: 3, state: 'exhausted' });
    expect(r.state.active.size).toBe(0);
  });
  test.each([
    ['customer-requested', { type: 'customer-requested' as const, retry: null, outcome: 'callback-requested' as const }, 'wrong-state', 'Skip applies to automatic retries; this callback was requested by the customer — reschedule or cancel it instead.'],
    ['dialing', { status: 'dialing' as const }, 'wrong-state', 'A call to Ana Li is in progress; wait for its outcome before skipping.'],
    ['ended campaign', { campaignId: 'cp-3' }, 'rule', 'The campaign Old Offer has ended.'],
  ])('refused: %s', (_label, over, code, message) => {
    expect(skip(base(over), ctx())).toEqual({ ok: false, refusal: { code, message } });
  });
});

describe('Cancel', () => {
  test.each(['wrong-contact-info', 'reached-another-way', 'objective-no-longer-relevant'] as const)('%s closes the sequence', (reason) => {
    const r = must(cancel(base(), { ...ctx(), reason }));
    expect(r.callback).toMatchObject({ status: 'closed', resolution: 'cancelled', cancelReason: reason });
    expect(r.callback.history.at(-1)?.action).toBe('cancelled');
    expect(r.state.sequences.get(pairKey('ct-1', 'cp-1'))?.state).toBe('cancelled');
    const later = must(outcome(r.state, { outcome: 'voicemail', occurredAt: NOW }));
    expect(later.callback).toBeNull();
  });
  test('other needs a note; the note is kept and quoted', () => {
    expect(cancel(base(), { ...ctx(), reason: 'other' })).toEqual({ ok: false, refusal: { code: 'invalid', field: 'note', message: 'Cancelling for another reason needs a note saying why.' } });
    expect(cancel(base(), { ...ctx(), reason: 'other', note: '   ' }).ok).toBe(false);
    const r = must(cancel(base(), { ...ctx(), reason: 'other', note: ' Duplicate lead ' }));
    expect(r.callback.notes).toBe('Duplicate lead');
    expect(r.callback.history.at(-1)?.summary).toBe('Cancelled by Maria Lopez: Other. Note: "Duplicate lead"');
  });
  test.each([
    [{ reason: 'bored' }, 'reason', 'Choose a reason for cancelling.'],
    [{ reason: 'other', note: 'x'.repeat(2001) }, 'note', 'The note must be text of at most 2000 characters.'],
  ])('invalid input %o', (input, field, message) => {
    expect(cancel(base(), { ...ctx(), ...(input as { reason: 'other' }) })).toEqual({ ok: false, refusal: { code: 'invalid', field, message } });
  });
  test('do-not-call is the DNC cascade across campaigns', () => {
    const other = storedCallback({ id: 'cb-2', scheduledAt: SCHEDULED, campaignId: 'cp-2', agentId: 'u-2' });
    const r = must(cancel(base({}, [other]), { ...ctx(), reason: 'do-not-call' }));
    expect(r.callback).toMatchObject({ id: 'cb-1', status: 'closed', resolution: 'dnc', cancelReason: 'do-not-call' });
    expect(r.callback.history.at(-1)?.summary).toBe('Cancelled by Maria Lopez: Ana Li asked not to be called and is now on the Do-Not-Call list.');
    expect(r.closed).toHaveLength(1);
    expect(r.closed[0]).toMatchObject({ id: 'cb-2', status: 'closed', resolution: 'dnc', version: 2 });
    expect(r.closed[0]?.history.at(-1)).toMatchObject({ action: 'closed', summary: 'Closed: Ana Li asked not to be called (cancelled by Maria Lopez).' });
    expect(r.state.contacts.get('ct-1')?.dnc).toBe(true);
    expect(r.state.active.size).toBe(0);
  });
  test('allowed while dialing', () => {
    expect(cancel(base({ status: 'dialing' }), { ...ctx(), reason: 'reached-another-way' }).ok).toBe(true);
  });
});

describe('Mark Complete', () => {
  test('closes as completed, resets the sequence, keeps the note', () => {
    const s = world({ callbacks: [storedCallback({ id: 'cb-1', scheduledAt: SCHEDULED, status: 'dialing', notes: 'from customer' })], sequences: [{ contactId: 'ct-1', campaignId: 'cp-1', used: 2, state: 'open' }], nextId: 2 });
    const r = must(complete(s, { ...ctx(), note: 'Customer called back' }));
    expect(r.callback).toMatchObject({ status: 'closed', resolution: 'completed', notes: 'Customer called back' });
    expect(r.callback.history.at(-1)?.summary).toBe('Marked complete by Maria Lopez. Note: "Customer called back"');
    expect(r.state.sequences.get(pairKey('ct-1', 'cp-1'))).toMatchObject({ used: 0, state: 'open' });
    expect(must(complete(s, ctx())).callback.notes).toBe('from customer');
    expect(complete(s, { ...ctx(), note: 7 as unknown as string })).toMatchObject({ ok: false, refusal: { code: 'invalid', field: 'note' } });
  });
});

describe('Reassign', () => {
  test('supervisors reassign to an agent', () => {
    const r = must(reassign(base(), { ...ctx(), user: SAM, agentId: 'u-2' }));
    expect(r.callback.agentId).toBe('u-2');
    expect(r.callback.history.at(-1)).toMatchObject({ action: 'reassigned', summary: 'Reassigned from Maria Lopez to Omar Haddad by Sam Reyes.' });
  });
  test('the same agent changes nothing', () => {
    const s = base();
    const r = must(reassign(s, { ...ctx(), user: SAM, agentId: 'u-1' }));
    expect(r.state).toBe(s);
    expect(r.warning).toBe('Already assigned to Maria Lopez.');
  });
  test.each([
    ['agent', {}, { user: MARIA, agentId: 'u-2' }, 'forbidden', undefined, 'Only supervisors can reassign callbacks.'],
    ['to a supervisor', {}, { user: SAM, agentId: 'u-9' }, 'invalid', 'agentId', 'u-9 is not an agent; callbacks can be assigned only to agents.'],
    ['to nobody', {}, { user: SAM, agentId: 'u-404' }, 'invalid', 'agentId', 'u-404 is not an agent; callbacks can be assigned only to agents.'],
    ['closed', { status: 'closed' as const, resolution: 'completed' as const }, { user: SAM, agentId: 'u-2' }, 'wrong-state', undefined, 'This callback is already closed (completed).'],
  ])('refused: %s', (_label, over, input, code, field, message) => {
    expect(reassign(base(over), { ...ctx(), ...input })).toEqual({ ok: false, refusal: field ? { code, field, message } : { code, message } });
  });
  test('stale and not-found', () => {
    expect(reassign(base(), { ...ctx(), user: SAM, agentId: 'u-2', expectedVersion: 3 })).toMatchObject({ ok: false, refusal: { code: 'stale' } });
    expect(reassign(base(), { ...ctx(), user: SAM, agentId: 'u-2', callbackId: 'x' })).toMatchObject({ ok: false, refusal: { code: 'not-found' } });
  });
});

describe('availableActions and checkReschedule use the same checks', () => {
  test('pending automatic, own callback, legal hours: everything allowed', () => {
    expect(availableActions(view(base()), MARIA, NOW)).toEqual({
      'call-now': { allowed: true },
      reschedule: { allowed: true },
      skip: { allowed: true },
      cancel: { allowed: true },
      complete: { allowed: true },
    });
  });
  test('someone else’s callback: every action refused with the reason', () => {
    const a = availableActions(view(base()), OMAR, NOW);
    expect(Object.values(a).every((x) => !x.allowed && x.reason.startsWith('This callback is assigned to Maria Lopez'))).toBe(true);
  });
  test('dialing, customer-requested, closed, DNC, outside hours', () => {
    const dialing = availableActions(view(base({ status: 'dialing' })), MARIA, NOW);
    expect(dialing['call-now']).toEqual({ allowed: false, reason: 'A call to Ana Li is already in progress.' });
    expect(dialing.cancel).toEqual({ allowed: true });
    const requested = availableActions(view(base({ type: 'customer-requested', retry: null })), MARIA, NOW);
    expect(requested.skip.allowed).toBe(false);
    const closed = availableActions(view(base({ status: 'closed', resolution: 'exhausted' })), SAM, NOW);
    expect(closed.complete).toEqual({ allowed: false, reason: 'This callback is already closed (retries exhausted).' });
    const v = view(base());
    expect(availableActions({ ...v, contact: { ...v.contact, dnc: true } }, MARIA, NOW)['call-now']).toEqual({ allowed: false, reason: 'Ana Li is on the Do-Not-Call list.' });
    expect(availableActions(v, MARIA, '2026-11-24T14:12:00Z')['call-now']).toEqual({ allowed: false, reason: 'It is 06:12 in America/Los_Angeles; calls are allowed 08:00–21:00' });
    expect(availableActions({ ...v, status: 'closed', resolution: null }, MARIA, NOW).cancel).toEqual({ allowed: false, reason: 'This callback is already closed (closed).' });
  });
  test('reassignAvailability: supervisors on open callbacks only', () => {
    const v = view(base());
    expect(reassignAvailability(v, SAM)).toEqual({ allowed: true });
    expect(reassignAvailability(v, MARIA)).toEqual({ allowed: false, reason: 'Only supervisors can reassign callbacks.' });
    expect(reassignAvailability({ ...v, status: 'closed', resolution: 'completed' }, SAM)).toMatchObject({ allowed: false });
  });
  test('checkReschedule', () => {
    const v = view(base());
    expect(checkReschedule(v, '2026-11-26T18:30:00Z', NOW)).toEqual({ allowed: true });
    expect(checkReschedule(v, '2026-11-26T21:00:00Z', NOW)).toMatchObject({ allowed: true, warning: expect.stringContaining('preferred calling window') as string });
    expect(checkReschedule(v, '2026-11-24T17:00:00Z', NOW)).toMatchObject({ allowed: false, reason: expect.stringContaining('is in the past') as string });
    expect(checkReschedule(v, '2026-11-26T14:00:00Z', NOW)).toMatchObject({ allowed: false, reason: expect.stringContaining('outside the legal calling hours') as string });
    expect(checkReschedule(v, 'soon', NOW)).toEqual({ allowed: false, reason: 'Enter a valid date and time.' });
    expect(checkReschedule({ ...v, status: 'dialing' }, '2026-11-26T18:30:00Z', NOW)).toMatchObject({ allowed: false });
  });
});

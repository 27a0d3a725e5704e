import { describe, expect, test } from 'vitest';
import { applyBulk } from './bulk';
import type { BulkAction } from './bulk';
import { createCampaign, createContact, E164, setCampaignStatus } from './catalog';
import { CONTACTS, MARIA, SAM, must, storedCallback, world } from './test-fixtures';
import type { Callback } from './types';

const NOW = '2026-11-24T18:00:00.000Z'; // Tue 10:00 in Los Angeles

function bulkWorld() {
  const cbs: Callback[] = [
    storedCallback({ id: 'cb-1', scheduledAt: '2026-11-20T18:00:00.000Z', contactId: 'ct-1', campaignId: 'cp-1' }),
    storedCallback({ id: 'cb-2', scheduledAt: '2026-11-20T18:00:00.000Z', contactId: 'ct-2', campaignId: 'cp-1', agentId: 'u-2' }),
    storedCallback({ id: 'cb-3', scheduledAt: '2026-11-20T18:00:00.000Z', contactId: 'ct-3', campaignId: 'cp-1', status: 'closed', resolution: 'answered' }),
    storedCallback({ id: 'cb-4', scheduledAt: '2026-11-20T18:00:00.000Z', contactId: 'ct-1', campaignId: 'cp-2' }),
    storedCallback({ id: 'cb-5', scheduledAt: '2026-11-20T18:00:00.000Z', contactId: 'ct-4', campaignId: 'cp-1', status: 'dialing' }),
  ];
  return world({ callbacks: cbs, nextId: 6 });
}
const run = (op: BulkAction, ids: string[], dryRun: boolean, user = SAM) => applyBulk(bulkWorld(), { ids, op, user, now: NOW, dryRun });

describe('applyBulk', () => {
  test('dry run: results as if applied, state untouched', () => {
    const s = bulkWorld();
    const r = applyBulk(s, { ids: ['cb-1', 'cb-2', 'cb-3', 'cb-404'], op: { action: 'cancel', reason: 'objective-no-longer-relevant' }, user: SAM, now: NOW, dryRun: true });
    expect(r.state).toBe(s);
    expect(r.results.map((x) => [x.id, x.ok])).toEqual([['cb-1', true], ['cb-2', true], ['cb-3', false], ['cb-404', false]]);
    expect(r.summary).toBe('2 will be cancelled, 1 is already closed, 1 was not found');
  });
  test('applied: one state, later items see earlier ones (DNC cascade)', () => {
    const r = run({ action: 'cancel', reason: 'do-not-call' }, ['cb-1', 'cb-4', 'cb-2', 'cb-3', 'cb-3'], false);
    expect(r.results.map((x) => (x.ok ? 'ok' : x.code))).toEqual(['ok', 'wrong-state', 'ok', 'wrong-state']);
    expect(r.summary).toBe('2 cancelled, 1 DNC contact, 1 already closed');
    expect(r.state.callbacks.get('cb-4')).toMatchObject({ status: 'closed', resolution: 'dnc' });
    expect(r.state.contacts.get('ct-1')?.dnc).toBe(true);
    expect(r.state.active.size).toBe(1); // only cb-5 (dialing) is left
    const dry = run({ action: 'cancel', reason: 'do-not-call' }, ['cb-1', 'cb-4', 'cb-3', 'cb-2', 'cb-5'], true);
    expect(dry.summary).toBe('3 will be cancelled, 1 belongs to a DNC contact, 1 is already closed');
  });
  test('agents are refused every item', () => {
    const r = run({ action: 'complete' }, ['cb-1', 'cb-2'], false, MARIA);
    expect(r.results).toEqual([
      { id: 'cb-1', ok: false, code: 'forbidden', message: 'Only supervisors can use bulk actions.' },
      { id: 'cb-2', ok: false, code: 'forbidden', message: 'Only supervisors can use bulk actions.' },
    ]);
    expect(r.summary).toBe('2 not allowed');
    expect(run({ action: 'complete' }, ['cb-1'], true, MARIA).summary).toBe('1 is not allowed');
  });
  test('reschedule to a time: per-contact legal hours and dialing', () => {
    const r = run({ action: 'reschedule', scheduledAt: '2026-11-25T17:00:00Z' }, ['cb-1', 'cb-2', 'cb-5'], true);
    // 09:00 in Los Angeles is legal; 17:00 in London is legal; cb-5 is dialing
    expect(r.results.map((x) => (x.ok ? 'ok' : x.code))).toEqual(['ok', 'ok', 'wrong-state']);
    expect(r.summary).toBe('2 will be rescheduled, 1 is being dialled');
    const late = run({ action: 'reschedule', scheduledAt: '2026-11-25T23:30:00Z' }, ['cb-1', 'cb-2', 'cb-4'], false);
    expect(late.summary).toBe('2 rescheduled, 1 refused by a calling rule'); // 23:30 in London
  });
  test('reschedule-preferred: next opening of each contact’s window', () => {
    const r = run({ action: 'reschedule-preferred' }, ['cb-1', 'cb-2', 'cb-404'], false);
    const [a, b] = r.results;
    expect(a).toMatchObject({ ok: true, callback: { scheduledAt: '2026-11-24T18:01:00.000Z' } }); // inside the consumer window
    expect(b).toMatchObject({ ok: true, callback: { scheduledAt: '2026-11-25T09:00:00.000Z' } }); // Wed 09:00 London
    expect(r.summary).toBe('2 rescheduled, 1 not found');
  });
  test('reassign and complete; invalid input; unknown action; nothing selected', () => {
    expect(run({ action: 'reassign', agentId: 'u-2' }, ['cb-1', 'cb-2'], false).summary).toBe('2 reassigned');
    expect(run({ action: 'reassign', agentId: 'u-9' }, ['cb-1', 'cb-2'], true).summary).toBe('2 have invalid input');
    expect(run({ action: 'complete', note: 'done' }, ['cb-1'], true).summary).toBe('1 will be marked complete');
    expect(run({ action: 'cancel', reason: 'other' }, ['cb-1'], true).summary).toBe('1 has invalid input');
    expect(run({ action: 'explode' } as unknown as BulkAction, ['cb-1'], false).results[0]).toMatchObject({ ok: false, code: 'invalid' });
    expect(run({ action: 'complete' }, [], false).summary).toBe('Nothing selected.');
  });
  test('is O(items): 1,000 items over 20,000 callbacks stays fast', () => {
    const many: Callback[] = [];
    const contacts = Array.from({ length: 20_000 }, (_, i) => ({ id: `c${i}`, name: `C ${i}`, phone: `+1415555${String(i).padStart(4, '0')}`, timezone: 'UTC', kind: 'consumer' as const, dnc: false, invalidNumber: false }));
    contacts.forEach((c, i) => many.push(storedCallback({ id: `cb-${i + 1}`, scheduledAt: '2026-11-20T18:00:00.000Z', contactId: c.id })));
    const s = world({ contacts, callbacks: many, nextId: 20_001 });
    const started = performance.now();
    const r = applyBulk(s, { ids: many.slice(0, 1000).map((c) => c.id), op: { action: 'complete' }, user: SAM, now: NOW, dryRun: false });
    expect(r.summary).toBe('1000 marked complete');
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

describe('catalog', () => {
  const input = { name: ' Gil Ortiz ', phone: '+34911234567', timezone: 'Europe/Madrid', kind: 'consumer' as const };
  test('createContact', () => {
    const r = must(createContact(world(), input));
    expect(r.contact).toEqual({ id: 'ct-7', name: 'Gil Ortiz', phone: '+34911234567', timezone: 'Europe/Madrid', kind: 'consumer', dnc: false, invalidNumber: false });
    expect(r.state.contacts.size).toBe(7);
    expect(E164.test('+14155550123')).toBe(true);
  });
  test.each([
    [{ name: '  ' }, 'name', 'Name is required (at most 120 characters).'],
    [{ name: 'x'.repeat(121) }, 'name', 'Name is required (at most 120 characters).'],
    [{ name: 7 }, 'name', 'Name is required (at most 120 characters).'],
    [{ phone: '0911234567' }, 'phone', 'Phone must be in international E.164 format, like +14155550123.'],
    [{ phone: undefined }, 'phone', 'Phone must be in international E.164 format, like +14155550123.'],
    [{ phone: '+14155550123' }, 'phone', 'A contact with the number +14155550123 already exists (Ana Li).'],
    [{ timezone: 'Mars/Base' }, 'timezone', 'Time zone must be an IANA time zone name, like Europe/Paris.'],
    [{ kind: 'vip' }, 'kind', 'Kind must be business or consumer.'],
  ])('createContact refuses %o', (patch, field, message) => {
    expect(createContact(world(), { ...input, ...(patch as object) })).toEqual({ ok: false, refusal: { code: 'invalid', field, message } });
  });
  test('ids continue after the highest numeric suffix', () => {
    const s = world({ contacts: [...CONTACTS, { ...CONTACTS[0], id: 'ct-41', phone: '+15550000001' }, { ...CONTACTS[0], id: 'ct-x', phone: '+15550000002' }, { ...CONTACTS[0], id: 'legacy-99', phone: '+15550000003' }] } as never);
    expect(must(createContact(s, input)).contact.id).toBe('ct-42');
  });
  test('createCampaign', () => {
    const r = must(createCampaign(world(), { name: 'Summer', user: SAM }));
    expect(r.campaign).toEqual({ id: 'cp-4', name: 'Summer', status: 'active' });
    expect(createCampaign(world(), { name: 'Summer', user: MARIA })).toEqual({ ok: false, refusal: { code: 'forbidden', message: 'Only supervisors can create campaigns.' } });
    expect(createCampaign(world(), { name: '', user: SAM })).toMatchObject({ ok: false, refusal: { code: 'invalid', field: 'name' } });
  });
  test('setCampaignStatus: supervisors only, ended is final', () => {
    const s = world();
    const paused = must(setCampaignStatus(s, { campaignId: 'cp-1', status: 'paused', user: SAM, now: NOW }));
    expect(paused.campaign.status).toBe('paused');
    expect(s.campaigns.get('cp-1')?.status).toBe('active');
    expect(must(setCampaignStatus(s, { campaignId: 'cp-1', status: 'active', user: SAM, now: NOW })).state).toBe(s);
    expect(setCampaignStatus(s, { campaignId: 'cp-3', status: 'active', user: SAM, now: NOW })).toEqual({
      ok: false,
      refusal: { code: 'rule', message: 'The campaign Old Offer has ended and cannot be resumed.' },
    });
    expect(setCampaignStatus(s, { campaignId: 'cp-1', status: 'ended', user: MARIA, now: NOW })).toMatchObject({ ok: false, refusal: { code: 'forbidden' } });
    expect(setCampaignStatus(s, { campaignId: 'cp-404', status: 'ended', user: SAM, now: NOW })).toMatchObject({ ok: false, refusal: { code: 'not-found' } });
    expect(setCampaignStatus(s, { campaignId: 'cp-1', status: 'done' as 'ended', user: SAM, now: NOW })).toMatchObject({ ok: false, refusal: { code: 'invalid', field: 'status' } });
  });
});

import { beforeEach, describe, expect, it } from 'vitest';
import type { CallbackView } from '../../src/domain/types';
import { CLOCK, newContact, outcome, useMockApi, type ListBody, type OutcomeBody } from './contract-helpers';

const api = useMockApi({ size: 50 });
const at = (hours: number) => new Date(Date.parse(CLOCK) + hours * 3_600_000).toISOString();

beforeEach(() => api.reset({ size: 50 }));

describe('POST /api/call-outcomes', () => {
  it('A DNC request cancels the contact’s callbacks in every campaign, and no callback can be created after', async () => {
    const contactId = await newContact(api, 'America/New_York', 'consumer', 'Dana Cross');
    const a = await outcome(api, { contactId, campaignId: 'cp-1', outcome: 'voicemail', occurredAt: at(-30) });
    const b = await outcome(api, { contactId, campaignId: 'cp-3', outcome: 'no-answer', occurredAt: at(-2) });
    const dnc = await outcome(api, { contactId, campaignId: 'cp-1', outcome: 'dnc-request' });
    expect(dnc.callback).toBeNull();
    expect(dnc.closed.map((cb) => cb.id).sort()).toEqual([a.callback?.id, b.callback?.id].sort());
    expect(dnc.closed.every((cb) => cb.status === 'closed' && cb.resolution === 'dnc' && cb.contact.dnc)).toBe(true);
    const list = await api.get<ListBody>(`/api/callbacks?contactId=${contactId}`);
    expect(list.body.total).toBe(0);
    const refused = await api.post('/api/call-outcomes', { contactId, campaignId: 'cp-4', outcome: 'busy' });
    expect(refused.status).toBe(422);
    expect(refused.body.error).toMatchObject({ code: 'rule', message: (expect.stringContaining('Do-Not-Call') as unknown) });
  });

  it('Answered closes the active callback of that campaign only', async () => {
    const contactId = await newContact(api, 'Europe/Paris');
    const a = await outcome(api, { contactId, campaignId: 'cp-1', outcome: 'busy', occurredAt: at(-3) });
    const b = await outcome(api, { contactId, campaignId: 'cp-3', outcome: 'busy', occurredAt: at(-3) });
    const answered = await outcome(api, { contactId, campaignId: 'cp-1', outcome: 'answered' });
    expect(answered.closed).toEqual([expect.objectContaining({ id: a.callback?.id, status: 'closed', resolution: 'answered' })]);
    const other = await api.get<CallbackView>(`/api/callbacks/${b.callback?.id}`);
    expect(other.body.status).toBe('pending');
  });

  it('Busy six times exhausts the sequence after Retry 5 of 5', async () => {
    const contactId = await newContact(api, 'Europe/London', 'business');
    let last: OutcomeBody | null = null;
    let when = Date.parse(at(-72));
    const retries: string[] = [];
    for (let i = 0; i < 6; i += 1) {
      last = await outcome(api, { contactId, campaignId: 'cp-4', outcome: 'busy', occurredAt: new Date(when).toISOString() });
      if (last.callback) {
        retries.push(`${last.callback.retry?.number} of ${last.callback.retry?.max}`);
        when = Date.parse(last.callback.scheduledAt) + 60_000;
      }
    }
    expect(retries).toEqual(['1 of 5', '2 of 5', '3 of 5', '4 of 5', '5 of 5']);
    expect(last?.callback).toBeNull();
    expect(last?.closed).toEqual([expect.objectContaining({ status: 'closed', resolution: 'exhausted' })]);
    expect(last?.note).toMatch(/exhausted/);
  });

  it('A customer request replaces the automatic callback: same id, history says what it replaced', async () => {
    const contactId = await newContact(api, 'Asia/Kolkata', 'business');
    const auto = await outcome(api, { contactId, campaignId: 'cp-1', outcome: 'no-answer', occurredAt: at(-1) });
    const notes = 'Asked to call after her 3pm meeting <script>alert(1)</script>';
    const asked = await outcome(api, { contactId, campaignId: 'cp-1', outcome: 'callback-requested', callbackAt: '2026-11-26T09:30:00Z', notes });
    expect(asked.callback).toMatchObject({ id: auto.callback?.id, type: 'customer-requested', retry: null, scheduledAt: '2026-11-26T09:30:00.000Z', notes });
    const last = asked.callback?.history?.at(-1);
    expect(last).toMatchObject({ action: 'replaced', replaced: { type: 'automatic', outcome: 'no-answer' } });
    expect(last?.summary).toContain('replaces the earlier schedule');
  });

  it('occurredAt defaults to now; validation, unknown ids and ended campaigns are refused', async () => {
    const contactId = await newContact(api, 'Europe/London');
    const ok = await outcome(api, { contactId, campaignId: 'cp-1', outcome: 'network-error' });
    expect(ok.callback?.history?.[0]?.at).toMatch(/^2026-11-24T15:0/);
    const bad = await api.post('/api/call-outcomes', { contactId, campaignId: 'cp-1', outcome: 'hung-up' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details?.field).toBe('outcome');
    const badTime = await api.post('/api/call-outcomes', { contactId, campaignId: 'cp-1', outcome: 'busy', occurredAt: '24/11/2026' });
    expect(badTime.body.error.message).toBe('occurredAt must be an ISO-8601 date-time like 2026-11-24T15:00:00Z');
    const noTime = await api.post('/api/call-outcomes', { contactId, campaignId: 'cp-1', outcome: 'callback-requested' });
    expect(noTime.status).toBe(400);
    expect(noTime.body.error.details?.field).toBe('callbackAt');
    expect((await api.post('/api/call-outcomes', { contactId: 'ct-0', campaignId: 'cp-1', outcome: 'busy' })).status).toBe(404);
    const ended = await api.post('/api/call-outcomes', { contactId, campaignId: 'cp-5', outcome: 'busy' });
    expect(ended.status).toBe(422);
  });
});

import { beforeEach, describe, expect, it } from 'vitest';
import type { CallbackView } from '../../src/domain/types';
import { CLOCK, newContact, outcome, useMockApi, type ActionBody, type ErrorBody } from './contract-helpers';

const api = useMockApi({ size: 50 });
const at = (hoursFromClock: number) => new Date(Date.parse(CLOCK) + hoursFromClock * 3_600_000).toISOString();
const AGENTS = ['ag-1', 'ag-2', 'ag-3', 'ag-4'];

/** A fresh automatic callback for a new contact in `timezone` (voicemail → "Retry 1 of 3"). */
async function automatic(timezone: string): Promise<CallbackView> {
  const contactId = await newContact(api, timezone);
  const r = await outcome(api, { contactId, campaignId: 'cp-1', outcome: 'voicemail', occurredAt: at(-1) });
  return r.callback as CallbackView;
}
const act = (cb: Pick<CallbackView, 'id'>, action: string, body?: unknown, user = 'sup-1', headers?: Record<string, string>) =>
  api.post<ActionBody & ErrorBody>(`/api/callbacks/${cb.id}/${action}`, body, user, headers);

beforeEach(() => api.reset({ size: 50 }));

describe('Call Now', () => {
  it('Supervisor calls a London contact at 15:00 local: dialing, with history', async () => {
    const cb = await automatic('Europe/London');
    const r = await act(cb, 'call-now', undefined, 'sup-1', { 'If-Match': String(cb.version) });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ id: cb.id, status: 'dialing', version: cb.version + 1, warning: null, closed: [] });
    expect(r.body.history?.at(-1)).toMatchObject({ action: 'call-started', actor: { id: 'sup-1' } });
    const again = await act(cb, 'call-now');
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ error: { code: 'conflict', details: { reason: 'wrong-state' } } });
  });

  it('is refused (422 rule) outside legal hours, with the rule’s own sentence', async () => {
    const cb = await automatic('Asia/Tokyo');
    const r = await act(cb, 'call-now');
    expect(r.status).toBe(422);
    expect(r.body).toMatchObject({ error: { code: 'rule', message: (expect.stringMatching(/^It is 00:0\d in Asia\/Tokyo; calls are allowed 08:00–21:00$/) as unknown) } });
  });
});

describe('Reschedule', () => {
  it('accepts a legal time outside the preferred window with a warning', async () => {
    const cb = await automatic('Europe/London');
    const r = await act(cb, 'reschedule', { scheduledAt: '2026-11-25T15:00:00Z' });
    expect(r.status).toBe(200);
    expect(r.body.scheduledAt).toBe('2026-11-25T15:00:00.000Z');
    expect(r.body.warning).toMatch(/preferred calling window/);
  });

  it.each([
    [{ scheduledAt: 'tomorrow' }, 400, 'validation', 'scheduledAt must be an ISO-8601 date-time like 2026-11-24T15:00:00Z'],
    [{}, 400, 'validation', 'scheduledAt must be an ISO-8601 date-time like 2026-11-24T15:00:00Z'],
    [{ scheduledAt: '2026-11-23T15:00:00Z' }, 422, 'rule', /in the past/],
    [{ scheduledAt: '2026-11-25T03:00:00Z' }, 422, 'rule', /outside the legal calling hours/],
  ])('refuses %j', async (body, status, code, message) => {
    const cb = await automatic('Europe/London');
    const r = await act(cb, 'reschedule', body);
    expect(r.status).toBe(status);
    expect(r.body).toMatchObject({ error: { code, message: typeof message === 'string' ? message : (expect.stringMatching(message) as unknown) } });
  });
});

describe('Skip, Cancel, Mark Complete, Reassign', () => {
  it('Skip uses the retry and schedules the next one', async () => {
    const cb = await automatic('Europe/London');
    const r = await act(cb, 'skip');
    expect(r.status).toBe(200);
    expect(r.body.retry).toEqual({ number: 2, max: 3 });
    expect(r.body.history?.at(-1)?.action).toBe('skipped');
  });

  it('Skip on a customer-requested callback is a wrong-state conflict (409)', async () => {
    const contactId = await newContact(api, 'Europe/London');
    const { callback } = await outcome(api, { contactId, campaignId: 'cp-3', outcome: 'callback-requested', callbackAt: at(20) });
    const r = await act(callback as CallbackView, 'skip');
    expect(r.status).toBe(409);
    expect(r.body).toMatchObject({ error: { code: 'conflict', details: { reason: 'wrong-state' } }, current: { id: callback?.id } });
  });

  it('Cancel needs a reason (400), then closes; acting on the closed callback is a conflict (409)', async () => {
    const cb = await automatic('Europe/London');
    const missing = await act(cb, 'cancel', {});
    expect(missing.status).toBe(400);
    expect(missing.body).toMatchObject({ error: { code: 'validation', message: 'reason is required', details: { field: 'reason' } } });
    const other = await act(cb, 'cancel', { reason: 'other' });
    expect(other.status).toBe(400);
    expect(other.body).toMatchObject({ error: { code: 'validation', details: { field: 'note' } } });
    const ok = await act(cb, 'cancel', { reason: 'reached-another-way', note: 'Emailed instead' });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ status: 'closed', resolution: 'cancelled', cancelReason: 'reached-another-way' });
    const closed = await act(cb, 'complete', {});
    expect(closed.status).toBe(409);
    expect(closed.body.error.code).toBe('conflict');
  });

  it('Mark Complete closes with the note kept as text', async () => {
    const cb = await automatic('Europe/London');
    const note = 'Called back <b>herself</b>';
    const r = await act(cb, 'complete', { note });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ status: 'closed', resolution: 'completed', notes: note });
  });

  it('Reassign is for supervisors (403 for agents) and only to agents (400)', async () => {
    const cb = await automatic('Europe/London');
    const other = AGENTS.find((a) => a !== cb.agentId) as string;
    expect((await act(cb, 'reassign', { agentId: other }, cb.agentId)).status).toBe(403);
    const notAgent = await act(cb, 'reassign', { agentId: 'sup-1' });
    expect(notAgent.status).toBe(400);
    expect(notAgent.body.error.details).toMatchObject({ field: 'agentId' });
    const ok = await act(cb, 'reassign', { agentId: other });
    expect(ok.body).toMatchObject({ agentId: other, agent: { id: other } });
  });
});

describe('permissions and concurrency', () => {
  it('Agent acting on another agent’s callback gets 403; on their own, 200', async () => {
    const cb = await automatic('Europe/London');
    const stranger = AGENTS.find((a) => a !== cb.agentId) as string;
    const r = await act(cb, 'skip', undefined, stranger);
    expect(r.status).toBe(403);
    expect(r.body.error.code).toBe('forbidden');
    expect((await act(cb, 'skip', undefined, cb.agentId)).status).toBe(200);
  });

  it('a stale If-Match is a 409 conflict carrying the current callback; a non-numeric one is 400', async () => {
    const cb = await automatic('Europe/London');
    await act(cb, 'skip');
    const stale = await act(cb, 'skip', undefined, 'sup-1', { 'If-Match': String(cb.version) });
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({ error: { code: 'conflict', details: { reason: 'stale' } }, current: { id: cb.id, version: cb.version + 1 } });
    expect(stale.body.current?.history?.length).toBeGreaterThan(0);
    const bad = await act(cb, 'skip', undefined, 'sup-1', { 'If-Match': 'latest' });
    expect(bad.status).toBe(400);
    expect(bad.body.error).toMatchObject({ code: 'validation', details: { field: 'If-Match' } });
    const etag = await act(cb, 'skip', undefined, 'sup-1', { 'If-Match': `"${cb.version + 1}"` });
    expect(etag.status).toBe(200);
  });

  it('an unknown callback is 404; a malformed JSON body is 400', async () => {
    expect((await act({ id: 'cb-0' }, 'skip')).status).toBe(404);
    const cb = await automatic('Europe/London');
    const r = await api.raw(`/api/callbacks/${cb.id}/reschedule`, {
      method: 'POST',
      headers: { 'X-User-Id': 'sup-1', 'Content-Type': 'application/json' },
      body: '{"scheduledAt": ',
    });
    expect(r.status).toBe(400);
    expect(r.body.error).toMatchObject({ code: 'validation', message: 'The request body is not valid JSON.' });
  });
});

describe('Idempotency-Key', () => {
  it('a repeat returns the first answer and changes nothing; the same key with another body is refused', async () => {
    const cb = await automatic('Europe/London');
    const key = { 'Idempotency-Key': 'skip-once' };
    const first = await act(cb, 'skip', {}, 'sup-1', key);
    const again = await act(cb, 'skip', {}, 'sup-1', key);
    expect(again.status).toBe(first.status);
    expect(again.body).toEqual(first.body);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    const now = await api.get<CallbackView>(`/api/callbacks/${cb.id}`);
    expect(now.body.version).toBe(cb.version + 1);
    expect(now.body.retry).toEqual({ number: 2, max: 3 });
    const mismatch = await act(cb, 'skip', { note: 'different' }, 'sup-1', key);
    expect(mismatch.status).toBe(422);
    expect(mismatch.body.error.code).toBe('idempotency-mismatch');
  });

  it('replays an error answer too, and keys are per user', async () => {
    const cb = await automatic('Asia/Tokyo');
    const key = { 'Idempotency-Key': 'call-tokyo' };
    const refused = await act(cb, 'call-now', undefined, 'sup-1', key);
    expect(refused.status).toBe(422);
    expect((await act(cb, 'call-now', undefined, 'sup-1', key)).body).toEqual(refused.body);
    const otherUser = await act(cb, 'skip', undefined, cb.agentId, key);
    expect(otherUser.status).toBe(200);
  });
});

import { describe, expect, it } from 'vitest';
import type { Campaign, Contact, Summary } from '../../src/domain/types';
import { CLOCK, SEED, useMockApi, type ListBody } from './contract-helpers';

const api = useMockApi();

describe('demo controls', () => {
  it('the same seed at the same time gives the same data; another seed does not', async () => {
    const snapshot = async () => {
      const list = await api.get<ListBody>('/api/callbacks?limit=500&sort=scheduled');
      const contacts = await api.get<Contact[]>('/api/contacts');
      return { list: list.body, contacts: contacts.body };
    };
    await api.reset({ seed: SEED });
    const first = await snapshot();
    await api.reset({ seed: SEED });
    expect(await snapshot()).toEqual(first);
    await api.reset({ seed: SEED + 1 });
    expect(await snapshot()).not.toEqual(first);
    const status = await api.get<{ seed: number; size: number; notice: string | null }>('/api/demo/status');
    expect(status.body).toMatchObject({ seed: SEED + 1, size: 300, notice: null });
  });

  it('reset answers seed, size and now, and validates size', async () => {
    await api.post('/api/demo/clock', { now: CLOCK });
    const r = await api.post<{ seed: number; size: number; now: string }>('/api/demo/reset', { seed: 5, size: 40 });
    expect(r.body).toMatchObject({ seed: 5, size: 40, now: (expect.stringMatching(/^2026-11-24T15:00/) as unknown) });
    const all = await api.get<ListBody>('/api/callbacks?limit=1');
    expect(all.body.total).toBeLessThanOrEqual(40);
    const bad = await api.post('/api/demo/reset', { size: 100_001 });
    expect(bad.body.error).toMatchObject({ code: 'validation', message: 'size must be a whole number between 1 and 100000' });
    await api.reset();
  });

  it('moving the demo clock moves callbacks between views', async () => {
    await api.reset();
    const before = await api.get<Summary>('/api/callbacks/summary');
    const today = await api.get<ListBody>('/api/callbacks?view=today&limit=500');
    const moved = await api.post<{ now: string; offsetMs: number }>('/api/demo/clock', { now: '2026-11-26T15:00:00Z' });
    expect(moved.body.now).toMatch(/^2026-11-26T15:00/);
    expect(moved.body.offsetMs).not.toBe(0);
    const after = await api.get<Summary>('/api/callbacks/summary');
    expect(after.body.overdue).toBeGreaterThan(before.body.overdue);
    const overdue = await api.get<ListBody>('/api/callbacks?view=overdue&limit=500');
    const ids = new Set(overdue.body.items.map((cb) => cb.id));
    expect(today.body.items.filter((cb) => ids.has(cb.id)).length).toBe(today.body.items.length);
    const real = await api.post<{ now: string; offsetMs: number }>('/api/demo/clock', { now: null });
    expect(real.body.offsetMs).toBe(0);
    expect((await api.get<{ offsetMs: number }>('/api/demo/clock')).body.offsetMs).toBe(0);
    expect((await api.post('/api/demo/clock', {})).body.error.code).toBe('validation');
    expect((await api.post('/api/demo/clock', { now: 'soon' })).status).toBe(400);
    await api.reset();
  });

  it('the status notice can be dismissed', async () => {
    const r = await api.post<{ notice: string | null }>('/api/demo/status/dismiss');
    expect(r.status).toBe(200);
    expect(r.body.notice).toBeNull();
  });
});

describe('campaigns', () => {
  it('lists campaigns with their active and overdue counts', async () => {
    const r = await api.get<(Campaign & { activeCallbacks: number; overdue: number })[]>('/api/campaigns', 'ag-2');
    expect(r.body.map((c) => c.name)).toContain('Q4 Renewals');
    const paused = r.body.find((c) => c.status === 'paused');
    expect(paused).toMatchObject({ name: 'Solar Leads — Paused' });
    expect(paused?.overdue).toBeGreaterThan((paused?.activeCallbacks ?? 0) / 2);
    const cp1 = await api.get<ListBody>('/api/callbacks?campaignId=cp-1&limit=1');
    expect(r.body.find((c) => c.id === 'cp-1')?.activeCallbacks).toBe(cp1.body.total);
  });

  it('Supervisor creates and pauses a campaign; agents may not (403); ended is final (422)', async () => {
    const created = await api.post<Campaign>('/api/campaigns', { name: '  Winter Check-ins  ' });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ name: 'Winter Check-ins', status: 'active' });
    expect((await api.post('/api/campaigns', { name: 'Mine' }, 'ag-1')).status).toBe(403);
    expect((await api.post('/api/campaigns', { name: '' })).body.error.message).toBe('name must not be empty');
    const id = created.body.id;
    expect((await api.patch<Campaign>(`/api/campaigns/${id}`, { status: 'paused' })).body.status).toBe('paused');
    expect((await api.patch(`/api/campaigns/${id}`, { status: 'paused' }, 'ag-1')).status).toBe(403);
    expect((await api.patch(`/api/campaigns/${id}`, { status: 'archived' })).status).toBe(400);
    expect((await api.patch('/api/campaigns/cp-0', { status: 'paused' })).status).toBe(404);
    const paused = await api.patch<Campaign>('/api/campaigns/cp-1', { status: 'paused' });
    expect(paused.body.status).toBe('paused');
    const listed = await api.get<ListBody>('/api/callbacks?campaignId=cp-1&limit=5');
    expect(listed.body.items.every((cb) => cb.campaign.status === 'paused')).toBe(true);
    await api.patch('/api/campaigns/cp-1', { status: 'active' });
    const ended = await api.patch('/api/campaigns/cp-5', { status: 'active' });
    expect(ended.status).toBe(422);
    expect(ended.body.error.code).toBe('rule');
  });
});

describe('contacts', () => {
  it('searches contacts (at most 50) and creates one as a dialer import would', async () => {
    const all = await api.get<Contact[]>('/api/contacts');
    expect(all.body).toHaveLength(50);
    const found = await api.get<Contact[]>(`/api/contacts?q=${encodeURIComponent('Walter Kim')}`);
    expect(found.body).toEqual([expect.objectContaining({ name: 'Walter Kim', dnc: true })]);
    const one = await api.get<Contact>(`/api/contacts/${found.body[0]?.id}`);
    expect(one.body.name).toBe('Walter Kim');
    expect((await api.get('/api/contacts/ct-0')).status).toBe(404);
    const created = await api.post<Contact>('/api/contacts', { name: 'Ana Lima', phone: '+5511987654321', timezone: 'America/Sao_Paulo', kind: 'consumer' });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ id: (expect.stringMatching(/^ct-\d+$/) as unknown), dnc: false, invalidNumber: false });
    const badPhone = await api.post('/api/contacts', { name: 'X', phone: '555-0100', timezone: 'Europe/Paris', kind: 'consumer' });
    expect(badPhone.body.error).toMatchObject({ code: 'validation', details: { field: 'phone' } });
    const badZone = await api.post('/api/contacts', { name: 'X', phone: '+33612345678', timezone: 'Paris', kind: 'consumer' });
    expect(badZone.body.error.details?.field).toBe('timezone');
    const missing = await api.post('/api/contacts', { name: 'X' });
    expect(missing.body.error).toMatchObject({ code: 'validation', message: 'phone is required' });
  });
});

// GET /api/triage and GET /api/forecast through real HTTP (the standalone mock server).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ForecastResponse, TriageResponse } from '../../src/api/triage';
import { startApi, TZ, type Api } from './triage-server';

interface Page {
  items: { id: string; scheduledAt: string; status: string }[];
  total: number;
}

let api: Api;
beforeAll(async () => {
  api = await startApi();
});
afterAll(() => api.close());

const q = (tz = TZ) => `tz=${encodeURIComponent(tz)}`;

describe('GET /api/triage', () => {
  it('asks who is calling, is for supervisors, and validates tz', async () => {
    expect((await api.get(`/api/triage?${q()}`, null)).status).toBe(401);
    const agent = await api.get(`/api/triage?${q()}`, 'ag-1');
    expect(agent.status).toBe(403);
    expect(((await agent.json()) as { error: { message: string } }).error.message).toMatch(/supervisors/);
    const bad = await api.get('/api/triage?tz=Mars/Olympus');
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { code: string } }).error.code).toBe('validation');
  });

  it('has figures that add up and equal the queue’s own counts', async () => {
    const t = await api.json<TriageResponse>(`/api/triage?${q()}`);
    const summary = await api.json<{ overdue: number; stale: number }>(`/api/callbacks/summary?${q()}`);
    expect(t.total).toBeGreaterThan(0);
    expect(t.total).toBe(summary.overdue);
    expect(t.byAge.map((b) => b.bucket)).toEqual(['lt-4h', '4-24h', '1-2d', 'stale']);
    expect(t.byAge.reduce((s, b) => s + b.count, 0)).toBe(t.total);
    expect(t.byAge.find((b) => b.bucket === 'stale')?.count).toBe(summary.stale);
    expect(t.byCampaign.reduce((s, r) => s + r.count, 0)).toBe(t.total);
    const requested = await api.json<Page>(
      `/api/callbacks?view=overdue&type=customer-requested&limit=1&${q()}`,
    );
    expect(t.customerRequested).toBe(requested.total);
    for (const row of t.byCampaign) {
      const base = `/api/callbacks?view=overdue&campaignId=${row.campaign.id}&limit=1&${q()}`;
      expect((await api.json<Page>(base)).total).toBe(row.count);
      expect((await api.json<Page>(`${base}&stale=true`)).total).toBe(row.stale);
      expect((await api.json<Page>(`${base}&type=customer-requested`)).total).toBe(row.customerRequested);
    }
  });

  it('calls out paused campaigns with overdue work, until they are resumed', async () => {
    const t = await api.json<TriageResponse>(`/api/triage?${q()}`);
    const paused = t.pausedWithOverdue[0];
    expect(paused?.campaign.status).toBe('paused');
    expect(paused?.count).toBe(t.byCampaign.find((r) => r.campaign.id === paused?.campaign.id)?.count);
    const res = await api.post(
      `/api/campaigns/${paused!.campaign.id}`,
      { status: 'active' },
      'sup-1',
      'PATCH',
    );
    expect(res.status).toBe(200);
    const after = await api.json<TriageResponse>(`/api/triage?${q()}`);
    expect(after.pausedWithOverdue.find((p) => p.campaign.id === paused!.campaign.id)).toBeUndefined();
    expect(after.byCampaign.find((r) => r.campaign.id === paused!.campaign.id)?.campaign.status).toBe(
      'active',
    );
    await api.post(`/api/campaigns/${paused!.campaign.id}`, { status: 'paused' }, 'sup-1', 'PATCH');
  });
});

describe('GET /api/forecast', () => {
  it('counts active callbacks due in each of the next 24 operator hours', async () => {
    const f = await api.json<ForecastResponse & { now: string }>(`/api/forecast?${q()}`);
    expect(f.buckets).toHaveLength(24);
    expect(f.buckets[0]?.start).toBe('2026-11-24T14:00:00.000Z'); // 09:00 New York
    f.buckets.forEach((b, i) =>
      expect(Date.parse(b.start)).toBe(Date.parse(f.buckets[0]!.start) + i * 3_600_000),
    );
    const all = await api.json<Page>(`/api/callbacks?view=all&limit=500&${q()}`);
    const end = Date.parse(f.buckets[0]!.start) + 24 * 3_600_000;
    const due = all.items.filter((cb) => cb.scheduledAt >= f.now && Date.parse(cb.scheduledAt) < end);
    expect(f.total).toBe(due.length);
    expect(f.buckets.reduce((s, b) => s + b.count, 0)).toBe(f.total);
  });

  it('starts hours on the local hour in a 45-minute zone, takes hours, and is open to agents', async () => {
    const f = await api.json<ForecastResponse>('/api/forecast?tz=Asia/Kathmandu&hours=6', 'ag-1');
    expect(f.buckets).toHaveLength(6);
    expect(f.buckets[0]?.start).toBe('2026-11-24T13:15:00.000Z'); // 19:00 in Kathmandu (+05:45)
    expect((await api.get('/api/forecast?hours=0')).status).toBe(400);
    expect((await api.get('/api/forecast?hours=soon')).status).toBe(400);
    expect((await api.get('/api/forecast', null)).status).toBe(401);
  });
});

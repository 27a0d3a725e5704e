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

  it('links each age figure to a list (age=<bucket>) with exactly that many callbacks, and the summary agrees', async () => {
    const t = await api.json<TriageResponse>(`/api/triage?${q()}`);
    const nonEmpty = t.byAge.filter((b) => b.count > 0).map((b) => b.bucket);
    expect(nonEmpty).toEqual(expect.arrayContaining(['lt-4h', '4-24h', '1-2d', 'stale'])); // the demo data has work of every age
    for (const { bucket, count } of t.byAge) {
      const list = await api.json<Page>(`/api/callbacks?view=overdue&age=${bucket}&limit=500&${q()}`);
      expect(list.total, bucket).toBe(count);
      expect(list.items).toHaveLength(count);
      // age is overdue work only: the All view with the same age holds the same callbacks
      expect((await api.json<Page>(`/api/callbacks?view=all&age=${bucket}&limit=1&${q()}`)).total, bucket).toBe(count);
      expect((await api.json<Page>(`/api/callbacks?view=today&age=${bucket}&limit=1&${q()}`)).total, bucket).toBe(0);
      const summary = await api.json<Record<string, number>>(`/api/callbacks/summary?age=${bucket}&${q()}`);
      expect(summary, bucket).toEqual({ overdue: count, today: 0, week: 0, all: count, stale: bucket === 'stale' ? count : 0 });
    }
    // The buckets split the overdue list: together they are every overdue callback, each exactly once.
    const all = await api.json<Page>(`/api/callbacks?view=overdue&limit=500&${q()}`);
    const ids = (await Promise.all(t.byAge.map((b) => api.json<Page>(`/api/callbacks?view=overdue&age=${b.bucket}&limit=500&${q()}`)))).flatMap((p) => p.items.map((i) => i.id));
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(ids)).toEqual(new Set(all.items.map((i) => i.id)));
    // Combined with another filter: a campaign's figures split by age the same way.
    const row = t.byCampaign[0]!;
    const perAge = await Promise.all(t.byAge.map((b) => api.json<Page>(`/api/callbacks?view=overdue&campaignId=${row.campaign.id}&age=${b.bucket}&limit=1&${q()}`)));
    expect(perAge.reduce((s, p) => s + p.total, 0)).toBe(row.count);
    expect(perAge[3]!.total).toBe(row.stale);
  });

  it('validates age, and a cursor belongs to its age', async () => {
    const bad = await api.get(`/api/callbacks?age=ancient&${q()}`);
    expect(bad.status).toBe(400);
    const body = (await bad.json()) as { error: { message: string; details: { field: string } } };
    expect(body.error.details.field).toBe('age');
    expect(body.error.message).toMatch(/age must be one of lt-4h, 4-24h, 1-2d, stale/);
    expect((await api.get(`/api/callbacks/summary?age=old&${q()}`)).status).toBe(400);
    expect((await api.get(`/api/callbacks?age=&view=overdue&limit=1&${q()}`)).status).toBe(200); // empty = absent
    const first = await api.json<Page & { nextCursor: string | null }>(`/api/callbacks?view=overdue&age=stale&limit=2&${q()}`);
    expect(first.nextCursor).not.toBeNull();
    const other = await api.get(`/api/callbacks?view=overdue&age=1-2d&limit=2&cursor=${first.nextCursor}&${q()}`);
    expect(other.status).toBe(400);
    const next = await api.json<Page>(`/api/callbacks?view=overdue&age=stale&limit=2&cursor=${first.nextCursor}&${q()}`);
    expect(next.total).toBe(first.total);
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

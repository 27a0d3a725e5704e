import { describe, expect, it } from 'vitest';
import type { CallbackView, Summary } from '../../src/domain/types';
import { serverNow, useMockApi, type ErrorBody, type ListBody } from './contract-helpers';

const api = useMockApi();

describe('GET /api/callbacks', () => {
  it('Agent lists the whole queue in urgency order by default (no history on list items)', async () => {
    const r = await api.get<ListBody>('/api/callbacks', 'ag-1');
    expect(r.status).toBe(200);
    expect(r.body.items).toHaveLength(50);
    expect(r.body.total).toBeGreaterThan(50);
    expect(r.body.items[0]).toMatchObject({ contact: (expect.any(Object) as unknown), campaign: (expect.any(Object) as unknown), agent: (expect.any(Object) as unknown) });
    expect(r.body.items.some((cb) => 'history' in cb)).toBe(false);
    const now = new Date(await serverNow(api)).toISOString();
    const overdueFirst = r.body.items.findIndex((cb) => cb.scheduledAt >= now);
    const overdue = r.body.items.slice(0, overdueFirst === -1 ? undefined : overdueFirst);
    const customerFirst = overdue.findIndex((cb) => cb.type !== 'customer-requested');
    expect(overdue.slice(customerFirst).every((cb) => cb.type === 'automatic')).toBe(true);
  });

  it('Supervisor filters by view, agent, type, outcome, campaign and search', async () => {
    const overdue = await api.get<ListBody>('/api/callbacks?view=overdue&limit=500');
    const now = await serverNow(api);
    expect(overdue.body.items.every((cb) => Date.parse(cb.scheduledAt) < now)).toBe(true);
    const mine = await api.get<ListBody>('/api/callbacks?agentId=ag-2&type=customer-requested&limit=500');
    expect(mine.body.total).toBeGreaterThan(0);
    expect(mine.body.items.every((cb) => cb.agentId === 'ag-2' && cb.type === 'customer-requested')).toBe(true);
    const busy = await api.get<ListBody>('/api/callbacks?outcome=busy&campaignId=cp-1&limit=500');
    expect(busy.body.items.every((cb) => cb.outcome === 'busy' && cb.campaignId === 'cp-1')).toBe(true);
    const search = await api.get<ListBody>(`/api/callbacks?q=${encodeURIComponent('elena márquez')}`);
    expect(search.body.items.map((cb) => cb.contact.name)).toEqual(['Elena Márquez']);
    const stale = await api.get<ListBody>('/api/callbacks?stale=true&limit=500');
    expect(stale.body.total).toBeGreaterThan(0);
    expect(stale.body.items.every((cb) => now - Date.parse(cb.scheduledAt) > 48 * 3_600_000)).toBe(true);
  });

  it('sorts by name and by scheduled time, both directions', async () => {
    const byName = await api.get<ListBody>('/api/callbacks?sort=name&limit=100');
    const names = byName.body.items.map((cb) => cb.contact.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base', numeric: true })));
    const latest = await api.get<ListBody>('/api/callbacks?sort=-scheduled&limit=100');
    const times = latest.body.items.map((cb) => cb.scheduledAt);
    expect(times).toEqual([...times].sort().reverse());
  });

  it('walks every page with the cursor and returns every item exactly once', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    let total: number;
    do {
      const page: { body: ListBody } = await api.get<ListBody>(`/api/callbacks?view=all&limit=37${cursor ? `&cursor=${cursor}` : ''}`);
      seen.push(...page.body.items.map((cb) => cb.id));
      total = page.body.total;
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
  });

  it.each([
    ['limit=0', 'limit must be a whole number between 1 and 500'],
    ['limit=abc', 'limit must be a whole number between 1 and 500'],
    ['limit=501', 'limit must be a whole number between 1 and 500'],
    ['view=later', 'view must be one of overdue, today, week, all'],
    ['tz=Mars/Olympus', 'tz must be an IANA time zone like America/New_York'],
    ['sort=priority', 'sort must be one of urgency, scheduled, -scheduled, name, -name'],
    ['stale=yes', 'stale must be true or false'],
    ['cursor=nonsense', 'cursor is not valid for this query; request the first page again without cursor'],
  ])('refuses %s with 400 validation naming the field', async (query, message) => {
    const r = await api.get(`/api/callbacks?${query}`);
    expect(r.status).toBe(400);
    expect(r.body.error).toMatchObject({ code: 'validation', message });
    expect(r.body.error.details?.field).toBe(query.split('=')[0]);
  });

  it('refuses a cursor from another query (400)', async () => {
    const first = await api.get<ListBody>('/api/callbacks?view=all&limit=5');
    const r = await api.get(`/api/callbacks?view=overdue&limit=5&cursor=${first.body.nextCursor}`);
    expect(r.status).toBe(400);
    expect(r.body.error.details?.field).toBe('cursor');
  });
});

describe('GET /api/callbacks/summary', () => {
  it('counts every view, for the same filters as the list', async () => {
    for (const filter of ['', '&agentId=ag-1', '&campaignId=cp-2']) {
      const s = await api.get<Summary>(`/api/callbacks/summary?tz=America/New_York${filter}`, 'ag-1');
      expect(s.status).toBe(200);
      for (const view of ['overdue', 'today', 'week', 'all'] as const) {
        const list = await api.get<ListBody>(`/api/callbacks?view=${view}&tz=America/New_York&limit=1${filter}`, 'ag-1');
        expect(list.body.total).toBe(s.body[view]);
      }
      const stale = await api.get<ListBody>(`/api/callbacks?stale=true&limit=1${filter}`);
      expect(stale.body.total).toBe(s.body.stale);
    }
  });

  it('gives every agent work in every view', async () => {
    for (const agent of ['ag-1', 'ag-2', 'ag-3', 'ag-4']) {
      const s = await api.get<Summary>(`/api/callbacks/summary?agentId=${agent}`);
      expect(s.body.overdue, agent).toBeGreaterThan(0);
      expect(s.body.today, agent).toBeGreaterThan(0);
      expect(s.body.week, agent).toBeGreaterThan(0);
      expect(s.body.stale, agent).toBeGreaterThan(0);
    }
  });
});

describe('GET /api/callbacks/:id', () => {
  it('answers one callback with its history and an ETag of its version', async () => {
    const list = await api.get<ListBody>('/api/callbacks?limit=1');
    const id = (list.body.items[0] as CallbackView).id;
    const r = await api.get<CallbackView>(`/api/callbacks/${id}`);
    expect(r.status).toBe(200);
    expect(r.body.history?.length).toBeGreaterThan(0);
    expect(r.headers.get('etag')).toBe(`"${r.body.version}"`);
  });

  it('answers 404 not-found for an unknown id, and for an unknown route under /api', async () => {
    const r = await api.get('/api/callbacks/cb-999999');
    expect(r.status).toBe(404);
    expect(r.body.error.code).toBe('not-found');
    const route = await api.get<ErrorBody>('/api/nothing-here');
    expect(route.status).toBe(404);
    expect(route.body.error.code).toBe('not-found');
  });
});

describe('identity', () => {
  it('answers 401 without X-User-Id or with an unknown user, except GET /api/users', async () => {
    const none = await api.get('/api/callbacks', null);
    expect(none.status).toBe(401);
    expect(none.body.error.code).toBe('unauthenticated');
    const unknown = await api.get('/api/me', 'ag-99');
    expect(unknown.status).toBe(401);
    const users = await api.get<{ id: string; name: string; role: string }[]>('/api/users', null);
    expect(users.status).toBe(200);
    expect(users.body).toEqual([
      { id: 'sup-1', name: 'Morgan Reyes', role: 'supervisor' },
      { id: 'ag-1', name: 'Priya Shah', role: 'agent' },
      { id: 'ag-2', name: 'Tom Becker', role: 'agent' },
      { id: 'ag-3', name: 'Aiko Tanaka', role: 'agent' },
      { id: 'ag-4', name: 'Luis Ortega', role: 'agent' },
    ]);
    const me = await api.get<{ id: string }>('/api/me', 'ag-3');
    expect(me.body).toEqual({ id: 'ag-3', name: 'Aiko Tanaka', role: 'agent' });
  });
});

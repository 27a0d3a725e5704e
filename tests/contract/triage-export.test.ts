// GET /api/callbacks/export.csv through real HTTP: every row of the view, in the list's order, safely escaped.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from './triage-csv';
import { startApi, TZ, type Api } from './triage-server';

interface Item {
  id: string;
  contact: { name: string; phone: string };
  campaign: { id: string };
}
interface Page {
  items: Item[];
  total: number;
  nextCursor: string | null;
}

let api: Api;
beforeAll(async () => {
  api = await startApi();
});
afterAll(() => api.close());

const tz = `tz=${encodeURIComponent(TZ)}`;

async function exportRows(query: string): Promise<{ res: Response; rows: string[][] }> {
  const res = await api.get(`/api/callbacks/export.csv?${query}`);
  const rows = parseCsv(await res.text());
  return { res, rows };
}

describe('GET /api/callbacks/export.csv', () => {
  it('answers CSV with a header and one row per callback of the view, in the list’s order', async () => {
    const list = await api.json<Page>(`/api/callbacks?view=overdue&limit=500&${tz}`);
    const { res, rows } = await exportRows(`view=overdue&${tz}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(res.headers.get('content-disposition')).toBe(
      'attachment; filename="callbacks-overdue-2026-11-24.csv"',
    );
    const [header, ...data] = rows;
    expect(header).toEqual([
      'Contact name',
      'Phone',
      'Outcome',
      'Retry',
      'Scheduled (operator time)',
      'Operator time zone',
      'Scheduled (contact time)',
      'Contact time zone',
      'Campaign',
      'Agent',
      'Status',
      'Notes',
    ]);
    expect(data).toHaveLength(list.total);
    expect(data.map((r) => r[0])).toEqual(list.items.map((i) => i.contact.name.replace(/^([=+\-@])/, "'$1")));
    expect(data.every((r) => r.length === 12)).toBe(true);
    expect(data.every((r) => /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/.test(r[4]!) && r[5] === TZ)).toBe(true);
    expect(data.every((r) => r[3] === 'Customer requested' || /^Retry \d of \d$/.test(r[3]!))).toBe(true);
  });

  it('applies the list’s filters and sort, without paging', async () => {
    const list = await api.json<Page>(`/api/callbacks?view=all&limit=500&sort=name&${tz}`);
    expect(list.total).toBeGreaterThan(50); // more than the list's default page
    const { rows } = await exportRows(`view=all&sort=name&limit=5&${tz}`);
    expect(rows.length - 1).toBe(list.total);
    const campaign = list.items[0]!.campaign.id;
    const filtered = await api.json<Page>(
      `/api/callbacks?view=overdue&campaignId=${campaign}&stale=true&limit=1&${tz}`,
    );
    const { rows: staleRows } = await exportRows(`view=overdue&campaignId=${campaign}&stale=true&${tz}`);
    expect(staleRows.length - 1).toBe(filtered.total);
    expect(staleRows.slice(1).every((r) => r[10]?.includes('Stale'))).toBe(true);
  });

  it('quotes commas, quotes and line breaks, and defuses spreadsheet formulas', async () => {
    const contact = await api.post('/api/contacts', {
      name: '=HYPERLINK("http://evil.example","Click")',
      phone: '+15555550123',
      timezone: 'America/Chicago',
      kind: 'consumer',
    });
    expect(contact.status).toBe(201);
    const { id } = (await contact.json()) as { id: string };
    const notes = '@SUM(1+1), said "call me"\nafter lunch';
    const outcome = await api.post('/api/call-outcomes', {
      contactId: id,
      campaignId: 'cp-1',
      outcome: 'callback-requested',
      callbackAt: '2026-11-25T17:00:00Z',
      notes,
    });
    expect(outcome.status).toBe(200);
    const res = await api.get(`/api/callbacks/export.csv?view=all&contactId=${id}&${tz}`);
    const text = await res.text();
    expect(text).toContain(`"'=HYPERLINK(""http://evil.example"",""Click"")"`);
    expect(text).toContain(`"'@SUM(1+1), said ""call me""\nafter lunch"`);
    const rows = parseCsv(text);
    expect(rows).toHaveLength(2);
    expect(rows[1]![0]).toBe(`'=HYPERLINK("http://evil.example","Click")`);
    expect(rows[1]![1]).toBe("'+15555550123");
    expect(rows[1]![11]).toBe(`'@SUM(1+1), said "call me"\nafter lunch`);
    expect(rows[1]![4]).toBe('2026-11-25 12:00'); // New York
    expect(rows[1]![6]).toBe('2026-11-25 11:00'); // Chicago
  });

  it('filters by overdue age, and answers errors in the API’s JSON shape', async () => {
    const triage = await api.json<{ byAge: { bucket: string; count: number }[] }>(`/api/triage?${tz}`);
    const recent = triage.byAge.find((b) => b.bucket === '4-24h')!;
    const { rows } = await exportRows(`view=overdue&age=4-24h&${tz}`);
    expect(rows.length - 1).toBe(recent.count);
    const anonymous = await api.get(`/api/callbacks/export.csv?view=overdue&${tz}`, null);
    expect(anonymous.status).toBe(401);
    expect(((await anonymous.json()) as { error: { code: string } }).error.code).toBe('unauthenticated');
    const bad = await api.get('/api/callbacks/export.csv?view=later');
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { message: string } }).error.message).toMatch(/view/);
    expect((await api.get('/api/callbacks/export.csv?age=ancient')).status).toBe(400);
  });
});

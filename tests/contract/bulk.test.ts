import { beforeEach, describe, expect, it } from 'vitest';
import type { CallbackView, Summary } from '../../src/domain/types';
import { useMockApi, type BulkBody, type ListBody } from './contract-helpers';

const api = useMockApi();

async function staleIds(notAgent?: string): Promise<string[]> {
  const r = await api.get<ListBody>('/api/callbacks?view=overdue&stale=true&limit=500');
  return r.body.items.filter((cb) => cb.agentId !== notAgent).map((cb) => cb.id);
}

beforeEach(() => api.reset());

describe('POST /api/callbacks/bulk', () => {
  it('Supervisor previews, then cancels every stale callback, then undoes it', async () => {
    const ids = await staleIds();
    expect(ids.length).toBeGreaterThan(3);
    const before = await api.get<Summary>('/api/callbacks/summary');
    const body = { ids: [...ids, 'cb-0'], action: 'cancel', reason: 'objective-no-longer-relevant' };

    const preview = await api.post<BulkBody>('/api/callbacks/bulk', { ...body, dryRun: true });
    expect(preview.status).toBe(200);
    expect(preview.body.undoToken).toBeNull();
    expect(preview.body.summary).toBe(`${ids.length} will be cancelled, 1 was not found`);
    expect(preview.body.results.at(-1)).toEqual({ id: 'cb-0', ok: false, code: 'not-found', message: (expect.any(String) as unknown) });
    expect((await api.get<Summary>('/api/callbacks/summary')).body).toEqual(before.body);

    const applied = await api.post<BulkBody>('/api/callbacks/bulk', body);
    expect(applied.body.summary).toBe(`${ids.length} cancelled, 1 not found`);
    expect(applied.body.results.filter((r) => r.ok).every((r) => r.callback?.status === 'closed')).toBe(true);
    expect(applied.body.undoToken).toMatch(/^undo-/);
    const after = await api.get<Summary>('/api/callbacks/summary');
    expect(after.body).toMatchObject({ stale: 0, overdue: before.body.overdue - ids.length });

    const undo = await api.post<BulkBody>('/api/callbacks/bulk/undo', { undoToken: applied.body.undoToken });
    expect(undo.status).toBe(200);
    expect(undo.body.results).toHaveLength(ids.length);
    expect((await api.get<Summary>('/api/callbacks/summary')).body).toEqual(before.body);
    const one = await api.get<CallbackView>(`/api/callbacks/${ids[0]}`);
    expect(one.body).toMatchObject({ status: 'pending', resolution: null, cancelReason: null });
    expect(one.body.history?.at(-1)?.summary).toMatch(/^Undid bulk cancel/);
    const twice = await api.post('/api/callbacks/bulk/undo', { undoToken: applied.body.undoToken });
    expect(twice.status).toBe(410);
    expect(twice.body.error.code).toBe('gone');
  });

  it('refuses to undo (409, nothing undone) when one of the callbacks changed since', async () => {
    const ids = (await staleIds('ag-4')).slice(0, 3);
    const applied = await api.post<BulkBody>('/api/callbacks/bulk', { ids, action: 'reassign', agentId: 'ag-4' });
    const moved = applied.body.results.filter((r) => r.ok).map((r) => r.id);
    expect(moved).toEqual(ids);
    const changed = moved[0] as string;
    await api.post(`/api/callbacks/${changed}/reassign`, { agentId: 'ag-3' });
    const undo = await api.post('/api/callbacks/bulk/undo', { undoToken: applied.body.undoToken });
    expect(undo.status).toBe(409);
    expect(undo.body.error).toMatchObject({ code: 'conflict', details: { changed: [changed] } });
    const other = moved[1];
    if (other) expect((await api.get<CallbackView>(`/api/callbacks/${other}`)).body.agentId).toBe('ag-4');
  });

  it('reschedules to each contact’s next preferred window, and an unknown undo token is 404', async () => {
    const ids = (await staleIds()).slice(0, 5);
    const r = await api.post<BulkBody>('/api/callbacks/bulk', { ids, action: 'reschedule-preferred' });
    expect(r.status).toBe(200);
    expect(r.body.results.every((x) => x.ok && x.callback && x.callback.scheduledAt > '2026-11-24T15:00')).toBe(true);
    expect((await api.post('/api/callbacks/bulk/undo', { undoToken: 'undo-nope' })).status).toBe(404);
  });

  it('keeps an undo for 10 minutes of demo-clock time (then 410 gone)', async () => {
    const ids = (await staleIds()).slice(0, 2);
    const applied = await api.post<BulkBody>('/api/callbacks/bulk', { ids, action: 'complete', note: 'Handled by phone' });
    await api.post('/api/demo/clock', { now: '2026-11-24T15:11:00Z' });
    const late = await api.post('/api/callbacks/bulk/undo', { undoToken: applied.body.undoToken });
    expect(late.status).toBe(410);
    expect(late.body.error.message).toMatch(/10 minutes/);
  });

  it('is for supervisors (403 for an agent) and validates its body (400)', async () => {
    const ids = (await staleIds()).slice(0, 2);
    const agent = await api.post('/api/callbacks/bulk', { ids, action: 'complete' }, 'ag-1');
    expect(agent.status).toBe(403);
    expect(agent.body.error.code).toBe('forbidden');
    const noReason = await api.post('/api/callbacks/bulk', { ids, action: 'cancel' });
    expect(noReason.body.error).toMatchObject({ code: 'validation', message: 'reason is required for the cancel action', details: { field: 'reason' } });
    const empty = await api.post('/api/callbacks/bulk', { ids: [], action: 'complete' });
    expect(empty.body.error.message).toBe('ids must list at least one callback id');
    const tooMany = await api.post('/api/callbacks/bulk', { ids: Array.from({ length: 5001 }, (_, i) => `cb-${i}`), action: 'complete' });
    expect(tooMany.body.error.message).toBe('ids must list at most 5000 callback ids');
    const badAction = await api.post('/api/callbacks/bulk', { ids, action: 'delete' });
    expect(badAction.status).toBe(400);
  });

  it('undo of a bulk DNC cancel is not offered (Do-Not-Call is permanent)', async () => {
    const ids = (await staleIds()).slice(0, 2);
    const r = await api.post<BulkBody>('/api/callbacks/bulk', { ids, action: 'cancel', reason: 'do-not-call' });
    expect(r.body.results.some((x) => x.ok)).toBe(true);
    expect(r.body.undoToken).toBeNull();
  });
});

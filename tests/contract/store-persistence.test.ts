import { describe, expect, it, vi } from 'vitest';
import { skip } from '../../src/domain/actions';
import { toData } from '../../src/domain/state';
import { MemoryStorage } from '../../src/mocks/store/memory-storage';
import { openStore, UNREADABLE_NOTICE } from '../../src/mocks/store/open-store';
import { SCHEMA_VERSION, type StorageDelta, type StoredSnapshot } from '../../src/mocks/store/storage-port';
import { IdempotencyCache } from '../../src/mocks/store/idempotency-cache';

const supervisor = { id: 'sup-1', name: 'Morgan Reyes', role: 'supervisor' as const };

async function savedSnapshot(): Promise<StoredSnapshot> {
  const storage = new MemoryStorage();
  await openStore(storage, { size: 60 });
  return (await storage.read()) as StoredSnapshot;
}

describe('the store’s load path', () => {
  it('fresh storage: demo data, saved in full, no notice', async () => {
    const storage = new MemoryStorage();
    const store = await openStore(storage, { size: 60 });
    expect(store.meta.notice).toBeNull();
    expect(store.state.callbacks.size).toBe(60);
    expect(storage.writes).toBe(1);
  });

  it.each([
    ['not an object', 'garbage'],
    ['a truncated record', { meta: { schemaVersion: SCHEMA_VERSION } }],
  ])('replaces %s with fresh demo data and a notice', async (_label, saved) => {
    const storage = new MemoryStorage(saved);
    const store = await openStore(storage, { size: 60 });
    expect(store.meta.notice).toBe(UNREADABLE_NOTICE);
    expect(store.state.callbacks.size).toBe(60);
    const resaved = (await storage.read()) as StoredSnapshot;
    expect(resaved.meta.notice).toBe(UNREADABLE_NOTICE);
    expect(resaved.callbacks).toHaveLength(60);
  });

  it('replaces data of an older schema version, and data that breaks an invariant', async () => {
    const old = await savedSnapshot();
    old.meta.schemaVersion = SCHEMA_VERSION - 1;
    expect((await openStore(new MemoryStorage(old))).meta.notice).toBe(UNREADABLE_NOTICE);

    const broken = await savedSnapshot();
    const active = broken.callbacks.find((cb) => cb.status === 'pending');
    if (!active) throw new Error('no active callback in the demo data');
    broken.callbacks.push({ ...active, id: `cb-${broken.meta.nextId - 1}x` }); // a second active callback for the pair
    expect((await openStore(new MemoryStorage(broken))).meta.notice).toBe(UNREADABLE_NOTICE);
  });

  it('a storage that fails to read gives fresh data and a notice (never a blank page)', async () => {
    const storage = new MemoryStorage();
    vi.spyOn(storage, 'read').mockRejectedValue(new Error('disk on fire'));
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const store = await openStore(storage, { size: 20 });
    expect(store.meta.notice).toBe(UNREADABLE_NOTICE);
    expect(store.state.callbacks.size).toBe(20);
  });
});

describe('saving', () => {
  it('writes only what a request changed, and a reopened store has the same state', async () => {
    const storage = new MemoryStorage();
    const store = await openStore(storage, { size: 80 });
    const write = vi.spyOn(storage, 'write');
    const cb = [...store.state.callbacks.values()].find((c) => c.status === 'pending' && c.type === 'automatic');
    if (!cb) throw new Error('no automatic callback');
    const result = skip(store.state, { callbackId: cb.id, user: supervisor, now: store.now() });
    if (!result.ok) throw new Error(result.refusal.message);
    store.apply(result.state);
    store.setMeta({ clockOffsetMs: 1234 });
    await store.flush();
    const delta = write.mock.calls[0]?.[0] as StorageDelta;
    expect(delta.callbacks.map((c) => c.id)).toEqual([cb.id]);
    expect(delta.contacts).toEqual([]);
    expect(delta.meta?.clockOffsetMs).toBe(1234);

    const reopened = await openStore(storage);
    expect(reopened.meta).toMatchObject({ clockOffsetMs: 1234, notice: null });
    expect(toData(reopened.state)).toEqual(toData(store.state));
    expect(reopened.state.callbacks.get(cb.id)?.version).toBe(cb.version + 1);
  });

  it('keeps at most the newest 1000 idempotency answers', () => {
    const cache = new IdempotencyCache();
    for (let i = 0; i < 1005; i += 1) cache.put({ key: `k${i}`, requestHash: '{}', status: 200, bodyText: '{}' });
    expect(cache.all()).toHaveLength(1000);
    expect(cache.get('k4')).toBeUndefined();
    expect(cache.get('k5')).toBeDefined();
    expect(cache.drain().removed).toEqual(['k0', 'k1', 'k2', 'k3', 'k4']);
  });
});

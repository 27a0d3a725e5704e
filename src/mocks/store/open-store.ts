// Opens the store: saved data if it is readable and keeps the invariants, else fresh demo data + a notice.
// Never leaves the app without data.
import { createState } from '../../domain/state';
import { DEFAULT_SEED, DEFAULT_SIZE, generateDemoData } from '../seed/demo-data';
import { MemoryStorage } from './memory-storage';
import { MockStore } from './mock-store';
import type { DemoMeta, StoragePort, StoredSnapshot } from './storage-port';
import { readSnapshot } from './stored-shape';

export const UNREADABLE_NOTICE = 'The saved demo data could not be read, so fresh demo data was loaded.';

export interface FreshOptions {
  seed?: number;
  size?: number;
  clockOffsetMs?: number;
  notice?: string | null;
}

/** A store with fresh demo data, generated relative to the demo clock. */
export function freshStore(storage: StoragePort, options: FreshOptions = {}): MockStore {
  const meta: DemoMeta = {
    seed: options.seed ?? DEFAULT_SEED,
    size: options.size ?? DEFAULT_SIZE,
    clockOffsetMs: options.clockOffsetMs ?? 0,
    notice: options.notice ?? null,
  };
  const now = new Date(Date.now() + meta.clockOffsetMs).toISOString();
  const created = createState(generateDemoData({ seed: meta.seed, size: meta.size, now }));
  if (!created.ok) throw new Error(`Demo data breaks an invariant: ${created.message}`);
  return new MockStore(storage, created.state, meta);
}

const COMPACT_AFTER = 5000;
const overlaid = (raw: unknown) => (raw && typeof raw === 'object' && 'overlaid' in raw && typeof raw.overlaid === 'number' ? raw.overlaid : 0);

/** Storage may hold an entity twice (a full snapshot plus later single-record writes): the last one wins. */
function dedupe(saved: StoredSnapshot): void {
  const last = <T>(items: T[], key: (t: T) => string) => [...new Map(items.map((t) => [key(t), t])).values()];
  saved.callbacks = last(saved.callbacks, (c) => c.id);
  saved.contacts = last(saved.contacts, (c) => c.id);
  saved.sequences = last(saved.sequences, (s) => `${s.contactId}|${s.campaignId}`);
}

function safeCreate(create: () => ReturnType<typeof createState>): ReturnType<typeof createState> {
  try {
    return create();
  } catch (error) {
    return { ok: false, message: String(error) };
  }
}

export async function openStore(storage: StoragePort, fresh: FreshOptions = {}): Promise<MockStore> {
  let raw: unknown;
  try {
    raw = await storage.read();
  } catch (error) {
    console.warn('[mock] saved data unreadable', error);
    raw = undefined;
  }
  if (raw !== null) {
    const saved = readSnapshot(raw);
    if (saved) dedupe(saved);
    const created = saved && safeCreate(() => createState({ ...saved, campaigns: saved.meta.campaigns, users: saved.meta.users, nextId: saved.meta.nextId }));
    if (saved && created?.ok) {
      const { seed, size, clockOffsetMs, notice } = saved.meta;
      const store = new MockStore(storage, created.state, { seed, size, clockOffsetMs, notice }, saved);
      if (overlaid(raw) > COMPACT_AFTER) store.compact(); // many single-record writes since the last full one
      return store;
    }
    if (created && !created.ok) console.warn('[mock] saved data breaks an invariant:', created.message);
  }
  const store = freshStore(storage, { ...fresh, notice: raw === null ? (fresh.notice ?? null) : UNREADABLE_NOTICE });
  await storage.replaceAll(store.snapshot()).catch((error: unknown) => console.warn('[mock] could not save', error));
  return store;
}

/** The Node server's store: in memory, fresh demo data. */
export const memoryStore = (options: FreshOptions = {}): MockStore => freshStore(new MemoryStorage(null, false), options);

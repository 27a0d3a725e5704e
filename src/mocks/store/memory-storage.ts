// Storage in memory: the Node server's (nothing survives a restart) and the tests' fake.
import type { StorageDelta, StoragePort, StoredSnapshot } from './storage-port';

export class MemoryStorage implements StoragePort {
  readonly kind = 'memory';
  writes = 0;

  /** `saved` may be anything, e.g. corrupted data for a test of the load path. */
  constructor(private saved: unknown = null, private readonly keep = true) {}

  read(): Promise<unknown> {
    return Promise.resolve(this.saved === null ? null : structuredClone(this.saved));
  }

  replaceAll(snapshot: StoredSnapshot): Promise<void> {
    this.writes += 1;
    if (this.keep) this.saved = structuredClone(snapshot);
    return Promise.resolve();
  }

  write(delta: StorageDelta): Promise<void> {
    this.writes += 1;
    if (!this.keep || this.saved === null) return Promise.resolve();
    const saved = this.saved as StoredSnapshot;
    const upsert = <T>(list: T[], items: T[], key: (t: T) => string) => {
      const byKey = new Map(list.map((t) => [key(t), t]));
      for (const item of items) byKey.set(key(item), structuredClone(item));
      return [...byKey.values()];
    };
    if (delta.meta) saved.meta = structuredClone(delta.meta);
    saved.callbacks = upsert(saved.callbacks, delta.callbacks, (c) => c.id);
    saved.contacts = upsert(saved.contacts, delta.contacts, (c) => c.id);
    saved.sequences = upsert(saved.sequences, delta.sequences, (s) => `${s.contactId}|${s.campaignId}`);
    saved.idempotency = upsert(saved.idempotency, delta.idempotency, (e) => e.key).filter((e) => !delta.removedIdempotency.includes(e.key));
    saved.undo = upsert(saved.undo, delta.undo, (u) => u.token).filter((u) => !delta.removedUndo.includes(u.token));
    return Promise.resolve();
  }
}

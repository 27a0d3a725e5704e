// The browser's storage: IndexedDB. A reset writes the full set as a few JSON chunks (fast to write and read
// for 100,000 callbacks); each request then writes only what it changed, as single records that override
// the chunks on load. Every write is one transaction, so a write cut short leaves the previous data whole.
import type { StorageDelta, StoragePort, StoredSnapshot } from './storage-port';

const DB_NAME = 'callback-queue-mock';
const DB_VERSION = 2;
const CHUNK = 5000;
const ENTITIES = ['callbacks', 'contacts', 'sequences'] as const;
const STORES = ['meta', 'chunks', ...ENTITIES, 'idempotency', 'undo'] as const;
type StoreName = (typeof STORES)[number];
const KEY_PATHS: Partial<Record<StoreName, string | string[]>> = {
  callbacks: 'id',
  contacts: 'id',
  sequences: ['contactId', 'campaignId'],
  idempotency: 'key',
  undo: 'token',
};
/** What read() answers when the database held data of an older layout: unreadable, so replaced with a notice. */
const OLDER_LAYOUT = { olderLayout: true };

const done = (tx: IDBTransaction) =>
  new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
    tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
  });

const request = <T>(req: IDBRequest<T>) =>
  new Promise<T>((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });

export async function openIndexedDbStorage(factory: IDBFactory = indexedDB): Promise<StoragePort> {
  let olderLayout = false;
  const open = factory.open(DB_NAME, DB_VERSION);
  open.onupgradeneeded = (event) => {
    olderLayout = event.oldVersion > 0;
    const db = open.result;
    for (const name of [...db.objectStoreNames]) db.deleteObjectStore(name);
    for (const name of STORES) {
      const keyPath = KEY_PATHS[name];
      db.createObjectStore(name, keyPath === undefined ? undefined : { keyPath });
    }
  };
  return new IndexedDbStorage(await request(open), olderLayout);
}

class IndexedDbStorage implements StoragePort {
  readonly kind = 'indexeddb';
  constructor(
    private readonly db: IDBDatabase,
    private olderLayout: boolean,
  ) {}

  async read(): Promise<unknown> {
    if (this.olderLayout) return OLDER_LAYOUT;
    const tx = this.db.transaction([...STORES], 'readonly');
    const meta = await request<unknown>(tx.objectStore('meta').get('meta'));
    if (meta === undefined) return null;
    const all = (name: StoreName) => request<unknown[]>(tx.objectStore(name).getAll());
    const [chunkKeys, chunks, callbacks, contacts, sequences, idempotency, undo] = await Promise.all([
      request(tx.objectStore('chunks').getAllKeys()), all('chunks'), all('callbacks'), all('contacts'), all('sequences'), all('idempotency'), all('undo'),
    ]);
    const overlay = { callbacks, contacts, sequences };
    const entities = Object.fromEntries(
      ENTITIES.map((name) => {
        const base = chunkKeys.flatMap((key, i) => (typeof key === 'string' && key.startsWith(`${name}:`) ? (JSON.parse(chunks[i] as string) as unknown[]) : []));
        return [name, [...base, ...overlay[name]]]; // later records win (see open-store: last one per key)
      }),
    );
    return { meta, ...entities, idempotency, undo, overlaid: callbacks.length + contacts.length + sequences.length };
  }

  replaceAll(snapshot: StoredSnapshot): Promise<void> {
    this.olderLayout = false;
    const tx = this.db.transaction([...STORES], 'readwrite');
    for (const name of STORES) tx.objectStore(name).clear();
    for (const name of ENTITIES) {
      const items: unknown[] = snapshot[name];
      for (let i = 0; i * CHUNK < items.length; i += 1) {
        tx.objectStore('chunks').put(JSON.stringify(items.slice(i * CHUNK, (i + 1) * CHUNK)), `${name}:${String(i).padStart(4, '0')}`);
      }
    }
    for (const item of snapshot.idempotency) tx.objectStore('idempotency').put(item);
    for (const item of snapshot.undo) tx.objectStore('undo').put(item);
    tx.objectStore('meta').put(snapshot.meta, 'meta');
    return done(tx);
  }

  write(delta: StorageDelta): Promise<void> {
    const tx = this.db.transaction([...STORES], 'readwrite');
    for (const name of [...ENTITIES, 'idempotency', 'undo'] as const) {
      const store = tx.objectStore(name);
      for (const item of delta[name]) store.put(item);
    }
    for (const key of delta.removedIdempotency) tx.objectStore('idempotency').delete(key);
    for (const token of delta.removedUndo) tx.objectStore('undo').delete(token);
    if (delta.meta) tx.objectStore('meta').put(delta.meta, 'meta');
    return done(tx);
  }
}

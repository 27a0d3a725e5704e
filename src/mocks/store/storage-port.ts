// What the store persists and the small interface every storage (IndexedDB, memory, a test fake) implements.
import type { Callback, Campaign, Contact, Sequence, User } from '../../domain/types';

/** Bump when the stored shape changes: older data is then replaced by fresh demo data (with a notice). */
export const SCHEMA_VERSION = 1;

export interface DemoMeta {
  seed: number;
  size: number;
  clockOffsetMs: number; // demo clock = real time + offset
  notice: string | null; // shown once by the UI, e.g. after corrupted data was replaced
}

export interface MetaRecord extends DemoMeta {
  schemaVersion: number;
  nextId: number;
  campaigns: Campaign[];
  users: User[];
}

export interface IdempotencyEntry {
  key: string; // `${userId} ${method} ${path} ${Idempotency-Key}`
  requestHash: string;
  status: number;
  bodyText: string;
}

export interface UndoRecord {
  token: string;
  userId: string;
  label: string; // "bulk cancel"
  createdAt: string; // demo-clock instant
  expiresAt: string;
  undone: boolean;
  callbacks: { before: Callback; afterVersion: number }[];
  contacts: { before: Contact; after: Contact }[];
  sequences: { before: Sequence | null; after: Sequence }[];
}

export interface StoredSnapshot {
  meta: MetaRecord;
  callbacks: Callback[];
  contacts: Contact[];
  sequences: Sequence[];
  idempotency: IdempotencyEntry[];
  undo: UndoRecord[];
}

/** Only what one request changed. */
export interface StorageDelta {
  meta: MetaRecord | null;
  callbacks: Callback[];
  contacts: Contact[];
  sequences: Sequence[];
  idempotency: IdempotencyEntry[];
  undo: UndoRecord[];
  removedIdempotency: string[];
  removedUndo: string[];
}

export interface StoragePort {
  readonly kind: 'indexeddb' | 'memory';
  /** Whatever was saved (untrusted: the store validates it), or null when nothing was. */
  read(): Promise<unknown>;
  replaceAll(snapshot: StoredSnapshot): Promise<void>;
  write(delta: StorageDelta): Promise<void>;
}

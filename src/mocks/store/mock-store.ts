// The mock backend's state: the domain QueueState plus demo meta, idempotency answers and undo records.
// Handlers read `state`, hand the domain's next state to apply(), then flush() writes only what changed.
import { toData, type QueueState } from '../../domain/state';
import type { Instant } from '../../domain/types';
import { IdempotencyCache } from './idempotency-cache';
import { QueryIndex } from './query-index';
import { diffStates, sameDiff, type Touched } from './state-diff';
import { SCHEMA_VERSION, type DemoMeta, type IdempotencyEntry, type MetaRecord, type StoragePort, type StoredSnapshot, type UndoRecord } from './storage-port';
import { UndoLog } from './undo-log';

export const SAVE_FAILED_NOTICE = 'Changes could not be saved in this browser; they will be lost when the page reloads.';

export class MockStore {
  readonly index: QueryIndex;
  readonly idempotency: IdempotencyCache;
  readonly undo: UndoLog;
  private dirty = { callbacks: new Set<string>(), contacts: new Set<string>(), sequences: new Set<string>(), meta: false };
  private fullWrite = false;
  private writing: Promise<void> = Promise.resolve();

  constructor(
    private readonly storage: StoragePort,
    public state: QueueState,
    public meta: DemoMeta,
    saved: { idempotency?: IdempotencyEntry[]; undo?: UndoRecord[] } = {},
  ) {
    this.index = new QueryIndex(state);
    this.idempotency = new IdempotencyCache(saved.idempotency);
    this.undo = new UndoLog(saved.undo);
  }

  get storageKind(): StoragePort['kind'] {
    return this.storage.kind;
  }

  /** The demo clock: real time plus the offset set through POST /api/demo/clock. */
  now(): Instant {
    return new Date(Date.now() + this.meta.clockOffsetMs).toISOString();
  }

  /** Tests set this: every hinted diff is checked against a full one (a wrong hint throws). */
  static verifyHints = false;

  /**
   * Takes the state a domain transition returned (all-or-nothing: call only on success). `touched` names what
   * the domain's answer says it changed, so only those are compared; without it every entity is.
   */
  apply(next: QueueState, touched?: Touched): void {
    const diff = diffStates(this.state, next, touched);
    if (touched && MockStore.verifyHints && !sameDiff(diff, diffStates(this.state, next))) {
      throw new Error(`A hint missed changes: ${JSON.stringify(diffStates(this.state, next))}`);
    }
    if (diff.campaigns || diff.users || next.nextId !== this.state.nextId) this.dirty.meta = true;
    this.state = next;
    this.index.update(next, diff);
    diff.callbacks.forEach((id) => this.dirty.callbacks.add(id));
    diff.contacts.forEach((id) => this.dirty.contacts.add(id));
    diff.sequences.forEach((key) => this.dirty.sequences.add(key));
  }

  setMeta(patch: Partial<DemoMeta>): void {
    this.meta = { ...this.meta, ...patch };
    this.dirty.meta = true;
  }

  /** Replaces everything (demo reset); the next flush writes the full set. */
  replace(state: QueueState, meta: DemoMeta): void {
    this.state = state;
    this.meta = meta;
    this.index.rebuild(state);
    this.idempotency.clear();
    this.undo.clear();
    this.idempotency.drain();
    this.undo.drain();
    this.fullWrite = true;
  }

  /** Rewrites the storage in full, in the background (fewer records to merge on the next load). */
  compact(): void {
    this.fullWrite = true;
    void this.flush();
  }

  metaRecord(): MetaRecord {
    return {
      ...this.meta,
      schemaVersion: SCHEMA_VERSION,
      nextId: this.state.nextId,
      campaigns: [...this.state.campaigns.values()],
      users: [...this.state.users.values()],
    };
  }

  snapshot(): StoredSnapshot {
    const data = toData(this.state);
    return {
      meta: this.metaRecord(),
      callbacks: data.callbacks,
      contacts: data.contacts,
      sequences: data.sequences,
      idempotency: this.idempotency.all(),
      undo: this.undo.all(),
    };
  }

  /** Writes what changed since the last flush; resolves when it is saved (failures leave a notice). */
  flush(): Promise<void> {
    const write = this.fullWrite ? this.fullWriteTask() : this.deltaTask();
    this.fullWrite = false;
    if (!write) return Promise.resolve(); // nothing of this request to save (reads never wait for writes)
    this.writing = this.writing.then(write).catch((error: unknown) => {
      console.warn('[mock] could not save', error);
      this.meta = { ...this.meta, notice: SAVE_FAILED_NOTICE };
    });
    return this.writing;
  }

  private fullWriteTask(): () => Promise<void> {
    this.dirty = { callbacks: new Set(), contacts: new Set(), sequences: new Set(), meta: false };
    const snapshot = this.snapshot();
    return () => this.storage.replaceAll(snapshot);
  }

  private deltaTask(): (() => Promise<void>) | null {
    const { callbacks, contacts, sequences, meta } = this.dirty;
    const idem = this.idempotency.drain();
    const undo = this.undo.drain();
    const empty = !callbacks.size && !contacts.size && !sequences.size && !meta && !idem.added.length && !idem.removed.length && !undo.added.length && !undo.removed.length;
    if (empty) return null;
    const s = this.state;
    const delta = {
      meta: meta ? this.metaRecord() : null,
      callbacks: [...callbacks].flatMap((id) => s.callbacks.get(id) ?? []),
      contacts: [...contacts].flatMap((id) => s.contacts.get(id) ?? []),
      sequences: [...sequences].flatMap((key) => s.sequences.get(key) ?? []),
      idempotency: idem.added,
      undo: undo.added,
      removedIdempotency: idem.removed,
      removedUndo: undo.removed,
    };
    this.dirty = { callbacks: new Set(), contacts: new Set(), sequences: new Set(), meta: false };
    return () => this.storage.write(delta);
  }
}

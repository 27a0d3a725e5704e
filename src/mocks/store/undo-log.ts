// Undo records of bulk changes: kept `ttlMinutes` of demo-clock time, the newest `limit` of them.
import type { UndoRecord } from './storage-port';

export class UndoLog {
  private readonly records = new Map<string, UndoRecord>();
  private changed = new Set<string>();
  private removed = new Set<string>();

  constructor(initial: UndoRecord[] = [], private readonly limit = 50) {
    for (const record of initial) this.records.set(record.token, record);
  }

  get(token: string): UndoRecord | undefined {
    return this.records.get(token);
  }

  put(record: UndoRecord): void {
    this.records.set(record.token, record);
    this.changed.add(record.token);
    while (this.records.size > this.limit) {
      const oldest = this.records.keys().next().value as string;
      this.records.delete(oldest);
      this.removed.add(oldest);
    }
  }

  markUndone(token: string): void {
    const record = this.records.get(token);
    if (record) this.put({ ...record, undone: true });
  }

  clear(): void {
    for (const token of this.records.keys()) this.removed.add(token);
    this.records.clear();
  }

  all(): UndoRecord[] {
    return [...this.records.values()];
  }

  drain(): { added: UndoRecord[]; removed: string[] } {
    const added = [...this.changed].flatMap((t) => this.records.get(t) ?? []);
    const removed = [...this.removed].filter((t) => !this.records.has(t));
    this.changed = new Set();
    this.removed = new Set();
    return { added, removed };
  }
}

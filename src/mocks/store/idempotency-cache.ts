// First answers to POST/PATCH requests by Idempotency-Key, the newest `limit` of them.
import type { IdempotencyEntry } from './storage-port';

export class IdempotencyCache {
  private readonly entries = new Map<string, IdempotencyEntry>();
  private added: IdempotencyEntry[] = [];
  private removed: string[] = [];

  constructor(initial: IdempotencyEntry[] = [], private readonly limit = 1000) {
    for (const entry of initial.slice(-limit)) this.entries.set(entry.key, entry);
  }

  get(key: string): IdempotencyEntry | undefined {
    return this.entries.get(key);
  }

  put(entry: IdempotencyEntry): void {
    this.entries.set(entry.key, entry);
    this.added.push(entry);
    while (this.entries.size > this.limit) {
      const oldest = this.entries.keys().next().value as string;
      this.entries.delete(oldest);
      this.removed.push(oldest);
    }
  }

  clear(): void {
    this.removed.push(...this.entries.keys());
    this.entries.clear();
    this.added = [];
  }

  all(): IdempotencyEntry[] {
    return [...this.entries.values()];
  }

  /** What changed since the last drain (for the storage delta). */
  drain(): { added: IdempotencyEntry[]; removed: string[] } {
    const removed = new Set(this.removed);
    const added = this.added.filter((e) => this.entries.get(e.key) === e);
    this.added = [];
    this.removed = [];
    return { added, removed: [...removed].filter((k) => !this.entries.has(k)) };
  }
}

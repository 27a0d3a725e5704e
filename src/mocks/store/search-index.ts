// The search pre-check (search-prefilter.ts) for 100,000 views at once: every view's search text joined into
// one string, so a query is a few native indexOf scans instead of 100,000 small ones. Views changed since the
// string was built are checked one by one; past `maxDirty` of them the string is rebuilt on the next search.
import type { CallbackView } from '../../domain/types';
import { searchBlob } from './search-prefilter';

const SEPARATOR = '\u0001';

export class SearchIndex {
  private text = '';
  private starts: number[] = []; // where each view's text begins in `text`
  private built: CallbackView[] = [];
  private dirty = new Set<string>(); // ids changed since the build
  private stale = true;

  constructor(
    private readonly current: () => Iterable<CallbackView>,
    private readonly byId: (id: string) => CallbackView | undefined,
    private readonly maxDirty = 2000,
  ) {}

  /** A view was added, changed or removed. */
  touch(id: string): void {
    this.dirty.add(id);
    if (this.dirty.size > this.maxDirty) this.stale = true;
  }

  reset(): void {
    this.stale = true;
  }

  private build(): void {
    this.built = [...this.current()];
    this.starts = [];
    const parts: string[] = [];
    let at = 0;
    for (const view of this.built) {
      const blob = searchBlob(view);
      this.starts.push(at);
      parts.push(blob);
      at += blob.length + 1;
    }
    this.text = parts.join(SEPARATOR);
    this.dirty = new Set();
    this.stale = false;
  }

  private viewAt(position: number): CallbackView | undefined {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if ((this.starts[mid] as number) <= position) lo = mid;
      else hi = mid - 1;
    }
    return this.built[lo];
  }

  /** Every active view whose search text contains one of the needles (a superset of the domain's matches). */
  candidates(needles: string[]): CallbackView[] {
    if (this.stale) this.build();
    const found = new Set<CallbackView>();
    for (const needle of needles) {
      for (let i = this.text.indexOf(needle); i >= 0; i = this.text.indexOf(needle, i + 1)) {
        const view = this.viewAt(i);
        if (view && !this.dirty.has(view.id)) found.add(view);
      }
    }
    for (const id of this.dirty) {
      const view = this.byId(id);
      if (view && needles.some((n) => searchBlob(view).includes(n))) found.add(view);
    }
    return [...found];
  }
}

// An array kept sorted by a comparator: binary-search insert and remove, so a commit that changes a few
// callbacks costs O(k log n) comparisons instead of a re-sort of 100,000.
import type { CallbackView } from '../../domain/types';

export type Compare = (a: CallbackView, b: CallbackView) => number;

/** First index whose item is not before `probe` (items equal to it included). */
export function lowerBound(items: readonly CallbackView[], probe: CallbackView, compare: Compare): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (compare(items[mid] as CallbackView, probe) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export class SortedViews {
  constructor(
    public items: CallbackView[],
    public compare: Compare,
    sorted = false,
  ) {
    if (!sorted) items.sort(compare);
  }

  /** Removes this exact view (found by binary search, then by identity among equal neighbours). */
  remove(view: CallbackView): void {
    let i = lowerBound(this.items, view, this.compare);
    while (i < this.items.length && this.items[i] !== view && this.compare(this.items[i] as CallbackView, view) === 0) i += 1;
    if (this.items[i] === view) this.items.splice(i, 1);
    else {
      const at = this.items.indexOf(view); // the comparator changed under the view (should not happen)
      if (at >= 0) this.items.splice(at, 1);
    }
  }

  insert(view: CallbackView): void {
    this.items.splice(lowerBound(this.items, view, this.compare), 0, view);
  }

  /** Re-sorts with another comparator (near-linear when the order barely changed: TimSort finds the runs). */
  resort(compare: Compare): void {
    this.compare = compare;
    this.items.sort(compare);
  }
}

// Views as ranges of the time-ordered list. SPEC 2.5 defines each view as a window of scheduled times
// [from, to) taken from the domain's ViewBounds, so its members are one block of the list sorted by
// scheduledAt; the block's edges are checked with the domain's inView, and a failed check means "scan".
import type { CallbackView, Instant, View } from '../../domain/types';
import { inView, type ViewBounds } from '../../domain/views';

/** First index whose scheduledAt is not before `at` (instants compare as normalised ISO strings). */
export function firstAtOrAfter(items: readonly CallbackView[], at: Instant): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((items[mid] as CallbackView).scheduledAt < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** [from, to) of the view's members in `byTime`, or null when the edges do not agree with inView. */
export function viewRange(byTime: readonly CallbackView[], view: View, bounds: ViewBounds): [number, number] | null {
  const at = (t: Instant) => firstAtOrAfter(byTime, t);
  const range: [number, number] =
    view === 'overdue' ? [0, at(bounds.now)]
    : view === 'today' ? [at(bounds.now), at(bounds.startOfTomorrow)]
    : view === 'week' ? [at(bounds.now), at(bounds.startOfNextWeek)]
    : [0, byTime.length];
  const [from, to] = range;
  const member = (i: number) => inView(byTime[i] as CallbackView, view, bounds);
  const inside = from >= to || (member(from) && member(to - 1));
  const outside = (from === 0 || !member(from - 1)) && (to === byTime.length || !member(to));
  return inside && outside ? range : null;
}

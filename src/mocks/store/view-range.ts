// Views as ranges of the time-ordered list. SPEC 2.5 defines each view as a window of scheduled times
// [from, to) taken from the domain's ViewBounds, so its members are one block of the list sorted by
// scheduledAt; the block's edges are checked with the domain's inView, and a failed check means "scan".
// The same holds for an overdue age bucket (the filter `age`), checked with the domain's ageBucket.
import type { CallbackView, Instant, View } from '../../domain/types';
import { ageBucket, inView, type AgeBucket, type ViewBounds } from '../../domain/views';

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
  return checked(byTime, range, (v) => inView(v, view, bounds));
}

/** The range when its edges agree with `member` (first and last inside, both neighbours outside), else null. */
function checked(byTime: readonly CallbackView[], range: [number, number], member: (v: CallbackView) => boolean): [number, number] | null {
  const [from, to] = range;
  const at = (i: number) => member(byTime[i] as CallbackView);
  const inside = from >= to || (at(from) && at(to - 1));
  const outside = (from === 0 || !at(from - 1)) && (to === byTime.length || !at(to));
  return inside && outside ? range : null;
}

const HOUR = 3_600_000;
/** [from, to) of the callbacks overdue by `age` at `now` in `byTime`, or null when the edges disagree with ageBucket. */
export function ageRange(byTime: readonly CallbackView[], age: AgeBucket, now: Instant): [number, number] | null {
  const n = Date.parse(now);
  const at = (ms: number) => firstAtOrAfter(byTime, new Date(ms).toISOString());
  // Instants have millisecond precision, so "after t" is "at or after t + 1 ms".
  const range: [number, number] =
    age === 'lt-4h' ? [at(n - 4 * HOUR + 1), at(n)]
    : age === '4-24h' ? [at(n - 24 * HOUR + 1), at(n - 4 * HOUR + 1)]
    : age === '1-2d' ? [at(n - 48 * HOUR), at(n - 24 * HOUR + 1)]
    : [0, at(n - 48 * HOUR)];
  return checked(byTime, range, (v) => ageBucket(v, now) === age);
}

/** The overlap of two ranges; null (scan) when either is unknown. */
export function intersect(a: [number, number] | null, b: [number, number] | null): [number, number] | null {
  if (!a || !b) return null;
  const from = Math.max(a[0], b[0]);
  return [from, Math.max(from, Math.min(a[1], b[1]))];
}

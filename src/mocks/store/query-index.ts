// The active callbacks as list views (joined once), kept sorted so that a list over 100,000 callbacks answers
// without re-joining or re-sorting: commits move only the views they changed (binary search), a view is a
// block of the time-ordered list (view-range.ts), and only the page is collected. Orders come from the
// domain's compareBy; the urgency order depends on `now`, and is re-sorted only when a callback's time has
// been passed since the last sort (otherwise nothing in it changed).
import type { QueueState } from '../../domain/state';
import type { Callback, CallbackView, Instant, Sort, Summary, TimeZone, View } from '../../domain/types';
import { compareBy, inView, isActive, isOverdue, matchesFilters, summarize, viewBounds, type Filters } from '../../domain/views';
import { listView } from './list-view';
import { SearchIndex } from './search-index';
import { needlesOf } from './search-prefilter';
import { SortedViews } from './sorted-views';
import type { StateDiff } from './state-diff';
import { ageRange, firstAtOrAfter, intersect, viewRange } from './view-range';

export interface ListQuery {
  view: View;
  tz: TimeZone;
  filters: Filters;
  sort: Sort;
  now: Instant;
  offset: number;
  limit: number;
}

const norm = (at: Instant) => new Date(at).toISOString();

export class QueryIndex {
  private views = new Map<string, CallbackView>(); // active callbacks by id
  private byTime = new SortedViews([], compareBy('scheduled', ''));
  private readonly bySort = new Map<Sort, SortedViews>(); // '-scheduled', 'name', '-name', 'urgency' — built on first use
  private urgencyNow = '';
  private readonly search = new SearchIndex(() => this.views.values(), (id) => this.views.get(id));

  constructor(state: QueueState) {
    this.rebuild(state);
  }

  rebuild(state: QueueState): void {
    this.views = new Map();
    for (const id of state.active.values()) {
      const cb = state.callbacks.get(id);
      if (cb) this.views.set(id, listView(state, cb));
    }
    this.search.reset();
    this.byTime = new SortedViews([...this.views.values()], compareBy('scheduled', ''));
    this.bySort.clear();
  }

  update(state: QueueState, diff: StateDiff): void {
    if (diff.campaigns || diff.users) return this.rebuild(state);
    const touched = new Set(diff.callbacks);
    if (diff.contacts.length) {
      const contacts = new Set(diff.contacts);
      for (const view of this.views.values()) if (contacts.has(view.contactId)) touched.add(view.id);
    }
    const lists = [this.byTime, ...this.bySort.values()];
    for (const id of touched) {
      this.search.touch(id);
      const old = this.views.get(id);
      if (old) {
        lists.forEach((list) => list.remove(old));
        this.views.delete(id);
      }
      const cb = state.callbacks.get(id);
      if (!cb || !isActive(cb)) continue;
      const view = listView(state, cb);
      this.views.set(id, view);
      lists.forEach((list) => list.insert(view));
    }
  }

  private ordered(sort: Sort, now: Instant): CallbackView[] {
    if (sort === 'scheduled') return this.byTime.items;
    let list = this.bySort.get(sort);
    if (!list) {
      list = new SortedViews([...this.byTime.items], compareBy(sort, now));
      this.bySort.set(sort, list);
      if (sort === 'urgency') this.urgencyNow = norm(now);
    } else if (sort === 'urgency' && norm(now) !== this.urgencyNow) {
      const [a, b] = [this.urgencyNow, norm(now)].sort();
      const first = this.byTime.items[firstAtOrAfter(this.byTime.items, a as string)];
      const passed = first !== undefined && first.scheduledAt < (b as string);
      if (passed) list.resort(compareBy(sort, now));
      else list.compare = compareBy(sort, now); // same order: no callback's time lies between the two nows
      this.urgencyNow = norm(now);
    }
    return list.items;
  }

  /**
   * The filter test, or null without filters. With a search, the candidates come from the search index: few
   * of them → `few` holds them (already filtered); many → the test also checks membership.
   */
  private matcher(filters: Filters, now: Instant): { test: ((v: CallbackView) => boolean) | null; few: CallbackView[] | null } {
    if (!Object.values(filters).some((v) => v !== undefined)) return { test: null, few: null };
    const test = (v: CallbackView) => matchesFilters(v, filters, now);
    const needles = needlesOf(filters.q);
    if (!needles) return { test, few: null };
    const candidates = this.search.candidates(needles);
    if (candidates.length <= this.views.size / 4) return { test, few: candidates.filter(test) };
    const set = new Set(candidates);
    return { test: (v) => set.has(v) && test(v), few: null };
  }

  list(q: ListQuery): { items: CallbackView[]; total: number } {
    const bounds = viewBounds(q.now, q.tz);
    const viewBlock = viewRange(this.byTime.items, q.view, bounds);
    // With an age filter the candidates are also one block of the time order (the filter still tests it).
    const range = q.filters.age ? intersect(viewBlock, ageRange(this.byTime.items, q.filters.age, q.now)) : viewBlock;
    const { test: match, few } = this.matcher(q.filters, q.now);
    const items: CallbackView[] = [];
    const end = q.offset + q.limit;
    if (few) {
      const found = few.filter((v) => inView(v, q.view, bounds)).sort(compareBy(q.sort, q.now));
      return { items: found.slice(q.offset, end), total: found.length };
    }
    if (range && (q.sort === 'scheduled' || q.sort === '-scheduled')) {
      const list = this.ordered(q.sort, q.now);
      const [from, to] = q.sort === 'scheduled' ? range : [list.length - range[1], list.length - range[0]];
      if (!match) return { items: list.slice(Math.min(from + q.offset, to), Math.min(from + end, to)), total: to - from };
      let total = 0;
      for (let i = from; i < to; i += 1) {
        const v = list[i] as CallbackView;
        if (!match(v)) continue;
        if (total >= q.offset && total < end) items.push(v);
        total += 1;
      }
      return { items, total };
    }
    let total = 0;
    for (const v of this.ordered(q.sort, q.now)) {
      if (!inView(v, q.view, bounds) || (match && !match(v))) continue;
      if (total >= q.offset && total < end) items.push(v);
      total += 1;
      if (!match && range && total >= end) return { items, total: range[1] - range[0] };
    }
    return { items, total };
  }

  summary(tz: TimeZone, filters: Filters, now: Instant): Summary {
    const { test, few } = this.matcher(filters, now);
    const block = filters.age ? ageRange(this.byTime.items, filters.age, now) : null;
    const candidates = block ? this.byTime.items.slice(block[0], block[1]) : this.byTime.items;
    const views = few ?? (test ? candidates.filter(test) : candidates);
    // summarize reads only status and scheduledAt, which list views carry (its signature asks for whole callbacks).
    return summarize(views as unknown as Callback[], viewBounds(now, tz));
  }

  /** Active and overdue callbacks per campaign id. */
  countsByCampaign(now: Instant): Map<string, { activeCallbacks: number; overdue: number }> {
    const counts = new Map<string, { activeCallbacks: number; overdue: number }>();
    const items = this.byTime.items;
    const overdueEnd = viewRange(items, 'overdue', viewBounds(now, 'UTC'))?.[1];
    items.forEach((v, i) => {
      let c = counts.get(v.campaignId);
      if (!c) counts.set(v.campaignId, (c = { activeCallbacks: 0, overdue: 0 }));
      c.activeCallbacks += 1;
      if (overdueEnd === undefined ? isOverdue(v, now) : i < overdueEnd) c.overdue += 1;
    });
    return counts;
  }
}

// The store's list index must answer exactly what a brute-force pass of the domain's rules answers.
import { describe, expect, it } from 'vitest';
import { cancel, skip } from '../../src/domain/actions';
import { recordOutcome } from '../../src/domain/outcomes';
import { SYSTEM_ACTOR } from '../../src/domain/history';
import { toView } from '../../src/domain/state';
import type { Sort, View } from '../../src/domain/types';
import { AGE_BUCKETS, compareBy, inView, isActive, matchesFilters, summarize, viewBounds, type Filters } from '../../src/domain/views';
import { MemoryStorage } from '../../src/mocks/store/memory-storage';
import { MockStore } from '../../src/mocks/store/mock-store';
import { createDemoState } from '../../src/mocks/seed/factories';

const NOW = '2026-11-24T15:00:00.000Z';
const sup = { id: 'sup-1', name: 'Morgan Reyes', role: 'supervisor' as const };

function bruteForce(store: MockStore, view: View, sort: Sort, filters: Filters, tz: string, now: string) {
  const bounds = viewBounds(now, tz);
  return [...store.state.callbacks.values()]
    .filter((cb) => isActive(cb))
    .map((cb) => toView(store.state, cb))
    .filter((v) => inView(v, view, bounds) && matchesFilters(v, filters, now))
    .sort(compareBy(sort, now))
    .map((v) => v.id);
}

const AGE_FILTERS: Filters[] = [
  ...AGE_BUCKETS.map(({ bucket }) => ({ age: bucket })),
  { age: '4-24h', agentId: 'ag-1' },
  { age: 'lt-4h', q: 'a' },
  { age: '1-2d', stale: false },
  { age: 'stale', stale: true },
];

function check(store: MockStore, now: string, filterSets: Filters[] = [{}, { agentId: 'ag-1' }, { q: 'smith' }, { q: 'a' }, { q: '+1 (415)' }, { q: 'q4 ren' }, { stale: true }, { type: 'customer-requested', q: 'call' }, ...AGE_FILTERS]) {
  for (const tz of ['UTC', 'Asia/Kathmandu']) {
    for (const view of ['overdue', 'today', 'week', 'all'] as const) {
      for (const sort of ['urgency', 'scheduled', '-scheduled', 'name', '-name'] as const) {
        for (const filters of filterSets) {
          const expected = bruteForce(store, view, sort, filters, tz, now);
          const got = store.index.list({ view, sort, filters, tz, now, offset: 0, limit: 100_000 });
          expect(got.items.map((v) => v.id), JSON.stringify({ tz, view, sort, filters })).toEqual(expected);
          const page = store.index.list({ view, sort, filters, tz, now, offset: 3, limit: 5 });
          expect(page.items.map((v) => v.id)).toEqual(expected.slice(3, 8));
          expect(page.total).toBe(expected.length);
        }
      }
      const active = [...store.state.callbacks.values()].filter((cb) => isActive(cb));
      expect(store.index.summary(tz, { agentId: 'ag-2' }, now)).toEqual(summarize(active.filter((cb) => cb.agentId === 'ag-2'), viewBounds(now, tz)));
      for (const filters of AGE_FILTERS) {
        const matching = active.filter((cb) => matchesFilters(toView(store.state, cb), filters, now));
        expect(store.index.summary(tz, filters, now), JSON.stringify({ tz, filters })).toEqual(summarize(matching, viewBounds(now, tz)));
      }
    }
  }
}

describe('the list index', () => {
  it('answers like a brute-force pass of the domain rules, before and after changes and as time passes', () => {
    const store = new MockStore(new MemoryStorage(null, false), createDemoState({ seed: 11, size: 700, now: NOW }), { seed: 11, size: 700, clockOffsetMs: 0, notice: null });
    check(store, NOW);
    const ids = [...store.state.active.values()];
    for (const id of ids.slice(0, 40)) {
      const r = id.endsWith('3') ? cancel(store.state, { callbackId: id, user: sup, now: NOW, reason: 'reached-another-way' }) : skip(store.state, { callbackId: id, user: sup, now: NOW });
      if (r.ok) store.apply(r.state, { callbacks: [r.callback.id, ...r.closed.map((c) => c.id)] });
    }
    const contact = [...store.state.contacts.values()].find((c) => !c.dnc) ?? [...store.state.contacts.values()][0];
    const dnc = recordOutcome(store.state, { contactId: contact?.id ?? '', campaignId: 'cp-1', outcome: 'dnc-request', occurredAt: NOW, now: NOW, actor: SYSTEM_ACTOR });
    if (dnc.ok) store.apply(dnc.state);
    check(store, NOW);
    check(store, '2026-11-25T09:30:00.000Z'); // time passed: the urgency order must follow
    check(store, '2026-11-24T16:00:00.000Z'); // and back
  });

  it('puts callbacks exactly on an age boundary (4 h, 24 h, 48 h) in the same bucket as the domain', () => {
    const store = new MockStore(new MemoryStorage(null, false), createDemoState({ seed: 5, size: 400, now: NOW }), { seed: 5, size: 400, clockOffsetMs: 0, notice: null });
    const overdue = store.index.list({ view: 'overdue', sort: 'scheduled', filters: {}, tz: 'UTC', now: NOW, offset: 0, limit: 100_000 }).items;
    const pick = overdue[Math.floor(overdue.length / 2)];
    expect(pick).toBeDefined();
    for (const hours of [4, 24, 48]) {
      for (const deltaMs of [-1, 0, 1]) {
        const now = new Date(Date.parse(pick?.scheduledAt ?? NOW) + hours * 3_600_000 + deltaMs).toISOString();
        check(store, now, AGE_FILTERS);
      }
    }
  });
});

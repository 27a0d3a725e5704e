import { describe, expect, it } from 'vitest';
import { toData } from '../../src/domain/state';
import { isInsideLegalWindow, isInsidePreferredWindow } from '../../src/domain/windows';
import { summarize, viewBounds } from '../../src/domain/views';
import { E164 } from '../../src/domain/catalog';
import { callbacksOf, contactNamed, createDemoState } from '../../src/mocks/seed/factories';
import { AGENT_IDS, FEATURED, XSS_NOTE } from '../../src/mocks/seed/fixtures';

const NOW = '2026-11-24T15:00:00.000Z';

describe.each([1, 42, 2026])('demo data (seed %i)', (seed) => {
  const state = createDemoState({ seed, size: 400, now: NOW });
  const callbacks = [...state.callbacks.values()];
  const active = callbacks.filter((cb) => cb.status !== 'closed');

  it('has exactly `size` callbacks, none dialing, and keeps the invariants (createState accepted it)', () => {
    expect(callbacks).toHaveLength(400);
    expect(callbacks.some((cb) => cb.status === 'dialing')).toBe(false);
    expect(callbacks.every((cb) => cb.history.length > 0 && cb.history.every((h) => h.at <= NOW))).toBe(true);
  });

  it('schedules automatic retries inside the preferred window and customer requests inside legal hours', () => {
    for (const cb of active) {
      const contact = state.contacts.get(cb.contactId);
      if (!contact) throw new Error(cb.id);
      if (cb.type === 'automatic') expect(isInsidePreferredWindow(cb.scheduledAt, contact), cb.id).toBe(true);
      else expect(isInsideLegalWindow(cb.scheduledAt, contact.timezone), cb.id).toBe(true);
    }
  });

  it('gives every agent overdue, stale, today and this-week work', () => {
    for (const agent of AGENT_IDS) {
      const s = summarize(active.filter((cb) => cb.agentId === agent), viewBounds(NOW, 'UTC'));
      expect(Math.min(s.overdue, s.stale, s.today, s.week), agent).toBeGreaterThan(0);
    }
  });

  it('has the featured cases: notes as given, DNC, exhausted, replaced, odd zones', () => {
    const xss = callbacksOf(state, contactNamed(state, FEATURED.xssNote).id);
    expect(xss[0]).toMatchObject({ type: 'customer-requested', status: 'pending', notes: XSS_NOTE });
    expect((xss[0]?.scheduledAt ?? NOW) < NOW).toBe(true);
    const dnc = contactNamed(state, FEATURED.dnc);
    expect(dnc.dnc).toBe(true);
    expect(new Set(callbacksOf(state, dnc.id).map((cb) => `${cb.campaignId}:${cb.status}:${cb.resolution}`))).toEqual(new Set(['cp-1:closed:dnc', 'cp-3:closed:dnc']));
    expect(callbacksOf(state, contactNamed(state, FEATURED.exhausted).id)[0]).toMatchObject({ status: 'closed', resolution: 'exhausted', retry: { number: 5, max: 5 } });
    expect(callbacksOf(state, contactNamed(state, FEATURED.replaced).id)[0]?.history.map((h) => h.action)).toEqual(['scheduled', 'replaced']);
    for (const [name, tz] of [[FEATURED.kathmandu, 'Asia/Kathmandu'], [FEATURED.kolkata, 'Asia/Kolkata'], [FEATURED.lordHowe, 'Australia/Lord_Howe'], [FEATURED.chatham, 'Pacific/Chatham'], [FEATURED.adelaide, 'Australia/Adelaide']] as const) {
      expect(contactNamed(state, name).timezone).toBe(tz);
    }
    expect(callbacks.some((cb) => cb.history.filter((h) => h.action === 'scheduled').length >= 2)).toBe(true);
  });

  it('uses E.164 phones (unique), many zones, both contact kinds; the paused campaign is mostly overdue', () => {
    const contacts = [...state.contacts.values()];
    expect(contacts.every((c) => E164.test(c.phone))).toBe(true);
    expect(new Set(contacts.map((c) => c.phone)).size).toBe(contacts.length);
    expect(new Set(contacts.map((c) => c.timezone)).size).toBeGreaterThan(20);
    expect(new Set(contacts.map((c) => c.kind))).toEqual(new Set(['business', 'consumer']));
    const paused = active.filter((cb) => cb.campaignId === 'cp-2');
    expect(paused.filter((cb) => cb.scheduledAt < NOW).length / paused.length).toBeGreaterThan(0.6);
  });
});

describe('generation', () => {
  it('is deterministic: same seed and same minute → same data', () => {
    const a = toData(createDemoState({ seed: 9, size: 200, now: '2026-11-24T15:00:10.000Z' }));
    const b = toData(createDemoState({ seed: 9, size: 200, now: '2026-11-24T15:00:50.000Z' }));
    expect(b).toEqual(a);
  });

  it('builds small sizes exactly', () => {
    for (const size of [1, 2, 7, 33]) expect(createDemoState({ seed: 3, size, now: NOW }).callbacks.size).toBe(size);
  });
});

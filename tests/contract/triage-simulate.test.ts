// POST /api/demo/simulate through real HTTP: the simulated dialer plays outcomes through the rules.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SimulateResponse } from '../../src/api/demo';
import type { CallbackView, Summary } from '../../src/domain/types';
import { startApi, TZ, type Api } from './triage-server';

const OUTCOMES = [
  'answered',
  'voicemail',
  'no-answer',
  'busy',
  'network-error',
  'callback-requested',
  'invalid-number',
  'dnc-request',
];
let api: Api;
beforeAll(async () => {
  api = await startApi({ size: 2000 });
});
afterAll(() => api.close());

const simulate = async (target: Api, count: number) => {
  const res = await target.post('/api/demo/simulate', { count, tz: TZ });
  expect(res.status).toBe(200);
  return (await res.json()) as SimulateResponse;
};
const localHour = (at: string, tz: string) =>
  Number(
    new Intl.DateTimeFormat('en-GB', { timeZone: tz, hour: '2-digit', hourCycle: 'h23' }).format(
      new Date(at),
    ),
  );

describe('POST /api/demo/simulate', () => {
  it('validates its input and needs a caller', async () => {
    expect((await api.post('/api/demo/simulate', { count: 5 }, null)).status).toBe(401);
    for (const count of [0, 201, 2.5, '10']) {
      const res = await api.post('/api/demo/simulate', { count });
      expect(res.status).toBe(400);
      expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(/count/);
    }
    expect((await api.post('/api/demo/simulate', { count: 1, tz: 'Nowhere' })).status).toBe(400);
  });

  it('dials only due callbacks it may call now, and each one changes through the rules', async () => {
    const before = await api.json<Summary>(`/api/callbacks/summary?tz=${TZ}`);
    const out = await simulate(api, 40);
    expect(out.played).toHaveLength(40);
    expect(new Set(out.played.map((p) => p.callbackId)).size).toBe(40);
    expect(out.summary).toMatch(/^The dialer called 40 due callbacks: /);
    for (const call of out.played) {
      expect(OUTCOMES).toContain(call.outcome);
      const cb = await api.json<CallbackView>(`/api/callbacks/${call.callbackId}`);
      expect(cb.campaign.status).toBe('active');
      expect(cb.contact.name).toBe(call.contactName);
      const last = cb.history!.at(-1)!;
      expect(last.actor.name).toBe('Dialer');
      expect(last.before && last.before.scheduledAt <= out.now).toBe(true); // it was due when dialled
      const hour = localHour(out.now, cb.contact.timezone);
      expect(hour >= 8 && hour < 21).toBe(true);
      if (call.outcome === 'answered') expect(cb.status).toBe('closed');
    }
    const after = await api.json<Summary>(`/api/callbacks/summary?tz=${TZ}`);
    expect(after).not.toEqual(before);
    expect(after.overdue).toBeLessThan(before.overdue);
  });

  it('plays a realistic mix, and the same data and seed play the same calls', async () => {
    const [a, b] = [await startApi({ seed: 7, size: 3000 }), await startApi({ seed: 7, size: 3000 })];
    try {
      const [first, second] = [await simulate(a, 200), await simulate(b, 200)];
      expect(second.played.map((p) => [p.callbackId, p.outcome])).toEqual(
        first.played.map((p) => [p.callbackId, p.outcome]),
      );
      const share = (o: string) => first.played.filter((p) => p.outcome === o).length / first.played.length;
      expect(share('answered')).toBeGreaterThan(0.15);
      expect(share('voicemail') + share('no-answer')).toBeGreaterThan(0.25);
      expect(new Set(first.played.map((p) => p.outcome)).size).toBeGreaterThanOrEqual(5);
      const next = await simulate(a, 5); // the next run plays other calls
      expect(next.played.map((p) => p.callbackId)).not.toEqual(
        first.played.slice(0, 5).map((p) => p.callbackId),
      );
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });
});

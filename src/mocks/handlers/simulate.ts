// POST /api/demo/simulate { count, tz? } — the simulated dialer calls `count` due callbacks and plays outcomes.
import { http } from 'msw';
import { z } from 'zod';
import type { MockStore } from '../store/mock-store';
import { simulateDialer } from '../simulate/simulate-dialer';
import { timeZone, wholeNumber } from './fields';
import { route } from './http-route';
import { parseBody } from './validate';

const simulateBody = () =>
  z.object({ count: wholeNumber('count', 1, 200).default(10), tz: timeZone('tz').default('UTC') });

export const simulateHandlers = (ready: Promise<MockStore>) => [
  http.post(
    '*/api/demo/simulate',
    route(ready, ({ store, body }) => {
      const { count, tz } = parseBody(simulateBody(), body);
      const now = store.now();
      const out = simulateDialer(store.state, { count, seed: store.meta.seed, now, tz });
      store.apply(out.state);
      return { body: { now, played: out.played, summary: out.summary } };
    }),
  ),
];

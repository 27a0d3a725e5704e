// GET /api/triage (the overdue queue summarised for supervisors) and GET /api/forecast (callbacks due per hour).
// Adapters only: the figures come from src/domain/triage.ts.
import { http } from 'msw';
import { z } from 'zod';
import { forecastByHour, overdueTriage } from '../../domain/triage';
import type { View } from '../../domain/types';
import type { MockStore } from '../store/mock-store';
import { timeZone, wholeNumberParam } from './fields';
import { ApiError } from './http-errors';
import { route } from './http-route';
import { parseQuery } from './validate';

/** Every active callback of a view, in urgency order. */
export const activeInView = (store: MockStore, view: View, tz: string, now: string) =>
  store.index.list({
    view,
    tz,
    filters: {},
    sort: 'urgency',
    now,
    offset: 0,
    limit: Number.POSITIVE_INFINITY,
  }).items;

const tzQuery = () => z.object({ tz: timeZone('tz').default('UTC') });
const forecastQuery = () =>
  z.object({ tz: timeZone('tz').default('UTC'), hours: wholeNumberParam('hours', 1, 168).default(24) });

export const triageHandlers = (ready: Promise<MockStore>) => [
  http.get(
    '*/api/triage',
    route(ready, ({ url, store, user }) => {
      if (user.role !== 'supervisor')
        throw new ApiError(
          403,
          'forbidden',
          'Triage is for supervisors; sign in as a supervisor (e.g. sup-1).',
        );
      const { tz } = parseQuery(tzQuery(), url.searchParams);
      const now = store.now();
      return { body: { now, ...overdueTriage(activeInView(store, 'overdue', tz, now), now) } };
    }),
  ),
  http.get(
    '*/api/forecast',
    route(ready, ({ url, store }) => {
      const { tz, hours } = parseQuery(forecastQuery(), url.searchParams);
      const now = store.now();
      return { body: { now, tz, ...forecastByHour(activeInView(store, 'all', tz, now), now, tz, hours) } };
    }),
  ),
];

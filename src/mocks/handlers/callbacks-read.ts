// GET /api/callbacks, /api/callbacks/summary, /api/callbacks/:id
import { http } from 'msw';
import { toView } from '../../domain/state';
import type { MockStore } from '../store/mock-store';
import { filtersOf, listQuery, summaryQuery } from './callback-query';
import { decodeCursor, encodeCursor, fingerprint } from './cursor';
import { notFound } from './http-errors';
import { route } from './http-route';
import { parseQuery } from './validate';

export const callbackReadHandlers = (ready: Promise<MockStore>) => [
  http.get(
    '*/api/callbacks',
    route(ready, ({ url, store }) => {
      const { cursor, limit, ...query } = parseQuery(listQuery(), url.searchParams);
      const print = fingerprint(query);
      const page = cursor ? decodeCursor(cursor, print) : { offset: 0, now: store.now() };
      const { items, total } = store.index.list({ ...query, filters: filtersOf(query), ...page, limit });
      const next = page.offset + items.length;
      const nextCursor = items.length > 0 && next < total ? encodeCursor(next, page.now, print) : null;
      return { body: { items, total, nextCursor } };
    }),
  ),

  http.get(
    '*/api/callbacks/summary',
    route(ready, ({ url, store }) => {
      const query = parseQuery(summaryQuery(), url.searchParams);
      return { body: store.index.summary(query.tz, filtersOf(query), store.now()) };
    }),
  ),

  http.get(
    '*/api/callbacks/:id',
    route(ready, ({ params, store }) => {
      const cb = store.state.callbacks.get(params.id ?? '');
      if (!cb) throw notFound(`There is no callback "${params.id}".`);
      return { body: toView(store.state, cb, true), headers: { ETag: `"${cb.version}"` } };
    }),
  ),
];

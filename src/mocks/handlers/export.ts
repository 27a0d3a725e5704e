// GET /api/callbacks/export.csv — every row of a view, with the list's filters and order (no paging), as CSV.
// It answers text, so it does its own small envelope; errors keep the API's JSON shape.
import { http, HttpResponse } from 'msw';
import { formatIn } from '../../domain/time';
import { callbacksCsv } from '../export-csv';
import type { MockStore } from '../store/mock-store';
import { filtersOf, listQuery } from './callback-query';
import { ApiError } from './http-errors';
import { parseQuery } from './validate';

function exportCsv(store: MockStore, request: Request): Response {
  const userId = request.headers.get('x-user-id');
  if (!userId || !store.state.users.get(userId)) {
    throw new ApiError(
      401,
      'unauthenticated',
      'Sign in first: send the X-User-Id header with a demo user id, e.g. sup-1.',
    );
  }
  const url = new URL(request.url);
  const { cursor: _cursor, limit: _limit, ...query } = parseQuery(listQuery(), url.searchParams);
  const now = store.now();
  const { items: rows } = store.index.list({
    ...query,
    filters: filtersOf(query),
    now,
    offset: 0,
    limit: Number.POSITIVE_INFINITY,
  });
  const filename = `callbacks-${query.view}-${formatIn(now, query.tz, 'yyyy-MM-dd')}.csv`;
  return new HttpResponse(callbacksCsv(rows, now, query.tz), {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${filename}"`,
      'X-Total-Count': String(rows.length),
      'Access-Control-Expose-Headers': 'Content-Disposition, X-Total-Count',
    },
  });
}

export const exportHandlers = (ready: Promise<MockStore>) => [
  http.get('*/api/callbacks/export.csv', async ({ request }) => {
    const store = await ready;
    try {
      return exportCsv(store, request);
    } catch (error) {
      const e =
        error instanceof ApiError
          ? error
          : new ApiError(500, 'internal', 'The export failed in the mock backend.');
      if (!(error instanceof ApiError)) console.error('[mock] export failed', error);
      return HttpResponse.json(e.toBody(), { status: e.status });
    }
  }),
];

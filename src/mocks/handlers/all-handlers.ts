// Every endpoint of the mock API, in matching order (specific paths before `:id` patterns), then a JSON 404.
import { http, HttpResponse, type RequestHandler } from 'msw';
import type { MockStore } from '../store/mock-store';
import { bulkHandlers } from './bulk';
import { callbackActionHandlers } from './callbacks-actions';
import { callbackReadHandlers } from './callbacks-read';
import { catalogHandlers } from './catalog';
import { demoHandlers } from './demo';
import { exportHandlers } from './export';
import { notFound } from './http-errors';
import { outcomeHandlers } from './outcomes';
import { simulateHandlers } from './simulate';
import { triageHandlers } from './triage';

export function createHandlers(ready: Promise<MockStore>): RequestHandler[] {
  return [
    ...exportHandlers(ready), // before /api/callbacks/:id
    ...triageHandlers(ready),
    ...simulateHandlers(ready),
    ...bulkHandlers(ready),
    ...callbackReadHandlers(ready),
    ...callbackActionHandlers(ready),
    ...outcomeHandlers(ready),
    ...catalogHandlers(ready),
    ...demoHandlers(ready),
    // Only paths that start with /api/: in `vite dev` the app's own modules live under /src/api/… too.
    http.all('*/api/*', ({ request }) => {
      const { pathname } = new URL(request.url);
      if (!pathname.startsWith('/api/')) return undefined;
      const error = notFound(`There is no endpoint ${request.method} ${pathname}; see docs/api.md.`);
      return HttpResponse.json(error.toBody(), { status: 404 });
    }),
  ];
}

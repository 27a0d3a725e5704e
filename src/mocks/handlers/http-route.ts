// Every handler goes through route(): wait for the store, authenticate, parse the body, replay idempotent
// answers, map errors to the API's shape, save what changed, respond.
import { HttpResponse, type HttpResponseResolver } from 'msw';
import type { User } from '../../domain/types';
import type { MockStore } from '../store/mock-store';
import { ApiError } from './http-errors';
import { recordAnswer, replayAnswer } from './idempotency';
import { parseJsonText } from './validate';

export interface ApiResult {
  status?: number;
  body: unknown;
  headers?: Record<string, string>;
}

export interface RequestContext {
  request: Request;
  url: URL;
  params: Record<string, string>;
  store: MockStore;
  user: User; // the caller (X-User-Id); for routes without auth, a placeholder never used
  body: unknown; // parsed JSON of POST/PATCH ({} when empty)
}

type Handler = (ctx: RequestContext) => ApiResult | Promise<ApiResult>;
const ANONYMOUS: User = { id: '', name: '', role: 'agent' };

function authenticate(request: Request, store: MockStore): User {
  const id = request.headers.get('x-user-id');
  if (!id) throw new ApiError(401, 'unauthenticated', 'Sign in first: send the X-User-Id header with a demo user id, e.g. sup-1.');
  const user = store.state.users.get(id);
  if (!user) throw new ApiError(401, 'unauthenticated', `There is no user "${id}"; GET /api/users lists the demo users.`);
  return user;
}

const respond = (r: ApiResult) => HttpResponse.json(r.body as Record<string, unknown>, { status: r.status ?? 200, headers: r.headers });

export function route(ready: Promise<MockStore>, handler: Handler, options: { auth?: boolean } = {}): HttpResponseResolver {
  return async ({ request, params }) => {
    const store = await ready;
    const mutation = request.method !== 'GET' && request.method !== 'HEAD';
    try {
      const user = options.auth === false ? ANONYMOUS : authenticate(request, store);
      const body = mutation ? parseJsonText(await request.text()) : undefined;
      const url = new URL(request.url);
      const key = mutation ? request.headers.get('idempotency-key') : null;
      const replay = key ? replayAnswer(store, { user, method: request.method, path: url.pathname, key, body }) : null;
      if (replay) return replay;
      let result: ApiResult;
      try {
        result = await handler({ request, url, params: params as Record<string, string>, store, user, body });
      } catch (error) {
        if (!(error instanceof ApiError) || !key) throw error;
        result = { status: error.status, body: error.toBody() };
      }
      if (key) recordAnswer(store, { user, method: request.method, path: url.pathname, key, body }, result);
      await store.flush();
      return respond(result);
    } catch (error) {
      if (error instanceof ApiError) return respond({ status: error.status, body: error.toBody() });
      console.error('[mock] unexpected error', error);
      const message = 'Something went wrong in the mock backend; nothing was changed.';
      return respond({ status: 500, body: new ApiError(500, 'internal', message).toBody() });
    }
  };
}

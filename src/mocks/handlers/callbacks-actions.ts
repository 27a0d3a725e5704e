// POST /api/callbacks/:id/call-now | reschedule | skip | cancel | complete | reassign  (If-Match: <version>)
import { http } from 'msw';
import { z } from 'zod';
import { callNow, cancel, complete, reassign, reschedule, skip, type ActionContext, type ActionResult } from '../../domain/actions';
import { CANCEL_REASONS } from '../../domain/policy';
import { toView, type QueueState } from '../../domain/state';
import type { CancelReason } from '../../domain/types';
import type { MockStore } from '../store/mock-store';
import { instant, once, oneOf, requiredText, text } from './fields';
import { refusalError, validationError } from './http-errors';
import { route, type RequestContext } from './http-route';
import { parseBody } from './validate';

type Run = (state: QueueState, ctx: ActionContext, body: unknown) => ActionResult;

const reasons = () => CANCEL_REASONS.map((r) => r.value) as unknown as readonly [CancelReason, ...CancelReason[]];

const rescheduleBody = once(() => z.object({ scheduledAt: instant('scheduledAt') }));
const cancelBody = once(() => z.object({ reason: oneOf('reason', reasons()), note: text('note', 2000).optional() }));
const completeBody = once(() => z.object({ note: text('note', 2000).optional() }));
const reassignBody = once(() => z.object({ agentId: requiredText('agentId', 100) }));

const ACTIONS: Record<string, Run> = {
  'call-now': (state, ctx) => callNow(state, ctx),
  skip: (state, ctx) => skip(state, ctx),
  reschedule: (state, ctx, body) => reschedule(state, { ...ctx, ...parseBody(rescheduleBody(), body) }),
  cancel: (state, ctx, body) => cancel(state, { ...ctx, ...parseBody(cancelBody(), body) }),
  complete: (state, ctx, body) => complete(state, { ...ctx, ...parseBody(completeBody(), body) }),
  reassign: (state, ctx, body) => reassign(state, { ...ctx, ...parseBody(reassignBody(), body) }),
};

/** `If-Match: 3` (also `"3"` or `W/"3"`, as an ETag); absent means "whatever the current version is". */
export function parseIfMatch(header: string | null): number | undefined {
  if (header === null || header.trim() === '') return undefined;
  const match = /^\s*(?:W\/)?"?(\d{1,9})"?\s*$/.exec(header);
  if (!match) throw validationError("If-Match must be the callback's version number, e.g. If-Match: 3", 'If-Match');
  return Number(match[1]);
}

function act(run: Run) {
  return ({ request, params, store, user, body }: RequestContext) => {
    const callbackId = params.id ?? '';
    const ctx: ActionContext = { callbackId, user, now: store.now(), expectedVersion: parseIfMatch(request.headers.get('if-match')) };
    const result = run(store.state, ctx, body);
    if (!result.ok) {
      const current = store.state.callbacks.get(callbackId);
      throw refusalError(result.refusal, current && toView(store.state, current, true));
    }
    store.apply(result.state, { callbacks: [result.callback, ...result.closed].map((cb) => cb.id) });
    const view = toView(result.state, result.callback, true);
    const closed = result.closed.map((cb) => toView(result.state, cb));
    return { body: { ...view, warning: result.warning, closed }, headers: { ETag: `"${result.callback.version}"` } };
  };
}

export const callbackActionHandlers = (ready: Promise<MockStore>) =>
  Object.entries(ACTIONS).map(([name, run]) => http.post(`*/api/callbacks/:id/${name}`, route(ready, act(run))));

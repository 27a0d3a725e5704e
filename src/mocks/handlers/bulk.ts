// POST /api/callbacks/bulk (supervisors; dry-run or apply) and POST /api/callbacks/bulk/undo
import { http } from 'msw';
import { z } from 'zod';
import { applyBulk, type BulkAction } from '../../domain/bulk';
import { CANCEL_REASONS } from '../../domain/policy';
import { toView } from '../../domain/state';
import type { CancelReason } from '../../domain/types';
import { recordUndo, undoBulk } from '../store/bulk-undo';
import type { MockStore } from '../store/mock-store';
import { instant, once, oneOf, requiredText, text } from './fields';
import { ApiError } from './http-errors';
import { route } from './http-route';
import { parseBody } from './validate';

const reasons = () => CANCEL_REASONS.map((r) => r.value) as unknown as readonly [CancelReason, ...CancelReason[]];

const bulkBody = once(() =>
  z
    .object({
      ids: z
        .array(z.string({ error: 'ids must be a list of callback ids' }), { error: 'ids must be a list of callback ids' })
        .min(1, { error: 'ids must list at least one callback id' })
        .max(5000, { error: 'ids must list at most 5000 callback ids' }),
      action: oneOf('action', ['cancel', 'reschedule', 'reschedule-preferred', 'reassign', 'complete']),
      reason: oneOf('reason', reasons()).optional(),
      note: text('note', 2000).optional(),
      scheduledAt: instant('scheduledAt').optional(),
      agentId: requiredText('agentId', 100).optional(),
      dryRun: z.boolean({ error: 'dryRun must be true or false' }).default(false),
    })
    .superRefine((b, ctx) => {
      const need = { cancel: 'reason', reschedule: 'scheduledAt', reassign: 'agentId' } as const;
      const field = need[b.action as keyof typeof need] as keyof typeof b | undefined;
      if (field && b[field] === undefined) ctx.addIssue({ code: 'custom', path: [field], message: `${field} is required for the ${b.action} action` });
    }),
);
const undoBody = once(() => z.object({ undoToken: requiredText('undoToken', 200) }));

function toOp(b: z.output<ReturnType<typeof bulkBody>>): BulkAction {
  switch (b.action) {
    case 'cancel': return { action: 'cancel', reason: b.reason as CancelReason, note: b.note };
    case 'reschedule': return { action: 'reschedule', scheduledAt: b.scheduledAt as string };
    case 'reassign': return { action: 'reassign', agentId: b.agentId as string };
    case 'complete': return { action: 'complete', note: b.note };
    default: return { action: 'reschedule-preferred' };
  }
}

const UNDO_STATUS = { 'not-found': [404, 'not-found'], gone: [410, 'gone'], forbidden: [403, 'forbidden'], conflict: [409, 'conflict'] } as const;

export const bulkHandlers = (ready: Promise<MockStore>) => [
  http.post(
    '*/api/callbacks/bulk',
    route(ready, ({ store, user, body }) => {
      const input = parseBody(bulkBody(), body);
      const ids = [...new Set(input.ids)];
      const now = store.now();
      const before = store.state;
      const out = applyBulk(before, { ids, op: toOp(input), user, now, dryRun: input.dryRun });
      const refused = out.results.filter((r) => !r.ok && r.code === 'forbidden');
      if (refused.length === out.results.length) throw new ApiError(403, 'forbidden', refused[0] && !refused[0].ok ? refused[0].message : 'Bulk actions are for supervisors.');
      const results = out.results.map((r) => (r.ok ? { id: r.id, ok: true, callback: toView(out.state, r.callback) } : r));
      let undoToken: string | null = null;
      if (!input.dryRun) {
        undoToken = recordUndo(store, before, out.state, { user, now, label: `bulk ${input.action} of ${ids.length} callback${ids.length === 1 ? '' : 's'}` });
        store.apply(out.state);
      }
      return { body: { results, summary: out.summary, undoToken } };
    }),
  ),

  http.post(
    '*/api/callbacks/bulk/undo',
    route(ready, ({ store, user, body }) => {
      const { undoToken } = parseBody(undoBody(), body);
      const out = undoBulk(store.state, store.undo.get(undoToken), { user, now: store.now() });
      if (!out.ok) {
        const [status, code] = UNDO_STATUS[out.code];
        throw new ApiError(status, code, out.message, out.changed?.length ? { changed: out.changed } : undefined);
      }
      store.apply(out.state);
      store.undo.markUndone(undoToken);
      const results = out.restored.map((cb) => ({ id: cb.id, ok: true, callback: toView(out.state, cb) }));
      return { body: { results, summary: `Undid ${out.record.label}: ${results.length} restored.`, undoToken: null } };
    }),
  ),
];

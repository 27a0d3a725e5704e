// POST /api/callbacks/bulk (dry run, then apply) and /bulk/undo — supervisors; plus the ids behind
// "select all N matching", read page by page from GET /api/callbacks with the same filters.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CallbackView, CancelReason } from '../domain/types';
import { newIdempotencyKey, request, withQuery } from './client';
import type { CallbackPage } from './get-callbacks';
import { callbackKeys, type CallbackListParams } from './keys';

export type BulkOperation =
  | { action: 'cancel'; reason: CancelReason; note?: string }
  | { action: 'reschedule'; scheduledAt: string }
  | { action: 'reschedule-preferred' }
  | { action: 'reassign'; agentId: string }
  | { action: 'complete'; note?: string };

export interface BulkItemResult {
  id: string;
  ok: boolean;
  code?: string;
  message?: string;
  callback?: CallbackView;
}

export interface BulkResponse {
  results: BulkItemResult[];
  summary: string;
  undoToken: string | null;
}

export const postBulk = (ids: string[], op: BulkOperation, dryRun: boolean) =>
  request<BulkResponse>('/api/callbacks/bulk', {
    method: 'POST',
    body: { ids, ...op, dryRun },
    headers: dryRun ? {} : { 'Idempotency-Key': newIdempotencyKey() },
  });

export interface BulkUndoResponse {
  results: BulkItemResult[]; // the restored callbacks
  summary: string; // "Undid bulk cancel of 38 callbacks: 38 restored."
  undoToken: null;
}

export const postBulkUndo = (undoToken: string) =>
  request<BulkUndoResponse>('/api/callbacks/bulk/undo', {
    method: 'POST',
    body: { undoToken },
    headers: { 'Idempotency-Key': newIdempotencyKey() },
  });

export const MATCHING_PAGE = 500;

/** Every id in a view with its filters, in the list's order (pages of 500). */
export async function fetchMatchingIds(params: CallbackListParams, signal?: AbortSignal): Promise<string[]> {
  const ids: string[] = [];
  let cursor: string | null = null;
  do {
    const path = withQuery('/api/callbacks', { ...params, limit: MATCHING_PAGE, cursor });
    const page: CallbackPage = await request<CallbackPage>(path, { signal });
    ids.push(...page.items.map((item) => item.id));
    cursor = page.nextCursor;
  } while (cursor);
  return ids;
}

/** Dry run (changes nothing) or apply; an applied change refreshes every callback query. */
export function useBulk() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ ids, op, dryRun }: { ids: string[]; op: BulkOperation; dryRun: boolean }) =>
      postBulk(ids, op, dryRun),
    onSettled: (_data, _error, vars) =>
      vars.dryRun ? undefined : client.invalidateQueries({ queryKey: callbackKeys.all }),
  });
}

export function useBulkUndo() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: postBulkUndo,
    onSettled: () => client.invalidateQueries({ queryKey: callbackKeys.all }),
  });
}

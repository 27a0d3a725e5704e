// POST /api/callbacks/:id/<action> with If-Match and Idempotency-Key, applied optimistically:
// cancel queries → snapshot → set → roll back on error → invalidate lists + summary when the last one settles.
import { useMutation, useQueryClient, type InfiniteData, type QueryClient, type QueryKey } from '@tanstack/react-query';
import type { CallbackView, CancelReason } from '../domain/types';
import { newIdempotencyKey, request } from './client';
import type { CallbackPage } from './get-callbacks';
import { callbackKeys } from './keys';

export type CallbackActionInput =
  | { action: 'call-now' }
  | { action: 'reschedule'; scheduledAt: string }
  | { action: 'skip' }
  | { action: 'cancel'; reason: CancelReason; note?: string }
  | { action: 'complete'; note?: string }
  | { action: 'reassign'; agentId: string };

export interface ActionResponse extends CallbackView {
  warning: string | null;
  closed: CallbackView[];
}

export function postCallbackAction(cb: Pick<CallbackView, 'id' | 'version'>, input: CallbackActionInput, idempotencyKey: string) {
  const { action, ...body } = input;
  return request<ActionResponse>(`/api/callbacks/${encodeURIComponent(cb.id)}/${action}`, {
    method: 'POST',
    body,
    headers: { 'If-Match': String(cb.version), 'Idempotency-Key': idempotencyKey },
  });
}

export interface ActionVariables {
  callback: CallbackView;
  input: CallbackActionInput;
  /** What the row should look like until the server answers; null removes it from the lists. */
  optimistic: CallbackView | null;
  idempotencyKey?: string;
}

type Snapshot = [QueryKey, unknown][];
const mutationKey = ['callback-action'] as const;

/** Replaces (or removes, when next is null) one callback in every cached list page. */
export function patchLists(client: QueryClient, id: string, next: CallbackView | null): void {
  client.setQueriesData<InfiniteData<CallbackPage>>({ queryKey: callbackKeys.lists() }, (data) => {
    if (!data) return data;
    let removed = 0;
    const pages = data.pages.map((page) => {
      const index = page.items.findIndex((item) => item.id === id);
      if (index < 0) return page;
      const items = next ? page.items.with(index, { ...page.items[index], ...next }) : page.items.filter((item) => item.id !== id);
      if (!next) removed += 1;
      return { ...page, items };
    });
    return { ...data, pages: pages.map((page) => ({ ...page, total: Math.max(0, page.total - removed) })) };
  });
}

export function useCallbackAction(handlers: {
  onSuccess?: (response: ActionResponse, variables: ActionVariables) => void;
  onError?: (error: unknown, variables: ActionVariables) => void;
}) {
  const client = useQueryClient();
  return useMutation({
    mutationKey,
    mutationFn: (vars: ActionVariables) => postCallbackAction(vars.callback, vars.input, vars.idempotencyKey ?? newIdempotencyKey()),
    onMutate: async (vars): Promise<Snapshot> => {
      await client.cancelQueries({ queryKey: callbackKeys.all });
      const snapshot: Snapshot = [
        ...client.getQueriesData({ queryKey: callbackKeys.lists() }),
        [callbackKeys.detail(vars.callback.id), client.getQueryData(callbackKeys.detail(vars.callback.id))],
      ];
      patchLists(client, vars.callback.id, vars.optimistic);
      if (vars.optimistic) {
        const optimistic = vars.optimistic;
        client.setQueryData<CallbackView>(callbackKeys.detail(vars.callback.id), (old) => (old ? { ...old, ...optimistic } : old));
      }
      return snapshot;
    },
    onError: (error, vars, snapshot) => {
      for (const [key, data] of snapshot ?? []) client.setQueryData(key, data);
      handlers.onError?.(error, vars);
    },
    onSuccess: (response, vars) => {
      const { warning: _warning, closed, ...callback } = response;
      client.setQueryData(callbackKeys.detail(callback.id), callback);
      patchLists(client, callback.id, callback.status === 'closed' ? null : callback);
      for (const other of closed) patchLists(client, other.id, null);
      handlers.onSuccess?.(response, vars);
    },
    onSettled: () => {
      if (client.isMutating({ mutationKey }) === 1) void client.invalidateQueries({ queryKey: callbackKeys.all });
    },
  });
}

// GET /api/callbacks/:id: one callback with its full history.
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { CallbackView } from '../domain/types';
import { request } from './client';
import { callbackKeys } from './keys';

export function getCallback(id: string, signal?: AbortSignal): Promise<CallbackView> {
  return request<CallbackView>(`/api/callbacks/${encodeURIComponent(id)}`, { signal });
}

export const callbackQueryOptions = (id: string) =>
  queryOptions({
    queryKey: callbackKeys.detail(id),
    queryFn: ({ signal }) => getCallback(id, signal),
  });

export function useCallbackDetail(id: string | null) {
  return useQuery({ ...callbackQueryOptions(id ?? ''), enabled: id !== null });
}

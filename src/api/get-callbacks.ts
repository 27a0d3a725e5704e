// GET /api/callbacks: one page of a view, server-filtered and -sorted, with a cursor to the next page.
import { infiniteQueryOptions, keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import type { CallbackView } from '../domain/types';
import { request, withQuery } from './client';
import { callbackKeys, type CallbackListParams } from './keys';

export interface CallbackPage {
  items: CallbackView[];
  total: number;
  nextCursor: string | null;
}

export const PAGE_SIZE = 200;

export function getCallbacks(params: CallbackListParams, cursor: string | null, signal?: AbortSignal): Promise<CallbackPage> {
  const path = withQuery('/api/callbacks', {
    view: params.view,
    tz: params.tz,
    q: params.q,
    campaignId: params.campaignId,
    agentId: params.agentId,
    outcome: params.outcome,
    type: params.type,
    stale: params.stale,
    age: params.age,
    sort: params.sort,
    limit: PAGE_SIZE,
    cursor,
  });
  return request<CallbackPage>(path, { signal });
}

export const callbacksQueryOptions = (params: CallbackListParams) =>
  infiniteQueryOptions({
    queryKey: callbackKeys.list(params),
    queryFn: ({ pageParam, signal }) => getCallbacks(params, pageParam, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    placeholderData: keepPreviousData,
  });

export function useCallbacks(params: CallbackListParams) {
  return useInfiniteQuery(callbacksQueryOptions(params));
}

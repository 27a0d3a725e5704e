// GET /api/callbacks/summary: the count of every view (and stale) for the same filters.
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { Summary } from '../domain/types';
import { request, withQuery } from './client';
import { callbackKeys, type CallbackFilters } from './keys';

export function getSummary(filters: CallbackFilters, signal?: AbortSignal): Promise<Summary> {
  return request<Summary>(withQuery('/api/callbacks/summary', { ...filters }), { signal });
}

export const summaryQueryOptions = (filters: CallbackFilters) =>
  queryOptions({
    queryKey: callbackKeys.summary(filters),
    queryFn: ({ signal }) => getSummary(filters, signal),
    placeholderData: keepPreviousData,
  });

export function useSummary(filters: CallbackFilters) {
  return useQuery(summaryQueryOptions(filters));
}

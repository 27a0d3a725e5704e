// GET /api/demo/status: a notice when the demo data had to be reset (stored data was unreadable).
import { queryOptions, useQuery } from '@tanstack/react-query';
import { request } from './client';
import { demoKeys } from './keys';

export interface DemoStatus {
  notice: string | null;
  seed: number | string;
  size: number;
}

export const getDemoStatus = (signal?: AbortSignal) => request<DemoStatus>('/api/demo/status', { signal });

export const demoStatusQueryOptions = () =>
  queryOptions({ queryKey: demoKeys.status(), queryFn: ({ signal }) => getDemoStatus(signal), staleTime: Infinity, retry: false });

export function useDemoStatus() {
  return useQuery(demoStatusQueryOptions());
}

/** Dismisses the notice for everyone (the mock forgets it). */
export const postDismissDemoNotice = () => request<DemoStatus>('/api/demo/status/dismiss', { method: 'POST' });

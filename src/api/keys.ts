// Query-key factories: every cache entry of a family shares a prefix, so one invalidation reaches them all.
import type { Sort, View } from '../domain/types';
import type { AgeBucket } from '../domain/views';

export interface CallbackFilters {
  tz: string;
  q?: string;
  campaignId?: string;
  agentId?: string;
  outcome?: string;
  type?: string;
  stale?: boolean;
  age?: AgeBucket; // overdue by that much (triage's age figures)
}

export interface CallbackListParams extends CallbackFilters {
  view: View;
  sort: Sort;
}

export const callbackKeys = {
  all: ['callbacks'] as const,
  lists: () => [...callbackKeys.all, 'list'] as const,
  list: (params: CallbackListParams) => [...callbackKeys.lists(), params] as const,
  summaries: () => [...callbackKeys.all, 'summary'] as const,
  summary: (filters: CallbackFilters) => [...callbackKeys.summaries(), filters] as const,
  details: () => [...callbackKeys.all, 'detail'] as const,
  detail: (id: string) => [...callbackKeys.details(), id] as const,
};

export const referenceKeys = {
  campaigns: ['campaigns'] as const,
  users: ['users'] as const,
  me: ['me'] as const,
};

export const demoKeys = {
  all: ['demo'] as const,
  clock: () => [...demoKeys.all, 'clock'] as const,
  status: () => [...demoKeys.all, 'status'] as const,
};

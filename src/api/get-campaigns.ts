// GET /api/campaigns: the campaign filter's options.
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Campaign } from '../domain/types';
import { request } from './client';
import { referenceKeys } from './keys';

export const getCampaigns = (signal?: AbortSignal) => request<Campaign[]>('/api/campaigns', { signal });

export const campaignsQueryOptions = () =>
  queryOptions({ queryKey: referenceKeys.campaigns, queryFn: ({ signal }) => getCampaigns(signal), staleTime: 60_000 });

export function useCampaigns() {
  return useQuery(campaignsQueryOptions());
}

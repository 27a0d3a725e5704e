// GET /api/triage and GET /api/forecast: the supervisor's overdue figures and the next hours' workload;
// PATCH /api/campaigns/:id, which triage offers for paused campaigns.
// Both live under the callbacks key, so every change to callbacks refreshes them too.
import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AgeBucket } from '../domain/triage';
import type { Campaign, CampaignStatus } from '../domain/types';
import { request, withQuery } from './client';
import { callbackKeys, referenceKeys } from './keys';

export interface TriageResponse {
  total: number;
  customerRequested: number;
  byCampaign: { campaign: Campaign; count: number; customerRequested: number; stale: number }[];
  byAge: { bucket: AgeBucket; label: string; count: number }[];
  pausedWithOverdue: { campaign: Campaign; count: number }[];
}

export interface ForecastResponse {
  buckets: { start: string; count: number }[];
  total: number;
}

export const triageKeys = {
  triage: (tz: string) => [...callbackKeys.all, 'triage', tz] as const,
  forecast: (tz: string, hours: number) => [...callbackKeys.all, 'forecast', tz, hours] as const,
};

export const getTriage = (tz: string, signal?: AbortSignal) =>
  request<TriageResponse>(withQuery('/api/triage', { tz }), { signal });

export const getForecast = (tz: string, hours: number, signal?: AbortSignal) =>
  request<ForecastResponse>(withQuery('/api/forecast', { tz, hours }), { signal });

export const triageQueryOptions = (tz: string) =>
  queryOptions({
    queryKey: triageKeys.triage(tz),
    queryFn: ({ signal }) => getTriage(tz, signal),
    placeholderData: keepPreviousData,
  });

export const forecastQueryOptions = (tz: string, hours = 24) =>
  queryOptions({
    queryKey: triageKeys.forecast(tz, hours),
    queryFn: ({ signal }) => getForecast(tz, hours, signal),
    placeholderData: keepPreviousData,
  });

export function useTriage(tz: string) {
  return useQuery(triageQueryOptions(tz));
}

export function useForecast(tz: string, hours = 24) {
  return useQuery(forecastQueryOptions(tz, hours));
}

export const patchCampaignStatus = (id: string, status: CampaignStatus) =>
  request<Campaign>(`/api/campaigns/${encodeURIComponent(id)}`, { method: 'PATCH', body: { status } });

/** Pause, resume or end a campaign (supervisors); the queue and the figures refresh after. */
export function useCampaignStatus() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, status }: { id: string; status: CampaignStatus }) => patchCampaignStatus(id, status),
    onSettled: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: referenceKeys.campaigns }),
        client.invalidateQueries({ queryKey: callbackKeys.all }),
      ]),
  });
}

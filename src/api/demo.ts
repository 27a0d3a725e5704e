// Demo controls the panel needs beyond reset/clock/status: move the mock's clock, and simulate the dialer.
// Both change what is due, so every cached answer is refreshed after.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Outcome } from '../domain/types';
import { request } from './client';
import type { DemoClock } from './demo-clock';

export const postDemoClock = (now: string | null) =>
  request<DemoClock>('/api/demo/clock', { method: 'POST', body: { now } });

/** Sets the demo clock (an ISO instant) or returns to real time (null). */
export function useSetDemoClock() {
  const client = useQueryClient();
  return useMutation({ mutationFn: postDemoClock, onSettled: () => client.invalidateQueries() });
}

export interface SimulatedCall {
  callbackId: string;
  contactName: string;
  campaignName: string;
  outcome: Outcome;
  result: string;
}

export interface SimulateResponse {
  now: string;
  played: SimulatedCall[];
  summary: string;
}

export const postDemoSimulate = (input: { count: number; tz: string }) =>
  request<SimulateResponse>('/api/demo/simulate', { method: 'POST', body: input });

/** The simulated dialer calls `count` due callbacks and plays realistic outcomes through the rules. */
export function useSimulateDialer() {
  const client = useQueryClient();
  return useMutation({ mutationFn: postDemoSimulate, onSettled: () => client.invalidateQueries() });
}

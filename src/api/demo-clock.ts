// GET /api/demo/clock: the mock's "now" (tests and walkthroughs move it); the UI's clock follows it.
import { queryOptions, useQuery } from '@tanstack/react-query';
import { request } from './client';
import { demoKeys } from './keys';

export interface DemoClock {
  now: string;
  offsetMs: number;
}

export const getDemoClock = (signal?: AbortSignal) => request<DemoClock>('/api/demo/clock', { signal });

/** offset = server now − this browser's now, measured when the answer arrives. */
export const demoClockQueryOptions = () =>
  queryOptions({
    queryKey: demoKeys.clock(),
    queryFn: async ({ signal }) => {
      const clock = await getDemoClock(signal);
      return { ...clock, localOffsetMs: Date.parse(clock.now) - Date.now() };
    },
    staleTime: 5 * 60_000,
    refetchInterval: 5 * 60_000,
    retry: false,
  });

export function useDemoClock() {
  return useQuery(demoClockQueryOptions());
}

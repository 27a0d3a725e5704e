// POST /api/demo/reset: fresh demo data (same seed → same data); every cached answer is then stale.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { request } from './client';

export interface DemoResetInput {
  seed?: number | string;
  size?: number;
}

export const postDemoReset = (input: DemoResetInput = {}) =>
  request<unknown>('/api/demo/reset', { method: 'POST', body: input });

export function useDemoReset() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: postDemoReset,
    onSuccess: () => client.resetQueries(),
  });
}

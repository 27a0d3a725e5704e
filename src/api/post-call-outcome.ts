// POST /api/call-outcomes: the dialer's / AI agent's single entry point; the demo's call panel plays it.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CallbackView, Outcome } from '../domain/types';
import { newIdempotencyKey, request } from './client';
import { callbackKeys } from './keys';

export interface CallOutcomeInput {
  contactId: string;
  campaignId: string;
  outcome: Outcome;
  occurredAt?: string;
  callbackAt?: string;
  notes?: string;
}

export interface CallOutcomeResponse {
  callback: CallbackView | null;
  closed: CallbackView[];
  note: string | null;
}

export function postCallOutcome(input: CallOutcomeInput, idempotencyKey = newIdempotencyKey()) {
  return request<CallOutcomeResponse>('/api/call-outcomes', {
    method: 'POST',
    body: input,
    headers: { 'Idempotency-Key': idempotencyKey },
  });
}

export function usePostCallOutcome() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: CallOutcomeInput) => postCallOutcome(input),
    onSettled: () => client.invalidateQueries({ queryKey: callbackKeys.all }),
  });
}

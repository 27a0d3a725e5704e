// Runs one action optimistically and tells the operator what happened (or why nothing did).
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef } from 'react';
import { ApiError } from '../../api/client';
import { callbackKeys } from '../../api/keys';
import { patchLists, useCallbackAction, type ActionResponse, type CallbackActionInput } from '../../api/post-callback-action';
import { useToast } from '../../components/toast';
import { skipPreview } from '../../domain/explain';
import type { CallbackView, Instant } from '../../domain/types';
import { useSession } from '../session/session-context';
import { useNow } from '../session/use-now';
import { failureMessage, successMessage } from './action-messages';

/** The row as it should look until the server answers (null: it leaves the queue). */
function optimisticFor(cb: CallbackView, input: CallbackActionInput, now: Instant, agentName: string | undefined): CallbackView | null {
  switch (input.action) {
    case 'call-now':
      return { ...cb, status: 'dialing' };
    case 'reschedule':
      return { ...cb, scheduledAt: input.scheduledAt, placement: null };
    case 'skip': {
      const next = skipPreview(cb, now).next;
      return next ? { ...cb, retry: { number: next.number, max: next.max }, scheduledAt: next.at, placement: null } : null;
    }
    case 'cancel':
    case 'complete':
      return null;
    case 'reassign':
      return { ...cb, agentId: input.agentId, agent: { id: input.agentId, name: agentName ?? input.agentId } };
  }
}

export function useRunAction(onCalled: (cb: CallbackView) => void) {
  const client = useQueryClient();
  const notify = useToast();
  const { users, timeZone } = useSession();
  const now = useNow();
  const latest = useRef({ now, timeZone, users, onCalled });
  useEffect(() => {
    latest.current = { now, timeZone, users, onCalled };
  });

  const mutation = useCallbackAction({
    onSuccess: (response: ActionResponse, vars) => {
      notify(successMessage(vars.input, response, latest.current.timeZone), response.warning ? 'info' : 'success');
      if (vars.input.action === 'call-now') latest.current.onCalled(response);
    },
    onError: (error, vars) => {
      if (error instanceof ApiError && error.current) {
        patchLists(client, error.current.id, error.current);
        client.setQueryData(callbackKeys.detail(error.current.id), error.current);
      }
      notify(failureMessage(error, vars.callback), 'error');
    },
  });
  const { mutate } = mutation;

  return useCallback(
    (cb: CallbackView, input: CallbackActionInput) => {
      const { now: at, users: people } = latest.current;
      const agentName = input.action === 'reassign' ? people.find((u) => u.id === input.agentId)?.name : undefined;
      mutate({ callback: cb, input, optimistic: optimisticFor(cb, input, at, agentName) });
    },
    [mutate],
  );
}

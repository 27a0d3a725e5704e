// One place that starts actions, for the inline row buttons, the detail panel and the keyboard:
// refused actions explain themselves, the others open their dialog (or, for Call Now, just run).
import { createContext, lazy, Suspense, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { CallbackActionInput } from '../../api/post-callback-action';
import { useToast } from '../../components/toast';
import { availableActions } from '../../domain/availability';
import type { ActionName, CallbackView } from '../../domain/types';
import { useSession } from '../session/session-context';
import { useNow } from '../session/use-now';
import { ACTION_LABELS } from './action-labels';
import type { OpenDialog } from './action-dialogs';
import { useRunAction } from './use-run-action';

interface Actions {
  request: (cb: CallbackView, action: ActionName) => void;
  run: (cb: CallbackView, input: CallbackActionInput) => void;
  openCallPanel: (cb: CallbackView) => void;
}

const ActionsContext = createContext<Actions | null>(null);

// Dialogs and the call panel load on first use, keeping them out of the initial bundle.
const ActionDialogs = lazy(() => import('./action-dialogs').then((m) => ({ default: m.ActionDialogs })));
const CallPanel = lazy(() => import('./call-panel').then((m) => ({ default: m.CallPanel })));

export function ActionsProvider({ children }: { children: ReactNode }) {
  const notify = useToast();
  const { user } = useSession();
  const now = useNow();
  const [dialog, setDialog] = useState<OpenDialog | null>(null);
  const [call, setCall] = useState<CallbackView | null>(null);
  const run = useRunAction(setCall);
  const latest = useRef({ user, now });
  useEffect(() => {
    latest.current = { user, now };
  });

  const request = useCallback(
    (cb: CallbackView, action: ActionName) => {
      const availability = availableActions(cb, latest.current.user, latest.current.now)[action];
      if (!availability.allowed) {
        notify(`${ACTION_LABELS[action]} is not available: ${availability.reason}`, 'error');
        return;
      }
      if (action === 'call-now') run(cb, { action: 'call-now' });
      else setDialog({ kind: action, callback: cb });
    },
    [notify, run],
  );

  const value = useMemo<Actions>(() => ({ request, run, openCallPanel: setCall }), [request, run]);
  return (
    <ActionsContext.Provider value={value}>
      {children}
      <Suspense fallback={null}>
        {dialog && <ActionDialogs dialog={dialog} onClose={() => setDialog(null)} onSubmit={run} />}
        {call && <CallPanel key={call.id} callback={call} onClose={() => setCall(null)} />}
      </Suspense>
    </ActionsContext.Provider>
  );
}

export function useActions(): Actions {
  const actions = useContext(ActionsContext);
  if (!actions) throw new Error('useActions needs <ActionsProvider>.');
  return actions;
}

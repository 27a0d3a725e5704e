// The five actions for one callback, disabled with the domain's reason where a rule forbids them.
import { useMemo } from 'react';
import { Button } from '../../components/button';
import { availableActions } from '../../domain/availability';
import type { CallbackView } from '../../domain/types';
import { useSession } from '../session/session-context';
import { useNow } from '../session/use-now';
import { ACTION_LABELS, ACTION_ORDER } from './action-labels';
import { useActions } from './actions-context';
import { useRowContext } from './row-context';

/** On the walkthrough's retry row, Skip and Cancel carry its marks (Cancel for the Do-Not-Call step). */
const TOUR_BUTTONS: Partial<Record<string, string>> = { skip: 'skip', cancel: 'dnc' };

export function RowActions({ callback: cb, showReasons = false }: { callback: CallbackView; showReasons?: boolean }) {
  const { user } = useSession();
  const now = useNow();
  const { request } = useActions();
  const { tabbable, tour } = useRowContext();
  const availability = useMemo(() => availableActions(cb, user, now), [cb, user, now]);
  const reasons = [...new Set(ACTION_ORDER.flatMap((action) => {
    const a = availability[action];
    return a.allowed ? [] : [a.reason];
  }))];
  return (
    <div className="flex flex-col gap-2">
      <div className="flex flex-wrap gap-1" role="group" aria-label={`Actions for ${cb.contact.name}`}>
        {ACTION_ORDER.map((action) => {
          const a = availability[action];
          return (
            <Button
              key={action}
              size={showReasons ? 'md' : 'sm'}
              variant={action === 'call-now' ? 'primary' : 'secondary'}
              disabledReason={a.allowed ? null : a.reason}
              onClick={() => request(cb, action)}
              data-action={action}
              data-tour={tour === 'retry-row' ? TOUR_BUTTONS[action] : undefined}
              tabIndex={tabbable ? undefined : -1}
            >
              {ACTION_LABELS[action]}
            </Button>
          );
        })}
      </div>
      {showReasons && reasons.length > 0 && (
        <ul className="list-disc pl-5 text-sm text-slate-700 dark:text-slate-300">
          {reasons.map((reason) => (
            <li key={reason}>{reason}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

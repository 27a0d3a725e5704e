import { useId } from 'react';
import { useUsers } from '../../api/get-users';
import { CANCEL_REASONS } from '../../domain/policy';
import type { CancelReason } from '../../domain/types';

export type BulkActionName = 'cancel' | 'reschedule' | 'reassign' | 'complete';

/** What the supervisor typed; turned into an operation by the bar. */
export interface BulkDraft {
  reason: CancelReason | '';
  note: string;
  when: 'time' | 'preferred';
  at: string; // datetime-local value, operator's time zone
  agentId: string;
}

export const EMPTY_DRAFT: BulkDraft = { reason: '', note: '', when: 'preferred', at: '', agentId: '' };

const field =
  'mt-1 block w-full rounded-md border border-slate-300 bg-white px-2 py-1 text-sm dark:border-slate-600 dark:bg-slate-900';

/** The inputs each bulk action needs: a cancel reason, a time (or each contact's next preferred window), an agent, a note. */
export function BulkActionForm({
  action,
  draft,
  onChange,
  tz,
}: {
  action: BulkActionName;
  draft: BulkDraft;
  onChange: (d: BulkDraft) => void;
  tz: string;
}) {
  const id = useId();
  const users = useUsers();
  const set = (patch: Partial<BulkDraft>) => onChange({ ...draft, ...patch });
  return (
    <div className="flex flex-wrap items-end gap-3">
      {action === 'cancel' && (
        <label className="text-sm">
          Reason
          <select
            aria-required="true"
            className={field}
            value={draft.reason}
            onChange={(e) => set({ reason: e.target.value as CancelReason })}
          >
            <option value="">Choose a reason…</option>
            {CANCEL_REASONS.map((r) => (
              <option key={r.value} value={r.value}>
                {r.label}
              </option>
            ))}
          </select>
        </label>
      )}
      {action === 'reschedule' && (
        <fieldset className="text-sm">
          <legend>New time</legend>
          <label className="mr-3 inline-flex items-center gap-1">
            <input
              type="radio"
              name={`${id}-when`}
              checked={draft.when === 'preferred'}
              onChange={() => set({ when: 'preferred' })}
            />
            Next preferred window of each contact
          </label>
          <label className="inline-flex items-center gap-1">
            <input
              type="radio"
              name={`${id}-when`}
              checked={draft.when === 'time'}
              onChange={() => set({ when: 'time' })}
            />
            At
          </label>
          <input
            type="datetime-local"
            aria-label={`New time (${tz})`}
            className="ml-2 rounded-md border border-slate-300 px-2 py-1 dark:border-slate-600 dark:bg-slate-900"
            value={draft.at}
            onChange={(e) => set({ at: e.target.value, when: 'time' })}
          />
          <span className="ml-1 text-xs text-slate-600 dark:text-slate-300">{tz}</span>
        </fieldset>
      )}
      {action === 'reassign' && (
        <label className="text-sm">
          Assign to
          <select
            aria-required="true"
            className={field}
            value={draft.agentId}
            onChange={(e) => set({ agentId: e.target.value })}
          >
            <option value="">Choose an agent…</option>
            {(users.data ?? [])
              .filter((u) => u.role === 'agent')
              .map((u) => (
                <option key={u.id} value={u.id}>
                  {u.name}
                </option>
              ))}
          </select>
        </label>
      )}
      {(action === 'cancel' || action === 'complete') && (
        <label className="min-w-60 flex-1 text-sm">
          Note {action === 'cancel' && draft.reason === 'other' ? '(required)' : '(optional)'}
          <input
            className={field}
            value={draft.note}
            maxLength={2000}
            onChange={(e) => set({ note: e.target.value })}
          />
        </label>
      )}
    </div>
  );
}

import { useId, type FormEvent } from 'react';
import type { CallbackActionInput } from '../../api/post-callback-action';
import { Button } from '../../components/button';
import { Dialog } from '../../components/dialog';
import { InputField } from '../../components/field';
import { formatIn, shortZoneName } from '../../domain/time';
import type { CallbackView } from '../../domain/types';
import { useSession } from '../session/session-context';
import { useNow } from '../session/use-now';
import { formatOperator } from './format';
import { useRescheduleForm } from './use-reschedule-form';

interface Props {
  callback: CallbackView;
  onClose: () => void;
  onSubmit: (cb: CallbackView, input: CallbackActionInput) => void;
}

export function RescheduleDialog({ callback: cb, onClose, onSubmit }: Props) {
  const now = useNow();
  const { timeZone } = useSession();
  const form = useRescheduleForm(cb, now);
  const tz = cb.contact.timezone;
  const problemId = useId();
  const { availability, resolved, at } = form;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!at || !availability.allowed) return;
    onSubmit(cb, { action: 'reschedule', scheduledAt: at });
    onClose();
  };

  return (
    <Dialog
      open
      onClose={onClose}
      title={`Reschedule ${cb.contact.name}`}
      description={`Enter the new time in the contact's local time (${tz}, ${shortZoneName(now, tz)}). It is now ${formatIn(now, tz, 'EEE HH:mm')} there.`}
    >
      <form onSubmit={submit} className="flex flex-col gap-4" noValidate>
        <div className="grid grid-cols-2 gap-3">
          <InputField label="Date (contact's local date)" type="date" value={form.date} onChange={(e) => form.setDate(e.target.value)} required data-autofocus />
          <InputField label="Time (contact's local time)" type="time" value={form.time} onChange={(e) => form.setTime(e.target.value)} required />
        </div>

        {resolved.kind === 'ambiguous' && (
          <fieldset className="flex flex-col gap-1 rounded-md border border-slate-300 p-3 text-sm dark:border-slate-600">
            <legend className="px-1 font-medium">
              {form.time} happens twice on that day in {tz} (the clocks go back). Which one?
            </legend>
            {(['earlier', 'later'] as const).map((choice) => {
              const instant = choice === 'earlier' ? resolved.earlier : resolved.later;
              return (
                <label key={choice} className="flex items-center gap-2">
                  <input type="radio" name="occurrence" value={choice} checked={form.choice === choice} onChange={() => form.setChoice(choice)} />
                  {choice === 'earlier' ? 'The first' : 'The second'} {form.time} ({shortZoneName(instant, tz)}) — your time {formatOperator(instant, timeZone)}
                </label>
              );
            })}
          </fieldset>
        )}

        <p className="text-sm" aria-live="polite">
          {at ? (
            <>
              Your time: <strong>{formatOperator(at, timeZone)}</strong> ({timeZone}, {shortZoneName(at, timeZone)})
            </>
          ) : (
            'Your time: —'
          )}
        </p>

        {resolved.kind === 'gap' && (
          <div className="flex flex-wrap items-center gap-2 rounded-md bg-amber-50 p-3 text-sm text-amber-950 dark:bg-amber-950 dark:text-amber-100">
            <p id={problemId}>{resolved.message}</p>
            <Button size="sm" onClick={() => form.setTime(resolved.shiftedTime)}>
              Use {resolved.shiftedTime} instead
            </Button>
          </div>
        )}
        {resolved.kind !== 'gap' && !availability.allowed && (
          <p id={problemId} className="text-sm text-red-800 dark:text-red-300">
            {availability.reason}
          </p>
        )}
        {availability.allowed && availability.warning && (
          <p className="rounded-md bg-amber-50 p-2 text-sm text-amber-950 dark:bg-amber-950 dark:text-amber-100">Warning: {availability.warning}</p>
        )}

        <div className="flex justify-end gap-2">
          <Button onClick={onClose}>Close</Button>
          <Button type="submit" variant="primary" disabledReason={availability.allowed ? null : availability.reason}>
            Save new time
          </Button>
        </div>
      </form>
    </Dialog>
  );
}

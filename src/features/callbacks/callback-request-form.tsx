import { useState, type FormEvent } from 'react';
import { Button } from '../../components/button';
import { InputField, TextareaField } from '../../components/field';
import type { CallbackView } from '../../domain/types';
import { useSession } from '../session/session-context';
import { formatOperator } from './format';
import { resolveLocal } from './use-reschedule-form';

/** "Callback requested": the time the customer named (their local time) and the conversation's notes. */
export function CallbackRequestForm({
  callback: cb,
  pending,
  onSubmit,
}: {
  callback: CallbackView;
  pending: boolean;
  onSubmit: (extra: { callbackAt: string; notes?: string }) => void;
}) {
  const { timeZone } = useSession();
  const [date, setDate] = useState('');
  const [time, setTime] = useState('');
  const [notes, setNotes] = useState('');
  const resolved = resolveLocal(date, time, cb.contact.timezone, 'earlier');
  const at = resolved.kind === 'ok' || resolved.kind === 'ambiguous' ? resolved.at : null;
  const problem = resolved.kind === 'gap' ? resolved.message : at ? null : 'Enter the date and time the customer asked for.';

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!at) return;
    onSubmit({ callbackAt: at, ...(notes.trim() ? { notes: notes.trim() } : {}) });
  };
  return (
    <form onSubmit={submit} className="flex flex-col gap-2" aria-label="Callback requested" noValidate>
      <div className="grid grid-cols-2 gap-2">
        <InputField label={`Date (${cb.contact.timezone})`} type="date" value={date} onChange={(e) => setDate(e.target.value)} />
        <InputField label="Time (contact's local time)" type="time" value={time} onChange={(e) => setTime(e.target.value)} />
      </div>
      <p className="text-xs text-slate-600 dark:text-slate-400">{at ? `Your time: ${formatOperator(at, timeZone)}` : problem}</p>
      <TextareaField label="Notes from the conversation" value={notes} onChange={(e) => setNotes(e.target.value)} maxLength={2000} />
      <Button type="submit" variant="primary" size="sm" disabledReason={pending ? 'Sending…' : problem}>
        Record callback request
      </Button>
    </form>
  );
}

import { useState, type FormEvent } from 'react';
import type { CallbackActionInput } from '../../api/post-callback-action';
import { Button } from '../../components/button';
import { Dialog } from '../../components/dialog';
import { TextareaField } from '../../components/field';
import { CANCEL_REASONS } from '../../domain/policy';
import type { CallbackView, CancelReason } from '../../domain/types';
import { describeRetry } from '../../domain/labels';

interface Props {
  callback: CallbackView;
  onClose: () => void;
  onSubmit: (cb: CallbackView, input: CallbackActionInput) => void;
}

export function CancelDialog({ callback: cb, onClose, onSubmit }: Props) {
  const [reason, setReason] = useState<CancelReason | null>(null);
  const [note, setNote] = useState('');
  const noteRequired = reason === 'other';
  const blocked = !reason ? 'Choose a reason.' : noteRequired && !note.trim() ? 'A note is required when the reason is Other.' : null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (blocked || !reason) return;
    onSubmit(cb, { action: 'cancel', reason, ...(note.trim() ? { note: note.trim() } : {}) });
    onClose();
  };

  return (
    <Dialog
      open
      onClose={onClose}
      title={`Cancel the callback for ${cb.contact.name}`}
      description={`${describeRetry(cb)} in ${cb.campaign.name}. Cancelling closes the sequence: no further retries in this campaign.`}
    >
      <form onSubmit={submit} className="flex flex-col gap-4" noValidate>
        <fieldset className="flex flex-col gap-1.5 text-sm">
          <legend className="mb-1 font-medium">Reason (required)</legend>
          {CANCEL_REASONS.map((option, index) => (
            <label key={option.value} className="flex items-center gap-2">
              <input
                type="radio"
                name="cancel-reason"
                value={option.value}
                checked={reason === option.value}
                onChange={() => setReason(option.value)}
                data-autofocus={index === 0 ? true : undefined}
              />
              {option.label}
            </label>
          ))}
        </fieldset>
        {reason === 'do-not-call' && (
          <p role="note" className="rounded-md bg-amber-50 p-2 text-sm text-amber-950 dark:bg-amber-950 dark:text-amber-100">
            Warning: {cb.contact.name} will be marked Do-Not-Call and every active callback for this contact, in every campaign, will be
            cancelled. No callback can be scheduled for them again.
          </p>
        )}
        <TextareaField
          label={noteRequired ? 'Note (required for Other)' : 'Note (optional)'}
          value={note}
          onChange={(event) => setNote(event.target.value)}
          required={noteRequired}
          aria-invalid={noteRequired && !note.trim() ? true : undefined}
          maxLength={2000}
        />
        <div className="flex justify-end gap-2">
          <Button onClick={onClose}>Keep callback</Button>
          <Button type="submit" variant="danger" disabledReason={blocked}>
            Confirm
          </Button>
        </div>
      </form>
    </Dialog>
  );
}

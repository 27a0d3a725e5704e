import { useState, type FormEvent } from 'react';
import type { CallbackActionInput } from '../../api/post-callback-action';
import { Button } from '../../components/button';
import { Dialog } from '../../components/dialog';
import { TextareaField } from '../../components/field';
import type { CallbackView } from '../../domain/types';

interface Props {
  callback: CallbackView;
  onClose: () => void;
  onSubmit: (cb: CallbackView, input: CallbackActionInput) => void;
}

export function CompleteDialog({ callback: cb, onClose, onSubmit }: Props) {
  const [note, setNote] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit(cb, { action: 'complete', ...(note.trim() ? { note: note.trim() } : {}) });
    onClose();
  };
  return (
    <Dialog
      open
      onClose={onClose}
      title={`Mark the callback for ${cb.contact.name} complete`}
      description="Closes the callback as handled (for example, the customer called back). No further retries in this campaign."
    >
      <form onSubmit={submit} className="flex flex-col gap-4">
        <TextareaField label="Note (optional)" value={note} onChange={(event) => setNote(event.target.value)} maxLength={2000} data-autofocus />
        <div className="flex justify-end gap-2">
          <Button onClick={onClose}>Close</Button>
          <Button type="submit" variant="primary">
            Confirm completion
          </Button>
        </div>
      </form>
    </Dialog>
  );
}

import type { FormEvent } from 'react';
import type { CallbackActionInput } from '../../api/post-callback-action';
import { Button } from '../../components/button';
import { Dialog } from '../../components/dialog';
import { skipPreview } from '../../domain/explain';
import { describeRetry } from '../../domain/labels';
import type { CallbackView } from '../../domain/types';
import { useSession } from '../session/session-context';
import { useNow } from '../session/use-now';
import { formatOperator } from './format';

interface Props {
  callback: CallbackView;
  onClose: () => void;
  onSubmit: (cb: CallbackView, input: CallbackActionInput) => void;
}

export function SkipDialog({ callback: cb, onClose, onSubmit }: Props) {
  const now = useNow();
  const { timeZone } = useSession();
  const preview = skipPreview(cb, now);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit(cb, { action: 'skip' });
    onClose();
  };
  return (
    <Dialog open onClose={onClose} title={`Skip ${describeRetry(cb)} for ${cb.contact.name}?`} description="The skipped retry counts as used.">
      <form onSubmit={submit} className="flex flex-col gap-4">
        <p className="text-sm">
          {preview.next ? (
            <>
              Next: <strong>{preview.summary}</strong> contact time ({cb.contact.timezone}) — your time {formatOperator(preview.next.at, timeZone)}.
            </>
          ) : (
            <>
              Skipping <strong>{preview.summary}</strong>.
            </>
          )}
        </p>
        <div className="flex justify-end gap-2">
          <Button onClick={onClose}>Close</Button>
          <Button type="submit" variant="primary" data-autofocus>
            Confirm
          </Button>
        </div>
      </form>
    </Dialog>
  );
}

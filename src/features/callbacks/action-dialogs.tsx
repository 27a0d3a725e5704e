import type { CallbackActionInput } from '../../api/post-callback-action';
import type { CallbackView } from '../../domain/types';
import { CancelDialog } from './cancel-dialog';
import { CompleteDialog } from './complete-dialog';
import { RescheduleDialog } from './reschedule-dialog';
import { SkipDialog } from './skip-dialog';

export interface OpenDialog {
  kind: 'reschedule' | 'skip' | 'cancel' | 'complete';
  callback: CallbackView;
}

export function ActionDialogs({
  dialog,
  onClose,
  onSubmit,
}: {
  dialog: OpenDialog | null;
  onClose: () => void;
  onSubmit: (cb: CallbackView, input: CallbackActionInput) => void;
}) {
  if (!dialog) return null;
  const props = { key: `${dialog.kind}-${dialog.callback.id}`, callback: dialog.callback, onClose, onSubmit };
  switch (dialog.kind) {
    case 'reschedule':
      return <RescheduleDialog {...props} />;
    case 'skip':
      return <SkipDialog {...props} />;
    case 'cancel':
      return <CancelDialog {...props} />;
    case 'complete':
      return <CompleteDialog {...props} />;
  }
}

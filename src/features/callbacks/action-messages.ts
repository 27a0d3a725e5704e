// What the toasts say after an action. Times in the operator's zone; the server's words for refusals.
import { ApiError } from '../../api/client';
import type { ActionResponse, CallbackActionInput } from '../../api/post-callback-action';
import type { CallbackView } from '../../domain/types';
import { describeRetry } from '../../domain/labels';
import { formatOperator } from './format';

export function successMessage(input: CallbackActionInput, response: ActionResponse, tz: string): string {
  const name = response.contact.name;
  const others = response.closed.filter((cb) => cb.id !== response.id).length;
  const alsoClosed = others > 0 ? ` ${others} other callback${others === 1 ? '' : 's'} of this contact closed too.` : '';
  const warning = response.warning ? ` Note: ${response.warning}` : '';
  switch (input.action) {
    case 'call-now':
      return `Calling ${name}. Play the call's outcome in the call panel.`;
    case 'reschedule':
      return `${name} rescheduled to ${formatOperator(response.scheduledAt, tz)}.${warning}`;
    case 'skip':
      return response.status === 'closed'
        ? `Skipped the last retry for ${name}: the sequence ended.`
        : `Skipped. ${describeRetry(response)} for ${name} scheduled for ${formatOperator(response.scheduledAt, tz)}.`;
    case 'cancel':
      return `Cancelled the callback for ${name}.${alsoClosed}`;
    case 'complete':
      return `Marked the callback for ${name} complete.`;
    case 'reassign':
      return `${name}'s callback is now assigned to ${response.agent.name}.`;
  }
}

export function failureMessage(error: unknown, cb: CallbackView): string {
  const what = `Nothing changed for ${cb.contact.name}`;
  if (error instanceof ApiError) {
    if (error.status === 409 && error.current) return `${error.message} ${what}; the row now shows the latest version.`;
    return `${error.message} (${what}.)`;
  }
  return `${what}: the request failed.`;
}

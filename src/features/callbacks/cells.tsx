// What each column shows for one callback. Notes and names are untrusted: React text only.
import { Badge } from '../../components/badge';
import { describeRetry } from '../../domain/labels';
import { OUTCOME_LABELS } from '../../domain/policy';
import type { CallbackView } from '../../domain/types';
import { isOverdue, isStale } from '../../domain/views';
import { useSession } from '../session/session-context';
import { useNow } from '../session/use-now';
import { formatContactTime, formatOperator } from './format';
import { useRowContext } from './row-context';

const muted = 'text-xs text-slate-600 dark:text-slate-400';

export function ContactCell({ callback: cb }: { callback: CallbackView }) {
  const now = useNow();
  const { tabbable, openDetail } = useRowContext();
  const requestedNote = cb.type === 'customer-requested' && cb.notes ? cb.notes : null;
  return (
    <div className="flex min-w-0 flex-col gap-0.5">
      <button
        type="button"
        onClick={openDetail}
        tabIndex={tabbable ? undefined : -1}
        title="Open details"
        className="truncate text-left font-medium text-blue-800 underline-offset-2 hover:underline dark:text-blue-300"
      >
        {cb.contact.name}
      </button>
      <span className={`${muted} tabular-nums`}>{cb.contact.phone}</span>
      <StatusBadges callback={cb} stale={isStale(cb, now)} />
      {requestedNote && (
        <p className="line-clamp-2 text-xs text-slate-800 italic dark:text-slate-200" title={requestedNote}>
          Note: {requestedNote}
        </p>
      )}
    </div>
  );
}

export function StatusBadges({ callback: cb, stale }: { callback: CallbackView; stale: boolean }) {
  const badges = [
    stale && <Badge key="stale" tone="warning" title="Overdue by more than 48 hours">Stale</Badge>,
    cb.campaign.status === 'paused' && <Badge key="paused" tone="neutral">Campaign paused</Badge>,
    cb.campaign.status === 'ended' && <Badge key="ended" tone="neutral">Campaign ended</Badge>,
    cb.contact.dnc && <Badge key="dnc" tone="danger" title="Do-Not-Call">DNC</Badge>,
    cb.contact.invalidNumber && <Badge key="invalid" tone="danger">Invalid number</Badge>,
    cb.status === 'dialing' && <Badge key="dialing" tone="info" title="A call is in progress">Dialing</Badge>,
  ].filter(Boolean);
  if (badges.length === 0) return null;
  return <div className="flex flex-wrap gap-1 pt-0.5">{badges}</div>;
}

export function OutcomeCell({ callback: cb }: { callback: CallbackView }) {
  return (
    <div className="flex flex-col gap-0.5">
      <span>{OUTCOME_LABELS[cb.outcome]}</span>
      <span className={muted}>{describeRetry(cb)}</span>
    </div>
  );
}

export function ScheduleCell({ callback: cb }: { callback: CallbackView }) {
  const { timeZone } = useSession();
  const now = useNow();
  const overdue = isOverdue(cb, now);
  return (
    <div className="flex flex-col gap-0.5">
      <span className={overdue ? 'font-medium text-red-800 dark:text-red-300' : ''}>
        <time dateTime={cb.scheduledAt}>{formatOperator(cb.scheduledAt, timeZone)}</time>
        {overdue && <span className="sr-only"> (overdue)</span>}
      </span>
      <span className={muted}>{formatContactTime(cb.scheduledAt, timeZone, cb.contact.timezone)}</span>
    </div>
  );
}

export function CampaignCell({ callback: cb }: { callback: CallbackView }) {
  return (
    <div className="flex min-w-0 flex-col gap-0.5">
      <span className="truncate">{cb.campaign.name}</span>
      <span className={muted}>Agent: {cb.agent.name}</span>
    </div>
  );
}

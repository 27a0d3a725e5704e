import { describeRetry, RESOLUTION_LABELS } from '../../domain/labels';
import { OUTCOME_LABELS } from '../../domain/policy';
import type { CallbackView } from '../../domain/types';
import { isStale } from '../../domain/views';
import { useSession } from '../session/session-context';
import { useNow } from '../session/use-now';
import { StatusBadges } from './cells';
import { formatSchedule } from './format';

export function DetailFacts({ callback: cb }: { callback: CallbackView }) {
  const { timeZone } = useSession();
  const now = useNow();
  const facts: [string, string][] = [
    ['Status', cb.resolution ? `${cb.status} (${RESOLUTION_LABELS[cb.resolution]})` : cb.status],
    ['Outcome', OUTCOME_LABELS[cb.outcome]],
    ['Sequence', describeRetry(cb)],
    ['Scheduled', formatSchedule(cb.scheduledAt, timeZone, cb.contact.timezone)],
    ['Campaign', `${cb.campaign.name} (${cb.campaign.status})`],
    ['Agent', cb.agent.name],
  ];
  return (
    <section aria-label="Callback" className="flex flex-col gap-3">
      <StatusBadges callback={cb} stale={cb.status !== 'closed' && isStale(cb, now)} />
      <dl className="grid grid-cols-[7rem_1fr] gap-x-3 gap-y-1 text-sm">
        {facts.map(([term, value]) => (
          <div key={term} className="contents">
            <dt className="text-slate-600 dark:text-slate-400">{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
        {cb.placement && (
          <div className="contents">
            <dt className="text-slate-600 dark:text-slate-400">Placement</dt>
            <dd>{cb.placement}</dd>
          </div>
        )}
      </dl>
      {cb.notes && (
        <div className="rounded-md bg-slate-50 p-3 text-sm dark:bg-slate-800">
          <p className="mb-1 font-medium">Notes</p>
          <p className="whitespace-pre-wrap">{cb.notes}</p>
        </div>
      )}
    </section>
  );
}

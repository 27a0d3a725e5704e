import type { TriageResponse } from '../../api/triage';
import { CampaignStatusActions } from './campaign-status-actions';
import { FigureLink } from './figure-link';
import { overdueQueueLink } from './queue-links';

/** Paused campaigns are the usual reason work goes overdue: each one is called out with what is waiting. */
export function PausedCallouts({ paused }: { paused: TriageResponse['pausedWithOverdue'] }) {
  if (paused.length === 0) return null;
  return (
    <section
      aria-labelledby="triage-paused"
      className="rounded-lg border border-amber-300 bg-amber-50 p-4 dark:border-amber-700 dark:bg-amber-950"
    >
      <h2 id="triage-paused" className="text-base font-semibold">
        Paused campaigns with overdue work
      </h2>
      <ul className="mt-2 space-y-2">
        {paused.map(({ campaign, count }) => (
          <li key={campaign.id} className="flex flex-wrap items-center justify-between gap-2">
            <p className="text-sm">
              <span className="font-semibold">{campaign.name}</span> is paused:{' '}
              <FigureLink
                to={overdueQueueLink({ campaign: campaign.id })}
                count={count}
                label={`overdue in ${campaign.name}`}
              />{' '}
              overdue {count === 1 ? 'callback' : 'callbacks'} waiting.
            </p>
            <CampaignStatusActions campaign={campaign} overdue={count} />
          </li>
        ))}
      </ul>
    </section>
  );
}

import { useState } from 'react';
import { useCampaignStatus } from '../../api/triage';
import { Button } from '../../components/button';
import { Dialog } from '../../components/dialog';
import { useToast } from '../../components/toast';
import type { Campaign, CampaignStatus } from '../../domain/types';

const DONE: Record<CampaignStatus, string> = { active: 'resumed', paused: 'paused', ended: 'ended' };

/** Resume / Pause / End for one campaign (supervisors). Ending is final, so it asks first. */
export function CampaignStatusActions({ campaign, overdue }: { campaign: Campaign; overdue: number }) {
  const mutation = useCampaignStatus();
  const notify = useToast();
  const [confirmEnd, setConfirmEnd] = useState(false);
  if (campaign.status === 'ended')
    return <span className="text-sm text-slate-600 dark:text-slate-300">Ended</span>;

  const change = (status: CampaignStatus) => {
    setConfirmEnd(false);
    // The promise, not mutate()'s callbacks: those are dropped when this component unmounts, and it does when
    // the refreshed figures no longer list the campaign here (a resumed campaign leaves the paused callout).
    mutation.mutateAsync({ id: campaign.id, status }).then(
      () => notify(`${campaign.name} ${DONE[status]}.`),
      (e: Error) => notify(`${campaign.name} could not be ${DONE[status]}: ${e.message}`, 'error'),
    );
  };
  const busy = mutation.isPending;
  return (
    <div className="flex flex-wrap gap-2">
      {campaign.status === 'paused' ? (
        <Button
          size="sm"
          variant="primary"
          disabled={busy}
          onClick={() => change('active')}
          aria-label={`Resume ${campaign.name}`}
        >
          Resume
        </Button>
      ) : (
        <Button
          size="sm"
          disabled={busy}
          onClick={() => change('paused')}
          aria-label={`Pause ${campaign.name}`}
        >
          Pause
        </Button>
      )}
      <Button
        size="sm"
        variant="ghost"
        disabled={busy}
        onClick={() => setConfirmEnd(true)}
        aria-label={`End ${campaign.name}`}
      >
        End
      </Button>
      <Dialog
        open={confirmEnd}
        onClose={() => setConfirmEnd(false)}
        title={`End ${campaign.name}?`}
        description={`Ending is final: the campaign cannot be resumed, and no callback can be scheduled in it again. ${overdue} overdue callback${overdue === 1 ? '' : 's'} are waiting in it.`}
      >
        <div className="flex justify-end gap-2">
          <Button onClick={() => setConfirmEnd(false)} data-autofocus>
            Keep it
          </Button>
          <Button variant="danger" onClick={() => change('ended')}>
            End campaign
          </Button>
        </div>
      </Dialog>
    </div>
  );
}

import { useEffect } from 'react';
import { Link } from 'react-router-dom';
import { useTriage } from '../../api/triage';
import { Button } from '../../components/button';
import { Skeleton } from '../../components/skeleton';
import { useSession } from '../session/session-context';
import { ExportButton } from './export-button';
import { ForecastSection } from './forecast-section';
import { OverdueFigures } from './overdue-figures';
import { PausedCallouts } from './paused-callouts';

/** `/triage`: the supervisor's daily look at the Overdue queue, and what is coming in the next hours. */
export function TriagePage() {
  const { user, timeZone } = useSession();
  useEffect(() => {
    document.title = 'Triage · Callbacks';
    return () => {
      document.title = 'Callbacks';
    };
  }, []);
  return (
    <div className="-mx-6 flex min-h-0 flex-1 flex-col gap-4 overflow-auto px-6 pb-6">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-2xl font-semibold">Triage</h1>
        {user.role === 'supervisor' && (
          <ExportButton
            params={{ view: 'overdue', sort: 'urgency', tz: timeZone }}
            label="Export overdue as CSV"
          />
        )}
      </div>
      {user.role === 'supervisor' ? (
        <TriageContent tz={timeZone} />
      ) : (
        <p>
          Triage is for supervisors: it summarises everyone&apos;s overdue work. Your own callbacks are in the{' '}
          <Link to="/callbacks" className="underline">
            queue
          </Link>
          .
        </p>
      )}
    </div>
  );
}

function TriageContent({ tz }: { tz: string }) {
  const triage = useTriage(tz);
  if (triage.isPending)
    return (
      <div role="status" className="flex flex-col gap-3">
        <span className="sr-only">Loading the overdue figures…</span>
        <Skeleton className="h-32 w-full" />
        <Skeleton className="h-48 w-full" />
      </div>
    );
  if (triage.isError)
    return (
      <div role="alert" className="flex flex-col items-start gap-2">
        <p>The overdue figures could not be loaded: {triage.error.message}</p>
        <Button onClick={() => void triage.refetch()}>Retry</Button>
      </div>
    );
  return (
    <>
      <PausedCallouts paused={triage.data.pausedWithOverdue} />
      <OverdueFigures triage={triage.data} tz={tz} />
      <ForecastSection tz={tz} />
    </>
  );
}

// Who did what, when, with before → after and what a new schedule replaced.
import { describeRetry, RESOLUTION_LABELS } from '../../domain/labels';
import { OUTCOME_LABELS } from '../../domain/policy';
import type { HistoryEntry, Snapshot } from '../../domain/types';
import { useSession } from '../session/session-context';
import { formatOperator } from './format';

const ACTION_TEXT: Record<HistoryEntry['action'], string> = {
  scheduled: 'Scheduled',
  replaced: 'Replaced a schedule',
  'call-started': 'Call started',
  rescheduled: 'Rescheduled',
  skipped: 'Skipped',
  cancelled: 'Cancelled',
  completed: 'Completed',
  closed: 'Closed',
  reassigned: 'Reassigned',
};

function useDescribe() {
  const { timeZone, users } = useSession();
  const agent = (id: string) => users.find((u) => u.id === id)?.name ?? id;
  return (s: Snapshot) => ({
    status: s.resolution ? `${s.status} (${RESOLUTION_LABELS[s.resolution]})` : s.status,
    schedule: `${describeRetry(s)} · ${OUTCOME_LABELS[s.outcome]}`,
    time: formatOperator(s.scheduledAt, timeZone),
    agent: agent(s.agentId),
  });
}

export function HistoryTimeline({ history }: { history: HistoryEntry[] | undefined }) {
  const { timeZone } = useSession();
  const describe = useDescribe();
  if (!history) return <p className="text-sm text-slate-600 dark:text-slate-400">Loading history…</p>;
  const labels = { status: 'Status', schedule: 'Sequence', time: 'Scheduled', agent: 'Agent' } as const;
  return (
    <ol className="flex flex-col gap-3 border-l border-slate-300 pl-4 dark:border-slate-600">
      {[...history].reverse().map((entry, index) => {
        const after = describe(entry.after);
        const before = entry.before ? describe(entry.before) : null;
        const changes = (Object.keys(labels) as (keyof typeof labels)[]).filter((key) => !before || before[key] !== after[key]);
        return (
          <li key={`${entry.at}-${index}`} className="flex flex-col gap-0.5 text-sm">
            <p>
              <strong>{ACTION_TEXT[entry.action]}</strong> by {entry.actor.name}
              {entry.actor.role !== 'system' ? ` (${entry.actor.role})` : ''} · <time dateTime={entry.at}>{formatOperator(entry.at, timeZone)}</time>
            </p>
            <p>{entry.summary}</p>
            <ul className="text-xs text-slate-700 dark:text-slate-300">
              {changes.map((key) => (
                <li key={key}>
                  {labels[key]}: {before ? `${before[key]} → ` : ''}
                  {after[key]}
                </li>
              ))}
              {entry.replaced && (
                <li>
                  Replaced: {describe(entry.replaced).schedule}, scheduled {describe(entry.replaced).time}
                </li>
              )}
            </ul>
          </li>
        );
      })}
    </ol>
  );
}

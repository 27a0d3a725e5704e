// The demo's call panel: after Call Now, the operator plays the call's outcome (as the dialer or the AI agent
// would report it) and watches the rules react.
import { useId, useState } from 'react';
import { ApiError } from '../../api/client';
import { usePostCallOutcome, type CallOutcomeResponse } from '../../api/post-call-outcome';
import { Button } from '../../components/button';
import { useToast } from '../../components/toast';
import { describeRetry, RESOLUTION_LABELS } from '../../domain/labels';
import { OUTCOMES, OUTCOME_LABELS } from '../../domain/policy';
import type { CallbackView, Outcome } from '../../domain/types';
import { useSession } from '../session/session-context';
import { CallbackRequestForm } from './callback-request-form';
import { formatSchedule } from './format';

/** What the rules did, in words: the server's note, the new schedule, what was closed. */
function resultText(response: CallOutcomeResponse, tz: string): string {
  const parts: string[] = [];
  if (response.note) parts.push(response.note);
  const next = response.callback;
  if (next && next.status !== 'closed') {
    const where = formatSchedule(next.scheduledAt, tz, next.contact.timezone);
    parts.push(`${describeRetry(next)} scheduled for ${where}${next.placement ? ` (${next.placement})` : ''}.`);
  }
  for (const closed of response.closed) {
    const why = closed.resolution ? RESOLUTION_LABELS[closed.resolution] : 'closed';
    parts.push(`Closed: ${closed.contact.name} in ${closed.campaign.name} (${why}).`);
  }
  return parts.join(' ') || 'Recorded; nothing else changed.';
}

export function CallPanel({ callback: cb, onClose }: { callback: CallbackView; onClose: () => void }) {
  const titleId = useId();
  const notify = useToast();
  const { timeZone } = useSession();
  const post = usePostCallOutcome();
  const [requesting, setRequesting] = useState(false);
  const [result, setResult] = useState<{ outcome: Outcome; response: CallOutcomeResponse } | null>(null);

  const play = (outcome: Outcome, extra: { callbackAt?: string; notes?: string } = {}) => {
    post.mutate(
      { contactId: cb.contact.id, campaignId: cb.campaign.id, outcome, ...extra },
      {
        onSuccess: (response) => {
          setResult({ outcome, response });
          setRequesting(false);
          notify(`${OUTCOME_LABELS[outcome]}: ${resultText(response, timeZone)}`, 'success');
        },
        onError: (error) => notify(error instanceof ApiError ? error.message : 'The outcome could not be recorded.', 'error'),
      },
    );
  };

  return (
    <section
      aria-labelledby={titleId}
      className="fixed bottom-4 left-4 z-40 flex w-[26rem] max-w-[calc(100vw-2rem)] flex-col gap-3 rounded-lg border border-slate-300 bg-white p-4 shadow-xl dark:border-slate-600 dark:bg-slate-900"
    >
      <header className="flex items-start justify-between gap-2">
        <div>
          <h2 id={titleId} className="font-semibold">
            Call panel: {cb.contact.name}
          </h2>
          <p className="text-xs text-slate-600 dark:text-slate-400">
            {cb.contact.phone} · {cb.campaign.name} · demo: play what happened on the call
          </p>
        </div>
        <Button size="sm" variant="ghost" onClick={onClose} aria-label="Close call panel">
          Close
        </Button>
      </header>

      {result ? (
        <div className="flex flex-col gap-2 text-sm" data-testid="call-result">
          <p>
            <strong>{OUTCOME_LABELS[result.outcome]}</strong> recorded. {resultText(result.response, timeZone)}
          </p>
        </div>
      ) : (
        <div role="group" aria-label="Call outcome" className="flex flex-wrap gap-1.5">
          {OUTCOMES.map((outcome) =>
            outcome === 'callback-requested' ? (
              <Button key={outcome} size="sm" aria-expanded={requesting} onClick={() => setRequesting((open) => !open)} disabled={post.isPending}>
                {OUTCOME_LABELS[outcome]}
              </Button>
            ) : (
              <Button key={outcome} size="sm" onClick={() => play(outcome)} disabled={post.isPending}>
                {OUTCOME_LABELS[outcome]}
              </Button>
            ),
          )}
        </div>
      )}
      {requesting && !result && <CallbackRequestForm callback={cb} pending={post.isPending} onSubmit={(extra) => play('callback-requested', extra)} />}
    </section>
  );
}

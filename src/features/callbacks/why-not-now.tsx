import { whyNotNow } from '../../domain/explain';
import type { CallbackView } from '../../domain/types';
import { useSession } from '../session/session-context';
import { useNow } from '../session/use-now';
import { formatSchedule } from './format';

/** Whether this callback may be called at this moment and, if not, why and from when (domain whyNotNow). */
export function WhyNotNow({ callback: cb }: { callback: CallbackView }) {
  const now = useNow();
  const { timeZone } = useSession();
  const answer = whyNotNow(cb, now);
  return (
    <section aria-labelledby="why-not-now" className="flex flex-col gap-1">
      <h3 id="why-not-now" className="font-semibold">
        Why not now
      </h3>
      {answer.eligible ? (
        <p className="text-sm">{answer.summary}</p>
      ) : (
        <p className="text-sm">
          {answer.reason}
          {answer.nextEligibleAt ? (
            <>
              {' '}
              — next eligible {formatSchedule(answer.nextEligibleAt, timeZone, cb.contact.timezone)}.
            </>
          ) : (
            ' — no eligible time.'
          )}
        </p>
      )}
    </section>
  );
}

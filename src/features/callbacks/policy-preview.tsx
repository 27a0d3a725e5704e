import { useId, useState } from 'react';
import { SelectField } from '../../components/field';
import { policyPreview } from '../../domain/explain';
import { isFailedOutcome, OUTCOME_LABELS, RETRY_POLICY } from '../../domain/policy';
import type { CallbackView, FailedOutcome } from '../../domain/types';
import { useSession } from '../session/session-context';
import { useNow } from '../session/use-now';
import { formatSchedule } from './format';

const FAILED = Object.keys(RETRY_POLICY) as FailedOutcome[];

/**
 * The projected retry timeline if the call placed now failed with `outcome` every time (domain policyPreview).
 * The pending retry n counts as used once it is called, so the projection starts from used = n.
 */
export function PolicyPreview({ callback: cb }: { callback: CallbackView }) {
  const now = useNow();
  const { timeZone } = useSession();
  const headingId = useId();
  const [outcome, setOutcome] = useState<FailedOutcome>(isFailedOutcome(cb.outcome) ? cb.outcome : 'voicemail');
  const preview = policyPreview({ contact: cb.contact, outcome, from: now, used: cb.retry?.number ?? 0 });
  return (
    <section aria-labelledby={headingId} className="flex flex-col gap-2">
      <h3 id={headingId} className="font-semibold">
        Policy preview
      </h3>
      <SelectField label="If the next call ends with" value={outcome} onChange={(e) => setOutcome(e.target.value as FailedOutcome)} className="w-56">
        {FAILED.map((value) => (
          <option key={value} value={value}>
            {OUTCOME_LABELS[value]}
          </option>
        ))}
      </SelectField>
      <p className="text-sm" data-testid="policy-summary">
        {preview.summary} <span className="text-slate-600 dark:text-slate-400">(contact time)</span>
      </p>
      {preview.steps.length > 0 && (
        <ol className="flex flex-col gap-1 text-sm">
          {preview.steps.map((step) => (
            <li key={step.number}>
              Retry {step.number} of {step.max}: {formatSchedule(step.at, timeZone, cb.contact.timezone)}
              {step.placement && <span className="block text-xs text-slate-600 dark:text-slate-400">{step.placement}</span>}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

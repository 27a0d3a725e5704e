// Search, filters and sort: all of it in the URL (see use-queue-params).
import { useEffect, useState } from 'react';
import { useCampaigns } from '../../api/get-campaigns';
import { InputField, SelectField } from '../../components/field';
import { OUTCOMES, OUTCOME_LABELS } from '../../domain/policy';
import { AGE_BUCKETS } from '../../domain/views';
import { useSession } from '../session/session-context';
import { ALL_AGENTS, SORT_LABELS, SORTS, type QueueParams } from './use-queue-params';

export const SEARCH_INPUT_ID = 'queue-search';

export function QueueToolbar({ params, update, staleCount }: { params: QueueParams; update: (patch: Partial<QueueParams>) => void; staleCount: number | undefined }) {
  const { user, users } = useSession();
  const campaigns = useCampaigns();
  const [text, setText] = useState(params.q);
  const [synced, setSynced] = useState(params.q);
  if (params.q !== synced) {
    // The URL changed from elsewhere (a link, "Clear"): show it.
    setSynced(params.q);
    setText(params.q);
  }
  useEffect(() => {
    if (text === params.q) return;
    const timer = setTimeout(() => update({ q: text }), 250);
    return () => clearTimeout(timer);
  }, [text, params.q, update]);

  const agents = users.filter((candidate) => candidate.role === 'agent');
  return (
    <div role="search" aria-label="Search and filter callbacks" className="flex flex-wrap items-end gap-3">
      <InputField
        id={SEARCH_INPUT_ID}
        label="Search (name, phone, campaign)"
        type="search"
        value={text}
        onChange={(event) => setText(event.target.value)}
        placeholder="Press / to search"
        className="w-56"
      />
      <SelectField label="Campaign" value={params.campaign} onChange={(e) => update({ campaign: e.target.value })} className="w-44">
        <option value="">All campaigns</option>
        {campaigns.data?.map((campaign) => (
          <option key={campaign.id} value={campaign.id}>
            {campaign.name}
            {campaign.status !== 'active' ? ` (${campaign.status})` : ''}
          </option>
        ))}
      </SelectField>
      <SelectField label="Agent" value={params.agent} onChange={(e) => update({ agent: e.target.value })} className="w-36">
        {user.role === 'agent' ? (
          <>
            <option value="">My callbacks</option>
            <option value={ALL_AGENTS}>All agents</option>
          </>
        ) : (
          <option value="">All agents</option>
        )}
        {agents
          .filter((agent) => agent.id !== user.id)
          .map((agent) => (
            <option key={agent.id} value={agent.id}>
              {agent.name}
            </option>
          ))}
      </SelectField>
      <SelectField label="Outcome" value={params.outcome} onChange={(e) => update({ outcome: e.target.value })} className="w-36">
        <option value="">All outcomes</option>
        {OUTCOMES.map((outcome) => (
          <option key={outcome} value={outcome}>
            {OUTCOME_LABELS[outcome]}
          </option>
        ))}
      </SelectField>
      <SelectField label="Type" value={params.type} onChange={(e) => update({ type: e.target.value })} className="w-40">
        <option value="">All types</option>
        <option value="automatic">Automatic retry</option>
        <option value="customer-requested">Customer requested</option>
      </SelectField>
      <SelectField label="Sort" value={params.sort} onChange={(e) => update({ sort: e.target.value as QueueParams['sort'] })} className="w-44">
        {SORTS.map((sort) => (
          <option key={sort} value={sort}>
            {SORT_LABELS[sort]}
          </option>
        ))}
      </SelectField>
      <label className="flex items-center gap-2 pb-2 text-sm">
        <input type="checkbox" checked={params.stale} onChange={(e) => update({ stale: e.target.checked })} />
        Stale only{staleCount !== undefined ? ` (${staleCount})` : ''}
      </label>
      {params.age && <AgeChip label={AGE_BUCKETS.find((b) => b.bucket === params.age)?.label ?? params.age} onRemove={() => update({ age: '' })} />}
    </div>
  );
}

/** The overdue-age filter (set by triage's "How long overdue" links), shown while it is on; ✕ removes it. */
function AgeChip({ label, onRemove }: { label: string; onRemove: () => void }) {
  return (
    <p className="mb-1 flex items-center gap-1 rounded-full border border-blue-300 bg-blue-50 py-0.5 pl-3 pr-1 text-sm text-blue-950 dark:border-blue-700 dark:bg-blue-950 dark:text-blue-50">
      Overdue: {label}
      <button
        type="button"
        onClick={onRemove}
        aria-label={`Remove the filter overdue ${label.toLowerCase()}`}
        title="Remove this filter"
        className="rounded-full px-1.5 leading-5 hover:bg-blue-100 dark:hover:bg-blue-900"
      >
        ✕
      </button>
    </p>
  );
}

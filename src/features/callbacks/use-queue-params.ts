// The queue's view, search, filters and sort live in the URL, so a link reproduces the screen.
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import type { CallbackListParams } from '../../api/keys';
import type { Sort, User, View } from '../../domain/types';
import { isAgeBucket, type AgeBucket } from '../../domain/views';

export const VIEWS = ['overdue', 'today', 'week', 'all'] as const satisfies readonly View[];
export const VIEW_LABELS: Record<View, string> = { overdue: 'Overdue', today: 'Due Today', week: 'This Week', all: 'All Pending' };
export const SORTS = ['urgency', 'scheduled', '-scheduled', 'name', '-name'] as const satisfies readonly Sort[];
export const SORT_LABELS: Record<Sort, string> = {
  urgency: 'Urgency',
  scheduled: 'Earliest first',
  '-scheduled': 'Latest first',
  name: 'Name A–Z',
  '-name': 'Name Z–A',
};
/** agent=all in the URL: every agent's callbacks; no agent param: the default for the signed-in user. */
export const ALL_AGENTS = 'all';

export interface QueueParams {
  view: View;
  q: string;
  campaign: string;
  agent: string; // '' = default, 'all', or an agent id
  outcome: string;
  type: string;
  stale: boolean;
  age: AgeBucket | ''; // '' = any age; a bucket = overdue by that much (links from triage's figures)
  sort: Sort;
}

const ageOf = (value: string | null): AgeBucket | '' => (isAgeBucket(value) ? value : '');
const pick = <T extends string>(value: string | null, allowed: readonly T[], fallback: T): T =>
  allowed.includes(value as T) ? (value as T) : fallback;

export function useQueueParams() {
  const [search, setSearch] = useSearchParams();
  const params = useMemo<QueueParams>(
    () => ({
      view: pick(search.get('view'), VIEWS, 'overdue'),
      q: search.get('q') ?? '',
      campaign: search.get('campaign') ?? '',
      agent: search.get('agent') ?? '',
      outcome: search.get('outcome') ?? '',
      type: search.get('type') ?? '',
      stale: search.get('stale') === 'true',
      age: ageOf(search.get('age')),
      sort: pick(search.get('sort'), SORTS, 'urgency'),
    }),
    [search],
  );
  const update = useCallback(
    (patch: Partial<QueueParams>) => {
      setSearch(
        (previous) => {
          const next = new URLSearchParams(previous);
          for (const [key, value] of Object.entries(patch)) {
            const text = typeof value === 'boolean' ? (value ? 'true' : '') : String(value ?? '');
            const isDefault = text === '' || (key === 'sort' && text === 'urgency');
            if (isDefault) next.delete(key);
            else next.set(key, text);
          }
          return next;
        },
        { replace: true },
      );
    },
    [setSearch],
  );
  return { params, update };
}

/** The agent filter in effect: an agent sees their own callbacks unless they choose otherwise. */
export function effectiveAgent(params: QueueParams, user: User): string | undefined {
  if (params.agent === ALL_AGENTS) return undefined;
  if (params.agent) return params.agent;
  return user.role === 'agent' ? user.id : undefined;
}

export function toListParams(params: QueueParams, user: User, tz: string): CallbackListParams {
  return {
    view: params.view,
    sort: params.sort,
    tz,
    q: params.q.trim() || undefined,
    campaignId: params.campaign || undefined,
    agentId: effectiveAgent(params, user),
    outcome: params.outcome || undefined,
    type: params.type || undefined,
    stale: params.stale || undefined,
    age: params.age || undefined,
  };
}

// The query parameters of the callback list and summary.
import { z } from 'zod';
import { OUTCOMES } from '../../domain/policy';
import type { Outcome } from '../../domain/types';
import { AGE_BUCKETS, type AgeBucket, type Filters } from '../../domain/views';
import { booleanParam, once, oneOf, text, timeZone, wholeNumberParam } from './fields';

const outcomes = () => OUTCOMES as unknown as readonly [Outcome, ...Outcome[]];
const ageBuckets = () => AGE_BUCKETS.map((b) => b.bucket) as unknown as readonly [AgeBucket, ...AgeBucket[]];

export const filterParams = () => ({
  tz: timeZone('tz').default('UTC'),
  q: text('q', 200).optional(),
  contactId: text('contactId', 100).optional(),
  campaignId: text('campaignId', 100).optional(),
  agentId: text('agentId', 100).optional(),
  outcome: oneOf('outcome', outcomes()).optional(),
  type: oneOf('type', ['automatic', 'customer-requested']).optional(),
  stale: booleanParam('stale').optional(),
  age: oneOf('age', ageBuckets()).optional(),
});

export const summaryQuery = once(() => z.object(filterParams()));

export const listQuery = once(() =>
  z.object({
    ...filterParams(),
    view: oneOf('view', ['overdue', 'today', 'week', 'all']).default('all'),
    sort: oneOf('sort', ['urgency', 'scheduled', '-scheduled', 'name', '-name']).default('urgency'),
    limit: wholeNumberParam('limit', 1, 500).default(50),
    cursor: z.string().optional(),
  }),
);

export function filtersOf(q: z.output<ReturnType<typeof summaryQuery>>): Filters {
  const { q: search, contactId, campaignId, agentId, outcome, type, stale, age } = q;
  return { q: search, contactId, campaignId, agentId, outcome, type, stale, age };
}

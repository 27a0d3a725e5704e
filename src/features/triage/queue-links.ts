// Links from a triage figure into the queue, in the queue's own URL parameters
// (view, q, campaign, agent, outcome, type, sort, stale=true, age=<bucket>).
import type { AgeBucket } from '../../domain/triage';

export interface QueueLinkParams {
  campaign?: string;
  type?: 'customer-requested' | 'automatic';
  age?: AgeBucket;
}

export function overdueQueueLink(params: QueueLinkParams = {}): string {
  const search = new URLSearchParams({ view: 'overdue' });
  if (params.campaign) search.set('campaign', params.campaign);
  if (params.type) search.set('type', params.type);
  if (params.age === 'stale') search.set('stale', 'true');
  else if (params.age) search.set('age', params.age);
  return `/callbacks?${search.toString()}`;
}

// The list shape of a callback: the domain's toView, with its keys always in one order. Hot loops over
// 100,000 of these then see a single object shape (fast property access), and the JSON reads the same way.
import { toView, type QueueState } from '../../domain/state';
import type { Callback, CallbackView } from '../../domain/types';

export function listView(state: QueueState, cb: Callback): CallbackView {
  const v = toView(state, cb);
  const out: CallbackView = {
    id: v.id, version: v.version, status: v.status, resolution: v.resolution, cancelReason: v.cancelReason,
    type: v.type, outcome: v.outcome, retry: v.retry, scheduledAt: v.scheduledAt, placement: v.placement,
    notes: v.notes, contactId: v.contactId, campaignId: v.campaignId, agentId: v.agentId,
    createdAt: v.createdAt, updatedAt: v.updatedAt, contact: v.contact, campaign: v.campaign, agent: v.agent,
  };
  for (const [key, value] of Object.entries(v)) if (!(key in out)) (out as unknown as Record<string, unknown>)[key] = value;
  return out;
}

// Contacts, campaigns and their rules (E.164 phones, IANA zones, campaign status changes).
import { commit } from './state';
import type { QueueState } from './state';
import { refuse } from './scheduling';
import { isValidTimeZone } from './time';
import type { Campaign, CampaignStatus, Contact, ContactKind, Instant, Result, User } from './types';

export const E164 = /^\+[1-9]\d{6,14}$/;
export const MAX_NAME_LENGTH = 120;
const CAMPAIGN_STATUSES: readonly CampaignStatus[] = ['active', 'paused', 'ended'];

function nextNumericId(ids: Iterable<string>, prefix: string): string {
  let max = 0;
  for (const id of ids) {
    if (!id.startsWith(prefix)) continue;
    const n = Number(id.slice(prefix.length));
    if (Number.isInteger(n) && n > max) max = n;
  }
  return `${prefix}${max + 1}`;
}
function cleanName(name: unknown): string | null {
  if (typeof name !== 'string') return null;
  const trimmed = name.trim();
  return trimmed === '' || trimmed.length > MAX_NAME_LENGTH ? null : trimmed;
}

export function createContact(
  state: QueueState,
  input: { name: string; phone: string; timezone: string; kind: ContactKind },
): Result<{ state: QueueState; contact: Contact }> {
  const name = cleanName(input.name);
  if (name === null) return refuse('invalid', `Name is required (at most ${MAX_NAME_LENGTH} characters).`, 'name');
  const phone = typeof input.phone === 'string' ? input.phone.trim() : '';
  if (!E164.test(phone)) return refuse('invalid', 'Phone must be in international E.164 format, like +14155550123.', 'phone');
  if (!isValidTimeZone(input.timezone)) return refuse('invalid', 'Time zone must be an IANA time zone name, like Europe/Paris.', 'timezone');
  if (input.kind !== 'business' && input.kind !== 'consumer') return refuse('invalid', 'Kind must be business or consumer.', 'kind');
  for (const c of state.contacts.values()) {
    if (c.phone === phone) return refuse('invalid', `A contact with the number ${phone} already exists (${c.name}).`, 'phone');
  }
  const contact: Contact = { id: nextNumericId(state.contacts.keys(), 'ct-'), name, phone, timezone: input.timezone, kind: input.kind, dnc: false, invalidNumber: false };
  return { ok: true, state: commit(state, { contacts: [contact] }), contact };
}

export function createCampaign(state: QueueState, input: { name: string; user: User }): Result<{ state: QueueState; campaign: Campaign }> {
  if (input.user.role !== 'supervisor') return refuse('forbidden', 'Only supervisors can create campaigns.');
  const name = cleanName(input.name);
  if (name === null) return refuse('invalid', `Campaign name is required (at most ${MAX_NAME_LENGTH} characters).`, 'name');
  const campaign: Campaign = { id: nextNumericId(state.campaigns.keys(), 'cp-'), name, status: 'active' };
  return { ok: true, state: commit(state, { campaigns: [campaign] }), campaign };
}

/** Supervisors only. Ended is final (cannot be resumed). */
export function setCampaignStatus(
  state: QueueState,
  input: { campaignId: string; status: CampaignStatus; user: User; now: Instant },
): Result<{ state: QueueState; campaign: Campaign }> {
  if (input.user.role !== 'supervisor') return refuse('forbidden', 'Only supervisors can change a campaign.');
  const campaign = state.campaigns.get(input.campaignId);
  if (!campaign) return refuse('not-found', `There is no campaign with id ${input.campaignId}.`);
  if (!CAMPAIGN_STATUSES.includes(input.status)) return refuse('invalid', 'Status must be active, paused or ended.', 'status');
  if (campaign.status === input.status) return { ok: true, state, campaign };
  if (campaign.status === 'ended') return refuse('rule', `The campaign ${campaign.name} has ended and cannot be resumed.`);
  const updated: Campaign = { ...campaign, status: input.status };
  return { ok: true, state: commit(state, { campaigns: [updated] }), campaign: updated };
}

// Contacts, campaigns and their rules (E.164 phones, IANA zones, campaign status changes).
import type { QueueState } from './state';
import type { Campaign, CampaignStatus, Contact, ContactKind, Instant, Result, User } from './types';

export declare const E164: RegExp; // /^\+[1-9]\d{6,14}$/
export declare function createContact(
  state: QueueState,
  input: { name: string; phone: string; timezone: string; kind: ContactKind },
): Result<{ state: QueueState; contact: Contact }>; // ids `ct-${n}`; refusals 'invalid' with field
export declare function createCampaign(state: QueueState, input: { name: string; user: User }): Result<{ state: QueueState; campaign: Campaign }>;
/** Supervisors only. Ended is final (cannot be resumed). */
export declare function setCampaignStatus(
  state: QueueState,
  input: { campaignId: string; status: CampaignStatus; user: User; now: Instant },
): Result<{ state: QueueState; campaign: Campaign }>;

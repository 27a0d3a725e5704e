// The vocabulary of the callback queue. Every rule in src/domain speaks these types; the mock API
// serialises them as JSON (instants as UTC ISO strings) and the UI renders them.

export type Instant = string; // ISO-8601 UTC, e.g. "2026-11-24T15:00:00.000Z"
export type TimeZone = string; // IANA, e.g. "America/New_York"

export type FailedOutcome = 'voicemail' | 'no-answer' | 'busy' | 'network-error';
export type Outcome =
  | FailedOutcome
  | 'invalid-number'
  | 'dnc-request'
  | 'answered'
  | 'callback-requested';

export type ContactKind = 'business' | 'consumer';

export interface Contact {
  id: string;
  name: string;
  phone: string; // E.164
  timezone: TimeZone;
  kind: ContactKind;
  dnc: boolean; // Do-Not-Call: no callback may ever be created again
  invalidNumber: boolean; // the dialer reported the number invalid
}

export type CampaignStatus = 'active' | 'paused' | 'ended';
export interface Campaign {
  id: string;
  name: string;
  status: CampaignStatus;
}

export type Role = 'agent' | 'supervisor';
export interface User {
  id: string;
  name: string;
  role: Role;
}

/** Who made a change: a person, or the system (dialer / AI agent / rules). */
export interface Actor {
  id: string;
  name: string;
  role: Role | 'system';
}

export type CallbackStatus = 'pending' | 'dialing' | 'closed';
export const ACTIVE_STATUSES: readonly CallbackStatus[] = ['pending', 'dialing'];

export type Resolution =
  | 'answered' // the contact answered (outcome)
  | 'completed' // Mark Complete
  | 'cancelled' // Cancel (see cancelReason)
  | 'exhausted' // the last retry failed or was skipped
  | 'invalid-number' // outcome invalid-number
  | 'dnc'; // the contact asked not to be called (outcome or cancel reason)

export type CancelReason =
  | 'wrong-contact-info'
  | 'reached-another-way'
  | 'objective-no-longer-relevant'
  | 'do-not-call'
  | 'other';

export type CallbackType = 'automatic' | 'customer-requested';

export interface Retry {
  number: number; // this callback is retry `number`…
  max: number; // …of `max`
}

/** The fields of a callback that history records before → after. */
export interface Snapshot {
  status: CallbackStatus;
  resolution: Resolution | null;
  type: CallbackType;
  outcome: Outcome;
  retry: Retry | null;
  scheduledAt: Instant;
  agentId: string;
}

export type HistoryAction =
  | 'scheduled' // created by an outcome
  | 'replaced' // an outcome replaced the active schedule of the pair (visible dedup)
  | 'call-started' // Call Now
  | 'rescheduled'
  | 'skipped'
  | 'cancelled'
  | 'completed'
  | 'closed' // closed by an outcome (answered, invalid number, DNC, exhausted)
  | 'reassigned';

export interface HistoryEntry {
  at: Instant;
  actor: Actor;
  action: HistoryAction;
  summary: string; // one sentence a person understands
  before: Snapshot | null; // null when the callback was created by this change
  after: Snapshot;
  replaced?: Snapshot; // what a new schedule replaced
}

/** The stored callback (ids, not joins). One entity per active schedule of a (contact, campaign) pair. */
export interface Callback {
  id: string;
  version: number; // +1 on every change; the If-Match value
  status: CallbackStatus;
  resolution: Resolution | null;
  cancelReason: CancelReason | null;
  type: CallbackType;
  outcome: Outcome; // the call outcome that caused the current schedule
  retry: Retry | null; // null for customer-requested callbacks
  scheduledAt: Instant;
  placement: string | null; // why the time moved, e.g. "moved from 12:40 to 17:00 to fit the consumer calling window"
  notes: string | null; // customer-requested notes / cancel or complete note; untrusted text
  contactId: string;
  campaignId: string;
  agentId: string;
  createdAt: Instant;
  updatedAt: Instant;
  history: HistoryEntry[];
}

/** The API's callback: the stored callback with contact, campaign and agent joined in. */
export interface CallbackView extends Omit<Callback, 'history'> {
  contact: Contact;
  campaign: Campaign;
  agent: { id: string; name: string };
  history?: HistoryEntry[]; // only on the detail endpoint
}

/** Retry bookkeeping per (contact, campaign). */
export interface Sequence {
  contactId: string;
  campaignId: string;
  used: number; // retries already used (performed or skipped) in this campaign
  state: 'open' | 'exhausted' | 'cancelled';
}

export type View = 'overdue' | 'today' | 'week' | 'all';
export type Sort = 'urgency' | 'scheduled' | '-scheduled' | 'name' | '-name';

export interface Summary {
  overdue: number;
  today: number;
  week: number;
  all: number;
  stale: number;
}

export type ActionName = 'call-now' | 'reschedule' | 'skip' | 'cancel' | 'complete';

/** Why a transition was refused. `code` maps to HTTP: forbidden 403, not-found 404, stale/wrong-state 409, rule 422, invalid 400. */
export interface Refusal {
  code: 'invalid' | 'forbidden' | 'not-found' | 'stale' | 'wrong-state' | 'rule';
  message: string; // a sentence a person understands
  field?: string; // for 'invalid'
}

export type Result<T> = ({ ok: true } & T) | { ok: false; refusal: Refusal };

export type Availability = { allowed: true; warning?: string } | { allowed: false; reason: string };

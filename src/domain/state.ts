// The queue's state and the only door through which callbacks change: commit().
// The dedup invariant (one active callback per (contact, campaign)) is kept by the `active` index, which
// commit() maintains and checks; no other function writes callbacks.
import { pairKey, type PairKey } from './pair-key';
import { validateData } from './state-validate';
import { parseInstant, toInstant } from './time';
import type { Callback, CallbackView, Campaign, Contact, Sequence, User } from './types';

export { pairKey, type PairKey };

export interface QueueState {
  readonly contacts: ReadonlyMap<string, Contact>;
  readonly campaigns: ReadonlyMap<string, Campaign>;
  readonly users: ReadonlyMap<string, User>;
  readonly callbacks: ReadonlyMap<string, Callback>;
  readonly active: ReadonlyMap<PairKey, string>; // pair → id of its active callback
  readonly sequences: ReadonlyMap<PairKey, Sequence>;
  readonly nextId: number; // callbacks get ids `cb-${nextId}`
}

export interface StateData {
  contacts: Contact[];
  campaigns: Campaign[];
  users: User[];
  callbacks: Callback[];
  sequences: Sequence[];
  nextId: number;
}

/** The changes one transition makes; commit() applies them. */
export interface Changes {
  callbacks?: Callback[]; // upserts (new or updated, already with version/history bumped)
  contacts?: Contact[];
  campaigns?: Campaign[];
  sequences?: Sequence[];
  nextId?: number;
}

export function isActiveStatus(status: Callback['status']): boolean {
  return status === 'pending' || status === 'dialing';
}

/** Builds a state from plain data (seed, storage). Refuses data that breaks an invariant (two active per pair, active callback for a DNC contact, unknown ids). */
export function createState(data: StateData): { ok: true; state: QueueState } | { ok: false; message: string } {
  const problem = validateData(data);
  if (problem) return { ok: false, message: problem };
  const active = new Map<PairKey, string>();
  const callbacks = data.callbacks.map(normaliseTimes);
  for (const cb of callbacks) if (isActiveStatus(cb.status)) active.set(pairKey(cb.contactId, cb.campaignId), cb.id);
  const state: QueueState = {
    contacts: new Map(data.contacts.map((c) => [c.id, c])),
    campaigns: new Map(data.campaigns.map((c) => [c.id, c])),
    users: new Map(data.users.map((u) => [u.id, u])),
    callbacks: new Map(callbacks.map((c) => [c.id, c])),
    active,
    sequences: new Map(data.sequences.map((s) => [pairKey(s.contactId, s.campaignId), s])),
    nextId: data.nextId,
  };
  return { ok: true, state };
}

const isNormal = (at: string): boolean => at.length === 24 && at.endsWith('Z');
/** Instants are compared as strings, so stored ones are normalised ("2026-11-24T15:00:00.000Z"). */
function normaliseTimes(cb: Callback): Callback {
  if (isNormal(cb.scheduledAt) && isNormal(cb.createdAt) && isNormal(cb.updatedAt)) return cb;
  const fix = (at: string): string => {
    const ms = parseInstant(at);
    return isNormal(at) || ms === null ? at : toInstant(ms);
  };
  return { ...cb, scheduledAt: fix(cb.scheduledAt), createdAt: fix(cb.createdAt), updatedAt: fix(cb.updatedAt) };
}

export function toData(state: QueueState): StateData {
  return {
    contacts: [...state.contacts.values()],
    campaigns: [...state.campaigns.values()],
    users: [...state.users.values()],
    callbacks: [...state.callbacks.values()],
    sequences: [...state.sequences.values()],
    nextId: state.nextId,
  };
}

interface Draft {
  contacts: Map<string, Contact>;
  campaigns: Map<string, Campaign>;
  users: Map<string, User>;
  callbacks: Map<string, Callback>;
  active: Map<PairKey, string>;
  sequences: Map<PairKey, Sequence>;
  nextId: number;
}

function broken(message: string): Error {
  return new Error(`Invariant broken (a bug, not user input): ${message}`);
}

/** Writes changes into maps the draft owns, checking the invariants. */
function applyTo(d: Draft, changes: Changes): void {
  for (const c of changes.contacts ?? []) d.contacts.set(c.id, c);
  for (const c of changes.campaigns ?? []) d.campaigns.set(c.id, c);
  for (const s of changes.sequences ?? []) d.sequences.set(pairKey(s.contactId, s.campaignId), s);
  const callbacks = changes.callbacks ?? [];
  for (const cb of callbacks) {
    const key = pairKey(cb.contactId, cb.campaignId);
    if (!isActiveStatus(cb.status) && d.active.get(key) === cb.id) d.active.delete(key);
  }
  for (const cb of callbacks) {
    d.callbacks.set(cb.id, cb);
    if (!isActiveStatus(cb.status)) continue;
    const key = pairKey(cb.contactId, cb.campaignId);
    const holder = d.active.get(key);
    if (holder !== undefined && holder !== cb.id) throw broken(`${cb.id} would be a second active callback for ${key} (${holder}).`);
    const contact = d.contacts.get(cb.contactId);
    if (!contact) throw broken(`${cb.id} refers to unknown contact ${cb.contactId}.`);
    if (contact.dnc) throw broken(`${cb.id} would be active for DNC contact ${contact.id}.`);
    if (holder === undefined) d.active.set(key, cb.id);
  }
  for (const c of changes.contacts ?? []) {
    if (!c.dnc) continue;
    for (const campaignId of d.campaigns.keys()) {
      if (d.active.has(pairKey(c.id, campaignId))) throw broken(`DNC contact ${c.id} still has an active callback in ${campaignId}.`);
    }
  }
  if (changes.nextId !== undefined) d.nextId = changes.nextId;
}

/** Applies changes copy-on-write; throws if they would break the dedup invariant or give a DNC contact an active callback (a bug, never user input). */
export function commit(state: QueueState, changes: Changes): QueueState {
  const touchesCallbacks = (changes.callbacks?.length ?? 0) > 0;
  // The active index is copied only when a callback enters or leaves it (Call Now, Reschedule… do not).
  const touchesActive = (changes.callbacks ?? []).some((cb) => (state.active.get(pairKey(cb.contactId, cb.campaignId)) === cb.id) !== isActiveStatus(cb.status));
  const empty = !touchesCallbacks && !changes.contacts?.length && !changes.campaigns?.length && !changes.sequences?.length && changes.nextId === undefined;
  if (empty) return state;
  const draft: Draft = {
    contacts: changes.contacts?.length ? new Map(state.contacts) : (state.contacts as Map<string, Contact>),
    campaigns: changes.campaigns?.length ? new Map(state.campaigns) : (state.campaigns as Map<string, Campaign>),
    users: state.users as Map<string, User>,
    callbacks: touchesCallbacks ? new Map(state.callbacks) : (state.callbacks as Map<string, Callback>),
    active: touchesActive ? new Map(state.active) : (state.active as Map<PairKey, string>),
    sequences: changes.sequences?.length ? new Map(state.sequences) : (state.sequences as Map<PairKey, Sequence>),
    nextId: state.nextId,
  };
  applyTo(draft, changes);
  return draft;
}

/** Many transitions in a row (bulk): one copy of the maps, then each change applied in place with commit()'s checks. */
export interface Batch {
  readonly state: QueueState; // the state so far
  apply(changes: Changes): void;
}
export function beginBatch(state: QueueState): Batch {
  const draft: Draft = {
    contacts: new Map(state.contacts),
    campaigns: new Map(state.campaigns),
    users: new Map(state.users),
    callbacks: new Map(state.callbacks),
    active: new Map(state.active),
    sequences: new Map(state.sequences),
    nextId: state.nextId,
  };
  return { state: draft, apply: (changes) => applyTo(draft, changes) };
}

/** The API shape: joins contact, campaign and agent; history only when asked. */
export function toView(state: QueueState, cb: Callback, withHistory = false): CallbackView {
  const contact = state.contacts.get(cb.contactId);
  const campaign = state.campaigns.get(cb.campaignId);
  if (!contact || !campaign) throw broken(`${cb.id} refers to an unknown contact or campaign.`);
  const agent = state.users.get(cb.agentId);
  // Fields listed one by one: object rest/spread is far slower, and lists of 100,000 rows go through here.
  const view: CallbackView = {
    id: cb.id,
    version: cb.version,
    status: cb.status,
    resolution: cb.resolution,
    cancelReason: cb.cancelReason,
    type: cb.type,
    outcome: cb.outcome,
    retry: cb.retry,
    scheduledAt: cb.scheduledAt,
    placement: cb.placement,
    notes: cb.notes,
    contactId: cb.contactId,
    campaignId: cb.campaignId,
    agentId: cb.agentId,
    createdAt: cb.createdAt,
    updatedAt: cb.updatedAt,
    contact,
    campaign,
    agent: { id: cb.agentId, name: agent?.name ?? cb.agentId },
  };
  if (withHistory) view.history = cb.history;
  return view;
}

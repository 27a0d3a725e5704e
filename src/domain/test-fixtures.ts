// A small, fixed world for the rules' tests (also handy for stories and the mock's own tests).
import { SYSTEM_ACTOR } from './history';
import { recordOutcome } from './outcomes';
import type { OutcomeInput } from './outcomes';
import { createState } from './state';
import type { QueueState, StateData } from './state';
import type { Callback, Campaign, Contact, Result, User } from './types';

export const MARIA: User = { id: 'u-1', name: 'Maria Lopez', role: 'agent' };
export const OMAR: User = { id: 'u-2', name: 'Omar Haddad', role: 'agent' };
export const SAM: User = { id: 'u-9', name: 'Sam Reyes', role: 'supervisor' };

export const CONTACTS: Contact[] = [
  { id: 'ct-1', name: 'Ana Li', phone: '+14155550123', timezone: 'America/Los_Angeles', kind: 'consumer', dnc: false, invalidNumber: false },
  { id: 'ct-2', name: 'Bo Chen', phone: '+442071234567', timezone: 'Europe/London', kind: 'business', dnc: false, invalidNumber: false },
  { id: 'ct-3', name: 'Chandra Rai', phone: '+9779812345678', timezone: 'Asia/Kathmandu', kind: 'consumer', dnc: false, invalidNumber: false },
  { id: 'ct-4', name: 'Dee Moss', phone: '+61255501234', timezone: 'Australia/Lord_Howe', kind: 'business', dnc: false, invalidNumber: false },
  { id: 'ct-5', name: 'Eru Tane', phone: '+6435550123', timezone: 'Pacific/Chatham', kind: 'consumer', dnc: false, invalidNumber: false },
  { id: 'ct-6', name: 'Fay Dunn', phone: '+12125550100', timezone: 'America/New_York', kind: 'business', dnc: false, invalidNumber: false },
];
export const CAMPAIGNS: Campaign[] = [
  { id: 'cp-1', name: 'Spring Renewals', status: 'active' },
  { id: 'cp-2', name: 'Winter Promo', status: 'paused' },
  { id: 'cp-3', name: 'Old Offer', status: 'ended' },
];

export function worldData(overrides: Partial<StateData> = {}): StateData {
  return { contacts: CONTACTS, campaigns: CAMPAIGNS, users: [MARIA, OMAR, SAM], callbacks: [], sequences: [], nextId: 1, ...overrides };
}
export function world(overrides: Partial<StateData> = {}): QueueState {
  const r = createState(worldData(overrides));
  if (!r.ok) throw new Error(r.message);
  return r.state;
}

/** Unwraps an ok result, failing loudly with the refusal otherwise. */
export function must<T>(r: Result<T>): { ok: true } & T {
  if (!r.ok) throw new Error(`Refused (${r.refusal.code}): ${r.refusal.message}`);
  return r;
}

export function outcome(state: QueueState, input: Partial<OutcomeInput> & Pick<OutcomeInput, 'outcome' | 'occurredAt'>): ReturnType<typeof recordOutcome> {
  return recordOutcome(state, { contactId: 'ct-1', campaignId: 'cp-1', actor: SYSTEM_ACTOR, now: input.occurredAt, ...input });
}

/** A stored callback for view/sort tests (history consistent with version 1). */
export function storedCallback(overrides: Partial<Callback> & Pick<Callback, 'id' | 'scheduledAt'>): Callback {
  return {
    version: 1,
    status: 'pending',
    resolution: null,
    cancelReason: null,
    type: 'automatic',
    outcome: 'voicemail',
    retry: { number: 1, max: 3 },
    placement: null,
    notes: null,
    contactId: 'ct-1',
    campaignId: 'cp-1',
    agentId: 'u-1',
    createdAt: '2026-11-20T12:00:00.000Z',
    updatedAt: '2026-11-20T12:00:00.000Z',
    history: [],
    ...overrides,
  };
}

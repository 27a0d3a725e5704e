// Validation of stored data before it becomes a QueueState (seed, storage, possibly corrupted).
import { parseInstant } from './time';
import type { StateData } from './state';

const STATUSES = new Set(['pending', 'dialing', 'closed']);
const ROLES = new Set(['agent', 'supervisor']);
const CAMPAIGN_STATUSES = new Set(['active', 'paused', 'ended']);
const SEQUENCE_STATES = new Set(['open', 'exhausted', 'cancelled']);

function duplicate(ids: string[]): string | null {
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) return id;
    seen.add(id);
  }
  return null;
}

function validateCatalog(data: StateData): string | null {
  for (const [label, items] of [
    ['contact', data.contacts],
    ['campaign', data.campaigns],
    ['user', data.users],
    ['callback', data.callbacks],
  ] as const) {
    if (!Array.isArray(items)) return `The ${label} list is missing.`;
    const dup = duplicate(items.map((i) => i.id));
    if (dup !== null) return `Two ${label}s share the id ${dup}.`;
  }
  for (const u of data.users) if (!ROLES.has(u.role)) return `User ${u.id} has an unknown role ${String(u.role)}.`;
  for (const c of data.campaigns) if (!CAMPAIGN_STATUSES.has(c.status)) return `Campaign ${c.id} has an unknown status ${String(c.status)}.`;
  return null;
}

/** The first broken invariant, as a sentence, or null when the data is sound. */
export function validateData(data: StateData): string | null {
  if (!data || typeof data !== 'object') return 'The data is not an object.';
  const catalog = validateCatalog(data);
  if (catalog) return catalog;
  const contacts = new Map(data.contacts.map((c) => [c.id, c]));
  const campaigns = new Set(data.campaigns.map((c) => c.id));
  const users = new Set(data.users.map((u) => u.id));
  const active = new Map<string, string>();
  let maxId = 0;
  for (const cb of data.callbacks) {
    const contact = contacts.get(cb.contactId);
    if (!contact) return `Callback ${cb.id} refers to unknown contact ${cb.contactId}.`;
    if (!campaigns.has(cb.campaignId)) return `Callback ${cb.id} refers to unknown campaign ${cb.campaignId}.`;
    if (!users.has(cb.agentId)) return `Callback ${cb.id} is assigned to unknown user ${cb.agentId}.`;
    if (!STATUSES.has(cb.status)) return `Callback ${cb.id} has an unknown status ${String(cb.status)}.`;
    if (parseInstant(cb.scheduledAt) === null) return `Callback ${cb.id} has an invalid scheduled time.`;
    if (!Number.isInteger(cb.version) || cb.version < 1 || !Array.isArray(cb.history)) return `Callback ${cb.id} has an invalid version or history.`;
    const match = /^cb-(\d+)$/.exec(cb.id);
    if (match) maxId = Math.max(maxId, Number(match[1]));
    if (cb.status === 'closed') continue;
    if (contact.dnc) return `Callback ${cb.id} is active for ${contact.name}, who is on the Do-Not-Call list.`;
    const key = `${cb.contactId}|${cb.campaignId}`;
    const other = active.get(key);
    if (other !== undefined) return `Callbacks ${other} and ${cb.id} are both active for ${contact.name} in campaign ${cb.campaignId}.`;
    active.set(key, cb.id);
  }
  const pairs = new Set<string>();
  for (const s of data.sequences ?? []) {
    const key = `${s.contactId}|${s.campaignId}`;
    if (!contacts.has(s.contactId) || !campaigns.has(s.campaignId)) return `A retry sequence refers to an unknown pair ${key}.`;
    if (pairs.has(key)) return `Two retry sequences exist for ${key}.`;
    if (!Number.isInteger(s.used) || s.used < 0 || !SEQUENCE_STATES.has(s.state)) return `The retry sequence for ${key} is invalid.`;
    pairs.add(key);
  }
  if (!Number.isInteger(data.nextId) || data.nextId <= maxId) return `nextId must be an integer above ${maxId}.`;
  return null;
}

// Factories for unit, contract and e2e tests: the demo state for a seed and a time, and lookups of the
// featured cases by contact name (their names: FEATURED in ./fixtures).
import { createState, type QueueState } from '../../domain/state';
import type { Callback, Contact } from '../../domain/types';
import { DEFAULT_SEED, generateDemoData } from './demo-data';

export function createDemoState(options: { seed?: number | string; size?: number; now: string }): QueueState {
  const created = createState(generateDemoData({ seed: options.seed ?? DEFAULT_SEED, size: options.size ?? 300, now: options.now }));
  if (!created.ok) throw new Error(created.message);
  return created.state;
}

export function contactNamed(state: QueueState, name: string): Contact {
  for (const contact of state.contacts.values()) if (contact.name === name) return contact;
  throw new Error(`No contact named ${name} in the demo data`);
}

/** Every callback of a contact (open and closed), oldest id first. */
export function callbacksOf(state: QueueState, contactId: string): Callback[] {
  return [...state.callbacks.values()].filter((cb) => cb.contactId === contactId);
}

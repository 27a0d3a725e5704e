// What a transition changed, found by identity: commit() is copy-on-write, so untouched entities keep their
// object. A full diff walks every map (100,000 entries); with a hint — the callbacks the domain's answer
// names, and the request's contact/pair — only those candidates (and anything they belong to) are compared.
import { pairKey, type QueueState } from '../../domain/state';

export interface StateDiff {
  callbacks: string[]; // ids of new or changed callbacks
  contacts: string[];
  sequences: string[]; // pair keys
  campaigns: boolean;
  users: boolean;
}

/** What a transition may have touched, from the domain's answer (ids of callbacks, contacts; pair keys). */
export interface Touched {
  callbacks?: Iterable<string>;
  contacts?: Iterable<string>;
  pairs?: Iterable<string>;
}

function changedKeys<V>(before: ReadonlyMap<string, V>, after: ReadonlyMap<string, V>, candidates?: Iterable<string>): string[] {
  if (before === after) return [];
  const keys: string[] = [];
  if (candidates) {
    for (const key of new Set(candidates)) if (before.get(key) !== after.get(key)) keys.push(key);
  } else {
    for (const [key, value] of after) if (before.get(key) !== value) keys.push(key);
  }
  return keys;
}

function candidates(before: QueueState, after: QueueState, hint: Touched) {
  const callbacks = new Set(hint.callbacks ?? []);
  for (let n = before.nextId; n < after.nextId; n += 1) callbacks.add(`cb-${n}`); // created by this transition
  const contacts = new Set(hint.contacts ?? []);
  const pairs = new Set(hint.pairs ?? []);
  for (const id of callbacks) {
    const cb = after.callbacks.get(id) ?? before.callbacks.get(id);
    if (!cb) continue;
    contacts.add(cb.contactId);
    pairs.add(pairKey(cb.contactId, cb.campaignId));
  }
  return { callbacks, contacts, pairs };
}

export function diffStates(before: QueueState, after: QueueState, hint?: Touched): StateDiff {
  const c = hint && candidates(before, after, hint);
  return {
    callbacks: changedKeys(before.callbacks, after.callbacks, c?.callbacks),
    contacts: changedKeys(before.contacts, after.contacts, c?.contacts),
    sequences: changedKeys(before.sequences, after.sequences, c?.pairs),
    campaigns: changedKeys(before.campaigns, after.campaigns).length > 0,
    users: changedKeys(before.users, after.users).length > 0,
  };
}

export const sameDiff = (a: StateDiff, b: StateDiff): boolean =>
  JSON.stringify([a.callbacks.sort(), a.contacts.sort(), a.sequences.sort(), a.campaigns, a.users]) ===
  JSON.stringify([b.callbacks.sort(), b.contacts.sort(), b.sequences.sort(), b.campaigns, b.users]);

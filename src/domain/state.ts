// The queue's state and the only door through which callbacks change: commit().
// The dedup invariant (one active callback per (contact, campaign)) is kept by the `active` index, which
// commit() maintains and checks; no other function writes callbacks.
import type { Callback, Campaign, Contact, Sequence, User } from './types';

export type PairKey = string; // `${contactId}|${campaignId}`

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

export declare function pairKey(contactId: string, campaignId: string): PairKey;
/** Builds a state from plain data (seed, storage). Refuses data that breaks an invariant (two active per pair, active callback for a DNC contact, unknown ids). */
export declare function createState(data: StateData): { ok: true; state: QueueState } | { ok: false; message: string };
export declare function toData(state: QueueState): StateData;
/** Applies changes copy-on-write; throws if they would break the dedup invariant or give a DNC contact an active callback (a bug, never user input). */
export declare function commit(state: QueueState, changes: Changes): QueueState;
/** The API shape: joins contact, campaign and agent; history only when asked. */
export declare function toView(state: QueueState, cb: Callback, withHistory?: boolean): import('./types').CallbackView;

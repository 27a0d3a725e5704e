// History entries: who, when, what, before → after.
import type { Actor, Callback, HistoryAction, HistoryEntry, Instant, Snapshot } from './types';

export declare const SYSTEM_ACTOR: Actor; // { id: 'system', name: 'Dialer', role: 'system' }
export declare function snapshot(cb: Callback): Snapshot;
/** Returns the callback after a change: fields applied, version+1, updatedAt=at, history appended. */
export declare function withChange(
  before: Callback,
  patch: Partial<Omit<Callback, 'id' | 'version' | 'history' | 'createdAt'>>,
  entry: { at: Instant; actor: Actor; action: HistoryAction; summary: string; replaced?: Snapshot },
): Callback;
export type { HistoryEntry };

// History entries: who, when, what, before → after.
import type { Actor, Callback, HistoryAction, HistoryEntry, Instant, Snapshot, User } from './types';

export const SYSTEM_ACTOR: Actor = Object.freeze({ id: 'system', name: 'Dialer', role: 'system' as const });

export function actorOf(user: User): Actor {
  return { id: user.id, name: user.name, role: user.role };
}
export function snapshot(cb: Callback): Snapshot {
  return {
    status: cb.status,
    resolution: cb.resolution,
    type: cb.type,
    outcome: cb.outcome,
    retry: cb.retry ? { number: cb.retry.number, max: cb.retry.max } : null,
    scheduledAt: cb.scheduledAt,
    agentId: cb.agentId,
  };
}

type EntryInput = { at: Instant; actor: Actor; action: HistoryAction; summary: string; replaced?: Snapshot };

function entryOf(input: EntryInput, before: Snapshot | null, after: Snapshot): HistoryEntry {
  const entry: HistoryEntry = { at: input.at, actor: input.actor, action: input.action, summary: input.summary, before, after };
  if (input.replaced) entry.replaced = input.replaced;
  return entry;
}

/** Returns the callback after a change: fields applied, version+1, updatedAt=at, history appended. */
export function withChange(
  before: Callback,
  patch: Partial<Omit<Callback, 'id' | 'version' | 'history' | 'createdAt'>>,
  entry: EntryInput,
): Callback {
  const next: Callback = { ...before, ...patch, id: before.id, createdAt: before.createdAt, version: before.version + 1, updatedAt: entry.at };
  next.history = [...before.history, entryOf(entry, snapshot(before), snapshot(next))];
  return next;
}

/** A new callback (version 1) with its first history entry. */
export function newCallback(fields: Omit<Callback, 'version' | 'history' | 'createdAt' | 'updatedAt'>, entry: EntryInput): Callback {
  const cb: Callback = { ...fields, version: 1, createdAt: entry.at, updatedAt: entry.at, history: [] };
  cb.history = [entryOf(entry, null, snapshot(cb))];
  return cb;
}
export type { HistoryEntry };

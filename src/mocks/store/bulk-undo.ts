// Undo of a bulk change, at store level: remember what the bulk changed; later put every callback, contact and
// sequence back as it was — with a new version and a history entry — unless any of them changed since.
import { withChange } from '../../domain/history';
import { commit, pairKey, type QueueState } from '../../domain/state';
import type { Actor, Callback, HistoryAction, Instant, User } from '../../domain/types';
import type { MockStore } from './mock-store';
import { diffStates } from './state-diff';
import type { UndoRecord } from './storage-port';

export const UNDO_TTL_MINUTES = 10;
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Records what `after` changed relative to `before`; returns the undo token (null if nothing to undo). */
export function recordUndo(store: MockStore, before: QueueState, after: QueueState, input: { user: User; label: string; now: Instant }): string | null {
  const diff = diffStates(before, after);
  const callbacks = diff.callbacks.flatMap((id) => {
    const old = before.callbacks.get(id);
    const now = after.callbacks.get(id);
    return old && now ? [{ before: old, afterVersion: now.version }] : [];
  });
  if (!callbacks.length) return null;
  // Do-Not-Call is permanent (SPEC 2.1: no callback may ever be created again), so a bulk that marked a contact DNC has no undo.
  if (diff.contacts.some((id) => after.contacts.get(id)?.dnc && !before.contacts.get(id)?.dnc)) return null;
  const token = `undo-${crypto.randomUUID()}`;
  const expiresAt = new Date(Date.parse(input.now) + UNDO_TTL_MINUTES * 60_000).toISOString();
  store.undo.put({
    token, userId: input.user.id, label: input.label, createdAt: input.now, expiresAt, undone: false, callbacks,
    contacts: diff.contacts.flatMap((id) => {
      const [b, a] = [before.contacts.get(id), after.contacts.get(id)];
      return b && a ? [{ before: b, after: a }] : [];
    }),
    sequences: diff.sequences.flatMap((key) => {
      const a = after.sequences.get(key);
      return a ? [{ before: before.sequences.get(key) ?? null, after: a }] : [];
    }),
  });
  return token;
}

export type UndoOutcome =
  | { ok: true; state: QueueState; restored: Callback[]; record: UndoRecord }
  | { ok: false; code: 'not-found' | 'gone' | 'forbidden' | 'conflict'; message: string; changed?: string[] };

const restorable = (b: Callback) => {
  const { id: _id, version: _v, history: _h, createdAt: _c, updatedAt: _u, ...fields } = b;
  return fields;
};

/**
 * The history action of an undo entry. HistoryAction has no 'undone' (asked of the domain owner); until it does,
 * an undone reassign is recorded as 'reassigned' and anything else as 'rescheduled' — the summary says "Undid …".
 */
const undoAction = (current: Callback, before: Callback): HistoryAction => (current.agentId !== before.agentId ? 'reassigned' : 'rescheduled');

export function undoBulk(state: QueueState, record: UndoRecord | undefined, input: { user: User; now: Instant }): UndoOutcome {
  if (!record) return { ok: false, code: 'not-found', message: 'This undo token is unknown (undo is kept for the 50 most recent bulk changes).' };
  if (record.userId !== input.user.id) return { ok: false, code: 'forbidden', message: 'Only the person who made this bulk change can undo it.' };
  if (record.undone) return { ok: false, code: 'gone', message: `This ${record.label} was already undone.` };
  if (input.now > record.expiresAt) return { ok: false, code: 'gone', message: `Undo is kept for ${UNDO_TTL_MINUTES} minutes; this ${record.label} can no longer be undone.` };
  const changed = [
    ...record.callbacks.filter((c) => state.callbacks.get(c.before.id)?.version !== c.afterVersion).map((c) => c.before.id),
    ...record.contacts.filter((c) => !same(state.contacts.get(c.after.id), c.after)).map((c) => c.after.id),
    ...record.sequences.filter((s) => !same(state.sequences.get(pairKey(s.after.contactId, s.after.campaignId)), s.after)).map((s) => pairKey(s.after.contactId, s.after.campaignId)),
  ];
  const conflict = (message: string) => ({ ok: false as const, code: 'conflict' as const, message, changed });
  if (changed.length) return conflict(`Nothing was undone: ${changed.length} of the items this ${record.label} changed have changed since.`);
  const actor: Actor = { id: input.user.id, name: input.user.name, role: input.user.role };
  const restored = record.callbacks.map(({ before }) => {
    const current = state.callbacks.get(before.id) as Callback;
    return withChange(current, restorable(before), { at: input.now, actor, action: undoAction(current, before), summary: `Undid ${record.label}.` });
  });
  const sequences = record.sequences.map((s) => s.before ?? { ...s.after, used: 0, state: 'open' as const });
  try {
    const next = commit(state, { callbacks: restored, contacts: record.contacts.map((c) => c.before), sequences });
    return { ok: true, state: next, restored, record };
  } catch {
    return conflict(`Nothing was undone: the queue changed since this ${record.label} (another callback is now active for one of these contacts).`);
  }
}

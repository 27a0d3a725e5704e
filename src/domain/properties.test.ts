// Property tests: random sequences of outcomes and actions over a small world never break the invariants.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { callNow, cancel, complete, reassign, reschedule, skip } from './actions';
import { applyBulk } from './bulk';
import { CANCEL_REASONS, OUTCOMES, RETRY_POLICY, isFailedOutcome } from './policy';
import { recordOutcome } from './outcomes';
import { isActiveStatus, pairKey } from './state';
import type { QueueState } from './state';
import { CAMPAIGNS, CONTACTS, MARIA, OMAR, SAM, world } from './test-fixtures';
import { SYSTEM_ACTOR } from './history';
import { addMinutes } from './time';
import type { Outcome } from './types';
import { isInsideLegalWindow, isInsidePreferredWindow } from './windows';

// 3 contacts (Los Angeles consumer, Lord Howe business, Chatham consumer) × 2 campaigns (active, paused).
const contacts = [CONTACTS[0], CONTACTS[3], CONTACTS[4]].filter((c) => c !== undefined);
const campaigns = [CAMPAIGNS[0], CAMPAIGNS[1]].filter((c) => c !== undefined);
const users = [MARIA, OMAR, SAM, SAM];
// Failed outcomes more often than the closing ones, so sequences get long enough to exhaust.
const OUTCOME_MIX: Outcome[] = [...OUTCOMES, ...OUTCOMES.filter(isFailedOutcome), ...OUTCOMES.filter(isFailedOutcome), 'callback-requested'];
const START = '2026-03-01T00:00:00.000Z'; // crosses US DST (03-08) and Lord Howe / Chatham (04-05) within a run

type Step =
  | { kind: 'outcome'; contact: number; campaign: number; outcome: Outcome; advance: number; callbackIn: number }
  | { kind: 'action'; action: 'call' | 'reschedule' | 'skip' | 'cancel' | 'complete' | 'reassign'; target: number; user: number; advance: number; minutes: number; reason: number; stale: boolean }
  | { kind: 'bulk'; action: 'cancel' | 'reschedule-preferred' | 'complete'; advance: number; reason: number };

const stepArb: fc.Arbitrary<Step> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('outcome' as const), contact: fc.nat(2), campaign: fc.nat(1), outcome: fc.constantFrom(...OUTCOME_MIX), advance: fc.nat(3000), callbackIn: fc.nat(6000) }) },
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('action' as const),
      action: fc.constantFrom('call' as const, 'reschedule' as const, 'skip' as const, 'cancel' as const, 'complete' as const, 'reassign' as const),
      target: fc.nat(20),
      user: fc.nat(3),
      advance: fc.nat(3000),
      minutes: fc.integer({ min: -600, max: 6000 }),
      reason: fc.nat(CANCEL_REASONS.length - 1),
      stale: fc.nat(9).map((n) => n === 0),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('bulk' as const), action: fc.constantFrom('cancel' as const, 'reschedule-preferred' as const, 'complete' as const), advance: fc.nat(3000), reason: fc.nat(CANCEL_REASONS.length - 1) }) },
);

function apply(state: QueueState, step: Step, now: string): QueueState | null {
  if (step.kind === 'outcome') {
    const contact = contacts[step.contact];
    const campaign = campaigns[step.campaign];
    if (!contact || !campaign) return null;
    const r = recordOutcome(state, { contactId: contact.id, campaignId: campaign.id, outcome: step.outcome, occurredAt: now, now, actor: SYSTEM_ACTOR, callbackAt: addMinutes(now, step.callbackIn), notes: 'n' });
    return r.ok ? r.state : null;
  }
  const reason = CANCEL_REASONS[step.reason]?.value ?? 'other';
  const all = [...state.callbacks.keys()];
  if (step.kind === 'bulk') {
    const op = step.action === 'cancel' ? { action: 'cancel' as const, reason, note: 'bulk' } : { action: step.action };
    return applyBulk(state, { ids: all, op, user: SAM, now, dryRun: false }).state;
  }
  const ids = step.target % 4 === 0 || state.active.size === 0 ? all : [...state.active.values()];
  const id = ids[step.target % Math.max(1, ids.length)];
  const cb = id === undefined ? undefined : state.callbacks.get(id);
  const ctx = { callbackId: id ?? 'cb-none', user: users[step.user] ?? SAM, now, expectedVersion: step.stale ? (cb?.version ?? 0) + 1 : cb?.version };
  const r =
    step.action === 'call'
      ? callNow(state, ctx)
      : step.action === 'reschedule'
        ? reschedule(state, { ...ctx, scheduledAt: addMinutes(now, step.minutes) })
        : step.action === 'skip'
          ? skip(state, ctx)
          : step.action === 'cancel'
            ? cancel(state, { ...ctx, reason, note: step.reason % 2 ? 'note' : undefined })
            : step.action === 'complete'
              ? complete(state, ctx)
              : reassign(state, { ...ctx, agentId: step.reason % 2 ? 'u-1' : 'u-2' });
  return r.ok ? r.state : null;
}

function checkInvariants(before: QueueState, after: QueueState, now: string): void {
  const activePerPair = new Map<string, number>();
  for (const cb of after.callbacks.values()) {
    expect(cb.version).toBe(cb.history.length);
    const prev = before.callbacks.get(cb.id);
    if (prev !== cb) {
      expect(cb.history.length).toBe((prev?.history.length ?? 0) + 1);
      expect(cb.history.at(-1)?.at).toBe(now);
      expect(cb.updatedAt).toBe(now);
    }
    if (cb.retry) {
      expect(cb.retry.number).toBeGreaterThanOrEqual(1);
      expect(cb.retry.number).toBeLessThanOrEqual(cb.retry.max);
      expect(isFailedOutcome(cb.outcome) && RETRY_POLICY[cb.outcome].max).toBe(cb.retry.max);
    }
    if (!isActiveStatus(cb.status)) continue;
    const key = pairKey(cb.contactId, cb.campaignId);
    activePerPair.set(key, (activePerPair.get(key) ?? 0) + 1);
    expect(after.active.get(key)).toBe(cb.id);
    const contact = after.contacts.get(cb.contactId);
    expect(contact?.dnc).toBe(false);
    if (cb.type === 'automatic' && contact) {
      expect(isInsideLegalWindow(cb.scheduledAt, contact.timezone)).toBe(true);
      if (!cb.placement?.startsWith('rescheduled by')) expect(isInsidePreferredWindow(cb.scheduledAt, contact)).toBe(true);
    }
  }
  for (const n of activePerPair.values()) expect(n).toBeLessThanOrEqual(1);
  expect(after.active.size).toBe(activePerPair.size);
}

describe('invariants over random outcomes and actions', () => {
  test('one active per pair, none for DNC, retries inside the windows and within max, every change in history', () => {
    fc.assert(
      fc.property(fc.array(stepArb, { minLength: 1, maxLength: 30 }), (steps) => {
        let state = world({ contacts, campaigns });
        let now = START;
        for (const step of steps) {
          now = addMinutes(now, step.advance);
          const frozen = JSON.stringify([...state.callbacks.entries(), ...state.contacts.entries(), ...state.sequences.entries()]);
          const next = apply(state, step, now);
          expect(JSON.stringify([...state.callbacks.entries(), ...state.contacts.entries(), ...state.sequences.entries()])).toBe(frozen); // the input never changes
          if (next) {
            checkInvariants(state, next, now);
            state = next;
          }
        }
      }),
      { numRuns: 1000, seed: 20261124 },
    );
  });
});

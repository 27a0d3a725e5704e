// "Simulate the dialer" for demos: dials due callbacks that may be called now and plays a realistic mix of
// outcomes through the domain's recordOutcome — the same single entry point the real dialer uses.
// Deterministic: the PRNG seed mixes the demo seed with the state (next id, candidates' versions).
import { SYSTEM_ACTOR } from '../../domain/history';
import { describeRetry, RESOLUTION_LABELS } from '../../domain/labels';
import { recordOutcome } from '../../domain/outcomes';
import { OUTCOME_LABELS } from '../../domain/policy';
import type { QueueState } from '../../domain/state';
import { addLocalDays, formatIn, fromLocal, localParts } from '../../domain/time';
import type { Callback, Contact, Instant, Outcome, TimeZone } from '../../domain/types';
import { compareUrgency } from '../../domain/views';
import { isInsideLegalWindow } from '../../domain/windows';
import { createRng, type Rng } from '../seed/prng';
import { mixSeed, OUTCOME_MIX, pickOutcome, REQUEST_NOTES } from './dialer-mix';

export interface SimulatedCall {
  callbackId: string;
  contactName: string;
  campaignName: string;
  outcome: Outcome;
  result: string; // "Voicemail → Retry 2 of 3 on Wed 10:00"
}

/** Due callbacks the dialer may call now: pending, active campaign, callable contact, inside the legal window. */
function candidates(state: QueueState, now: Instant): { callable: Callback[]; waiting: number } {
  const callable: Callback[] = [];
  let waiting = 0;
  for (const id of state.active.values()) {
    const cb = state.callbacks.get(id);
    if (!cb || cb.status !== 'pending' || cb.scheduledAt > now) continue;
    const contact = state.contacts.get(cb.contactId);
    const ok =
      state.campaigns.get(cb.campaignId)?.status === 'active' &&
      contact &&
      !contact.dnc &&
      !contact.invalidNumber &&
      isInsideLegalWindow(now, contact.timezone);
    if (ok) callable.push(cb);
    else waiting += 1;
  }
  return { callable: callable.sort(compareUrgency(now)), waiting };
}

/** A time the customer might name: later today or tomorrow, 09:00–19:45 their time, on a quarter hour. */
function requestedTime(contact: Contact, now: Instant, rng: Rng): Instant {
  const local = localParts(now, contact.timezone);
  const today = local.hour + 2 <= 19 && rng.chance(0.5);
  const day = today ? local : addLocalDays(local, 1);
  const from = today ? local.hour + 2 : 9;
  const hour = rng.int(from, 19);
  const minute = 15 * rng.int(0, 3);
  return fromLocal({ year: day.year, month: day.month, day: day.day, hour, minute }, contact.timezone).at;
}

export function simulateDialer(
  start: QueueState,
  input: { count: number; seed: number; now: Instant; tz: TimeZone },
): { state: QueueState; played: SimulatedCall[]; summary: string } {
  const { callable, waiting } = candidates(start, input.now);
  const versions = callable.reduce((sum, cb) => sum + cb.version, 0);
  const rng = createRng(mixSeed(input.seed, start.nextId, callable.length, versions));
  // Partial Fisher–Yates: a fair random pick of `count` among the callable ones.
  const pool = [...callable];
  const n = Math.min(Math.max(0, input.count), pool.length);
  for (let i = 0; i < n; i += 1) {
    const j = rng.int(i, pool.length - 1);
    [pool[i], pool[j]] = [pool[j]!, pool[i]!];
  }
  const picked = pool.slice(0, n);
  let state = start;
  const played: SimulatedCall[] = [];
  for (const cb of picked) {
    const contact = state.contacts.get(cb.contactId)!;
    const campaign = state.campaigns.get(cb.campaignId)!;
    const outcome = pickOutcome(rng);
    const requested = outcome === 'callback-requested';
    const res = recordOutcome(state, {
      contactId: cb.contactId,
      campaignId: cb.campaignId,
      outcome,
      occurredAt: input.now,
      callbackAt: requested ? requestedTime(contact, input.now, rng) : undefined,
      notes: requested ? rng.pick(REQUEST_NOTES) : undefined,
      actor: SYSTEM_ACTOR,
      now: input.now,
    });
    let result: string;
    if (!res.ok) result = `refused: ${res.refusal.message}`;
    else {
      state = res.state;
      const next = res.callback;
      const closed = res.closed.find((c) => c.id === cb.id) ?? res.closed[0];
      const when = next && formatIn(next.scheduledAt, input.tz, 'EEE d MMM HH:mm');
      result = next
        ? next.type === 'customer-requested'
          ? `customer-requested callback at ${when}`
          : `${describeRetry(next)} on ${when}`
        : (res.note ??
          (closed?.resolution ? `closed (${RESOLUTION_LABELS[closed.resolution]})` : 'nothing to schedule'));
    }
    played.push({
      callbackId: cb.id,
      contactName: contact.name,
      campaignName: campaign.name,
      outcome,
      result: `${OUTCOME_LABELS[outcome]} → ${result}`,
    });
  }
  return { state, played, summary: summarize(played, input.count, waiting) };
}

function summarize(played: SimulatedCall[], asked: number, waiting: number): string {
  const mix = OUTCOME_MIX.map(
    ({ outcome }) => [outcome, played.filter((c) => c.outcome === outcome).length] as const,
  )
    .filter(([, n]) => n > 0)
    .map(([outcome, n]) => `${n} ${OUTCOME_LABELS[outcome].toLowerCase()}`)
    .join(', ');
  const head = played.length
    ? `The dialer called ${played.length} due callback${played.length === 1 ? '' : 's'}: ${mix}.`
    : 'The dialer found no due callback it may call right now.';
  const more =
    played.length < asked && waiting > 0
      ? ` ${waiting} more are due but wait: outside their contacts' calling hours (08:00–21:00 local) or in a paused or ended campaign.`
      : '';
  return head + more;
}

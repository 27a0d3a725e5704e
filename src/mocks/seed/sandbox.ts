// A tiny queue state for one contact's story: outcomes and actions go through the domain exactly as they
// would live (backdated), and the results are merged into the demo data. Stories of different contacts never
// interact, so 100,000 callbacks are built without copying a 100,000-entry state per event.
import { cancel, complete, reassign, reschedule, type ActionResult } from '../../domain/actions';
import { SYSTEM_ACTOR } from '../../domain/history';
import { recordOutcome, type OutcomeResult } from '../../domain/outcomes';
import type { QueueState } from '../../domain/state';
import type { Callback, Campaign, CancelReason, Contact, Outcome, User } from '../../domain/types';
import { DEMO_CAMPAIGNS, DEMO_USERS, SUPERVISOR_ID } from './fixtures';

// Event times fall on quarter hours: realistic enough, and the domain's per-minute zone-offset cache then hits
// far more often (generation of 100,000 callbacks takes seconds, not tens of seconds).
const QUARTER = 15 * 60_000;
const iso = (ms: number) => new Date(Math.floor(ms / QUARTER) * QUARTER).toISOString();
// Campaigns are all active while stories play (the demo's statuses are set on the merged data); these maps are
// shared by every sandbox — commit() is copy-on-write and never writes into a map it did not copy.
const CAMPAIGNS: ReadonlyMap<string, Campaign> = new Map(DEMO_CAMPAIGNS.map((c) => [c.id, { ...c, status: 'active' as const }]));
const USERS: ReadonlyMap<string, User> = new Map(DEMO_USERS.map((u) => [u.id, u]));

type Ok<R> = Extract<R, { ok: true }>;
function expectOk<R extends OutcomeResult | ActionResult>(result: R, what: string): Ok<R> {
  if (!result.ok) throw new Error(`Demo data: ${what} was refused: ${result.refusal.message}`);
  return result as Ok<R>;
}

export class Sandbox {
  state: QueueState;

  /** An empty queue with one contact (nothing to validate: no callback, no sequence yet). */
  constructor(contact: Contact, nextId: number) {
    this.state = { contacts: new Map([[contact.id, contact]]), campaigns: CAMPAIGNS, users: USERS, callbacks: new Map(), active: new Map(), sequences: new Map(), nextId };
  }

  get contact(): Contact {
    return this.state.contacts.values().next().value as Contact;
  }

  outcome(campaignId: string, outcome: Outcome, atMs: number, extra: { callbackAtMs?: number; notes?: string } = {}): Ok<OutcomeResult> {
    const at = iso(atMs);
    const result = recordOutcome(this.state, {
      contactId: this.contact.id, campaignId, outcome, occurredAt: at, now: at, actor: SYSTEM_ACTOR,
      callbackAt: extra.callbackAtMs === undefined ? undefined : iso(extra.callbackAtMs), notes: extra.notes,
    });
    const ok = expectOk(result, `${outcome} for ${this.contact.name}`);
    this.state = ok.state;
    return ok;
  }

  private act(run: (user: User, now: string) => ActionResult, cb: Callback, atMs: number, asSupervisor = false): Callback {
    const user = USERS.get(asSupervisor ? SUPERVISOR_ID : cb.agentId) as User;
    const ok = expectOk(run(user, iso(atMs)), `an action on ${cb.id}`);
    this.state = ok.state;
    return ok.callback;
  }

  reschedule(cb: Callback, atMs: number, toMs: number): Callback {
    return this.act((user, now) => reschedule(this.state, { callbackId: cb.id, user, now, scheduledAt: iso(toMs) }), cb, atMs);
  }
  cancel(cb: Callback, atMs: number, reason: CancelReason, note?: string): Callback {
    return this.act((user, now) => cancel(this.state, { callbackId: cb.id, user, now, reason, note }), cb, atMs);
  }
  complete(cb: Callback, atMs: number, note?: string): Callback {
    return this.act((user, now) => complete(this.state, { callbackId: cb.id, user, now, note }), cb, atMs);
  }
  /** A supervisor hands the callback to an agent (no change when it is already theirs). */
  reassign(cb: Callback, atMs: number, agentId: string): Callback {
    return this.act((user, now) => reassign(this.state, { callbackId: cb.id, user, now, agentId }), cb, atMs, true);
  }
}

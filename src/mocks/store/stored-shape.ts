// A light shape check of saved data before the domain's createState checks the invariants.
import { z } from 'zod';
import { SCHEMA_VERSION, type StoredSnapshot } from './storage-port';

const id = z.string().min(1);
const instant = z.string().refine((s) => !Number.isNaN(Date.parse(s)));
const callback = z
  .object({
    id, version: z.number().int(), status: z.enum(['pending', 'dialing', 'closed']),
    type: z.enum(['automatic', 'customer-requested']), scheduledAt: instant, createdAt: instant, updatedAt: instant,
    contactId: id, campaignId: id, agentId: id, history: z.array(z.object({ at: instant, action: z.string() }).loose()),
  })
  .loose();
const contact = z.object({ id, name: z.string(), phone: z.string(), timezone: z.string(), kind: z.enum(['business', 'consumer']), dnc: z.boolean(), invalidNumber: z.boolean() }).loose();
const sequence = z.object({ contactId: id, campaignId: id, used: z.number().int(), state: z.enum(['open', 'exhausted', 'cancelled']) }).loose();
const meta = z
  .object({
    schemaVersion: z.literal(SCHEMA_VERSION), seed: z.number().int(), size: z.number().int(), clockOffsetMs: z.number(),
    notice: z.string().nullable(), nextId: z.number().int(),
    campaigns: z.array(z.object({ id, name: z.string(), status: z.enum(['active', 'paused', 'ended']) }).loose()),
    users: z.array(z.object({ id, name: z.string(), role: z.enum(['agent', 'supervisor']) }).loose()),
  })
  .loose();
const snapshot = z.object({
  meta,
  callbacks: z.array(callback),
  contacts: z.array(contact),
  sequences: z.array(sequence),
  idempotency: z.array(z.object({ key: z.string(), requestHash: z.string(), status: z.number(), bodyText: z.string() })),
  undo: z.array(z.object({ token: z.string(), expiresAt: instant }).loose()),
});

/** The saved data if its shape is right, else null. */
export function readSnapshot(raw: unknown): StoredSnapshot | null {
  const parsed = snapshot.safeParse(raw);
  return parsed.success ? (parsed.data as unknown as StoredSnapshot) : null;
}

// Idempotency-Key: the first answer to (user, method, path, key) is replayed; the same key with another body is refused.
import { HttpResponse } from 'msw';
import type { User } from '../../domain/types';
import type { MockStore } from '../store/mock-store';
import { ApiError } from './http-errors';

interface Attempt {
  user: User;
  method: string;
  path: string;
  key: string;
  body: unknown;
}

/** JSON with object keys sorted, so the same body in another key order or spacing is the same request. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

const cacheKey = (a: Attempt) => `${a.user.id} ${a.method} ${a.path} ${a.key}`;

export function replayAnswer(store: MockStore, attempt: Attempt): Response | null {
  const entry = store.idempotency.get(cacheKey(attempt));
  if (!entry) return null;
  if (entry.requestHash !== canonical(attempt.body)) {
    throw new ApiError(422, 'idempotency-mismatch', 'This Idempotency-Key was already used with a different request body; use a new key for a new request.');
  }
  return new HttpResponse(entry.bodyText, {
    status: entry.status,
    headers: { 'Content-Type': 'application/json', 'Idempotent-Replayed': 'true' },
  });
}

export function recordAnswer(store: MockStore, attempt: Attempt, result: { status?: number; body: unknown }): void {
  const status = result.status ?? 200;
  if (status >= 500) return;
  store.idempotency.put({ key: cacheKey(attempt), requestHash: canonical(attempt.body), status, bodyText: JSON.stringify(result.body) });
}

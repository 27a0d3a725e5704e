// Contract tests talk to the standalone mock server over real HTTP (port 0), like any client would.
import { afterAll, beforeAll } from 'vitest';
import type { CallbackView } from '../../src/domain/types';
import { startMockServer, type MockServer } from '../../src/mocks/node/http-server';
import { MockStore } from '../../src/mocks/store/mock-store';

MockStore.verifyHints = true; // every hinted diff is checked against a full one

/** Tuesday 24 Nov 2026, 15:00 UTC: 15:00 in London, 10:00 in New York, 00:00 in Tokyo. */
export const CLOCK = '2026-11-24T15:00:00.000Z';
export const SEED = 7;

export interface ErrorBody {
  error: { code: string; message: string; details?: { field?: string; reason?: string; changed?: string[] } };
  current?: CallbackView;
}
export interface ListBody {
  items: CallbackView[];
  total: number;
  nextCursor: string | null;
}
export type ActionBody = CallbackView & { warning: string | null; closed: CallbackView[] };
export interface OutcomeBody {
  callback: CallbackView | null;
  closed: CallbackView[];
  note: string | null;
}
export interface BulkBody {
  results: { id: string; ok: boolean; code?: string; message?: string; callback?: CallbackView }[];
  summary: string;
  undoToken: string | null;
}

export interface Answer<T> {
  status: number;
  body: T;
  headers: Headers;
}

export interface Api {
  url: () => string;
  server: () => MockServer;
  get<T = ErrorBody>(path: string, user?: string | null): Promise<Answer<T>>;
  post<T = ErrorBody>(path: string, body?: unknown, user?: string | null, headers?: Record<string, string>): Promise<Answer<T>>;
  patch<T = ErrorBody>(path: string, body?: unknown, user?: string | null): Promise<Answer<T>>;
  raw<T = ErrorBody>(path: string, init: RequestInit): Promise<Answer<T>>;
  reset(options?: { seed?: number; size?: number; now?: string }): Promise<void>;
}

async function answer<T>(response: Response): Promise<Answer<T>> {
  const text = await response.text();
  return { status: response.status, body: (text ? JSON.parse(text) : null) as T, headers: response.headers };
}

/** Starts a server for the test file (fresh demo data at CLOCK with SEED) and stops it after. */
export function useMockApi(options: { size?: number } = {}): Api {
  let server: MockServer | undefined;
  const base = () => {
    if (!server) throw new Error('The mock server is not started');
    return server.url;
  };
  const raw = async <T>(path: string, init: RequestInit) => answer<T>(await fetch(`${base()}${path}`, init));
  const send = <T>(method: string, path: string, body: unknown, user: string | null, headers: Record<string, string> = {}) =>
    raw<T>(path, {
      method,
      headers: { ...(user ? { 'X-User-Id': user } : {}), ...(body === undefined ? {} : { 'Content-Type': 'application/json' }), ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  const api: Api = {
    url: base,
    server: () => server as MockServer,
    get: (path, user = 'sup-1') => send('GET', path, undefined, user),
    post: (path, body, user = 'sup-1', headers) => send('POST', path, body, user, headers),
    patch: (path, body, user = 'sup-1') => send('PATCH', path, body, user),
    raw,
    async reset({ seed = SEED, size = options.size ?? 300, now = CLOCK } = {}) {
      await api.post('/api/demo/clock', { now });
      const r = await api.post('/api/demo/reset', { seed, size });
      if (r.status !== 200) throw new Error(`reset failed: ${JSON.stringify(r.body)}`);
    },
  };
  beforeAll(async () => {
    server = await startMockServer({ port: 0, size: 1 });
    await api.reset();
  });
  afterAll(async () => {
    await server?.close();
  });
  return api;
}

/** A contact of our own (so a test does not depend on the random part of the demo data). */
export async function newContact(api: Api, timezone: string, kind: 'business' | 'consumer' = 'consumer', name = 'Test Contact'): Promise<string> {
  const phone = `+4420${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;
  const r = await api.post<{ id: string }>('/api/contacts', { name, phone, timezone, kind });
  if (r.status !== 201) throw new Error(JSON.stringify(r.body));
  return r.body.id;
}

/** Records an outcome and returns the answer's callback (throws on an error answer). */
export async function outcome(api: Api, body: Record<string, unknown>): Promise<OutcomeBody> {
  const r = await api.post<OutcomeBody>('/api/call-outcomes', body);
  if (r.status !== 200) throw new Error(JSON.stringify(r.body));
  return r.body;
}

/** The mock's clock (set to CLOCK by reset, then flowing). */
export async function serverNow(api: Api): Promise<number> {
  const r = await api.get<{ now: string }>('/api/demo/clock');
  return Date.parse(r.body.now);
}

// The typed HTTP client: every request goes through request(), which adds the caller's identity and turns
// error bodies ({ error: { code, message, details } }) into ApiError.
import { apiBaseUrl } from '../app/start-backend';
import type { CallbackView } from '../domain/types';

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly details: unknown;
  /** On 409 stale: the server's current version of the callback. */
  readonly current: CallbackView | undefined;

  constructor(status: number, code: string, message: string, details?: unknown, current?: CallbackView) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.details = details;
    this.current = current;
  }
}

let currentUserId: string | null = null;
/** The demo's "signed in as": sent as X-User-Id on every request. */
export function setRequestUser(userId: string | null): void {
  currentUserId = userId;
}

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PATCH';
  body?: unknown;
  headers?: Record<string, string>;
  signal?: AbortSignal;
  /** GET /api/users is the only call made before anyone is signed in. */
  anonymous?: boolean;
}

type Query = Record<string, string | number | boolean | null | undefined>;

export function withQuery(path: string, query: Query): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '' || value === false) continue;
    params.set(key, String(value));
  }
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

interface ErrorBody {
  error?: { code?: string; message?: string; details?: unknown };
  current?: CallbackView;
}

export async function request<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json', ...options.headers };
  if (!options.anonymous && currentUserId) headers['X-User-Id'] = currentUserId;
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';

  let response: Response;
  try {
    response = await fetch(`${apiBaseUrl}${path}`, {
      method: options.method ?? 'GET',
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError(0, 'network', 'The server could not be reached. Check your connection and try again.');
  }

  const text = await response.text();
  let json: unknown = null;
  if (text) {
    try {
      json = JSON.parse(text);
    } catch {
      json = null;
    }
  }
  if (!response.ok) {
    const body = (json ?? {}) as ErrorBody;
    const message = body.error?.message ?? `The server answered ${response.status} ${response.statusText}.`;
    throw new ApiError(response.status, body.error?.code ?? 'http', message, body.error?.details, body.current);
  }
  return json as T;
}

export function newIdempotencyKey(): string {
  if (typeof crypto !== 'undefined' && 'randomUUID' in crypto) return crypto.randomUUID();
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}

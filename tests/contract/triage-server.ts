// A standalone mock server for the triage/export/simulate contract tests, at a fixed demo time and seed.
import { startMockServer, type MockServer } from '../../src/mocks/node/http-server';

export const NOW = '2026-11-24T14:00:00.000Z'; // Tue 09:00 in New York
export const TZ = 'America/New_York';

export interface Api {
  server: MockServer;
  get: (path: string, user?: string | null) => Promise<Response>;
  json: <T = unknown>(path: string, user?: string | null) => Promise<T>;
  post: (path: string, body: unknown, user?: string | null, method?: string) => Promise<Response>;
  close: () => Promise<void>;
}

export async function startApi(options: { seed?: number; size?: number } = {}): Promise<Api> {
  const clockOffsetMs = Date.parse(NOW) - Date.now();
  const server = await startMockServer({
    port: 0,
    seed: options.seed ?? 42,
    size: options.size ?? 300,
    clockOffsetMs,
  });
  const headers = (user: string | null) => ({
    'Content-Type': 'application/json',
    ...(user ? { 'X-User-Id': user } : {}),
  });
  const get = (path: string, user: string | null = 'sup-1') =>
    fetch(`${server.url}${path}`, { headers: headers(user) });
  const post = (path: string, body: unknown, user: string | null = 'sup-1', method = 'POST') =>
    fetch(`${server.url}${path}`, { method, headers: headers(user), body: JSON.stringify(body) });
  const json = async <T>(path: string, user: string | null = 'sup-1') => {
    const res = await get(path, user);
    if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
    return (await res.json()) as T;
  };
  return { server, get, json, post, close: () => server.close() };
}

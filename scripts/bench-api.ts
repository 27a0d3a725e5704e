// Benchmark of the mock API with a big store: `npx tsx scripts/bench-api.ts [size=100000] [runs=25]`.
// Requests go through the same MSW handlers the browser uses (msw's getResponse, in process, no network),
// so the timings include validation, the query, joining and JSON serialisation. Prints medians.
import { getResponse } from 'msw';
import { createHandlers } from '../src/mocks/handlers/all-handlers';
import type { MockStore } from '../src/mocks/store/mock-store';
import { memoryStore } from '../src/mocks/store/open-store';

const size = Number(process.argv[2] ?? 100_000);
const runs = Number(process.argv[3] ?? 25);

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
};

async function call(handlers: ReturnType<typeof createHandlers>, method: string, path: string, body?: unknown): Promise<{ ms: number; json: unknown }> {
  const request = new Request(`http://bench${path}`, {
    method,
    headers: { 'X-User-Id': 'sup-1', ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const t = performance.now();
  const response = await getResponse(handlers, request);
  const json: unknown = await response?.json();
  const ms = performance.now() - t;
  if (!response || response.status >= 400) throw new Error(`${method} ${path} → ${response?.status} ${JSON.stringify(json)}`);
  return { ms, json };
}

async function main() {
  let t = performance.now();
  const store: MockStore = memoryStore({ size });
  console.log(`seeded ${store.state.callbacks.size} callbacks (${store.state.contacts.size} contacts) in ${Math.round(performance.now() - t)} ms`);
  const handlers = createHandlers(Promise.resolve(store));
  t = performance.now();
  await call(handlers, 'GET', '/api/callbacks?view=all&limit=200');
  console.log(`first list (builds the sort cache) ${Math.round(performance.now() - t)} ms`);

  const cases: [string, string][] = [
    ['list overdue (200 rows)', '/api/callbacks?view=overdue&tz=America/New_York&limit=200'],
    ['list today (200 rows)', '/api/callbacks?view=today&tz=America/New_York&limit=200'],
    ['list week (200 rows)', '/api/callbacks?view=week&tz=America/New_York&limit=200'],
    ['list all (200 rows)', '/api/callbacks?view=all&tz=America/New_York&limit=200'],
    ['list all sorted by name', '/api/callbacks?view=all&sort=name&limit=200'],
    ['search q=smith', '/api/callbacks?view=all&q=smith&limit=200'],
    ['search phone digits', '/api/callbacks?view=all&q=415&limit=200'],
    ['filter agent + stale', '/api/callbacks?view=overdue&agentId=ag-1&stale=true&limit=200'],
    ['summary', '/api/callbacks/summary?tz=America/New_York'],
    ['summary filtered (agent)', '/api/callbacks/summary?tz=America/New_York&agentId=ag-2'],
    ['detail', '/api/callbacks/cb-1'],
    ['campaigns with counts', '/api/campaigns'],
  ];
  const rows: [string, number][] = [];
  for (const [name, path] of cases) {
    const times: number[] = [];
    for (let i = 0; i < runs; i += 1) times.push((await call(handlers, 'GET', path)).ms);
    rows.push([name, median(times)]);
  }

  // One action per run, each on another callback (then the next list pays for the cache update).
  const page = (await call(handlers, 'GET', `/api/callbacks?view=all&type=automatic&limit=${runs}`)).json as { items: { id: string }[] };
  const actionTimes: number[] = [];
  const afterTimes: number[] = [];
  for (const { id } of page.items) {
    actionTimes.push((await call(handlers, 'POST', `/api/callbacks/${id}/reschedule`, { scheduledAt: new Date(Date.now() + 7 * 86_400_000).toISOString() }).catch(() => call(handlers, 'POST', `/api/callbacks/${id}/complete`, {}))).ms);
    afterTimes.push((await call(handlers, 'GET', '/api/callbacks?view=all&limit=200')).ms);
  }
  rows.push(['action (reschedule/complete)', median(actionTimes)], ['list right after an action', median(afterTimes)]);

  console.log(`\nmedians over ${runs} runs, ${size} callbacks:`);
  for (const [name, ms] of rows) console.log(`${name.padEnd(32)} ${ms.toFixed(1).padStart(7)} ms`);
}

await main();

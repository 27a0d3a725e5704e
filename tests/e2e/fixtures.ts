// Playwright fixtures for the queue stories: a fixed clock, a deterministic dataset (POST /api/demo/reset with
// a fixed seed from inside the page, so the in-page mock sees the same clock), the signed-in user and the
// operator's time zone in localStorage. Every test has a fresh context, so IndexedDB starts empty.
import { test as base, expect, type Locator, type Page } from '@playwright/test';

export const FIXED_NOW = '2026-11-24T14:00:00.000Z'; // Tue 24 Nov 2026, 09:00 in New York
export const SEED = 42;
export const SIZE = 300;
export const OPERATOR_TZ = 'America/New_York';

export const USERS = {
  supervisor: { id: 'sup-1', name: 'Morgan Reyes' },
  priya: { id: 'ag-1', name: 'Priya Shah' },
  tom: { id: 'ag-2', name: 'Tom Becker' },
} as const;

/** Featured demo contacts (src/mocks/seed/fixtures.ts), present whatever the seed. */
export const CONTACTS = {
  familyPlan: 'Elena Márquez', // overdue customer-requested, America/Los_Angeles (06:00 there at FIXED_NOW)
  xssNote: 'Jordan Blake', // overdue customer-requested with the XSS note, America/Chicago
  staleSolar: 'Dale Hutchins', // stale voicemail retry in the paused campaign
  replaced: 'Grace Okafor', // customer-requested that replaced an automatic retry
} as const;
export const XSS_NOTE = 'Wants a callback about invoice #4471 <img src=x onerror=alert(1)> — said "after lunch".';

interface Options {
  userId: string;
  timeZone: string;
  seed: number;
  size: number;
}

interface Fixtures {
  /** Messages of any window.alert/confirm/prompt the page opened (there must be none). */
  dialogs: string[];
}

export const test = base.extend<Options & Fixtures>({
  userId: [USERS.priya.id, { option: true }],
  timeZone: [OPERATOR_TZ, { option: true }],
  seed: [SEED, { option: true }],
  size: [SIZE, { option: true }],
  dialogs: async ({ page }, use) => {
    const messages: string[] = [];
    page.on('dialog', (dialog) => {
      messages.push(dialog.message());
      void dialog.dismiss();
    });
    await use(messages);
  },
  page: async ({ page, userId, timeZone, seed, size }, use, testInfo) => {
    // Each story starts a fresh browser context: the service worker installs and the demo data is generated.
    testInfo.setTimeout(Math.max(testInfo.timeout, 90_000));
    await page.clock.setFixedTime(new Date(FIXED_NOW));
    await page.goto('/callbacks');
    // The first load installs the mock's service worker and generates the default data: allow it time.
    await expect(page.getByRole('heading', { level: 1, name: 'Callbacks' })).toBeVisible({ timeout: 30_000 });
    await page.evaluate(
      async (input) => {
        localStorage.setItem('cq.userId', input.userId);
        localStorage.setItem('cq.timeZone', input.timeZone);
        const response = await fetch('/api/demo/reset', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'X-User-Id': 'sup-1' },
          body: JSON.stringify({ seed: input.seed, size: input.size }),
        });
        if (!response.ok) throw new Error(`demo reset failed: ${response.status} ${await response.text()}`);
      },
      { userId, timeZone, seed, size },
    );
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Callbacks' })).toBeVisible({ timeout: 15_000 });
    await use(page);
  },
});

export { expect };

/** Opens the queue at a URL (view, filters…) and waits for the table or its empty state. */
export async function openQueue(page: Page, search = ''): Promise<void> {
  await page.goto(`/callbacks${search}`);
  await expect(page.getByRole('tab', { selected: true })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Loading callbacks' })).toHaveCount(0);
}

/** Asks the API (as the page's signed-in user) for callbacks, e.g. to find a contact in a given time zone. */
export async function fetchCallbacks(page: Page, query: string): Promise<{ id: string; contact: { name: string; timezone: string }; agent: { id: string } }[]> {
  return page.evaluate(async (search) => {
    const userId = localStorage.getItem('cq.userId') ?? 'ag-1';
    const response = await fetch(`/api/callbacks?${search}`, { headers: { 'X-User-Id': userId } });
    const body = (await response.json()) as { items: { id: string; contact: { name: string; timezone: string }; agent: { id: string } }[] };
    return body.items;
  }, query);
}

export function tab(page: Page, name: 'Overdue' | 'Due Today' | 'This Week' | 'All Pending'): Locator {
  return page.getByRole('tab', { name: new RegExp(`^${name}`) });
}

/** The count shown in a tab ("Overdue 23" → 23). */
export async function tabCount(page: Page, name: 'Overdue' | 'Due Today' | 'This Week' | 'All Pending'): Promise<number> {
  await expect(tab(page, name)).toHaveText(/\d+\s*$/);
  const text = (await tab(page, name).textContent()) ?? '';
  const match = /(\d+)\s*$/.exec(text);
  if (!match) throw new Error(`No count in tab "${text}"`);
  return Number(match[1]);
}

export function row(page: Page, contactName: string): Locator {
  return page.getByRole('row').filter({ has: page.getByRole('button', { name: contactName, exact: true }) });
}

/** Scrolls through the virtualized table and returns every row's callback id, in order. */
export async function collectRowIds(page: Page): Promise<string[]> {
  const scroller = page.getByTestId('queue-scroll');
  const ids: string[] = [];
  const seen = new Set<string>();
  await scroller.evaluate((element) => element.scrollTo(0, 0));
  for (let step = 0; step < 500; step += 1) {
    const batch = await page.locator('[data-callback-row]').evaluateAll((rows) =>
      rows
        .map((r) => ({ id: r.getAttribute('data-callback-row') ?? '', index: Number(r.getAttribute('data-index')) }))
        .sort((a, b) => a.index - b.index),
    );
    for (const item of batch) {
      if (!seen.has(item.id)) {
        seen.add(item.id);
        ids.push(item.id);
      }
    }
    const done = await scroller.evaluate((element) => {
      const atEnd = element.scrollTop + element.clientHeight >= element.scrollHeight - 2;
      element.scrollBy(0, element.clientHeight * 0.9);
      return atEnd;
    });
    if (done) break;
    await page.waitForTimeout(30);
  }
  return ids;
}

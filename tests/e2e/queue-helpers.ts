// Shared steps of the bulk, roles and export stories (the queue as a supervisor sees it).
import { expect, type Locator, type Page } from '@playwright/test';

export interface ScreenRow {
  id: string;
  name: string;
  at: string; // the <time dateTime> of the operator's time
  contactTime: string; // "09:00 contact time (America/Chicago)" (a weekday first when the contact's day differs)
}

/** The bulk bar (a region), shown while something is selected. */
export const bulkBar = (page: Page): Locator => page.getByRole('region', { name: 'Bulk actions' });

/** The selection checkbox of the row at a position of the table. */
export const rowCheckbox = (page: Page, index: number): Locator =>
  page.locator(`[data-callback-row][data-index="${index}"]`).getByRole('checkbox', { name: /^Select / });

/** Chooses a bulk action, fills its form, previews and checks the dry run's sentence. */
export async function previewBulk(
  page: Page,
  action: string,
  fill: (bar: Locator) => Promise<unknown>,
  summary: string,
) {
  const bar = bulkBar(page);
  await bar.getByRole('button', { name: action, exact: true }).click();
  await fill(bar);
  await bar.getByRole('button', { name: /^Preview/ }).click();
  await expect(bar.getByRole('status')).toHaveText(summary);
}

/** Every row of the virtualized table, in order, as the screen shows it. */
export async function collectRows(page: Page): Promise<ScreenRow[]> {
  const scroller = page.getByTestId('queue-scroll');
  const byIndex = new Map<number, ScreenRow>();
  await scroller.evaluate((el) => el.scrollTo(0, 0));
  for (let step = 0; step < 500; step += 1) {
    const batch = await page.locator('[data-callback-row]').evaluateAll((rows) =>
      rows.map((r) => {
        const time = r.querySelector('time');
        return {
          index: Number(r.getAttribute('data-index')),
          row: {
            id: r.getAttribute('data-callback-row') ?? '',
            name: r.querySelector('td button')?.textContent ?? '',
            at: time?.getAttribute('datetime') ?? '',
            contactTime: time?.closest('div')?.lastElementChild?.textContent ?? '',
          },
        };
      }),
    );
    for (const item of batch) byIndex.set(item.index, item.row);
    const done = await scroller.evaluate((el) => {
      const atEnd = el.scrollTop + el.clientHeight >= el.scrollHeight - 2;
      el.scrollBy(0, el.clientHeight * 0.8);
      return atEnd;
    });
    if (done) break;
    await page.waitForTimeout(50);
  }
  return [...byIndex.entries()].sort((a, b) => a[0] - b[0]).map(([, row]) => row);
}

/** A callback as GET /api/callbacks/:id answers it (the fields the stories check). */
export interface ApiCallback {
  id: string;
  status: string;
  scheduledAt: string;
  agent: { id: string; name: string };
  contact: { name: string; timezone: string; kind: 'business' | 'consumer' };
}

/** Reads callbacks one by one through the API, as the given user. */
export function fetchEach(page: Page, ids: readonly string[], userId = 'sup-1'): Promise<ApiCallback[]> {
  return page.evaluate(
    async ({ list, user }) =>
      Promise.all(
        list.map(async (id) => {
          const response = await fetch(`/api/callbacks/${id}`, { headers: { 'X-User-Id': user } });
          return (await response.json()) as ApiCallback;
        }),
      ),
    { list: [...ids], user: userId },
  );
}

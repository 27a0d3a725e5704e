// Shared steps of the triage and demo stories.
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import { tabCount } from './fixtures';

export async function openTriage(page: Page): Promise<void> {
  await page.goto('/triage');
  await expect(page.getByRole('heading', { level: 1, name: 'Triage' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Overdue now' })).toBeVisible();
}

/** The number a figure link shows, found by its accessible name ("27 overdue in Q4 Renewals — open in the queue"). */
export async function figure(page: Page, name: RegExp): Promise<number> {
  const text = (await page.getByRole('link', { name }).first().textContent()) ?? '';
  return Number(text.replace(/[^\d]/g, ''));
}

export async function expectNoAxeViolations(page: Page, include?: string): Promise<void> {
  let builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']);
  if (include) builder = builder.include(include);
  const { violations } = await builder.analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

/** The contact names of every row of the queue, in order (scrolling the virtualized table). */
export async function collectRowNames(page: Page): Promise<string[]> {
  const scroller = page.getByTestId('queue-scroll');
  const byIndex = new Map<number, string>();
  await scroller.evaluate((el) => el.scrollTo(0, 0));
  for (let step = 0; step < 500; step += 1) {
    const batch = await page.locator('[data-callback-row]').evaluateAll((rows) =>
      rows.map((r) => ({
        index: Number(r.getAttribute('data-index')),
        name: r.querySelector('td button')?.textContent ?? '',
      })),
    );
    for (const item of batch) byIndex.set(item.index, item.name);
    const done = await scroller.evaluate((el) => {
      const atEnd = el.scrollTop + el.clientHeight >= el.scrollHeight - 2;
      el.scrollBy(0, el.clientHeight * 0.8);
      return atEnd;
    });
    if (done) break;
    await page.waitForTimeout(50);
  }
  return [...byIndex.entries()].sort((a, b) => a[0] - b[0]).map(([, name]) => name);
}

/** The Overdue tab's count, or -1 while it is loading (for expect.poll). */
export const overdueCount = (page: Page) => tabCount(page, 'Overdue').catch(() => -1);

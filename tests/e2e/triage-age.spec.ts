// The "How long overdue" figures of triage link into the queue with age=<bucket>: the queue then holds exactly
// the callbacks the figure counts, says so with a removable filter chip, and the tabs count with it.
import { expect, tabCount, test, USERS } from './fixtures';
import { collectRowNames, figure, openTriage, overdueCount } from './triage-helpers';

test.describe('overdue age filter', () => {
  test.use({ userId: USERS.supervisor.id });

  test('Supervisor follows the 4–24 h figure from triage to a queue with exactly that many callbacks', async ({ page }) => {
    await openTriage(page);
    const link = page.getByRole('link', { name: /^\d+ callbacks overdue 4–24 hours — open in the queue$/ });
    const recent = await figure(page, /^\d+ callbacks overdue 4–24 hours — open/);
    const total = await figure(page, /^\d+ overdue callbacks — open/);
    expect(recent).toBeGreaterThan(0);
    expect(recent).toBeLessThan(total); // the link must not land on all overdue work

    await link.click();
    await expect(page).toHaveURL(/\/callbacks\?view=overdue&age=4-24h$/);
    await expect(page.getByRole('tab', { selected: true })).toHaveText(/^Overdue/);
    await expect(page.getByRole('search').getByText('Overdue: 4–24 hours')).toBeVisible();
    await expect.poll(() => overdueCount(page)).toBe(recent);
    await expect(page.locator('caption')).toHaveText(`Overdue callbacks: ${recent}`);
    expect(await collectRowNames(page)).toHaveLength(recent);
    // Age is overdue work only: the other tabs count with the same filter.
    expect(await tabCount(page, 'Due Today')).toBe(0);
    expect(await tabCount(page, 'All Pending')).toBe(recent);

    await page.getByRole('button', { name: 'Remove the filter overdue 4–24 hours' }).click();
    await expect(page).toHaveURL(/\/callbacks\?view=overdue$/);
    await expect(page.getByRole('search').getByText(/^Overdue:/)).toHaveCount(0);
    await expect.poll(() => overdueCount(page)).toBe(total);
  });
});
